package places

import (
	"testing"

	"github.com/zhkg/zhkg/extract"
)

// TestRenamedTownship: a township written with 乡 where the list has 镇 of
// the same stem in a county in context (or the other way round) is the
// listed township, 位于 its county; the village after it is read under
// it. Without its county in context, inside a word, or where the text
// writes no township, nothing is read.
func TestRenamedTownship(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		text string
		want []string
		not  []string
		in   [2]string // a 位于 pair to find
	}{
		{"江西省瑞金市叶坪乡的游客多了起来。", []string{"瑞金市", "叶坪镇"}, nil, [2]string{"叶坪镇", "瑞金市"}},
		{"昭觉县召开大会，四开乡乡长作了发言。", []string{"昭觉县", "四开镇"}, nil, [2]string{"四开镇", "昭觉县"}},
		// an unlisted village right after the township is read under it
		{"瑞金市叶坪乡云坑村的稻谷熟了。", []string{"叶坪镇", "云坑村"}, nil, [2]string{"云坑村", "叶坪镇"}},
		// no county in context
		{"记者来到叶坪乡采访。", nil, []string{"叶坪镇"}, [2]string{}},
		// a county that has both names keeps the one written
		{"吉林省洮南市万宝乡的玉米丰收了。", []string{"万宝乡"}, []string{"万宝镇"}, [2]string{"万宝乡", "洮南市"}},
		// policy words are no township
		{"瑞金市推进乡村振兴，各乡镇都有新变化。", []string{"瑞金市"}, []string{"叶坪镇"}, [2]string{}},
	}
	for _, tc := range tests {
		d := run(t, s, tc.text)
		checkLabels(t, tc.text, labels(d), tc.want, tc.not)
		if tc.in[0] == "" {
			continue
		}
		found := false
		for _, tr := range d.Triples {
			if tr.Predicate == extract.LocatedIn && d.Entity(tr.Subject).Label == tc.in[0] && d.Entity(tr.Object).Label == tc.in[1] {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no %s 位于 %s", tc.text, tc.in[0], tc.in[1])
		}
	}
}
