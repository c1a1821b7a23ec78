package news_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/news"
)

var update = flag.Bool("update", false, "rewrite the golden files")

var (
	xOnce sync.Once
	xx    *news.Extractor
	xErr  error
)

// MustExtractor returns the default extractor, built once.
func MustExtractor(tb testing.TB) *news.Extractor {
	tb.Helper()
	xOnce.Do(func() { xx, xErr = news.New(news.Options{}) })
	if xErr != nil {
		tb.Fatal(xErr)
	}
	return xx
}

// TestExamples_Golden extracts the README's example articles and compares
// the label view with testdata/examples.golden (rewrite with -update).
func TestExamples_Golden(t *testing.T) {
	x := MustExtractor(t)
	dir := "../../examples/news"
	var docs []*extract.Doc
	for _, name := range []string{"page-01.txt", "web-02.txt"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		ds, err := x.Extract(context.Background(), news.Input{Name: strings.TrimSuffix(name, ".txt"), Source: name, Text: string(b), Layout: true})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, ds...)
	}
	var buf bytes.Buffer
	if err := extract.WriteTSV(&buf, docs); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "examples.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("label view of the examples changed; review with go test -update and git diff\n--- got\n%s", buf.String())
	}
}

// TestPipeline_Conformance checks what every input must satisfy: spans in
// bounds and on rune boundaries, mentions whose text is what the span
// covers, triples whose keys name entities, the same output twice, and
// nothing on empty input.
func TestPipeline_Conformance(t *testing.T) {
	x := MustExtractor(t)
	inputs := []string{
		"",
		"   \n\t\n",
		"The quick brown fox jumps over the lazy dog. 12345",
		"本报讯 记者王 进报道 近日，广东省梅州市\n\n蕉岭县委书记黄振华到新铺镇调研。\n\n（刘 洋）",
		"“我今年72岁了。”家住甘肃省张掖市甘州区的村民马德福说。",
		"🌾🌾 福建省南平市武夷山市的岩茶产业 \u3000 ＡＢＣ",
		strings.Repeat("安徽省黄山市歙县茶农", 50),
	}
	for _, text := range inputs {
		for _, layout := range []bool{false, true} {
			in := news.Input{Name: "t", Source: "t", Text: text, Layout: layout}
			a, err := x.Extract(context.Background(), in)
			if err != nil {
				t.Fatalf("%q: %v", text, err)
			}
			b, _ := x.Extract(context.Background(), in)
			if len(a) != len(b) {
				t.Fatalf("%q: not deterministic", text)
			}
			if strings.TrimSpace(text) == "" && len(a) != 0 {
				t.Errorf("empty input gave %d articles", len(a))
			}
			for i, d := range a {
				checkDoc(t, d, text)
				if got, want := extractString(d), extractString(b[i]); got != want {
					t.Errorf("%q: two runs differ:\n%s\n%s", text, got, want)
				}
			}
		}
	}
	// a cancelled context stops the pipeline with its error
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Extract(ctx, news.Input{Name: "t", Text: "湖南省长沙市"}); err == nil {
		t.Errorf("cancelled context: no error")
	}
}

func extractString(d *extract.Doc) string {
	var buf bytes.Buffer
	_ = extract.WriteTSV(&buf, []*extract.Doc{d})
	return buf.String()
}

func checkDoc(t *testing.T, d *extract.Doc, src string) {
	t.Helper()
	inBounds := func(what string, s extract.Span) {
		if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
			t.Fatalf("%s span %v out of bounds (%d bytes)", what, s, len(d.Text))
		}
		if !utf8.RuneStart(at(d.Text, s.Start)) || !utf8.RuneStart(at(d.Text, s.End)) {
			t.Fatalf("%s span %v not on rune boundaries", what, s)
		}
	}
	for _, s := range d.Sentences {
		inBounds("sentence", s)
	}
	keys := map[string]bool{extract.ArticleSubject: true}
	for _, e := range d.Entities {
		keys[e.Key] = true
	}
	for _, m := range d.Mentions {
		inBounds("mention", m.Span)
		covered := strings.Join(strings.Fields(d.Text[m.Start:m.End]), "")
		if m.Text != covered && m.Rule != "relate.shortname.alias" {
			// traditional/simplified differences aside, a mention quotes its span
			t.Errorf("mention %q covers %q", m.Text, covered)
		}
		if m.Key != "" && !keys[m.Key] {
			t.Errorf("mention %q has key %q with no entity", m.Text, m.Key)
		}
		o := d.SourceOffset(m.Start)
		if o < 0 || o > len(src) {
			t.Errorf("mention %q maps to source offset %d of %d", m.Text, o, len(src))
		}
	}
	for _, tr := range d.Triples {
		inBounds("evidence", tr.Evidence)
		if !keys[tr.Subject] {
			t.Errorf("triple %v: subject is not an entity", tr)
		}
		if !tr.Literal && !keys[tr.Object] {
			t.Errorf("triple %v: object is not an entity", tr)
		}
		if tr.Rule == "" {
			t.Errorf("triple %v has no rule", tr)
		}
	}
}

