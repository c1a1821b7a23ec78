package layout

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// para is one paragraph of the repaired text: the byte range [s, e) of it.
type para struct {
	s, e   int
	text   string
	kind   kind
	clause bool // text holds clause punctuation (see measure)
}

// article is a run of body paragraphs and what was attached to it.
type article struct {
	body    []int // paragraph indices, in source order
	head    []int // the paragraphs of its headline unit
	credits []int // credit notes covering it
	titled  bool
	grams   []uint64 // bigrams of the body (see addBigrams) that start with a character of heads, sorted, built on first use
	gramsOK bool     // grams is built
	heads   *runeSet // the characters of the headline blocks of the page
}

// block is a run of headline-like paragraphs between two articles (or
// before the first one): the place where a page gathers its headlines.
type block struct {
	paras []int
	after int // the article before the block, -1 before the first
}

// Tuning of headline matching.
const (
	// minScore is the share of a headline's character bigrams that must
	// occur in an article's text for the headline to be matched to it.
	minScore = 0.3
	// minShared is the least number of shared bigrams for a match.
	minShared = 2
)

// Split repairs text (see Repair), cuts it into articles and returns one
// Doc per article, in source order. Docs have ID Name when there is one
// article and Name#N (N from 1) otherwise; Origin/OriginAt map their Text
// to byte offsets of text. Split always returns at least one Doc.
//
// See the package documentation for how articles, headlines, bylines,
// signatures and credit notes are recognized.
func Split(name, source, text string) []*extract.Doc {
	sc := getScratch()
	defer sc.release()
	clean, at, origin := repair(text, sc)
	sc.paras = appendParagraphs(sc.paras[:0], clean, sc.widths)
	paras := sc.paras
	arts, blocks := segment(paras)
	if len(blocks) > 0 && len(arts) > 0 {
		// headlines are matched by their bigrams: the articles need only
		// the bigrams that start with a character of a headline
		heads := sc.runeSet()
		for _, b := range blocks {
			for _, i := range b.paras {
				for _, r := range paras[i].text {
					heads.add(r)
				}
			}
		}
		for _, a := range arts {
			a.heads = heads
		}
	}
	if len(arts) <= 1 {
		d := &extract.Doc{ID: name, Name: name, Source: source, Text: clean, Title: singleTitle(paras, arts, blocks)}
		if clean != text {
			d.Origin, d.OriginAt = origin, at
		}
		return []*extract.Doc{d}
	}
	leftover := assign(paras, arts, blocks)
	docs := make([]*extract.Doc, 0, len(arts))
	for i, a := range arts {
		t := &textBuilder{clean: clean, at: at, origin: origin}
		t.b.Grow(articleBytes(paras, a, leftover[i]))
		var title strings.Builder
		for _, p := range a.head {
			t.addParagraph(paras[p])
			title.WriteString(paras[p].text)
		}
		for _, p := range a.body {
			t.addParagraph(paras[p])
		}
		for _, p := range leftover[i] {
			t.addParagraph(paras[p])
		}
		for _, p := range a.credits {
			t.addParagraph(paras[p])
		}
		docs = append(docs, &extract.Doc{
			ID:       name + "#" + strconv.Itoa(i+1),
			Name:     name,
			Source:   source,
			Index:    i,
			Title:    title.String(),
			Text:     t.b.String(),
			Origin:   t.outOrigin,
			OriginAt: t.outAt,
		})
	}
	return docs
}

// articleBytes is the length of the text of article a with its leftover
// headline paragraphs: its paragraphs and a line break after each.
func articleBytes(paras []para, a *article, leftover []int) int {
	n := 0
	for _, ps := range [][]int{a.head, a.body, leftover, a.credits} {
		for _, p := range ps {
			n += paras[p].e - paras[p].s + 1
		}
	}
	return n
}

