package nereval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// bio builds a BIO file from sentences of "char/TAG" items separated by spaces.
func bio(sentences ...string) string {
	var b strings.Builder
	for _, s := range sentences {
		for _, item := range strings.Fields(s) {
			ch, tag, _ := strings.Cut(item, "/")
			b.WriteString(ch + "\t" + tag + "\n")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestReadMSRA(t *testing.T) {
	tests := []struct {
		name string
		in   string
		text []string
		gold [][]Mention
	}{{
		name: "place chain as adjacent LOCs, person, nested place inside ORG",
		in: bio(
			"湖/B-LOC 南/I-LOC 省/I-LOC 长/B-LOC 沙/I-LOC 市/I-LOC 的/O 李/B-PER 华/I-PER",
			"湖/B-ORG 南/I-ORG 大/I-ORG 学/I-ORG 成/O 立/O",
		),
		text: []string{"湖南省长沙市的李华", "湖南大学成立"},
		gold: [][]Mention{
			{{Start: 0, End: 3, Type: LOC, Text: "湖南省", Label: LOC}, {Start: 3, End: 6, Type: LOC, Text: "长沙市", Label: LOC}, {Start: 7, End: 9, Type: PER, Text: "李华", Label: PER}},
			{{Start: 0, End: 4, Type: ORG, Text: "湖南大学", Label: ORG}},
		},
	}, {
		name: "single-character abbreviations side by side",
		in:   bio("中/B-LOC 日/B-LOC 友/O 好/O"),
		text: []string{"中日友好"},
		gold: [][]Mention{{{Start: 0, End: 1, Type: LOC, Text: "中", Label: LOC}, {Start: 1, End: 2, Type: LOC, Text: "日", Label: LOC}}},
	}, {
		name: "I- without B- starts a mention; I- of another type too",
		in:   bio("在/O 西/I-LOC 安/I-LOC 张/I-PER 三/I-PER"),
		text: []string{"在西安张三"},
		gold: [][]Mention{{{Start: 1, End: 3, Type: LOC, Text: "西安", Label: LOC}, {Start: 3, End: 5, Type: PER, Text: "张三", Label: PER}}},
	}, {
		name: "sentence without names, extra blank lines, CRLF",
		in:   "\n好\tO\r\n的\tO\r\n\n\n",
		text: []string{"好的"},
		gold: [][]Mention{nil},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ReadMSRA(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if s.Name != "msra" || !cmp.Equal(s.Types, []string{PER, LOC, ORG}) {
				t.Errorf("set %q types %v", s.Name, s.Types)
			}
			var text []string
			var gold [][]Mention
			for i, d := range s.Docs {
				if want := "msra-000" + string(rune('1'+i)); d.ID != want {
					t.Errorf("doc %d id %q, want %q", i, d.ID, want)
				}
				text = append(text, d.Text)
				gold = append(gold, d.Gold)
			}
			if diff := cmp.Diff(tt.text, text); diff != "" {
				t.Errorf("texts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.gold, gold); diff != "" {
				t.Errorf("gold (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadMSRA_Errors(t *testing.T) {
	for _, in := range []string{
		"中\tB-GPE\n",
		"中\tX\n",
		"中国\tB-LOC\n",
		"中 B-LOC\n",
	} {
		if _, err := ReadMSRA(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("ReadMSRA(%q) = %v, want an error naming line 1", in, err)
		}
	}
}
