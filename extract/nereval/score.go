package nereval

import (
	"fmt"
	"io"
	"sort"
)

// Counts are the scores of one type (or of several types together).
//
// A system mention is Correct when a gold mention has its span and type.
// A system mention that is not correct is:
//   - Boundary (boundary-only disagreement) when it overlaps a gold
//     mention of its own type: right entity, different boundaries;
//   - TypeOnly when its span equals a gold mention of another type;
//   - Nested when it lies inside a longer gold mention of another type
//     (a LOC inside an ORG: MSRA annotates only the longest name);
//   - spurious otherwise.
//
// Boundary, TypeOnly and Nested mentions are errors of exact scoring (each is a
// false positive, and its gold mention a false negative unless something
// else finds it); they are counted apart because they are often
// disagreements of convention rather than of recognition.
// GoldBoundary counts the gold mentions not found exactly but overlapped
// by a system mention of their type; it gives the overlap recall.
type Counts struct {
	Gold, System, Correct      int
	Boundary, TypeOnly, Nested int
	GoldBoundary               int
	Ignored                    int // system mentions overlapping an excluded gold mention (not scored)
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.System += o.System
	c.Correct += o.Correct
	c.Boundary += o.Boundary
	c.TypeOnly += o.TypeOnly
	c.Nested += o.Nested
	c.GoldBoundary += o.GoldBoundary
	c.Ignored += o.Ignored
}

// P is exact precision: Correct / System (0 with no system mention).
func (c Counts) P() float64 { return ratio(c.Correct, c.System) }

// R is exact recall: Correct / Gold.
func (c Counts) R() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of P and R.
func (c Counts) F1() float64 { return f1(c.P(), c.R()) }

