package ner_test

import (
	"slices"
	"testing"
)

// TestStopCharInGivenName checks given names that hold a character the
// lexicon marks as a hard stop (月, 元, 万, 为): taken with a title or a
// role before and a speech verb or punctuation after, and not where the
// character begins a word that goes on (元旦, 月底, 为民服务).
func TestStopCharInGivenName(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"村民孔月娥说，今年的收成比去年好。", []string{"PER:孔月娥"}, nil},
		{"镇长蒋为忠表示，道路明年完工。", []string{"PER:蒋为忠"}, nil},
		{"养殖户伍万财，今年出栏生猪三百头。", []string{"PER:伍万财"}, nil},
		{"副县长汤元凯介绍，项目已经开工。", []string{"PER:汤元凯"}, nil},
		{"县长祁万元旦前走访了困难群众。", nil, []string{"PER:祁万元", "PER:祁万"}},
		{"书记鲍为民服务的初心不变。", nil, []string{"PER:鲍为民", "PER:鲍为"}},
		{"村民韦月底前交齐了材料。", nil, []string{"PER:韦月底", "PER:韦月"}},
		{"他们为民办实事，每月走访一次。", nil, []string{"PER:为民办"}},
	}
	for _, tc := range tests {
		got := mentions(t, tc.text)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: missing %s in %v", tc.text, w, got)
			}
		}
		for _, n := range tc.not {
			if slices.Contains(got, n) {
				t.Errorf("%s: unexpected %s in %v", tc.text, n, got)
			}
		}
	}
}
