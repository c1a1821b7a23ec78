package layout

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplitSentences_Cap(t *testing.T) {
	text := strings.Repeat("青菜萝卜白菜土豆，", 300) + "完。"
	spans := SplitSentences(text)
	if len(spans) < 2 {
		t.Fatalf("%d sentences for %d bytes without a full stop", len(spans), len(text))
	}
	for _, s := range spans {
		if s.End-s.Start > MaxSentenceBytes {
			t.Fatalf("sentence of %d bytes", s.End-s.Start)
		}
		if !utf8.ValidString(text[s.Start:s.End]) {
			t.Fatalf("span %v cuts a character", s)
		}
	}
	if last := spans[len(spans)-1]; text[last.End-len("。"):last.End] != "。" {
		t.Errorf("the last sentence does not end at the full stop")
	}
}
