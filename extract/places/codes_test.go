package places

import (
	"github.com/zhkg/zhkg/extract/gazetteer"
	"slices"
	"testing"
)

// TestCodeCache_MatchesGazetteer checks the walk kept per code against
// Gazetteer.Distance, Within and Lookup on the divisions named in a text
// (all levels, several provinces) and codes that are not in the table.
func TestCodeCache_MatchesGazetteer(t *testing.T) {
	s := mustStage(t)
	text := "四川省巴中市通江县陈河镇黑龙江省大庆市让胡路区北京市东城区重庆市忠县朝阳公安新区杜尔伯特县江湾乡海南省三沙市广东省东莞市南城街道"
	codes := []string{"", "99", "510000", "51", "5119", "511921125001", "999999", "511921999"}
	for i := range text {
		s.g.Prefixes(text[i:], func(_ int, cands []gazetteer.Candidate) bool {
			for _, c := range cands {
				codes = append(codes, c.Code, c.Parent)
			}
			return true
		})
	}
	slices.Sort(codes)
	codes = slices.Compact(codes)
	if len(codes) < 80 {
		t.Fatalf("only %d codes", len(codes))
	}
	cc := newCodeCache(s.g)
	for _, a := range codes {
		ai := cc.info(a)
		d, ok := s.g.Lookup(a)
		if ok != ai.ok || d != ai.div {
			t.Errorf("info(%q) = %v, %v; Lookup = %v, %v", a, ai.div, ai.ok, d, ok)
		}
		for _, b := range codes {
			if got, want := ai.distance(b), s.g.Distance(a, b); got != want {
				t.Errorf("distance(%q, %q) = %d, want %d", a, b, got, want)
			}
			if got, want := ai.within(b), s.g.Within(a, b); got != want {
				t.Errorf("within(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
