package lexicon

import "testing"

func TestForeignTranslit(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		foreign bool // every character is a transliteration character
	}{
		{"马克龙", true},
		{"唐纳德·特朗普", true},
		{"约翰逊", true},
		{"巴特尔", true}, // translit.txt counts as well
		{"的人们", false},
		{"发展", false},
	}
	for _, tc := range tests {
		all := true
		for _, r := range tc.name {
			all = all && l.ForeignTranslit(r)
		}
		if all != tc.foreign {
			t.Errorf("%s: all transliteration characters = %v, want %v", tc.name, all, tc.foreign)
		}
	}
	// the narrower set stays narrow: 龙 is a foreign-name character only
	if l.Translit('龙') || !l.ForeignTranslit('龙') {
		t.Errorf("龙: Translit %v, ForeignTranslit %v", l.Translit('龙'), l.ForeignTranslit('龙'))
	}
}
