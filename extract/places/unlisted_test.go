package places

import (
	"strings"
	"testing"

	"github.com/zhkg/zhkg/extract"
)

// TestUnlistedVillage: a village or community the national list does not
// hold is read right after the full name of its township, is 位于 it, and
// is the same place when written alone later; counts, kinds of village,
// levels and villagers are no village.
func TestUnlistedVillage(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		text     string
		want     []string // places mentioned
		not      []string
		mentions int // mentions of the first wanted village
	}{
		{"通江县陈河镇云鹭湾村的村民种下了银耳。走进云鹭湾村，处处是菌棚。", []string{"陈河镇", "云鹭湾村"}, nil, 2},
		{"让胡路区乘风街道青檀二社区开展义诊。青檀二社区居民排队。", []string{"乘风街道", "青檀二社区"}, nil, 2},
		{"通江县陈河镇各村都通了公路，陈河镇贫困村全部摘帽。", []string{"陈河镇"}, []string{"陈河镇各村", "各村", "贫困村"}, 0},
		{"通江县陈河镇下辖村和社区都有卫生室。", []string{"陈河镇"}, []string{"下辖村"}, 0},
		{"通江县陈河镇云鹭湾村民说，菌棚很好。", []string{"陈河镇"}, []string{"云鹭湾村"}, 0},
		// townships are not so read after their county
		{"四川省巴中市通江县青檀镇召开大会，通江县召开乡镇干部会。", []string{"通江县"}, []string{"青檀镇", "召开乡"}, 0},
		// levels and kinds of village are no name
		{"通江县陈河镇推行镇、村两级公开，陈河镇试点村级改革，陈河镇调研农村。", []string{"陈河镇"}, []string{"推行镇", "试点村", "调研农村"}, 0},
		// inside a longer word a name is no mention of the village
		{"通江县陈河镇云鹭湾村修了路。白云鹭湾村口有棵树。", []string{"云鹭湾村"}, nil, 1},
	}
	for _, tc := range tests {
		d := run(t, s, tc.text)
		got := labels(d)
		checkLabels(t, tc.text, got, tc.want, tc.not)
		if len(tc.want) < 2 {
			continue
		}
		village := tc.want[len(tc.want)-1]
		n := 0
		var key string
		for _, m := range d.Mentions {
			if e := d.Entity(m.Key); e != nil && e.Label == village {
				n++
				key = m.Key
				if m.Rule != RuleUnlisted {
					t.Errorf("%s: %s found by %s, want %s (is it listed?)", tc.text, village, m.Rule, RuleUnlisted)
				}
			}
		}
		if n != tc.mentions {
			t.Errorf("%s: %d mentions of %s, want %d", tc.text, n, village, tc.mentions)
		}
		located := false
		for _, tr := range d.Triples {
			if tr.Subject == key && tr.Predicate == extract.LocatedIn && d.Entity(tr.Object).Label == tc.want[len(tc.want)-2] {
				located = true
			}
		}
		if !located {
			t.Errorf("%s: no %s 位于 %s in %v", tc.text, village, tc.want[len(tc.want)-2], d.Triples)
		}
		if !strings.HasPrefix(key, "place/") {
			t.Errorf("%s: key %q", tc.text, key)
		}
	}
}
