package nereval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"
)

// The mention types zhkg reports. A set scores a subset of them.
const (
	PER   = "PER"
	LOC   = "LOC"
	ORG   = "ORG"
	TITLE = "TITLE"
)

// Mention is one entity mention: the rune range [Start, End) of a
// document's text. Gold mentions carry the set's own label in Label
// (B-LOC's "LOC", CLUENER's "company"); system mentions leave it empty.
type Mention struct {
	Doc   string `json:"-"`
	Start int    `json:"start"` // rune offset, inclusive
	End   int    `json:"end"`   // rune offset, exclusive
	Type  string `json:"type"`  // PER, LOC, ORG or TITLE
	Text  string `json:"text"`
	Label string `json:"label,omitempty"` // the set's own label
}

// Document is one evaluation unit: an MSRA sentence or a CLUENER record.
// It is written as one JSON line that zhkg reads as an article (id, text)
// and that keeps its gold mentions beside them (zhkg ignores other fields).
type Document struct {
	ID   string    `json:"id"`
	Text string    `json:"text"`
	Gold []Mention `json:"gold"`
	// Excluded are gold mentions of types the set annotates but that
	// have no zhkg type (CLUENER's book, game, movie). A system mention
	// overlapping one of them is neither right nor wrong: it is not scored.
	Excluded []Mention `json:"excluded,omitempty"`
}

// Set is a converted evaluation set.
type Set struct {
	Name  string     // "msra" or "cluener"
	Types []string   // the zhkg types the set is scored on, in table order
	Docs  []Document // in file order
}

// Gold returns all gold mentions of the set, with Doc set.
func (s *Set) Gold() []Mention {
	var out []Mention
	for _, d := range s.Docs {
		for _, m := range d.Gold {
			m.Doc = d.ID
			out = append(out, m)
		}
	}
	return out
}

// Runes returns the number of characters of the set's texts.
func (s *Set) Runes() int {
	n := 0
	for _, d := range s.Docs {
		n += utf8.RuneCountInString(d.Text)
	}
	return n
}

// WriteJSONL writes the set's documents as JSON lines: the input of
// `zhkg extract --format mentions`.
func (s *Set) WriteJSONL(w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range s.Docs {
		d := s.Docs[i]
		if d.Gold == nil {
			d.Gold = []Mention{} // "gold": [], not null
		}
		if err := enc.Encode(&d); err != nil {
			return fmt.Errorf("write document %s: %w", s.Docs[i].ID, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write documents: %w", err)
	}
	return nil
}

// ReadJSONL reads documents written by WriteJSONL back into a set named
// name and scored on types.
func ReadJSONL(r io.Reader, name string, types []string) (*Set, error) {
	s := &Set{Name: name, Types: types}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<26)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var d Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("read documents: line %d: %w", n, err)
		}
		s.Docs = append(s.Docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read documents: %w", err)
	}
	return s, nil
}
