package places

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// addRenamedTownships reads a township that the text names with the other
// of 乡 and 镇 than the national list (叶坪乡 for 叶坪镇: most 乡 became 镇
// over the years, and news and old names lag behind the list). The name is
// read as the listed township only where one township of a county in
// context has the same stem and the other ending, the county holds no
// township of the name as written, and the stem begins a word (after a
// place, punctuation or a function character: 瑞金市叶坪乡, 在叶坪乡).
// The official name is the label, as for a variant spelling of a village.
func (s *Stage) addRenamedTownships(v view, ms []*match) []*match {
	t := v.text
	if !strings.Contains(t, "乡") && !strings.Contains(t, "镇") {
		return ms
	}
	counties := map[string]bool{}
	for _, m := range ms {
		if m.ok && m.kind == kDivision && m.chosen.Level >= gazetteer.County {
			counties[m.chosen.Code[:6]] = true
		}
	}
	if len(counties) == 0 {
		return ms
	}
	var found []*match
	// the next 乡 and the next 镇 at or after i, each found by
	// lexicon.Index (strings.IndexAny decodes every character of the text)
	xiang, zhen := -1, -1
	next := func(at int, w string, i int) int {
		if at >= i {
			return at
		}
		if k := lexicon.Index(t[i:], w); k >= 0 {
			return i + k
		}
		return len(t)
	}
	for i := 0; i < len(t); {
		xiang, zhen = next(xiang, "乡", i), next(zhen, "镇", i)
		p := min(xiang, zhen)
		if p >= len(t) {
			break
		}
		r, size := utf8.DecodeRuneInString(t[p:])
		i = p + size
		if overlapsAccepted(ms, p, i) {
			continue
		}
		other := "镇"
		if r == '镇' {
			other = "乡"
		}
		// stems of four characters down to two that end right before p
		start := p
		var starts []int
		for n := 0; n < 4 && start > 0; n++ {
			c, cs := utf8.DecodeLastRuneInString(t[:start])
			if !isHan(c) || strings.ContainsRune(leftBoundary, c) {
				break
			}
			start -= cs
			if n >= 1 {
				starts = append(starts, start)
			}
		}
		for j := len(starts) - 1; j >= 0; j-- {
			st := starts[j]
			if overlapsAccepted(ms, st, p) || !s.stemBegins(t, ms, st) {
				continue
			}
			if c, ok := s.renamedTownship(t[st:p], string(r), other, counties); ok {
				found = append(found, &match{start: st, end: i, kind: kDivision, chosen: c, ok: true})
				break
			}
		}
	}
	if len(found) == 0 {
		return ms
	}
	ms = append(ms, found...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms
}

// stemBegins reports whether a name may begin at off: at the start of the
// text, after a character that is no Han character or begins no name, or
// right after an accepted place.
func (s *Stage) stemBegins(t string, ms []*match, off int) bool {
	if off == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(t[:off])
	return !isHan(r) || strings.ContainsRune(leftBoundary, r) || after(ms, off)
}

// renamedTownship returns the one township of the counties named stem+other
// where none of the same county is named stem+written.
func (s *Stage) renamedTownship(stem, written, other string, counties map[string]bool) (gazetteer.Candidate, bool) {
	var out gazetteer.Candidate
	for _, c := range s.g.Candidates(stem + other) {
		if c.Form != gazetteer.Full || c.Level != gazetteer.Township || !counties[c.Code[:6]] {
			continue
		}
		for _, w := range s.g.Candidates(stem + written) {
			if w.Level == gazetteer.Township && w.Code[:6] == c.Code[:6] {
				return gazetteer.Candidate{}, false
			}
		}
		if out.Code != "" && out.Code != c.Code {
			return gazetteer.Candidate{}, false
		}
		out = c
	}
	out.Form = gazetteer.Alt
	return out, out.Code != ""
}
