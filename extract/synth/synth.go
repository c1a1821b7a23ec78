package synth

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Options shape a corpus. The zero value gives the defaults.
type Options struct {
	MinChars int // shortest article body in characters (default 300)
	MaxChars int // longest article body in characters (default 2000)
	Counties int // how many counties the corpus draws its places from (default 400)
}

func (o Options) withDefaults() (Options, error) {
	if o.MinChars <= 0 {
		o.MinChars = 300
	}
	if o.MaxChars <= 0 {
		o.MaxChars = 2000
	}
	if o.Counties <= 0 {
		o.Counties = 400
	}
	if o.MaxChars < o.MinChars {
		return o, fmt.Errorf("synth: options: MaxChars %d is less than MinChars %d", o.MaxChars, o.MinChars)
	}
	return o, nil
}

// Article is one generated news article.
type Article struct {
	ID     string // a0000001 for index 0
	Index  int    // position in the corpus, from 0
	Title  string
	Date   string // 2006-01-02
	Source string // the newspaper or site it appeared in
	Facts  []Fact // gold facts of the title, body and credits (see WebFacts for the source line)

	lead   string   // a byline on a line of its own, "" if none
	inline string   // a byline that starts the first paragraph
	paras  []string // body paragraphs
	tail   []string // signatures, photo credits, editor
}

// Generator writes the articles of one seed. Article i depends only on the
// seed, the options and i, so articles can be made in any order and in
// parallel. A Generator is safe for concurrent use.
type Generator struct {
	seed int64
	opts Options
	w    *world
	pool []*county
}

// New returns the generator of a seed. It loads the gazetteer and the
// lexicon (once per process) and draws the counties of the corpus.
func New(seed int64, opts Options) (*Generator, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	w, err := loadWorld()
	if err != nil {
		return nil, err
	}
	g := &Generator{seed: seed, opts: opts, w: w}
	r := newRNG(seed, 1<<63)
	idx := make([]int, len(w.counties))
	for i := range idx {
		idx[i] = i
	}
	// partial Fisher-Yates: the first Counties entries of a seeded shuffle
	for i := 0; i < len(idx) && len(g.pool) < opts.Counties; i++ {
		j := i + r.intn(len(idx)-i)
		idx[i], idx[j] = idx[j], idx[i]
		c := w.counties[idx[i]]
		if len(w.townsOf(c)) > 0 {
			g.pool = append(g.pool, c)
		}
	}
	if len(g.pool) == 0 {
		return nil, fmt.Errorf("synth: new generator: no county with townships")
	}
	return g, nil
}

// Generate returns the first n articles of a seed.
func Generate(seed int64, n int, opts Options) (iter.Seq[*Article], error) {
	g, err := New(seed, opts)
	if err != nil {
		return nil, err
	}
	return g.Articles(n), nil
}

// Articles returns the first n articles.
func (g *Generator) Articles(n int) iter.Seq[*Article] {
	return func(yield func(*Article) bool) {
		for i := range n {
			if !yield(g.Article(i)) {
				return
			}
		}
	}
}

// themes pick the opening templates and the preferred body templates.
var themes = []string{"visit", "village", "industry", "org", "company", "people"}

// Article returns article i of the corpus.
func (g *Generator) Article(i int) *Article {
	r := newRNG(g.seed, uint64(i))
	b := &art{w: g.w, r: r, county: g.pool[r.intn(len(g.pool))]}
	b.year, b.month, b.day = r.between(2019, 2025), r.between(1, 12), r.between(1, 28)
	a := &Article{
		ID:    "a" + pad7(i+1),
		Index: i,
		Date:  strconv.Itoa(b.year) + "-" + two(b.month) + "-" + two(b.day),
	}
	a.Source = b.source()
	b.credit(a)

	theme := pick(r, themes)
	target := g.opts.MinChars + r.intn(g.opts.MaxChars-g.opts.MinChars+1)*(300+r.intn(701))/1000

	// the opening paragraph: an opener of the theme, then one or two fillers
	var open, body []*Template
	for k := range templates {
		t := &templates[k]
		switch {
		case t.Open && t.Theme == theme:
			open = append(open, t)
		case !t.Open && (t.Theme == theme || t.Theme == "any"):
			body = append(body, t)
		case !t.Open && r.chance(15):
			body = append(body, t)
		}
	}
	shuffle(r, open)
	shuffle(r, body)
	first := ""
	for _, t := range open {
		if first = t.write(b); first != "" {
			break
		}
	}
	if first == "" { // no opener of the theme suits these places
		first = templates[0].write(b) // visit.secretary fits every county but a few
		if first == "" {
			first = b.filler()
		}
	}
	size := 0
	add := func(p string) {
		a.paras = append(a.paras, p)
		size += utf8.RuneCountInString(p)
	}
	add(first + b.fillers(r.between(1, 2)))

	// body paragraphs: a template sentence with fillers around it, or
	// fillers alone, until the target length
	for size < target {
		var sb strings.Builder
		if len(body) > 0 && r.chance(75) {
			s := ""
			for s == "" && len(body) > 0 {
				s = body[0].write(b)
				body = body[1:]
			}
			if r.chance(50) {
				sb.WriteString(s)
				sb.WriteString(b.fillers(r.between(1, 3)))
			} else {
				sb.WriteString(b.fillers(r.between(1, 2)))
				sb.WriteString(s)
			}
		} else {
			sb.WriteString(b.fillers(r.between(2, 4)))
		}
		p := sb.String()
		n := utf8.RuneCountInString(p)
		if size+n > g.opts.MaxChars {
			if size >= g.opts.MinChars {
				break
			}
			p = b.filler()
		}
		add(p)
	}
	if c := b.fill(pick(r, closers)); size+utf8.RuneCountInString(c) <= g.opts.MaxChars {
		add(c)
	}
	a.Title = b.headline()
	var fs factSet
	fs.addAll(b.places.facts(g.w))
	fs.addAll(b.facts.list)
	a.Facts = fs.list
	return a
}

// fillers returns n filler sentences.
func (b *art) fillers(n int) string {
	var sb strings.Builder
	for range n {
		sb.WriteString(b.filler())
	}
	return sb.String()
}

// headline writes the article's title. It names only a place the body
// names and a product only when the body states it as that place's
// industry, so that it states no fact of its own.
func (b *art) headline() string {
	for _, d := range []string{b.cnty().Code, b.tn().Code} {
		if b.places.req[d] {
			for _, p := range b.places.order {
				if p.Code == d {
					b.headPlace = p.Name
				}
			}
			break
		}
	}
	for {
		h := pick(b.r, headlines)
		if b.headPlace == "" && strings.Contains(h, "{P}") {
			continue
		}
		if strings.Contains(h, "{prod}") {
			if b.prod == "" || b.facts.find(b.headPlace, predIndustry, b.prod) < 0 {
				continue
			}
		}
		return b.fill(h)
	}
}

func shuffle[T any](r *rng, xs []T) {
	for i := len(xs) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		xs[i], xs[j] = xs[j], xs[i]
	}
}

// pad7 returns n as seven digits.
func pad7(n int) string {
	s := strconv.Itoa(n)
	if len(s) < 7 {
		s = strings.Repeat("0", 7-len(s)) + s
	}
	return s
}
