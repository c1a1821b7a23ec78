package input

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func addSeeds(f *testing.F) {
	f.Add([]byte(sampleZh))
	f.Add([]byte("\xef\xbb\xbf正文"))
	f.Add([]byte("\xff\xfeA\x00B\x00"))
	f.Add([]byte("\xfe\xff\x00A"))
	f.Add([]byte("\xc4\xe3\xba\xc3")) // 你好 in GBK
	f.Add([]byte("%PDF-1.7"))
	f.Add([]byte(`<html><head><meta charset="big5"><title>t</title><body><article><p>x</p></article>`))
	f.Add([]byte(`{"id":"a","text":"甲"}` + "\n{broken\n" + `{"id":1,"content":"乙"}`))
	f.Add([]byte{})
}

// FuzzReaders feeds arbitrary bytes to every reader: none may panic, and
// text that is read must be valid UTF-8 and not blank.
func FuzzReaders(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		check := func(it Item) error {
			if it.Err != nil {
				if !strings.HasPrefix(it.Err.Error(), "f.") && !strings.HasPrefix(it.Err.Error(), "-") {
					t.Errorf("error does not name the file: %v", it.Err)
				}
				return nil
			}
			if !utf8.ValidString(it.Input.Text) || strings.TrimSpace(it.Input.Text) == "" && !it.Skipped() {
				t.Errorf("bad text %q", it.Input.Text)
			}
			return nil
		}
		for _, format := range []Format{Text, HTML} {
			check(readDocument("f.txt", "f", data, format))
		}
		if err := readJSONLines("f.jsonl", bytes.NewReader(data), check); err != nil {
			t.Errorf("readJSONLines: %v", err)
		}
		w := Walker{Stdin: bytes.NewReader(data)}
		if err := w.Walk(t.Context(), []string{"-"}, check); err != nil {
			t.Errorf("stdin: %v", err)
		}
	})
}

// FuzzToSimplified checks that conversion keeps every byte offset.
func FuzzToSimplified(f *testing.F) {
	f.Add("臺灣的農會")
	f.Add("国\xff們")
	f.Fuzz(func(t *testing.T, s string) {
		out, ok := ToSimplified(s)
		if len(out) != len(s) || (out != s) != ok {
			t.Fatalf("ToSimplified(%q) = %q, %v", s, out, ok)
		}
		for i := range s {
			if utf8.RuneStart(s[i]) != utf8.RuneStart(out[i]) {
				t.Fatalf("rune boundary moved at %d", i)
			}
		}
		IsTraditional(s)
	})
}