// OverlapF1 is the F1 when a boundary-only disagreement counts as found:
// precision (Correct+Boundary)/System, recall (Correct+GoldBoundary)/Gold.
func (c Counts) OverlapF1() float64 {
	return f1(ratio(c.Correct+c.Boundary, c.System), ratio(c.Correct+c.GoldBoundary, c.Gold))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Error kinds of Report.Errors.
const (
	KindMissed   = "missed"   // a gold mention nothing found exactly
	KindBoundary = "boundary" // a system mention with boundary-only disagreement
	KindType     = "type"     // a system mention on a gold span of another type
	KindNested   = "nested"   // a system mention inside a longer gold mention of another type
	KindSpurious = "spurious" // any other wrong system mention
)

// Error is one scoring error, for inspection.
type Error struct {
	Kind    string
	Mention Mention  // the system mention, or the gold one for KindMissed
	Gold    *Mention // the gold mention a boundary or type error is about
}

// Report is the result of Score.
type Report struct {
	Set       string
	Types     []string          // scored types, in table order
	ByType    map[string]Counts // per scored type
	ByLabel   map[string]Counts // per gold label of the set (Gold, Correct, GoldBoundary only)
	LabelType map[string]string // the type each gold label is scored as

	Unscored     map[string]int // system mentions of types the set does not annotate (TITLE on MSRA)
	UnknownDoc   int            // system mentions naming no document of the set
	OutOfRange   int            // system mentions past the end of their document
	TextMismatch int            // system mentions whose NAME is not the text at their offsets (scored by offsets)
	Duplicates   int            // repeated system mentions (same document, span and type), counted once

	Errors []Error // every error, in document order
}

// Total sums the counts of types (all scored types when none is given).
func (r *Report) Total(types ...string) Counts {
	if len(types) == 0 {
		types = r.Types
	}
	var c Counts
	for _, t := range types {
		c.add(r.ByType[t])
	}
	return c
}

type spanKey struct{ start, end int }

// Score compares system mentions with the set's gold mentions, exactly by
// rune span and type, per type of the set.
func Score(set *Set, system []Mention) *Report {
	rep := &Report{
		Set:       set.Name,
		Types:     set.Types,
		ByType:    map[string]Counts{},
		ByLabel:   map[string]Counts{},
		LabelType: map[string]string{},
		Unscored:  map[string]int{},
	}
	scored := map[string]bool{}
	for _, t := range set.Types {
		scored[t] = true
	}
	docs := map[string]int{}
	for i, d := range set.Docs {
		docs[d.ID] = i
	}
	byDoc := make([][]Mention, len(set.Docs))
	for _, m := range system {
		i, ok := docs[m.Doc]
		if !ok {
			rep.UnknownDoc++
			continue
		}
		byDoc[i] = append(byDoc[i], m)
	}
	for i := range set.Docs {
		scoreDoc(rep, &set.Docs[i], byDoc[i], scored)
	}
	return rep
}

func scoreDoc(rep *Report, d *Document, sys []Mention, scored map[string]bool) {
	rs := []rune(d.Text)
	type key struct {
		spanKey
		typ string
	}
	seen := map[key]bool{}
	var kept []Mention
	for _, m := range sys {
		if m.End > len(rs) {
			rep.OutOfRange++
			continue
		}
		if m.Text != "" && m.Text != string(rs[m.Start:m.End]) {
			rep.TextMismatch++
		}
		if !scored[m.Type] {
			rep.Unscored[m.Type]++
			continue
		}
		k := key{spanKey{m.Start, m.End}, m.Type}
		if seen[k] {
			rep.Duplicates++
			continue
		}
		seen[k] = true
		if overlapsAny(m, d.Excluded) {
			c := rep.ByType[m.Type]
			c.Ignored++
			rep.ByType[m.Type] = c
			continue
		}
		m.Doc = d.ID
		if m.Text == "" {
			m.Text = string(rs[m.Start:m.End])
		}
		kept = append(kept, m)
	}
	sortMentions(kept)

	goldAt := map[key]bool{}
	goldSpan := map[spanKey]*Mention{}
	for i, g := range d.Gold {
		goldAt[key{spanKey{g.Start, g.End}, g.Type}] = true
		goldSpan[spanKey{g.Start, g.End}] = &d.Gold[i]
	}
	found := map[key]bool{}
	for _, m := range kept {
		c := rep.ByType[m.Type]
		c.System++
		k := key{spanKey{m.Start, m.End}, m.Type}
		switch {
		case goldAt[k]:
			c.Correct++
			found[k] = true
		case overlapsType(m, d.Gold) != nil:
			c.Boundary++
			rep.Errors = append(rep.Errors, Error{Kind: KindBoundary, Mention: m, Gold: withDoc(overlapsType(m, d.Gold), d.ID)})
		case goldSpan[k.spanKey] != nil:
			c.TypeOnly++
			rep.Errors = append(rep.Errors, Error{Kind: KindType, Mention: m, Gold: withDoc(goldSpan[k.spanKey], d.ID)})
		case inside(m, d.Gold) != nil:
			c.Nested++
			rep.Errors = append(rep.Errors, Error{Kind: KindNested, Mention: m, Gold: withDoc(inside(m, d.Gold), d.ID)})
		default:
			rep.Errors = append(rep.Errors, Error{Kind: KindSpurious, Mention: m})
		}
		rep.ByType[m.Type] = c
	}
	for _, g := range d.Gold {
		if !scored[g.Type] {
			continue
		}
		rep.LabelType[g.Label] = g.Type
		c, l := rep.ByType[g.Type], rep.ByLabel[g.Label]
		c.Gold++
		l.Gold++
		switch {
		case found[key{spanKey{g.Start, g.End}, g.Type}]:
			l.Correct++
		case overlapsType(g, kept) != nil:
			c.GoldBoundary++
			l.GoldBoundary++
			fallthrough
		default:
			g.Doc = d.ID
			rep.Errors = append(rep.Errors, Error{Kind: KindMissed, Mention: g})
		}
		rep.ByType[g.Type], rep.ByLabel[g.Label] = c, l
	}
}

func withDoc(m *Mention, doc string) *Mention {
	c := *m
	c.Doc = doc
	return &c
}

// overlapsType returns the first of ms of m's type that overlaps m, or nil.
func overlapsType(m Mention, ms []Mention) *Mention {
	for i := range ms {
		if ms[i].Type == m.Type && ms[i].Start < m.End && m.Start < ms[i].End {
			return &ms[i]
		}
	}
	return nil
}

// inside returns the first of ms that is longer than m and contains it, or nil.
func inside(m Mention, ms []Mention) *Mention {
	for i := range ms {
		if ms[i].Start <= m.Start && m.End <= ms[i].End && ms[i].End-ms[i].Start > m.End-m.Start {
			return &ms[i]
		}
	}
	return nil
}

func overlapsAny(m Mention, ms []Mention) bool {
	for _, o := range ms {
		if o.Start < m.End && m.Start < o.End {
			return true
		}
	}
	return false
}

// WriteTable writes the report as a Markdown table: one row per scored
// type and a micro-averaged PER+LOC+ORG row, then, when the set's labels
// are not its types (CLUENER), recall per gold label, then the counts of
// mentions that were not scored.
func (r *Report) WriteTable(w io.Writer, system string) error {
	ew := &errWriter{w: w}
	ew.printf("%s on %s\n\n", system, r.Set)
	ew.printf("| type | gold | system | correct | P | R | F1 | boundary-only | type-only | nested | overlap F1 |\n")
	ew.printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	row := func(name string, c Counts) {
		ew.printf("| %s | %d | %d | %d | %.3f | %.3f | %.3f | %d | %d | %d | %.3f |\n",
			name, c.Gold, c.System, c.Correct, c.P(), c.R(), c.F1(), c.Boundary, c.TypeOnly, c.Nested, c.OverlapF1())
	}
	for _, t := range r.Types {
		row(t, r.ByType[t])
	}
	row("PER+LOC+ORG", r.Total(PER, LOC, ORG))

	labels := make([]string, 0, len(r.ByLabel))
	differ := false
	for l := range r.ByLabel {
		labels = append(labels, l)
		if _, isType := r.ByType[l]; !isType {
			differ = true
		}
	}
	if differ {
		sort.Strings(labels)
		ew.printf("\n| gold label | type | gold | found exactly | R | overlapped |\n")
		ew.printf("| --- | --- | ---: | ---: | ---: | ---: |\n")
		for _, l := range labels {
			c := r.ByLabel[l]
			ew.printf("| %s | %s | %d | %d | %.3f | %d |\n", l, r.LabelType[l], c.Gold, c.Correct, c.R(), c.GoldBoundary)
		}
	}

	var notes []string
	if n := r.Total().Ignored; n > 0 {
		notes = append(notes, fmt.Sprintf("%d overlapping an excluded gold mention", n))
	}
	unscored := make([]string, 0, len(r.Unscored))
	for t := range r.Unscored {
		unscored = append(unscored, t)
	}
	sort.Strings(unscored)
	for _, t := range unscored {
		notes = append(notes, fmt.Sprintf("%d of type %s, which %s does not annotate", r.Unscored[t], t, r.Set))
	}
	if r.Duplicates > 0 {
		notes = append(notes, fmt.Sprintf("%d duplicates", r.Duplicates))
	}
	if r.UnknownDoc > 0 {
		notes = append(notes, fmt.Sprintf("%d naming an unknown document", r.UnknownDoc))
	}
	if r.OutOfRange > 0 {
		notes = append(notes, fmt.Sprintf("%d past the end of their document", r.OutOfRange))
	}
	if len(notes) > 0 {
		ew.printf("\nSystem mentions not scored:")
		for i, n := range notes {
			sep := ","
			if i == len(notes)-1 {
				sep = "."
			}
			ew.printf(" %s%s", n, sep)
		}
		ew.printf("\n")
	}
	if r.TextMismatch > 0 {
		ew.printf("\nWarning: %d system mentions name a text other than the one at their offsets (scored by offsets).\n", r.TextMismatch)
	}
	return ew.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	if _, err := fmt.Fprintf(e.w, format, args...); err != nil {
		e.err = fmt.Errorf("write table: %w", err)
	}
}