// appendParagraphs cuts the repaired text at its line breaks, classifies
// the paragraphs and appends them to out. widths holds the measure of each
// paragraph (from its lines) when it has one entry a paragraph; else the
// paragraphs are measured.
func appendParagraphs(out []para, clean string, widths []paraWidth) []para {
	if strings.Count(clean, "\n")+1 != len(widths) {
		widths = nil
	}
	k := 0
	for s := 0; s < len(clean); {
		e := strings.IndexByte(clean[s:], '\n')
		if e < 0 {
			e = len(clean)
		} else {
			e += s
		}
		if s < e {
			p := para{s: s, e: e, text: clean[s:e]}
			var w float64
			if widths != nil {
				w, p.clause = widths[k].w, widths[k].clause
			} else {
				w, p.clause = measure(p.text)
			}
			p.kind = classifyWidth(p.text, w)
			out = append(out, p)
		}
		k++
		s = e + 1
	}
	return out
}

// segment groups paragraphs into articles and headline blocks.
//
// An article starts at a lead (本报讯, a byline; consecutive leads are one
// start), at a photo caption that does not follow body text, at the first
// body paragraph after a signature, and at the first body paragraph after
// a block of headlines that holds a credit note or two headlines or more.
// Headline-like paragraphs followed by more body text of the same article
// are subheads and stay in the body.
func segment(paras []para) (arts []*article, blocks []block) {
	cur := -1
	var pending []int
	prev := kind(-1) // the kind of the last paragraph that is not headline-like
	prevClause := false
	for i, p := range paras {
		if p.kind == kTitle || p.kind == kCredit {
			pending = append(pending, i)
			continue
		}
		start := cur < 0
		switch {
		case cur >= 0 && !hasText(paras, arts[cur]):
			// an article holds text before another can start
		case p.kind == kLead:
			// a byline followed by a dateline is one start
			start = start || prev != kLead || len(pending) > 0 || prevClause
		case p.kind == kCaption:
			start = start || len(pending) > 0 || prev == kSignature
		case prev == kSignature:
			start = true
		case len(pending) > 0:
			start = start || blockEnds(paras, pending)
		}
		if start {
			if len(pending) > 0 {
				blocks = append(blocks, block{paras: pending, after: cur})
			}
			arts = append(arts, &article{})
			cur++
		} else {
			arts[cur].body = append(arts[cur].body, pending...)
		}
		pending = nil
		arts[cur].body = append(arts[cur].body, i)
		prev = p.kind
		prevClause = p.clause
	}
	if len(pending) > 0 {
		blocks = append(blocks, block{paras: pending, after: cur})
	}
	// a last article without text right after the body of the one before
	// it is the byline, photo credit or signature that closes that one
	// (记者 王 进 摄 at the end of a web article): only the last can lack
	// text, as every other holds text before the next starts; after a
	// headline block it stays apart (a page's headlines and credit notes
	// are matched to it)
	if n := len(arts); n > 1 && !hasText(paras, arts[n-1]) &&
		!slices.ContainsFunc(blocks, func(b block) bool { return b.after == n-2 }) {
		arts[n-2].body = append(arts[n-2].body, arts[n-1].body...)
		arts = arts[:n-1]
		for k := range blocks {
			if blocks[k].after == n-1 {
				blocks[k].after = n - 2
			}
		}
	}
	return arts, blocks
}

// hasText reports whether a holds body text or a caption, not only
// bylines, datelines and metadata.
func hasText(paras []para, a *article) bool {
	for _, i := range a.body {
		switch paras[i].kind {
		case kBody, kCaption:
			return true
		case kLead: // a dateline with its first sentence, not a bare byline
			if paras[i].clause {
				return true
			}
		}
	}
	return false
}

// blockEnds reports whether a block of headline-like paragraphs followed
// by body text closes the article before it.
func blockEnds(paras []para, pending []int) bool {
	n := 0
	for _, u := range units(paras, pending) {
		if paras[u[0]].kind == kCredit {
			return true
		}
		n++
	}
	return n >= 2
}

