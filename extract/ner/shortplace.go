package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// Division name endings that a short form drops (湄潭县 → 湄潭).
var divisionEndings = []string{"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "街道", "省", "市", "县", "区", "州", "盟", "旗", "镇", "乡"}

// shortPlaces adds mentions of the short forms of divisions that the
// article names in full: once 湄潭县 is written, a later 湄潭 is the same
// place. It runs before the other finders so that the short form is not
// read as a name.
func (w *work) shortPlaces() {
	t := w.v.text
	done := map[string]bool{}
	var added []span
	var keys, shorts, endings []string
	for _, p := range w.places {
		if !strings.HasPrefix(p.key, "place/") || done[p.key] {
			continue
		}
		done[p.key] = true
		full := t[p.s:p.e]
		short, ending := "", ""
		for _, end := range divisionEndings {
			if lexicon.HasSuffix(full, end) {
				short, ending = strings.TrimSuffix(full, end), end
				break
			}
		}
		if utf8.RuneCountInString(short) < 2 {
			continue
		}
		keys, shorts, endings = append(keys, p.key), append(shorts, short), append(endings, ending)
	}
	// the occurrences of all short forms in one pass; of each form, those
	// a strings.Index loop finds (none overlapping the one before)
	occ := nameOffsets(t, &w.runes, shorts, nil, nil)
	for k, short := range shorts {
		off := 0
		for _, s := range occ[k] {
			if s < off {
				continue
			}
			e := s + len(short)
			off = e
			if w.coveredByPlace(s, e) || !w.v.bound[s] {
				continue
			}
			// the full name again, which the places stage did not read
			// (家住硗碛藏族乡: the ending goes with it)
			if strings.HasPrefix(t[e:], endings[k]) && !w.coveredByPlace(e, e+len(endings[k])) {
				e += len(endings[k])
				off = e
			}
			added = append(added, span{s: s, e: e, typ: extract.Place, rule: "ner.place.short", key: keys[k]})
		}
	}
	for _, a := range added {
		w.places = append(w.places, a)
		w.newPlaces = append(w.newPlaces, a)
	}
}

func (w *work) coveredByPlace(s, e int) bool {
	for _, p := range w.places {
		if p.s < e && s < p.e {
			return true
		}
	}
	return false
}
