package relate

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSubCue_CoversSubRe checks that subCue holds wherever subRe matches
// (membership runs subRe only there), on random texts of the words subRe
// is made of and others, and on a table of invented ones.
func TestSubCue_CoversSubRe(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool // subRe matches
	}{
		{"下属企业有三家", true},
		{"及其下属单位", true},
		{"和控股子公司：", true},
		{"的分公司——", true},
		{"与其所属机构", true},
		{"的负责人说", false},
		{"和村民一起", false},
		{"子女", false},
	} {
		m := subRe.FindStringIndex(c.text) != nil
		if m != c.want {
			t.Errorf("subRe on %q: %v, want %v", c.text, m, c.want)
		}
		if m && !subCue(c.text) {
			t.Errorf("subCue(%q) = false where subRe matches", c.text)
		}
	}
	pieces := []string{"及其", "及", "其", "与其", "与", "和", "的", "下属", "所属", "直属", "旗下", "下辖", "下设", "全资", "控股", "子公司", "公司", "分公司",
		"单位", "企业", "机构", "——", "—", "－", "-", "：", ":", " ", "下", "子", "分", "所", "村民", "，"}
	r := rand.New(rand.NewPCG(9, 4))
	for range 50000 {
		var b strings.Builder
		for k := 1 + r.IntN(5); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if subRe.FindStringIndex(s) != nil && !subCue(s) {
			t.Fatalf("subCue(%q) = false where subRe matches", s)
		}
	}
}