// units groups the paragraphs of a block into headline units: a kicker
// ending with a dash joins the next line, a subtitle starting with a dash
// joins the line before. Credit notes are units of their own.
func units(paras []para, idx []int) [][]int {
	var out [][]int
	glue := false
	for _, i := range idx {
		p := paras[i]
		n := len(out)
		switch {
		case p.kind == kCredit:
			out = append(out, []int{i})
			glue = false
			continue
		case n > 0 && (glue || isSubtitle(p.text)) && paras[out[n-1][0]].kind != kCredit:
			out[n-1] = append(out[n-1], i)
		default:
			out = append(out, []int{i})
		}
		glue = strings.HasSuffix(p.text, "—")
	}
	return out
}

// singleTitle picks the headline of a one-article text: the first
// headline unit before the body that is not a section header, else a
// headline after the body that matches it, else the first headline of a
// block that closes the text (a page that gathers its headline after the
// body), else the first unit before the body.
func singleTitle(paras []para, arts []*article, blocks []block) string {
	var first, closing []int
	for bi, b := range blocks {
		if b.after >= 0 && bi == len(blocks)-1 && b.paras[len(b.paras)-1] == len(paras)-1 {
			for _, u := range units(paras, b.paras) {
				if paras[u[0]].kind != kCredit && !furniture(paras, u) && len(arts) == 1 && shares(paras, u, arts[0]) {
					closing = u
					break
				}
			}
		}
		for _, u := range units(paras, b.paras) {
			if paras[u[0]].kind == kCredit {
				continue
			}
			if b.after < 0 {
				if first == nil {
					first = u
				}
				if !furniture(paras, u) {
					return unitText(paras, u)
				}
				continue
			}
			if len(arts) == 1 {
				if _, ok := match(paras, u, arts[0]); ok {
					return unitText(paras, u)
				}
			}
		}
	}
	if closing != nil {
		return unitText(paras, closing)
	}
	return unitText(paras, first)
}

// assign matches headline units to articles, attaches credit notes, and
// returns for every article the unmatched headline paragraphs kept in it.
func assign(paras []para, arts []*article, blocks []block) [][]int {
	leftover := make([][]int, len(arts))
	titleFirst := false
	lo := 0 // first article not yet covered by a headline block
	for _, b := range blocks {
		us := units(paras, b.paras)
		var cands []int
		if b.after < 0 {
			cands = []int{0}
		} else {
			for a := lo; a <= b.after; a++ {
				cands = append(cands, a)
			}
			if b.after+1 < len(arts) {
				cands = append(cands, b.after+1)
			}
		}
		// content matches, best first
		type pair struct {
			u, a  int
			score float64
		}
		var pairs []pair
		for ui, u := range us {
			if paras[u[0]].kind == kCredit {
				continue
			}
			for _, a := range cands {
				if arts[a].titled {
					continue
				}
				if sc, ok := match(paras, u, arts[a]); ok {
					pairs = append(pairs, pair{ui, a, sc})
				}
			}
		}
		sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].score > pairs[j].score })
		done := make([]bool, len(us))
		var covered []int
		take := func(ui, a int) {
			arts[a].head, arts[a].titled, done[ui] = us[ui], true, true
			covered = append(covered, a)
		}
		for _, p := range pairs {
			if !done[p.u] && !arts[p.a].titled {
				take(p.u, p.a)
			}
		}
		if b.after < 0 && len(covered) > 0 {
			titleFirst = true
		}
		// the rest by order: after the bodies, or before for title-first pages
		for ui, u := range us {
			if done[ui] || paras[u[0]].kind == kCredit || furniture(paras, u) {
				continue
			}
			if b.after < 0 {
				titleFirst = true
			}
			for _, a := range cands {
				after := a <= b.after
				if !arts[a].titled && after != titleFirst {
					take(ui, a)
					break
				}
			}
		}
		// credit notes cover the articles whose headlines share their
		// block, or else the articles before the block
		if len(covered) == 0 {
			for _, a := range cands {
				if a <= b.after || b.after < 0 {
					covered = append(covered, a)
				}
			}
		}
		sort.Ints(covered)
		for ui, u := range us {
			if paras[u[0]].kind == kCredit {
				for _, a := range covered {
					arts[a].credits = append(arts[a].credits, u...)
				}
				done[ui] = true
			}
		}
		// unmatched headlines stay in the article they follow; section
		// headers before the first article are page furniture and dropped
		for ui, u := range us {
			if done[ui] {
				continue
			}
			if b.after < 0 {
				if !furniture(paras, u) {
					arts[0].body = append(append([]int(nil), u...), arts[0].body...)
				}
				continue
			}
			leftover[b.after] = append(leftover[b.after], u...)
		}
		if b.after >= 0 {
			lo = b.after + 1
		}
	}
	return leftover
}

