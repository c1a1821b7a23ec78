package synth

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/lexicon"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func mustNew(tb testing.TB, seed int64, opts Options) *Generator {
	tb.Helper()
	g, err := New(seed, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return g
}

// corpus renders the first n articles of a seed in every style, with gold.
func corpus(tb testing.TB, seed int64, n int) []byte {
	tb.Helper()
	g := mustNew(tb, seed, Options{})
	var buf bytes.Buffer
	for a := range g.Articles(n) {
		buf.WriteString(a.Web())
		line, err := a.JSON()
		if err != nil {
			tb.Fatal(err)
		}
		buf.Write(line)
		if err := WriteGold(&buf, a.ID, a.WebFacts()); err != nil {
			tb.Fatal(err)
		}
	}
	for p := range g.Pages(n) {
		buf.WriteString(p.Text)
		if err := WriteGold(&buf, p.ID, p.Facts); err != nil {
			tb.Fatal(err)
		}
	}
	return buf.Bytes()
}

func TestGenerate_Deterministic(t *testing.T) {
	a, b := corpus(t, 7, 40), corpus(t, 7, 40)
	if !bytes.Equal(a, b) {
		t.Fatal("the same seed gave different bytes")
	}
	// article i does not depend on the order in which articles are made
	g := mustNew(t, 7, Options{})
	late := g.Article(33).Web()
	i := 0
	for a := range g.Articles(34) {
		if i == 33 && a.Web() != late {
			t.Fatal("article 33 differs when made after the others")
		}
		i++
	}
}

func TestGenerate_SeedsDiffer(t *testing.T) {
	a, b := mustNew(t, 1, Options{}), mustNew(t, 2, Options{})
	same := 0
	for i := range 20 {
		if a.Article(i).Web() == b.Article(i).Web() {
			same++
		}
	}
	if same > 0 {
		t.Fatalf("%d of 20 articles are the same for seeds 1 and 2", same)
	}
}

func TestGenerate_Func(t *testing.T) {
	seq, err := Generate(3, 5, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for a := range seq {
		if a.Index != n || a.ID != "a"+pad7(n+1) {
			t.Errorf("article %d has index %d, id %s", n, a.Index, a.ID)
		}
		n++
	}
	if n != 5 {
		t.Fatalf("Generate(…, 5) gave %d articles", n)
	}
	if _, err := Generate(3, 5, Options{MinChars: 900, MaxChars: 400}); err == nil {
		t.Fatal("MaxChars < MinChars was accepted")
	}
}

func TestArticle_Shape(t *testing.T) {
	for _, o := range []Options{{}, {MinChars: 500, MaxChars: 800, Counties: 20}} {
		g := mustNew(t, 11, o)
		o, _ = o.withDefaults()
		for a := range g.Articles(300) {
			web := a.Web()
			if !utf8.ValidString(web) || strings.ContainsAny(web, "\x01\x02") {
				t.Fatalf("%s: invalid UTF-8 or layout marks left:\n%s", a.ID, web)
			}
			if a.Title == "" || a.Date == "" || a.Source == "" || len(a.paras) == 0 || len(a.Facts) == 0 {
				t.Fatalf("%s: empty part: %+v", a.ID, a)
			}
			size := 0
			for _, p := range a.paras {
				size += utf8.RuneCountInString(p)
			}
			if size < o.MinChars || size > o.MaxChars {
				t.Errorf("%s: body of %d characters, want %d-%d", a.ID, size, o.MinChars, o.MaxChars)
			}
		}
	}
}

// squeeze removes white space, as the scorer does.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\n' || r == '\t' || r == '\u3000' {
			return -1
		}
		return r
	}, s)
}

// labelInText reports whether a label (or one of its |-alternatives) is
// written in text, a division also by a short form.
func labelInText(g *gazetteer.Gazetteer, label, text string) bool {
	for _, alt := range strings.Split(label, "|") {
		if strings.Contains(text, alt) {
			return true
		}
		for end := len(alt) - 1; end > 0; end-- {
			if !utf8.RuneStart(alt[end]) {
				continue
			}
			for _, c := range g.Candidates(alt[:end]) {
				if c.Name == alt && strings.Contains(text, alt[:end]) {
					return true
				}
			}
		}
	}
	return false
}

