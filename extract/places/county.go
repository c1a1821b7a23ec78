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
func (s *Stage) impliedCounty(v view, ms []*match) string {
	t := v.text
	cue := false
	for _, c := range countyCues {
		if lexicon.Contains(t, c) {
			cue = true
			break
		}
	}
	if !cue {
		return ""
	}
	// the townships of the article that no context decided, by county
	towns := map[string]string{} // township code → surface
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
		for _, c := range m.cands {
			if c.Level != gazetteer.Township || c.Form > gazetteer.Alt {
				continue
			}
			cd, ok := s.g.Lookup(c.Parent)
			if !ok || cd.Level != gazetteer.County || !strings.HasSuffix(cd.Name, "县") {
				continue
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
	for code, surface := range towns {
		add(code[:6], surface)
	}
	if best := bestCounty(evidence); best != "" {
		return best // the townships decide: no county's villages to read
	}
	// villages of those townships written in the article
	sort.Strings(counties)
	vm := s.g.Villages(counties)
	maxLen := vm.MaxLen()
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
			if lengths := vm.Lengths(r); lengths != 0 {
				for k, e := 0, i; e < len(t) && k < maxLen; k++ {
					_, size := utf8.DecodeRuneInString(t[e:])
					e += size
					if k < 2 || k+1 < 63 && lengths&(1<<(k+1)) == 0 {
						continue
					}
					name := t[i:e]
					if !strings.HasSuffix(name, "村") && !strings.HasSuffix(name, "社区") {
						continue
					}
					for _, c := range vm.Match(name) {
						if _, ok := towns[c.Parent]; ok {
							add(c.Parent[:6], name)
						}
					}
				}
			}
		}
		i, r, n = j, r1, n1
	}
	return bestCounty(evidence)
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
