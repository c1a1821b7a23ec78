package places

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/gazetteer"
)

// addShortVillages reads the listed villages whose name has two characters
// (际村, 朱村), which the scan of villages leaves alone since so short a
// name is most often a word (乡村, 山村, 全村): such a village is read
// where the text writes it right after the name of its township or of its
// county (宏村镇际村, 黟县宏村: one village of the county so named), and
// then also where the same name stands alone elsewhere in
// the article (在际村). A township's weak short form that is also the
// full name of one of its own villages names the village (宏村 of 宏村镇,
// the village the township is named after): the text writes the township
// in full where it means it.
func (s *Stage) addShortVillages(v view, ms []*match) []*match {
	t := v.text
	var found []*match
	for _, m := range ms {
		if !m.ok || m.kind != kDivision || m.chosen.Level < gazetteer.County {
			continue
		}
		if m.chosen.Form == gazetteer.Weak {
			if c, ok := s.villageOf(m.chosen.Code, t[m.start:m.end]); ok && m.chosen.Level == gazetteer.Township && strings.HasSuffix(c.Name, "村") {
				m.kind, m.chosen = kVillage, c
			}
			continue
		}
		end := shortVillageAt(t, m.end)
		if end < 0 || overlapsAccepted(ms, m.end, end) {
			continue
		}
		if c, ok := s.villageOf(m.chosen.Code, t[m.end:end]); ok {
			found = append(found, &match{start: m.end, end: end, kind: kVillage, chosen: c, ok: true})
		}
	}
	if len(found) == 0 {
		return ms
	}
	ms = append(ms, found...)
	// the same name alone elsewhere; a name read in two townships is left
	// alone
	byName := map[string]gazetteer.Candidate{}
	for _, f := range found {
		name := t[f.start:f.end]
		if c, ok := byName[name]; ok && c.Code != f.chosen.Code {
			byName[name] = gazetteer.Candidate{}
			continue
		}
		byName[name] = f.chosen
	}
	for name, c := range byName {
		if c.Code == "" {
			continue
		}
		ms = appendAlone(t, ms, name, func(start, end int) *match {
			return &match{start: start, end: end, kind: kVillage, chosen: c, ok: true}
		})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms
}

// shortVillageAt returns the end of a name of one Han character and 村
// that starts at i, or -1. A character of function (县各村) or of a kind of
// land (乡村, 农村, 山村) makes no name.
func shortVillageAt(t string, i int) int {
	r, n := utf8.DecodeRuneInString(t[i:])
	if !isHan(r) || strings.ContainsRune(notVillageName, r) || strings.ContainsRune("村乡农山城渔牧邻驻进回出", r) {
		return -1
	}
	if !strings.HasPrefix(t[i+n:], "村") {
		return -1
	}
	return i + n + len("村")
}

// villageOf returns the one village of the county or township with the
// given code whose full name is name.
func (s *Stage) villageOf(code, name string) (gazetteer.Candidate, bool) {
	var out gazetteer.Candidate
	for _, c := range s.g.VillageCandidates(code[:6], name) {
		if !strings.HasPrefix(c.Code, code) || c.Form != gazetteer.Full {
			continue
		}
		if out.Code != "" && out.Code != c.Code {
			return gazetteer.Candidate{}, false
		}
		out = c
	}
	return out, out.Code != ""
}
