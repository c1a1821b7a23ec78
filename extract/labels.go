package extract

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// LabelRow is one line of the label view: DOC, SUBJECT, PREDICATE, OBJECT,
// with subjects and objects given by their labels.
type LabelRow [4]string

// ArticleLabel returns the label of the article node of d: its title, or
// its ID when it has none.
func ArticleLabel(d *Doc) string {
	if t := strings.TrimSpace(d.Title); t != "" {
		return t
	}
	return d.ID
}

// LabelView renders the facts of d in the label view of the extraction
// guide: 类型 for every entity that is mentioned, then every triple. Rows
// are unique and in a stable order.
func LabelView(d *Doc) []LabelRow {
	label := func(key string) string {
		if key == ArticleSubject {
			return ArticleLabel(d)
		}
		if e := d.Entity(key); e != nil {
			return e.Label
		}
		return key
	}
	// sized for the rows to come: growing these maps cost as much as
	// the rest of the view
	seen := make(map[LabelRow]bool, len(d.Entities)+len(d.Triples))
	rows := make([]LabelRow, 0, len(d.Entities)+len(d.Triples))
	emit := func(r LabelRow) {
		if !seen[r] {
			seen[r] = true
			rows = append(rows, r)
		}
	}
	// an entity is mentioned when a mention of it stands outside an
	// organization's name (中国 in 中国农业科学院 is not a mention of 中国)
	var orgs []Span
	for _, m := range d.Mentions {
		if m.Type == Org {
			orgs = append(orgs, m.Span)
		}
	}
	mentioned := make(map[string]bool, len(d.Entities))
	for _, m := range d.Mentions {
		inside := false
		e := d.Entity(m.Key)
		// a short form (红河 in 红河制糖厂) or a country (中国 in
		// 中国农业科学院) inside an organization's name is part of the name;
		// a full division name (台江区双虹小学) still names the place
		if m.Type == Place && e != nil && (m.Text != e.Label || e.Code == "") {
			for _, o := range orgs {
				if o.Contains(m.Span) && o != m.Span {
					inside = true
					break
				}
			}
		}
		if !inside {
			mentioned[m.Key] = true
		}
	}
	for _, e := range d.Entities {
		if mentioned[e.Key] && e.Type.Label() != "" {
			emit(LabelRow{d.Name, e.Label, string(TypeOf), e.Type.Label()})
		}
	}
	// a division's chain of parents is written for the divisions the
	// article mentions or states a fact of, not for one named only inside
	// an organization's name (南京 in 中国科学院南京土壤研究所)
	needed := mentioned
	for _, t := range d.Triples {
		if t.Rule != RuleChain {
			needed[t.Subject] = true
			if !t.Literal {
				needed[t.Object] = true
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for _, t := range d.Triples {
			if t.Rule == RuleChain && needed[t.Subject] && !needed[t.Object] {
				needed[t.Object], changed = true, true
			}
		}
	}
	for _, t := range d.Triples {
		if t.Rule == RuleChain && !needed[t.Subject] {
			continue
		}
		obj := t.Object
		if !t.Literal {
			obj = label(obj)
		}
		emit(LabelRow{d.Name, label(t.Subject), string(t.Predicate), obj})
	}
	return rows
}

// RuleChain is the rule of the 位于 triples from a division to its parent
// that the places stage writes along the chain of every division it reads.
const RuleChain = "gazetteer.chain"

// WriteTSV writes the label view of docs as tab-separated lines, with rows
// repeated across the articles of one document written once. A
// *bufio.Writer is written to as it is and left for the caller to flush.
func WriteTSV(w io.Writer, docs []*Doc) error {
	// a caller's bufio.Writer is written to, and flushed by the caller
	bw, ok := w.(*bufio.Writer)
	own := !ok
	if own {
		bw = bufio.NewWriter(w)
	}
	// LabelView's rows are unique within an article; only a document of
	// several articles needs a set across them
	var seen map[LabelRow]bool
	if len(docs) > 1 {
		seen = map[LabelRow]bool{}
	}
	for _, d := range docs {
		for _, r := range LabelView(d) {
			if seen != nil {
				if seen[r] {
					continue
				}
				seen[r] = true
			}
			for i, f := range r {
				if i > 0 {
					bw.WriteByte('\t')
				}
				bw.WriteString(clean(f))
			}
			if err := bw.WriteByte('\n'); err != nil {
				return fmt.Errorf("write label view: %w", err)
			}
		}
	}
	if own {
		if err := bw.Flush(); err != nil {
			return fmt.Errorf("write label view: %w", err)
		}
	}
	return nil
}

// clean keeps a field on one line: tabs and line breaks become spaces.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