// checkFacts checks that what the required facts name is in the text.
func checkFacts(t *testing.T, id, text string, facts []Fact) {
	t.Helper()
	gz, _ := gazetteer.Default()
	text = squeeze(text)
	for _, f := range facts {
		if f.Optional {
			continue
		}
		switch f.Predicate {
		case predType, predPost, predShort, predLives, predIndustry:
			if f.Predicate == predType {
				if !labelInText(gz, f.Subject, text) {
					t.Errorf("%s: %v: subject not in the text", id, f)
				}
				continue
			}
			if !labelInText(gz, f.Subject, text) || !labelInText(gz, f.Object, text) {
				t.Errorf("%s: %v: not in the text", id, f)
			}
		case predAge, predAuthor:
			if !strings.Contains(text, f.Object) {
				t.Errorf("%s: %v: object not in the text", id, f)
			}
		case predWorksAt, predPartOf:
			if !labelInText(gz, f.Subject, text) || !labelInText(gz, f.Object, text) {
				t.Errorf("%s: %v: not in the text", id, f)
			}
		}
	}
}

func TestFacts_InText(t *testing.T) {
	g := mustNew(t, 5, Options{})
	for a := range g.Articles(400) {
		checkFacts(t, a.ID, a.Web(), a.WebFacts())
		var rec record
		line, _ := a.JSON()
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatal(err)
		}
		checkFacts(t, a.ID, rec.Title+"\n"+rec.Text, a.Facts)
	}
	for p := range g.Pages(200) {
		checkFacts(t, p.ID, p.Text, p.Facts)
	}
}

// TestFacts_GuideNames checks the naming rules of the guide: divisions by
// full official names with their parents, posts that the title lexicon
// knows and that carry no place name, ages as numbers, authors as people.
func TestFacts_GuideNames(t *testing.T) {
	gz, _ := gazetteer.Default()
	lex, _ := lexicon.Default()
	g := mustNew(t, 9, Options{})
	foreign := map[string]bool{"中国": true}
	for _, p := range abroad {
		foreign[p[0]], foreign[p[1]] = true, true
	}
	for a := range g.Articles(400) {
		kind := map[string]string{}
		parent := map[string]string{}
		for _, f := range a.Facts {
			switch f.Predicate {
			case predType:
				kind[f.Subject] = f.Object
			case predLocated:
				parent[f.Subject] = f.Object
			}
		}
		// named returns the divisions whose full name is name; a village is
		// looked up in its township's county only (ByName would decode
		// every village)
		named := func(name string) []gazetteer.Division {
			var out []gazetteer.Division
			for _, c := range gz.Candidates(name) {
				if c.Name == name {
					out = append(out, c.Division)
				}
			}
			for _, t := range gz.Candidates(parent[name]) {
				if t.Level != gazetteer.Township {
					continue
				}
				for _, c := range gz.VillageCandidates(t.Code[:6], name) {
					if c.Name == name && c.Parent == t.Code {
						out = append(out, c.Division)
					}
				}
			}
			return out
		}
		for _, f := range a.Facts {
			switch f.Predicate {
			case predType:
				if f.Object == typePlace && !foreign[f.Subject] && !strings.HasSuffix(f.Subject, "开发区") {
					if len(named(f.Subject)) == 0 {
						t.Errorf("%s: place %q is not a full division name", a.ID, f.Subject)
					}
				}
			case predLocated:
				if kind[f.Subject] == typeOrg || f.Optional {
					continue
				}
				ok := false
				for _, c := range named(f.Subject) {
					if p, found := gz.Lookup(c.Parent); found && p.Name == f.Object {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%s: %v: the object is not the parent", a.ID, f)
				}
			case predPost:
				known := false
				for _, alt := range strings.Split(f.Object, "|") {
					_, ok := lex.IsTitle(alt)
					known = known || ok
					for _, d := range a.Facts {
						if d.Predicate == predType && d.Object == typePlace && strings.Contains(alt, d.Subject) {
							t.Errorf("%s: post %q holds the place %q", a.ID, alt, d.Subject)
						}
					}
				}
				if !known {
					t.Errorf("%s: post %q is not in the title lexicon", a.ID, f.Object)
				}
			case predAge:
				if strings.Trim(f.Object, "0123456789") != "" {
					t.Errorf("%s: age %q is not a number", a.ID, f.Object)
				}
			case predAuthor, predLives:
				who := f.Object
				if f.Predicate == predLives {
					who = f.Subject
				}
				if kind[who] != typePerson {
					t.Errorf("%s: %v: %q is not a person", a.ID, f, who)
				}
			}
		}
	}
}

// TestTemplates_FactsInSentence runs every template on many places and
// checks that what its required facts name is in the sentence it wrote.
func TestTemplates_FactsInSentence(t *testing.T) {
	g := mustNew(t, 13, Options{})
	for _, tp := range Templates() {
		t.Run(tp.Name, func(t *testing.T) {
			wrote := 0
			for i := range 40 {
				r := newRNG(int64(i), 99)
				b := &art{w: g.w, r: r, county: g.pool[r.intn(len(g.pool))], year: 2024, month: 5, day: 6}
				b.quoted = []string{b.person()}
				b.facts = factSet{}
				s := tp.write(b)
				if s == "" {
					continue
				}
				wrote++
				var fs factSet
				fs.addAll(b.places.facts(g.w))
				fs.addAll(b.facts.list)
				checkFacts(t, tp.Name, s+b.quoted[0], fs.list)
			}
			if wrote == 0 {
				t.Fatal("the template wrote nothing in 40 tries")
			}
		})
	}
}

func TestPages_Layout(t *testing.T) {
	g := mustNew(t, 21, Options{})
	lines, short, paddedSeen := 0, 0, 0
	for p := range g.Pages(300) {
		if !utf8.ValidString(p.Text) || strings.ContainsAny(p.Text, "\x01\x02") {
			t.Fatalf("%s: invalid UTF-8 or layout marks left", p.ID)
		}
		if strings.Contains(strings.TrimRight(p.Text, "\n"), "\n\n\n") {
			t.Errorf("%s: more than one blank line", p.ID)
		}
		for i, l := range strings.Split(strings.TrimRight(p.Text, "\n"), "\n") {
			if i%2 == 1 {
				if l != "" {
					t.Fatalf("%s: line %d is not blank: %q", p.ID, i+1, l)
				}
				continue
			}
			lines++
			if n := utf8.RuneCountInString(l); n >= 8 && n <= 20 {
				short++
			}
		}
		// headlines come after the bodies
		for _, a := range p.Articles {
			h := strings.LastIndex(p.Text, "\n"+a.Title+"\n")
			last := a.paras[len(a.paras)-1]
			tailEnd := last[len(last)-min(len(last), 9):]
			if h < 0 || strings.LastIndex(squeeze(p.Text[:h]), squeeze(tailEnd)) < 0 {
				t.Errorf("%s: headline %q is not after its body", p.ID, a.Title)
			}
			for _, part := range append([]string{a.lead, a.inline}, a.tail...) {
				for _, name := range markedNames(part) {
					if utf8.RuneCountInString(name) != 2 {
						continue
					}
					_, k := utf8.DecodeRuneInString(name)
					if !strings.Contains(strings.ReplaceAll(p.Text, "\n", ""), name[:k]+" "+name[k:]) {
						t.Errorf("%s: name %q is not padded", p.ID, name)
					}
					paddedSeen++
				}
			}
		}
	}
	if short*10 < lines*9 {
		t.Errorf("only %d of %d lines have 8-20 characters", short, lines)
	}
	if paddedSeen < 20 {
		t.Errorf("only %d padded names in 300 pages", paddedSeen)
	}
}

// markedNames returns the names marked for padding in s.
func markedNames(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '\x01')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], '\x02')
		if j < 0 {
			return out
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
}

