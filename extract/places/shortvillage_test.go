package places

import (
	"testing"

	"github.com/zhkg/zhkg/extract"
)

// TestShortVillage: a listed village of two characters (薛村) is read right
// after its township or its county and then where the name stands alone;
// a township's weak short form that is the full name of its own village
// (许村 of 许村镇) is the village. Names of a village of another township,
// counts and kinds of land are no village.
func TestShortVillage(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		text     string
		want     []string // places mentioned
		not      []string
		mentions int    // mentions of the last wanted place
		in       string // its parent, "" for none to test
	}{
		{"婺源县太白镇薛村的油菜花开了，游客络绎不绝。", []string{"太白镇", "薛村"}, nil, 1, "太白镇"},
		{"婺源县太白镇薛村的油菜花开了。走进薛村，游客络绎不绝。", []string{"太白镇", "薛村"}, nil, 2, "太白镇"},
		{"游客来到黟县宏村，古民居前人头攒动。", []string{"黟县", "宏村"}, nil, 1, "宏村镇"},
		{"江西省上饶市婺源县许村镇的油菜花开了，许村的游客络绎不绝。", []string{"许村镇", "许村"}, nil, 1, "许村镇"},
		// a village of another township of the county is not so read
		{"婺源县太白镇齐村的油菜花开了。", []string{"太白镇"}, []string{"齐村"}, 0, ""},
		// counts and kinds of land are no name
		{"婺源县太白镇各村都在发展旅游，婺源县乡村旅游火热。", []string{"太白镇"}, []string{"各村", "乡村"}, 0, ""},
		// inside a longer word the name is no mention of the village
		{"婺源县太白镇薛村修了路。老薛村口有棵树。", []string{"薛村"}, nil, 1, "太白镇"},
	}
	for _, tc := range tests {
		d := run(t, s, tc.text)
		checkLabels(t, tc.text, labels(d), tc.want, tc.not)
		if tc.mentions == 0 {
			continue
		}
		last := tc.want[len(tc.want)-1]
		n, key := 0, ""
		for _, m := range d.Mentions {
			if d.Entity(m.Key).Label == last {
				n++
				key = m.Key
			}
		}
		if n != tc.mentions {
			t.Errorf("%s: %d mentions of %s, want %d", tc.text, n, last, tc.mentions)
		}
		located := false
		for _, tr := range d.Triples {
			if tr.Subject == key && tr.Predicate == extract.LocatedIn && d.Entity(tr.Object).Label == tc.in {
				located = true
			}
		}
		if !located {
			t.Errorf("%s: no %s 位于 %s", tc.text, last, tc.in)
		}
	}
}
