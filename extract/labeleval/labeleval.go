// Package labeleval scores label-view triples (DOC, SUBJECT, PREDICATE,
// OBJECT) against hand-written gold, the way the project's extraction
// guide defines it: unique triples per document, labels folded with NFKC
// and stripped of white space, alternatives in gold separated by "|", gold
// lines whose DOC starts with "?" optional (finding them neither helps nor
// hurts), the subject of 作者 replaced by the document, and 类型 scored only
// for 人物, 地点 and 机构.
package labeleval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/zhkg/zhkg/extract"
)

// Row is one line of the label view.
type Row struct {
	Doc, Subject, Predicate, Object string
	Optional                        bool // gold only: may or may not be extracted
}

// Counts are the gold, system and matched triples of one predicate.
type Counts struct{ Gold, System, Matched int }

// P returns the precision.
func (c Counts) P() float64 { return ratio(c.Matched, c.System) }

// R returns the recall.
func (c Counts) R() float64 { return ratio(c.Matched, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result holds the counts per predicate and the errors.
type Result struct {
	ByPredicate map[extract.Predicate]Counts
	All         Counts
	Missed      []Row
	False       []Row
}

// Read parses label-view lines; gold lines may be optional ("?DOC").
func Read(r io.Reader, name string) ([]Row, error) {
	var out []Row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r\n")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated fields, got %d", name, n, len(f))
		}
		row := Row{Doc: strings.TrimSpace(f[0]), Subject: f[1], Predicate: f[2], Object: f[3]}
		if strings.HasPrefix(row.Doc, "?") {
			row.Optional, row.Doc = true, strings.TrimPrefix(row.Doc, "?")
		}
		out = append(out, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// Fold normalises a label: NFKC, white space removed.
func Fold(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, norm.NFKC.String(s))
}

var types = map[string]bool{"人物": true, "地点": true, "机构": true}

type item struct {
	s, o []string
	row  Row
}

func prepare(rows []Row, gold bool) map[[2]string][]item {
	out := map[[2]string][]item{}
	for _, r := range rows {
		p := Fold(r.Predicate)
		known := false
		for _, x := range extract.Predicates {
			if string(x) == p {
				known = true
			}
		}
		if !known || p == string(extract.TypeOf) && !types[Fold(r.Object)] {
			continue
		}
		subj := r.Subject
		if p == string(extract.AuthoredBy) {
			subj = r.Doc
		}
		alts := func(x string) []string {
			if !gold {
				return []string{Fold(x)}
			}
			var a []string
			for _, v := range strings.Split(x, "|") {
				if strings.TrimSpace(v) != "" {
					a = append(a, Fold(v))
				}
			}
			return a
		}
		k := [2]string{r.Doc, p}
		out[k] = append(out[k], item{s: alts(subj), o: alts(r.Object), row: r})
	}
	return out
}

func has(list []string, x string) bool {
	for _, v := range list {
		if v == x {
			return true
		}
	}
	return false
}

// Score compares system rows with gold rows. Documents without gold are
// not scored.
func Score(gold, system []Row) Result {
	g := prepare(gold, true)
	docs := map[string]bool{}
	for k := range g {
		docs[k[0]] = true
	}
	sys := prepare(system, false)
	res := Result{ByPredicate: map[extract.Predicate]Counts{}}
	keys := map[[2]string]bool{}
	for k := range g {
		keys[k] = true
	}
	for k := range sys {
		if docs[k[0]] {
			keys[k] = true
		}
	}
	sorted := make([][2]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Slice(sorted, func(i, j int) bool {
		return sorted[i][0] < sorted[j][0] || sorted[i][0] == sorted[j][0] && sorted[i][1] < sorted[j][1]
	})
	for _, k := range sorted {
		var req, opt []item
		for _, it := range g[k] {
			if it.row.Optional {
				opt = append(opt, it)
			} else {
				req = append(req, it)
			}
		}
		// unique system triples
		seen := map[[2]string]bool{}
		var hyp []item
		for _, it := range sys[k] {
			key := [2]string{it.s[0], it.o[0]}
			if !seen[key] {
				seen[key] = true
				hyp = append(hyp, it)
			}
		}
		sort.Slice(hyp, func(i, j int) bool {
			return hyp[i].s[0] < hyp[j].s[0] || hyp[i].s[0] == hyp[j].s[0] && hyp[i].o[0] < hyp[j].o[0]
		})
		used := make([]bool, len(req))
		c := Counts{Gold: len(req)}
		for _, h := range hyp {
			matched := false
			for i, gi := range req {
				if !used[i] && has(gi.s, h.s[0]) && has(gi.o, h.o[0]) {
					used[i], matched = true, true
					c.Matched++
					c.System++
					break
				}
			}
			if matched {
				continue
			}
			optional := false
			for _, gi := range opt {
				if has(gi.s, h.s[0]) && has(gi.o, h.o[0]) {
					optional = true
					break
				}
			}
			if !optional {
				c.System++
				res.False = append(res.False, h.row)
			}
		}
		for i, gi := range req {
			if !used[i] {
				res.Missed = append(res.Missed, gi.row)
			}
		}
		p := extract.Predicate(k[1])
		pc := res.ByPredicate[p]
		pc.Gold += c.Gold
		pc.System += c.System
		pc.Matched += c.Matched
		res.ByPredicate[p] = pc
		res.All.Gold += c.Gold
		res.All.System += c.System
		res.All.Matched += c.Matched
	}
	return res
}

// WriteTable prints the per-predicate table.
func (r Result) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "%-10s%6s%6s%6s%8s%8s%8s\n", "predicate", "gold", "sys", "hit", "P", "R", "F1")
	for _, p := range extract.Predicates {
		c := r.ByPredicate[p]
		fmt.Fprintf(w, "%-10s%6d%6d%6d%8.3f%8.3f%8.3f\n", p, c.Gold, c.System, c.Matched, c.P(), c.R(), c.F1())
	}
	c := r.All
	fmt.Fprintf(w, "%-10s%6d%6d%6d%8.3f%8.3f%8.3f\n", "all", c.Gold, c.System, c.Matched, c.P(), c.R(), c.F1())
}