// furniture reports whether a headline unit looks like a section header
// (要闻 综合新闻).
func furniture(paras []para, u []int) bool {
	return len(u) == 1 && reFurniture.MatchString(paras[u[0]].text)
}

// unitText is the headline of a unit: its paragraphs glued together.
func unitText(paras []para, u []int) string {
	var b strings.Builder
	for _, i := range u {
		b.WriteString(paras[i].text)
	}
	return b.String()
}

// match scores headline unit u against article a: the share of the
// headline's character bigrams found in the article.
func match(paras []para, u []int, a *article) (float64, bool) {
	shared, n := sharedBigrams(paras, u, a)
	if n == 0 {
		return 0, false
	}
	score := float64(shared) / float64(n)
	return score, shared >= minShared && score >= minScore
}

// shares reports whether headline unit u shares a character bigram with
// article a.
func shares(paras []para, u []int, a *article) bool {
	shared, _ := sharedBigrams(paras, u, a)
	return shared > 0
}

// sharedBigrams returns how many of the distinct character bigrams of
// headline unit u occur in article a, and how many it has.
func sharedBigrams(paras []para, u []int, a *article) (shared, n int) {
	hb := bigrams(unitText(paras, u))
	if len(hb) == 0 {
		return 0, 0
	}
	if !a.gramsOK {
		for _, p := range a.body {
			a.grams = addBigrams(a.grams, paras[p].text, a.heads)
		}
		slices.Sort(a.grams)
		a.grams = slices.Compact(a.grams)
		a.gramsOK = true
	}
	for _, g := range hb {
		if _, ok := slices.BinarySearch(a.grams, g); ok {
			shared++
		}
	}
	return shared, len(hb)
}

// bigrams returns the distinct pairs of adjacent Han characters of s,
// sorted (see addBigrams).
func bigrams(s string) []uint64 {
	out := addBigrams(nil, s, nil)
	slices.Sort(out)
	return slices.Compact(out)
}

// addBigrams appends the pairs of adjacent Han characters of s whose first
// character is in firsts (nil for all) to out, each as the first character
// in the high 32 bits and the second in the low.
func addBigrams(out []uint64, s string, firsts *runeSet) []uint64 {
	var last rune = -1
	for i := 0; i < len(s); {
		r, ok := lexicon.Decode3(s, i)
		n := 3
		if !ok {
			r, n = decodeRune(s[i:])
		}
		i += n
		if !isHan(r) {
			last = -1
			continue
		}
		if last >= 0 && (firsts == nil || firsts.has(last)) {
			out = append(out, uint64(last)<<32|uint64(r))
		}
		last = r
	}
	return out
}

// runeSet is a set of characters of the Basic Multilingual Plane; it holds
// every character beyond it.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) add(r rune) {
	if r < 0x10000 {
		s[r>>6] |= 1 << (r & 63)
	}
}

func (s *runeSet) has(r rune) bool { return r >= 0x10000 || s[r>>6]&(1<<(r&63)) != 0 }
