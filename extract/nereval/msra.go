package nereval

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// MSRATypes are the types the MSRA set annotates. TITLE is not annotated
// there, so system TITLE mentions are not scored on it.
var MSRATypes = []string{PER, LOC, ORG}

// ReadMSRA converts the MSRA NER BIO file: one character, a TAB and a tag
// (O, B-X, I-X with X in PER, LOC, ORG) a line, a blank line after each
// sentence. Each sentence becomes a Document with ID msra-NNNN (from 1).
//
// A mention starts at B-X and runs over the following I-X; a B-X right
// after a mention starts a new one (adjacent entities stay two), and an
// I-X that does not continue a mention of type X starts one (lenient
// IOB1 reading; the public file has none).
func ReadMSRA(r io.Reader) (*Set, error) {
	s := &Set{Name: "msra", Types: MSRATypes}
	sc := bufio.NewScanner(r)
	var (
		text strings.Builder
		gold []Mention
		cur  *Mention // open mention
		pos  int      // runes in the current sentence
	)
	closeCur := func() {
		if cur != nil {
			gold = append(gold, *cur)
			cur = nil
		}
	}
	flush := func() {
		closeCur()
		if pos == 0 {
			return
		}
		id := fmt.Sprintf("msra-%04d", len(s.Docs)+1)
		t := text.String()
		rs := []rune(t)
		for i := range gold {
			gold[i].Text = string(rs[gold[i].Start:gold[i].End])
		}
		s.Docs = append(s.Docs, Document{ID: id, Text: t, Gold: gold})
		text.Reset()
		gold, pos = nil, 0
	}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		ch, tag, ok := strings.Cut(line, "\t")
		if !ok || utf8.RuneCountInString(ch) != 1 {
			return nil, fmt.Errorf("read MSRA: line %d: want one character, a TAB and a tag, have %q", n, line)
		}
		switch {
		case tag == "O":
			closeCur()
		case strings.HasPrefix(tag, "B-") || strings.HasPrefix(tag, "I-"):
			typ := tag[2:]
			if typ != PER && typ != LOC && typ != ORG {
				return nil, fmt.Errorf("read MSRA: line %d: unknown tag %q", n, tag)
			}
			if tag[0] == 'I' && cur != nil && cur.Type == typ {
				cur.End++
				break
			}
			closeCur()
			cur = &Mention{Start: pos, End: pos + 1, Type: typ, Label: typ}
		default:
			return nil, fmt.Errorf("read MSRA: line %d: unknown tag %q", n, tag)
		}
		text.WriteString(ch)
		pos++
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read MSRA: %w", err)
	}
	flush()
	return s, nil
}
