package places

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// countyCues are the words of a county's own paper for its county (我县
// 城关镇): the article is about one county it does not name.
var countyCues = []string{"我县", "本县", "全县"}

// maxImpliedCounties bounds the counties whose villages are read to
// decide an implied county (城关镇 is a township of about ninety).
const maxImpliedCounties = 128

// impliedCounty returns the code of the county that an article written
// by a county's paper (我县, 本县, 全县) without the county's name is
// about, read from the places it names: a township listed under several
// counties (城关镇) is the one of the county, ending in 县, that holds two
// or more of the article's other names, a second township (城关镇 and
// 老县镇) or a village of one of the townships (城关镇 and its 药妇沟村),
// where no other county holds as many. It returns "" when the article
// names a county, writes no cue, or the places do not single one out.
//
// Without a cue, a township written with one of its villages right after
// it (西江镇麻料村) is evidence alone: the county is the one county, of any
// kind, that holds such a pair, where the township's name alone is shared
// (a second article of a page that named the county in the first).
func (s *Stage) impliedCounty(v view, ms []*match) string {
	t := v.text
	cue := false
	for _, c := range countyCues {
		if lexicon.Contains(t, c) {
			cue = true
			break
		}
	}
	// the townships of the article that no context decided, by county;
	// without a cue, only those a Chinese character follows, by their end
	towns := map[string]string{} // township code → surface
	ends := map[int][]string{}   // without a cue: township end → township codes
	var counties []string
	for _, m := range ms {
		if m.kind != kDivision {
			continue
		}
		if m.ok && m.chosen.Level == gazetteer.County {
			return "" // the article names a county
		}
		if m.ok {
			continue
		}
		surface := t[m.start:m.end]
		if utf8.RuneCountInString(surface) < 3 {
			continue
		}
		if r, _ := decodeAt(t, min(m.end, len(t))); !cue && (m.end >= len(t) || !isHan(r)) {
			continue
		}
		for _, c := range m.cands {
			if c.Level != gazetteer.Township || c.Form > gazetteer.Alt {
				continue
			}
			cd, ok := s.g.Lookup(c.Parent)
			if !ok || cd.Level != gazetteer.County || cue && !strings.HasSuffix(cd.Name, "县") {
				continue
			}
			if !cue {
				ends[m.end] = append(ends[m.end], c.Code)
			}
			if _, ok := towns[c.Code]; !ok {
				towns[c.Code] = surface
				if !slices.Contains(counties, c.Parent) {
					counties = append(counties, c.Parent)
				}
			}
		}
	}
	if len(counties) == 0 || len(counties) > maxImpliedCounties {
		return ""
	}
	evidence := map[string]map[string]bool{} // county → names of the article it holds
	add := func(county, name string) {
		if evidence[county] == nil {
			evidence[county] = map[string]bool{}
		}
		evidence[county][name] = true
	}
	if cue {
		for code, surface := range towns {
			add(code[:6], surface)
		}
		if best := bestCounty(evidence); best != "" {
			return best // the townships decide: no county's villages to read
		}
	}
	// villages of those townships written in the article
	sort.Strings(counties)
	vm := s.g.Villages(counties)
	if !cue {
		// only right after the township, which counts as a name itself
		for i, codes := range ends {
			villageNamesAt(t, i, 2, vm, func(name string, c gazetteer.Candidate) {
				if slices.Contains(codes, c.Parent) {
					add(c.Parent[:6], c.Parent)
					add(c.Parent[:6], name)
				}
			})
		}
		return bestCounty(evidence)
	}
	r, n := decodeAt(t, 0)
	for i := 0; i < len(t); {
		j := i + n
		r1, n1 := rune(0), 0
		if c, ok := lexicon.Decode3(t, j); ok {
			r1, n1 = c, 3
		} else if j < len(t) {
			r1, n1 = decodeAt(t, j)
		}
		if j < len(t) && isHan(r) && vm.PairMay(r, r1) {
			villageNamesAt(t, i, 3, vm, func(name string, c gazetteer.Candidate) {
				if _, ok := towns[c.Parent]; ok {
					add(c.Parent[:6], name)
				}
			})
		}
		i, r, n = j, r1, n1
	}
	return bestCounty(evidence)
}

// villageNamesAt calls found for each village of vm that a name of
// minRunes characters or more, ending with 村 or 社区, starting at i of t,
// may name.
func villageNamesAt(t string, i, minRunes int, vm *gazetteer.VillageMatcher, found func(name string, c gazetteer.Candidate)) {
	r, _ := decodeAt(t, i)
	lengths := vm.Lengths(r) // bit k: a form of k characters starts with r
	if lengths == 0 {
		return
	}
	for k, e := 0, i; e < len(t) && k < vm.MaxLen(); k++ {
		_, size := utf8.DecodeRuneInString(t[e:])
		e += size
		if k+1 < minRunes || k+1 < 63 && lengths&(1<<(k+1)) == 0 {
			continue
		}
		name := t[i:e]
		if !strings.HasSuffix(name, "村") && !strings.HasSuffix(name, "社区") {
			continue
		}
		for _, c := range vm.Match(name) {
			found(name, c)
		}
	}
}

// bestCounty returns the county of evidence that holds the most names of
// the article, two or more, where no other holds as many; else "".
func bestCounty(evidence map[string]map[string]bool) string {
	best, bestN, tie := "", 0, false
	for county, names := range evidence {
		switch {
		case len(names) > bestN:
			best, bestN, tie = county, len(names), false
		case len(names) == bestN:
			tie = true
		}
	}
	if bestN < 2 || tie {
		return ""
	}
	return best
}
