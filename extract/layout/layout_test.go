package layout

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/zhkg/zhkg/extract"
)

var update = flag.Bool("update", false, "rewrite the golden sections of testdata/*.txtar")

// MustMapBack checks that every rune of text, mapped through the piecewise
// map (at, origin), is the same rune in src.
func MustMapBack(tb testing.TB, src, text string, at, origin []int) {
	tb.Helper()
	if len(at) != len(origin) {
		tb.Fatalf("len(at) %d != len(origin) %d", len(at), len(origin))
	}
	if len(at) == 0 {
		if text != "" && text != src {
			tb.Fatalf("empty map but text differs from source")
		}
		return
	}
	if text != "" && at[0] != 0 {
		tb.Fatalf("at[0] = %d, want 0", at[0])
	}
	d := &extract.Doc{Text: text, Origin: origin, OriginAt: at}
	for i := 1; i < len(at); i++ {
		if at[i] <= at[i-1] {
			tb.Fatalf("at not increasing: %v", at)
		}
	}
	for off, r := range text {
		o := d.SourceOffset(off)
		if o < 0 || o >= len(src) {
			tb.Fatalf("offset %d maps to %d, outside the source (%d bytes)", off, o, len(src))
		}
		got, _ := utf8.DecodeRuneInString(src[o:])
		if got != r {
			tb.Fatalf("offset %d (%q) maps to %d holding %q", off, r, o, got)
		}
	}
}

// MustValidDocs checks the invariants of Split's output.
func MustValidDocs(tb testing.TB, name, src string, docs []*extract.Doc) {
	tb.Helper()
	if len(docs) == 0 {
		tb.Fatal("Split returned no Doc")
	}
	for i, d := range docs {
		wantID := name
		if len(docs) > 1 {
			wantID = fmt.Sprintf("%s#%d", name, i+1)
		}
		if d.ID != wantID || d.Index != i || d.Name != name {
			tb.Fatalf("doc %d: ID %q Index %d Name %q, want %q %d %q", i, d.ID, d.Index, d.Name, wantID, i, name)
		}
		if !utf8.ValidString(d.Text) && utf8.ValidString(src) {
			tb.Fatalf("doc %d: invalid UTF-8 text", i)
		}
		MustMapBack(tb, src, d.Text, d.OriginAt, d.Origin)
	}
}

// render is the golden view of Split's output.
func render(docs []*extract.Doc) string {
	var b strings.Builder
	for _, d := range docs {
		fmt.Fprintf(&b, "== %s index=%d title=%q\n", d.ID, d.Index, d.Title)
		for _, p := range strings.Split(d.Text, "\n") {
			fmt.Fprintf(&b, "¶ %s\n", p)
		}
	}
	return b.String()
}

func TestSplit_Golden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var input string
			gi := -1
			for i, f := range ar.Files {
				switch f.Name {
				case "input.txt":
					input = string(f.Data)
				case "golden":
					gi = i
				}
			}
			if input == "" || gi < 0 {
				t.Fatalf("%s: want sections input.txt and golden", file)
			}
			docs := Split("page", file, input)
			MustValidDocs(t, "page", input, docs)
			got := render(docs)
			if *update {
				ar.Files[gi].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if diff := cmp.Diff(string(ar.Files[gi].Data), got); diff != "" {
				t.Errorf("Split mismatch (-golden +got), rerun with -update to accept:\n%s", diff)
			}
		})
	}
}

func TestSentences_Stage(t *testing.T) {
	d := &extract.Doc{Text: "他说：“好。”然后走了！\n  \n第二段；还有"}
	if err := Sentences().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sentences {
		got = append(got, d.Text[s.Start:s.End])
	}
	want := []string{"他说：“好。”", "然后走了！", "第二段；", "还有"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Sentences().Process(ctx, d); err == nil {
		t.Error("cancelled context: want an error")
	}
}

// TestSplit_Reuse: Split keeps its working arrays for the next call; a
// page split after other pages (longer, shorter, with and without
// headlines) comes out as it did the first time.
func TestSplit_Reuse(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	var inputs []string
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if f.Name == "input.txt" {
				inputs = append(inputs, string(f.Data))
			}
		}
	}
	inputs = append(inputs, page, "一行字", "")
	first := make([]string, len(inputs))
	for round := range 3 {
		for i := range inputs {
			k := (i + round) % len(inputs) // another order each round
			got := render(Split("page", "page", inputs[k]))
			if round == 0 {
				first[k] = got
				continue
			}
			if got != first[k] {
				t.Errorf("round %d, input %d: Split differs from its first run:\n%s", round, k, cmp.Diff(first[k], got))
			}
		}
	}
}
