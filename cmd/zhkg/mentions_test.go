package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/input"
	"github.com/zhkg/zhkg/extract/news"
)

// A mention read across a line break of the page is printed without it:
// one line of five fields, the name as written without the page's white
// space, the offsets over the break.
func TestWriteMentions_NameAcrossLineBreak(t *testing.T) {
	text := "本报讯 青溪农商\n行发布年报。"
	start := strings.Index(text, "青溪")
	end := strings.Index(text, "行发") + len("行")
	d := &extract.Doc{ID: "p#1", Name: "p", Text: text, Mentions: []extract.Mention{
		{Span: extract.Span{Start: start, End: end}, Type: extract.Org, Text: text[start:end], Key: "org/青溪农商行"},
	}}
	var b bytes.Buffer
	if err := writeMentions(&b, result{item: input.Item{Input: news.Input{Text: text}}, docs: []*extract.Doc{d}}); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "p\t4\t10\tORG\t青溪农商行\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
