package segment

import "testing"

func TestSegmenter_Lookup(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	pos, freq, ok := s.Lookup("幸福")
	if !ok || pos != "a" || freq < 1000 {
		t.Errorf("幸福: %q %v %v, want an adjective with a high frequency", pos, freq, ok)
	}
	if _, _, ok := s.Lookup("幸福不存在的词"); ok {
		t.Errorf("a phrase that is no word was found")
	}
	if _, _, ok := s.Lookup(""); ok {
		t.Errorf("the empty word was found")
	}
}
