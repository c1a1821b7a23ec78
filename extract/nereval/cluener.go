package nereval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// CLUENERTypes are the zhkg types the CLUENER set is scored on.
var CLUENERTypes = []string{PER, LOC, ORG, TITLE}

// CLUENERMap maps CLUENER2020's labels to zhkg types. Its README defines
// them: name is a person's name (real, fictional or a nickname); address
// is a place written as completely as possible (省/市/区/街/号), scene a
// scenic or geographic spot (a sight, a mountain, a park), which MSRA also
// counts as LOC; government, organization (teams, bands, clubs,
// associations, schools) and company (banks included) are all
// organizations; position is a post or a job (总经理, 记者, 巡抚), which is
// what zhkg's TITLE mentions are.
//
// Not mapped (see CLUENERExcluded): book, game and movie are titles of
// works; zhkg has no type for them.
var CLUENERMap = map[string]string{
	"name":         PER,
	"address":      LOC,
	"scene":        LOC,
	"government":   ORG,
	"organization": ORG,
	"company":      ORG,
	"position":     TITLE,
}

// CLUENERExcluded are CLUENER labels with no zhkg type. Their mentions
// become Document.Excluded: a system mention that overlaps one (a person
// name inside a film title, say) is not scored.
var CLUENERExcluded = []string{"book", "game", "movie"}

type cluenerRecord struct {
	Text  string                         `json:"text"`
	Label map[string]map[string][][2]int `json:"label"`
}

// ReadCLUENER converts CLUENER2020 JSON lines ({"text": ..., "label":
// {LABEL: {MENTION: [[start, end], ...]}}}, rune offsets with the end
// inclusive) into Documents with ID cluener-NNNN (the line number from 1)
// and gold mentions with exclusive ends. It fails on an unknown label or
// a span that does not spell its mention.
func ReadCLUENER(r io.Reader) (*Set, error) {
	excluded := map[string]bool{}
	for _, l := range CLUENERExcluded {
		excluded[l] = true
	}
	s := &Set{Name: "cluener", Types: CLUENERTypes}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec cluenerRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("read CLUENER: line %d: %w", n, err)
		}
		rs := []rune(rec.Text)
		d := Document{ID: fmt.Sprintf("cluener-%04d", n), Text: rec.Text}
		for label, byText := range rec.Label {
			typ, mapped := CLUENERMap[label]
			if !mapped && !excluded[label] {
				return nil, fmt.Errorf("read CLUENER: line %d: unknown label %q", n, label)
			}
			for text, spans := range byText {
				for _, sp := range spans {
					start, end := sp[0], sp[1]+1
					if start < 0 || end > len(rs) || start >= end || string(rs[start:end]) != text {
						return nil, fmt.Errorf("read CLUENER: line %d: %s span [%d, %d] does not spell %q", n, label, sp[0], sp[1], text)
					}
					m := Mention{Start: start, End: end, Type: typ, Text: text, Label: label}
					if mapped {
						d.Gold = append(d.Gold, m)
					} else {
						d.Excluded = append(d.Excluded, m)
					}
				}
			}
		}
		sortMentions(d.Gold)
		sortMentions(d.Excluded)
		s.Docs = append(s.Docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read CLUENER: %w", err)
	}
	return s, nil
}

// sortMentions orders mentions by document, start, end and type.
func sortMentions(ms []Mention) {
	sort.Slice(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Type < b.Type
	})
}
