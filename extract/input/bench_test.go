package input

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func BenchmarkReadDocument(b *testing.B) {
	text := strings.Repeat(sampleZh, 2000)
	page := "<html><head><title>标题</title></head><body><article>" + strings.Repeat("<p>"+sampleZh+"</p>", 2000) + "</article></body></html>"
	cases := []struct {
		name   string
		data   []byte
		format Format
	}{
		{"utf8", []byte(text), Text},
		{"gbk", mustEncode(b, simplifiedchinese.GBK, text), Text},
		{"html", []byte(page), HTML},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			b.ReportAllocs()
			for b.Loop() {
				if it := readDocument("x", "x", c.data, c.format); it.Err != nil {
					b.Fatal(it.Err)
				}
			}
		})
	}
}

func BenchmarkToSimplified(b *testing.B) {
	text := strings.Repeat("臺灣的農會今年推廣新品種稻米，產量比去年增加了兩成。", 1000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ToSimplified(text)
	}
}

// BenchmarkScriptCounts: zhkg reads the script of every document it is
// given, so this runs over every character of a corpus.
func BenchmarkScriptCounts(b *testing.B) {
	text := strings.Repeat("县委书记韩立新在乘风街道调研时说，這個產業要做大做强。", 200)
	tables()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ScriptCounts(text)
	}
}
