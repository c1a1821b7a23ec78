package lexicon

import "testing"

func TestSurnames(t *testing.T) {
	sn, err := Surnames()
	if err != nil {
		t.Fatal(err)
	}
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(sn) < 300 || sn[0].Name != "王" {
		t.Fatalf("got %d surnames starting with %+v", len(sn), sn[0])
	}
	for _, s := range sn {
		if s.Weight < 1 || s.Weight > 3 || l.Surname(s.Name) != s.Weight {
			t.Errorf("surname %+v: weight differs from the lexicon's %d", s, l.Surname(s.Name))
		}
	}
}

func TestTitleHeads(t *testing.T) {
	ts, err := TitleHeads()
	if err != nil {
		t.Fatal(err)
	}
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	classes := map[TitleClass]int{}
	for _, h := range ts {
		classes[h.Class]++
		got, ok := l.IsTitle(h.Text)
		if !ok || got.Class != h.Class {
			t.Errorf("head %+v: lexicon has %+v, %v", h, got, ok)
		}
	}
	for _, c := range []TitleClass{Party, Gov, Head, Rank, Press, State, Rep} {
		if classes[c] == 0 {
			t.Errorf("no head of class %s", c)
		}
	}
}