func at(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

// FuzzExtract feeds arbitrary text through the whole pipeline: it must not
// panic, its spans stay in bounds and two runs give the same facts.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", "本报讯 记者王 进报道", "家住浙江省杭州市西湖区的80岁老人张三说。", "（以下简称“某某”）", "县委副书记、县长李四", "\xff\xfe", "a\u3000b\n\n\n",
		"■ 本报记者 梁 冰 蒙 丽 文/图", "通江县陈河镇云鹭村村民", "某局（以下简称“某”）副局长王五", "重庆两江新区，简称两江新区，", "经开区党工委书记", "某院心内科主任王五", "邹晓云（32岁）"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	x := MustExtractor(f)
	f.Fuzz(func(t *testing.T, text string, layout bool) {
		if !utf8.ValidString(text) {
			return // readers decode to valid UTF-8 before extraction
		}
		in := news.Input{Name: "f", Source: "f", Text: text, Layout: layout}
		a, err := x.Extract(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := x.Extract(context.Background(), in)
		for i, d := range a {
			checkDoc(t, d, text)
			if extractString(d) != extractString(b[i]) {
				t.Fatalf("two runs differ")
			}
		}
	})
}

// TestExtract_LongTextInPieces: a text far longer than an article is read
// in pieces whose spans still map into the input, in time linear in its
// size.
func TestExtract_LongTextInPieces(t *testing.T) {
	x := MustExtractor(t)
	one := "广东省韶关市乳源瑶族自治县委书记邓文峰到必背镇调研茶叶生产。"
	text := strings.Repeat(one, 3*news.MaxArticleBytes/len(one))
	docs, err := x.Extract(context.Background(), news.Input{Name: "long", Source: "long", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 3 {
		t.Fatalf("%d articles, want the text cut into at least 3 pieces", len(docs))
	}
	for i, d := range docs {
		if d.Index != i || len(d.Text) > news.MaxArticleBytes {
			t.Fatalf("piece %d: index %d, %d bytes", i, d.Index, len(d.Text))
		}
		checkDoc(t, d, text)
		for _, m := range d.Mentions {
			o := d.SourceOffset(m.Start)
			if !strings.HasPrefix(text[o:], strings.TrimSpace(d.Text[m.Start:m.End])) {
				t.Fatalf("mention %q maps to %q", m.Text, text[o:o+len(m.Text)])
			}
		}
	}
}

// TestExtract_GroupsAsPipeline: Extract runs the stages over groups of
// articles, one stage after another; every article must come out as the
// stages run on it alone leave it, in groups of one or of several.
func TestExtract_GroupsAsPipeline(t *testing.T) {
	x := MustExtractor(t)
	named, err := news.Stages()
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{
		"浙江省湖州市安吉县县长王明华到天荒坪镇调研竹产业发展情况。",
		"记者从市农业农村局获悉，今年全市粮食播种面积稳中有增。",
		"江苏恒瑞医药股份有限公司董事长孙立新表示，公司将加大研发投入。",
		"52岁的村民李秀英住在河北省保定市涞水县三坡镇。",
	}
	var b strings.Builder
	for i := 0; b.Len() < news.MaxGroupBytes+2*news.MaxArticleBytes; i++ {
		b.WriteString(lines[i%len(lines)])
		if i%7 == 6 {
			b.WriteString("\n")
		}
	}
	text := b.String()
	for _, tc := range []struct {
		name string
		in   news.Input
	}{
		{"long text", news.Input{Name: "long", Source: "long", Text: text}},
		{"page", news.Input{Name: "page", Source: "page", Text: text[:strings.LastIndex(text[:20000], "\n")], Layout: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := x.Extract(context.Background(), tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if tc.name == "long text" && len(docs) < 5 {
				t.Fatalf("%d articles, want at least 5 pieces", len(docs))
			}
			for _, d := range docs {
				if d.Tokens != nil {
					t.Errorf("article %s keeps %d tokens", d.ID, len(d.Tokens))
				}
				one := &extract.Doc{ID: d.ID, Name: d.Name, Source: d.Source, Index: d.Index, Title: d.Title, Date: d.Date,
					Text: d.Text, Origin: d.Origin, OriginAt: d.OriginAt}
				for _, st := range named {
					if err := st.Stage.Process(context.Background(), one); err != nil {
						t.Fatal(err)
					}
				}
				if g, w := fmt.Sprint(extractString(d), d.Mentions, d.Entities), fmt.Sprint(extractString(one), one.Mentions, one.Entities); g != w {
					t.Errorf("article %s: Extract gives\n%s\nthe stages alone\n%s", d.ID, g, w)
				}
			}
		})
	}
}
