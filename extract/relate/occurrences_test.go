package relate

import (
	"slices"
	"testing"
)

// occurrences finds every occurrence, left to right, none overlapping,
// whether the name begins with a multi-byte character or not.
func TestOccurrences(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       []int // starts
	}{
		{"旗下公司旗下", "旗下", []int{0, 12}},
		{"旗旗下", "旗下", []int{3}},
		{"\u55d7下旗下", "旗下", []int{6}}, // U+55D7 has the bytes of 旗 after its lead byte
		{"旗", "旗下", nil},
		{"", "旗下", nil},
		{"哈哈哈", "哈哈", []int{0}},
		{"aaa", "aa", []int{0}},
		{"x旗下", "旗下", []int{1}},
	} {
		var got []int
		for s, e := range occurrences(c.text, c.name) {
			if c.text[s:e] != c.name {
				t.Errorf("occurrences(%q, %q): %d:%d is %q", c.text, c.name, s, e, c.text[s:e])
			}
			got = append(got, s)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("occurrences(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}
