package synth

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"
)

// unpad removes the layout marks of padded names.
func unpad(s string) string {
	if !strings.ContainsAny(s, "\x01\x02") {
		return s
	}
	return strings.NewReplacer("\x01", "", "\x02", "").Replace(s)
}

// padNames writes the marked names as a newspaper page does: a two-character
// name gets a space in the middle (王 进).
func padNames(s string) string {
	var sb strings.Builder
	for {
		i := strings.IndexByte(s, '\x01')
		if i < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		j := strings.IndexByte(s[i:], '\x02')
		if j < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		sb.WriteString(s[:i])
		name := s[i+1 : i+j]
		if utf8.RuneCountInString(name) == 2 {
			_, n := utf8.DecodeRuneInString(name)
			sb.WriteString(name[:n] + " " + name[n:])
		} else {
			sb.WriteString(name)
		}
		s = s[i+j+1:]
	}
}

// Body returns the text of the article in web style, without its title:
// the byline, one paragraph a line, then signatures and credits.
func (a *Article) Body() string {
	var sb strings.Builder
	if a.lead != "" {
		sb.WriteString(unpad(a.lead))
		sb.WriteByte('\n')
	}
	for i, p := range a.paras {
		if i == 0 {
			sb.WriteString(unpad(a.inline))
		}
		sb.WriteString(p)
		sb.WriteByte('\n')
	}
	for _, t := range a.tail {
		sb.WriteString(unpad(t))
		sb.WriteByte('\n')
	}
	return sb.String()
}

// Web returns the article as a web page copied to text: the title, a line
// with the date and the source, then the body.
func (a *Article) Web() string {
	return a.Title + "\n" + a.Date + " 来源：" + a.Source + "\n" + a.Body()
}

// WebFacts returns the facts of the web text: Facts and the source named
// in the source line.
func (a *Article) WebFacts() []Fact {
	var s factSet
	s.addAll(a.Facts)
	s.add(Fact{Subject: a.Source, Predicate: predType, Object: typeOrg})
	return s.list
}

// record is an article as a JSON line.
type record struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// JSON returns the article as one JSON object (id, title, date, source,
// text), without a line break. Its facts are Facts: the source field is
// not part of the text.
func (a *Article) JSON() ([]byte, error) {
	b, err := json.Marshal(record{a.ID, a.Title, a.Date, a.Source, a.Body()})
	if err != nil {
		return nil, fmt.Errorf("synth: encode %s: %w", a.ID, err)
	}
	return b, nil
}

// WriteGold writes facts as gold rows of the label view for document doc:
// DOC, SUBJECT, PREDICATE, OBJECT, tab-separated, with ?DOC for an optional
// fact.
func WriteGold(w io.Writer, doc string, facts []Fact) error {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	for _, f := range facts {
		d := doc
		if f.Optional {
			d = "?" + doc
		}
		bw.WriteString(d)
		bw.WriteByte('\t')
		bw.WriteString(f.Subject)
		bw.WriteByte('\t')
		bw.WriteString(f.Predicate)
		bw.WriteByte('\t')
		bw.WriteString(f.Object)
		if err := bw.WriteByte('\n'); err != nil {
			return fmt.Errorf("synth: write gold of %s: %w", doc, err)
		}
	}
	if !ok {
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("synth: write gold of %s: %w", doc, err)
		}
	}
	return nil
}

// Page is a newspaper page in the style of text copied out of a PDF: lines
// broken every 10-20 characters with blank lines between them, several
// articles, their headlines gathered after the bodies, padded names in
// bylines and signatures.
type Page struct {
	ID       string // p000001 for index 0
	Index    int
	Articles []*Article
	Text     string
	Facts    []Fact // the facts of all its articles and of its credit notes
}

// Pages returns the pages holding the first n articles, in order; each
// page holds one to six articles in one or two groups.
func (g *Generator) Pages(n int) iter.Seq[*Page] { return g.PagesOf(g.Articles(n)) }

