package ner_test

import "testing"

// TestForeignNamesInsideWords: a country's name read across the boundary
// of two words of the segmenter is none (河南/非遗, 增加/纳税, 其中/国有,
// 发展中/国家), and the division it cut stays; a country glued to a verb
// the segmenter reads with it stays (赴美国).
func TestForeignNamesInsideWords(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"河南非遗展示周在郑州开幕。", []string{"LOC:河南"}, []string{"LOC:南非"}},
		{"云南非物质文化遗产名录公布。", []string{"LOC:云南"}, []string{"LOC:南非"}},
		{"去年，这家企业增加纳税五百万元。", nil, []string{"LOC:加纳"}},
		{"全县企业三百家，其中国有企业十二家。", nil, []string{"LOC:中国"}},
		{"他们坚持依法国有资产监管。", nil, []string{"LOC:法国"}},
		{"代表团赴美国考察农业。", []string{"LOC:美国"}, nil},
		{"中国和南非签署了合作协议。", []string{"LOC:中国", "LOC:南非"}, nil},
	})
}
