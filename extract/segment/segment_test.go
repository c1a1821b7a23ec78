package segment

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/zhkg/zhkg/extract"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// render shows tokens as "text/pos" separated by spaces.
func render(toks []extract.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text + "/" + t.POS)
	}
	return b.String()
}

// checkSpans fails unless toks are ordered, in bounds, on rune boundaries
// and each token's span holds its text plus dropped spaces only.
func checkSpans(t *testing.T, text string, toks []extract.Token) {
	t.Helper()
	prev := 0
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Errorf("%q: token %+v out of order or out of bounds", text, tk)
			return
		}
		if !utf8.RuneStart(text[tk.Start]) || (tk.End < len(text) && !utf8.RuneStart(text[tk.End])) {
			t.Errorf("%q: token %+v not on rune boundaries", text, tk)
		}
		if got := withoutLayoutSpaces(text[tk.Start:tk.End]); got != tk.Text {
			t.Errorf("%q: span of %+v holds %q", text, tk, got)
		}
		if tk.POS == "" || strings.TrimFunc(tk.Text, unicode.IsSpace) == "" {
			t.Errorf("%q: bad token %+v", text, tk)
		}
		prev = tk.End
	}
}

// withoutLayoutSpaces removes layout spaces and keeps every other byte.
func withoutLayoutSpaces(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isLayoutSpace(r) {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func TestSegmenter_Tokens_Golden(t *testing.T) {
	s := mustDefault(t)
	var b strings.Builder
	for _, line := range mustLines(t, "testdata/sentences.txt") {
		toks := s.Tokens(line)
		checkSpans(t, line, toks)
		fmt.Fprintln(&b, render(toks))
	}
	const golden = "testdata/sentences.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("tokens differ from %s (-want +got):\n%s", golden, diff)
	}
}

func TestSegmenter_Tokens_Cases(t *testing.T) {
	s := mustDefault(t)
	tests := []struct {
		name, text, want string
	}{
		{"empty", "", ""},
		{"whitespace", " \t\n\u3000 ", ""},
		{"latin", "Hello, World 2024!", "Hello/x ,/x World/x 2024/x !/x"},
		{"mixed case dictionary unit", "他买了IPHONE", "他/r 买/v 了/ul IPHONE/x"},
		{"layout space in a place name", "黑龙 江省哈尔滨市", "黑龙江省/ns 哈尔滨市/ns"},
		{"layout space in a person name", "记者 王 进报道", "记者/n 王进/nr 报道/v"},
		{"full-width layout space", "哈尔\u3000滨市", "哈尔滨市/ns"},
		{"space before latin is kept", "人民 GDP", "人民/n GDP/x"},
		{"newline is a boundary", "哈尔\n滨市", "哈尔/nrt 滨/ns 市/n"},
		{"invalid utf-8", "中\xff国", "中/f \xff/x 国/zg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := s.Tokens(tt.text)
			checkSpans(t, tt.text, toks)
			if got := render(toks); got != tt.want {
				t.Errorf("Tokens(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSegmenter_Tokens_LayoutSpanCoversSpace(t *testing.T) {
	s := mustDefault(t)
	text := "黑龙 江省"
	toks := s.Tokens(text)
	want := []extract.Token{{Span: extract.Span{Start: 0, End: len(text)}, Text: "黑龙江省", POS: "ns"}}
	if diff := cmp.Diff(want, toks); diff != "" {
		t.Errorf("Tokens(%q) (-want +got):\n%s", text, diff)
	}
}

func TestSegmenter_AddWord(t *testing.T) {
	const text = "副市长李玉甫今天到黑龙江省调研ChatGPT应用。"
	s := mustDefault(t)
	before := render(s.Tokens(text))
	if strings.Contains(before, "李玉甫/") {
		t.Fatalf("stock dictionary already has 李玉甫: %s", before)
	}
	s.AddWord("李玉甫", 1000, "nr")
	s.AddWord("黑龙江省", 0, "test")
	s.AddWord("Chat GPT", 0, "nz")
	got := render(s.Tokens(text))
	for _, w := range []string{"李玉甫/nr", "黑龙江省/test", "ChatGPT/nz"} {
		if !strings.Contains(got, w) {
			t.Errorf("after AddWord: %s, want %s", got, w)
		}
	}
	if got := render(s.Tokens("李 玉甫")); got != "李玉甫/nr" {
		t.Errorf("user word across a layout space: %s", got)
	}
	if got := render(s.Tokens("李玉")); strings.Contains(got, "李玉/") && !strings.Contains(before, "李玉/") {
		t.Errorf("a prefix of a user word became a word: %s", got)
	}
	// a second segmenter does not see the first one's words
	other := mustDefault(t)
	if got := render(other.Tokens(text)); got != before {
		t.Errorf("user words leaked to another Segmenter:\n got %s\nwant %s", got, before)
	}
	// adding a word again replaces it
	s.AddWord("李玉甫", 1000, "nrx")
	if got := render(s.Tokens("李玉甫")); got != "李玉甫/nrx" {
		t.Errorf("re-added word: %s", got)
	}
	s.AddWord("  ", 1000, "nr") // ignored
}

func TestSegmenter_Concurrent(t *testing.T) {
	s := mustDefault(t)
	lines := mustLines(t, "testdata/sentences.txt")
	want := make([]string, len(lines))
	for i, l := range lines {
		want[i] = render(s.Tokens(l))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range lines {
				l := lines[(i+g)%len(lines)]
				got := render(s.Tokens(l))
				if got != want[(i+g)%len(lines)] && !strings.Contains(got, "/user") {
					t.Errorf("concurrent Tokens(%q) = %s", l, got)
				}
			}
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 200 {
			s.AddWord(fmt.Sprintf("测试词%d", i), 0, "user")
		}
	}()
	wg.Wait()
}

func TestStage_Process(t *testing.T) {
	s := mustDefault(t)
	text := "本报讯 县委书记到乡镇调研。黑龙 江省召开会议。"
	cut := strings.Index(text, "。") + len("。")
	d := &extract.Doc{Text: text, Sentences: []extract.Span{{Start: 0, End: cut}, {Start: cut, End: len(text)}}}
	if err := New(s).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	checkSpans(t, text, d.Tokens)
	var want []extract.Token
	for _, sp := range d.Sentences {
		for _, tk := range s.Tokens(text[sp.Start:sp.End]) {
			tk.Start += sp.Start
			tk.End += sp.Start
			want = append(want, tk)
		}
	}
	if diff := cmp.Diff(want, d.Tokens); diff != "" {
		t.Errorf("stage tokens (-want +got):\n%s", diff)
	}

	whole := &extract.Doc{Text: text}
	if err := New(s).Process(context.Background(), whole); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s.Tokens(text), whole.Tokens); diff != "" {
		t.Errorf("stage without sentences (-want +got):\n%s", diff)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := New(s).Process(ctx, &extract.Doc{Text: text}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err = %v", err)
	}
}

func TestDecodeDict_Corrupt(t *testing.T) {
	tests := []struct{ name, data string }{
		{"empty", ""},
		{"bad magic", "notadict" + dictBin[8:100]},
		{"truncated", dictBin[:len(dictBin)/2]},
		{"trailing bytes", dictBin + "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := decodeDict(tt.data); !errors.Is(err, ErrBadDict) {
				t.Errorf("decodeDict: err = %v, want ErrBadDict", err)
			}
		})
	}
}

func TestSegmenter_Zero(t *testing.T) {
	var s Segmenter
	s.AddWord("李玉甫", 0, "nr")
	if got := render(s.Tokens("李玉甫到哈尔滨市")); got != "李玉甫/nr 到/v 哈尔滨市/ns" {
		t.Errorf("zero Segmenter: %s", got)
	}
}

// TestRelease checks that a segmentation into an array given back by
// Release gives the tokens a fresh one gives, longer or shorter than the
// released ones, and that Release leaves the Doc without tokens.
func TestRelease(t *testing.T) {
	s := mustDefault(t)
	texts := []string{
		"市政府召开常务会议，研究部署下一阶段的防汛工作。",
		"他说。",
		"黑龙 江省农业农村厅组织专家赴各县开展秋收调研，并走访了十二个合作社和三家农机企业。",
		"",
	}
	for _, text := range texts {
		d := &extract.Doc{Text: text}
		if err := New(s).Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		want := s.Tokens(text)
		if len(want) == 0 {
			want = nil
		}
		got := d.Tokens
		if len(got) == 0 {
			got = nil
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q after a release (-want +got):\n%s", text, diff)
		}
		Release(d)
		if d.Tokens != nil {
			t.Errorf("%q: Release left %d tokens", text, len(d.Tokens))
		}
	}
}

// TestRuneClasses: the fast paths of isHan and isSpace answer as the
// unicode tables do, for every code point.
func TestRuneClasses(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isHan(r), r >= 0x2e80 && unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("isHan(%U) = %v, want %v", r, got, want)
		}
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}