// PagesOf lays out a stream of articles of g (in order, from article 0, as
// Articles gives them) on pages. Page p's size and layout depend only on
// the seed and p, so the pages are those of Pages whoever generated the
// articles; only the last page is cut short by the end of the stream.
func (g *Generator) PagesOf(arts iter.Seq[*Article]) iter.Seq[*Page] {
	return func(yield func(*Page) bool) {
		next, stop := iter.Pull(arts)
		defer stop()
		for p := 0; ; p++ {
			r := newRNG(g.seed, 1<<62|uint64(p))
			k := r.between(1, 6)
			var list []*Article
			for range k {
				a, ok := next()
				if !ok {
					break
				}
				list = append(list, a)
			}
			if len(list) == 0 || !yield(g.page(r, p, list)) {
				return
			}
		}
	}
}

// page lays out articles on page p.
func (g *Generator) page(r *rng, p int, arts []*Article) *Page {
	pg := &Page{ID: "p" + pad7(p + 1)[1:], Index: p, Articles: arts}
	var facts factSet
	var sb strings.Builder
	line := func(s string) {
		sb.WriteString(s)
		sb.WriteString("\n\n")
	}
	width := r.between(11, 17)
	if r.chance(70) {
		line(" " + pick(r, sections) + " " + pick(r, sections))
	} else {
		line("第" + itoa(r.between(1, 12)) + "版 " + pick(r, sections))
	}
	// one or two groups of articles
	cut := len(arts)
	if len(arts) > 2 && r.chance(40) {
		cut = r.between(1, len(arts)-1)
	}
	for _, grp := range [][]*Article{arts[:cut], arts[cut:]} {
		if len(grp) == 0 {
			continue
		}
		for _, a := range grp {
			facts.addAll(a.Facts)
			if a.lead != "" {
				line(padNames(a.lead))
			}
			for i, para := range a.paras {
				if i == 0 {
					para = padNames(a.inline) + para
				}
				for _, l := range breakLines(r, spaceNumbers(r, para), width) {
					line(l)
				}
			}
			for _, t := range a.tail {
				line(padNames(t))
			}
		}
		for _, a := range grp {
			line(a.Title)
		}
		if len(grp) > 1 && r.chance(40) {
			b := &art{w: g.w, r: r}
			x := b.reporter()
			line("（本组稿件除署名外均由本报记者" + x + "采写）")
			facts.addAll(b.facts.list)
		}
	}
	pg.Text = sb.String()
	pg.Facts = facts.list
	return pg
}

// breakLines cuts a paragraph into lines of about width characters (one
// either way), ASCII counting half.
func breakLines(r *rng, s string, width int) []string {
	var out []string
	for s != "" {
		w := width + r.intn(3) - 1
		cells, end := 0, 0
		for end < len(s) && cells < 2*w {
			c, n := utf8.DecodeRuneInString(s[end:])
			if c < utf8.RuneSelf {
				cells++
			} else {
				cells += 2
			}
			end += n
		}
		// a line does not start with closing punctuation: it stays on the
		// line before, as typesetters do
		for end < len(s) {
			c, n := utf8.DecodeRuneInString(s[end:])
			if !strings.ContainsRune("，。、；：！？”’）》%", c) {
				break
			}
			end += n
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

// spaceNumbers sets some runs of three or more digits apart with spaces, as
// PDF text often has them (3397 名).
func spaceNumbers(r *rng, s string) string {
	var sb strings.Builder
	i := 0
	for i < len(s) {
		if s[i] >= '0' && s[i] <= '9' {
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
				j++
			}
			if j-i >= 3 && !strings.Contains(s[i:j], ".") && r.chance(30) {
				if prev, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && !strings.ContainsRune("，。、；：“（", prev) {
					sb.WriteByte(' ')
				}
				sb.WriteString(s[i:j])
				if next, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && !strings.ContainsRune("，。、；：%”）", next) {
					sb.WriteByte(' ')
				}
			} else {
				sb.WriteString(s[i:j])
			}
			i = j
			continue
		}
		sb.WriteByte(s[i])
		i++
	}
	return sb.String()
}

func itoa(n int) string { return fmt.Sprint(n) }