func TestArticle_JSON(t *testing.T) {
	g := mustNew(t, 4, Options{})
	for a := range g.Articles(50) {
		line, err := a.JSON()
		if err != nil {
			t.Fatal(err)
		}
		if bytes.ContainsAny(line, "\n\r") {
			t.Fatalf("%s: JSON line holds a line break", a.ID)
		}
		var rec map[string]string
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		want := map[string]string{"id": a.ID, "title": a.Title, "date": a.Date, "source": a.Source, "text": a.Body()}
		for k, v := range want {
			if rec[k] != v {
				t.Errorf("%s: field %s = %q, want %q", a.ID, k, rec[k], v)
			}
		}
	}
}

func TestWriteGold(t *testing.T) {
	var buf bytes.Buffer
	err := WriteGold(&buf, "a1", []Fact{
		{Subject: "王进", Predicate: predType, Object: typePerson},
		{Subject: "某某开发区", Predicate: predLocated, Object: "大庆市", Optional: true},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "a1\t王进\t类型\t人物\n?a1\t某某开发区\t位于\t大庆市\n"
	if buf.String() != want {
		t.Fatalf("got %q, want %q", buf.String(), want)
	}
}

// TestGolden keeps a small corpus under testdata/ so that changes to the
// templates show as diffs; run with -update to rewrite it.
func TestGolden(t *testing.T) {
	got := corpus(t, 1, 6)
	path := filepath.Join("testdata", "seed1.golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("output differs from %s (run go test -update and review the diff)", path)
	}
}
