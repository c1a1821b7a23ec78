package places

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// RuleUnlisted names the mentions of villages and communities that the
// national list does not hold, read right after their township.
const RuleUnlisted = "village.unlisted"

// villageEndings end the name of a village or community. Townships are
// not read so after their county: verbs and policy words follow a county's
// name too often (县召开乡镇会议, 县推进数字乡村).
var villageEndings = []string{"社区", "村"}

// notVillageName are characters that do not occur in the name of a village
// written right after its township; they mark a clause or a count
// (城关镇各村, 曾家镇的村, 该镇下辖村).
const notVillageName = "的了在和与及是为将把被对从向以等各并或到让使由于个这那其每全多有几辖属共该本此所内外"

// notVillageWords are kinds of village, not names (贫困村, 示范村).
var notVillageWords = []string{
	"贫困", "示范", "重点", "行政", "自然", "试点", "中心", "建制", "先进", "文明", "美丽", "特色",
	"脱贫", "边远", "偏远", "空心", "传统", "集体", "相关", "周边", "附近", "部分", "所有", "其他",
	"其它", "农村", "乡村", "城乡", "新农", "移民", "搬迁", "安置", "城中", "少数民族",
}

// maxUnlistedName is the most characters of name before the ending.
const maxUnlistedName = 4

// addUnlisted reads villages and communities that the national list does
// not hold (renamed, merged or newer than the list) where the text writes
// them right after the full name of their township (曾家镇虎峰村,
// 乘风街道乘风二社区). Such a village is an entity of its own, 位于 the
// township; later mentions of the same name alone are mentions of it.
func (s *Stage) addUnlisted(v view, ms []*match) []*match {
	t := v.text
	var found []*match
	for _, m := range ms {
		if !m.ok || m.kind != kDivision || (m.chosen.Form != gazetteer.Full && m.chosen.Form != gazetteer.Alt) {
			continue
		}
		if m.chosen.Level != gazetteer.Township {
			continue
		}
		end := unlistedAt(t, m.end)
		if end < 0 || clashes(ms, m.end, end) {
			continue
		}
		for _, o := range ms {
			if o.ok && m.end <= o.start && o.end <= end {
				o.ok = false // 思茅 (a short form of 思茅区) inside 思茅镇
			}
		}
		name := t[m.end:end]
		found = append(found, &match{start: m.end, end: end, kind: kUnlisted, name: name, in: m.chosen.Code, ok: true})
	}
	if len(found) == 0 {
		return ms
	}
	// the same name alone elsewhere in the text; a name found after two
	// different townships is left alone
	in := map[string]string{}
	for _, f := range found {
		if c, ok := in[f.name]; ok && c != f.in {
			in[f.name] = ""
			continue
		}
		in[f.name] = f.in
	}
	ms = append(ms, found...)
	for name, code := range in {
		if code == "" {
			continue
		}
		ms = appendAlone(t, ms, name, func(start, end int) *match {
			return &match{start: start, end: end, kind: kUnlisted, name: name, in: code, ok: true}
		})
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms
}

// unlistedAt returns the end of a village or community name that starts
// at i (two to four characters of name and an ending), or -1.
func unlistedAt(t string, i int) int {
	j, n := i, 0
	for n < maxUnlistedName && j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		if !isHan(r) || strings.ContainsRune(notVillageName, r) {
			return -1
		}
		j += size
		n++
		if n < 2 {
			continue
		}
		for _, e := range villageEndings {
			if !lexicon.HasPrefix(t[j:], e) {
				continue
			}
			name := t[i:j]
			rest := t[j+len(e):]
			if strings.HasPrefix(rest, "民") && e == "村" {
				return -1 // 虎峰村民: villagers, not surely a village name
			}
			// 推行乡、村政务公开, 乡村两级: levels, not a name
			if strings.HasPrefix(rest, "级") || strings.HasPrefix(rest, "两级") {
				return -1
			}
			for _, and := range []string{"、", "和", "与", "及"} {
				if lexicon.HasPrefix(rest, and) && startsWithLevel(rest[len(and):]) {
					return -1
				}
			}
			for _, w := range notVillageWords {
				if strings.Contains(name+e, w) {
					return -1
				}
			}
			return j + len(e)
		}
	}
	return -1
}

// startsWithLevel reports whether s begins with the word of a level of
// township or village (乡、村; 镇和村).
func startsWithLevel(s string) bool {
	for _, l := range []string{"村", "镇", "乡", "社区", "街道", "县", "组"} {
		if lexicon.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// clashes reports whether an accepted match overlaps [start, end) other
// than a short form inside it.
func clashes(ms []*match, start, end int) bool {
	for _, m := range ms {
		if !m.ok || m.end <= start || end <= m.start {
			continue
		}
		inside := start <= m.start && m.end <= end
		if !inside || m.kind != kDivision || m.chosen.Form == gazetteer.Full || m.chosen.Form == gazetteer.Alt {
			return true
		}
	}
	return false
}

// overlapsAccepted reports whether an accepted match overlaps [start, end).
func overlapsAccepted(ms []*match, start, end int) bool {
	for _, m := range ms {
		if m.ok && m.start < end && start < m.end {
			return true
		}
	}
	return false
}

// overlapsAny reports whether [start, end) overlaps one of ms.
func overlapsAny(ms []*match, start, end int) bool {
	for _, m := range ms {
		if m.start < end && start < m.end {
			return true
		}
	}
	return false
}

// after reports whether an accepted match ends at off: a name may follow
// another place (巴中市虎峰村) but not other characters (老虎峰村).
func after(ms []*match, off int) bool {
	for _, m := range ms {
		if m.ok && m.end == off {
			return true
		}
	}
	return false
}

// beforeVillage are characters that may come right before a village's
// name: function words and verbs of going (在虎峰村, 走进虎峰村).
const beforeVillage = notVillageName + "来去赴访进回驻走入至自住往于"

// standsAlone reports whether a name starting at off begins a word: after
// no Chinese character, after another place (巴中市虎峰村) or after a
// function word or a verb of going or living (在虎峰村, 家住虎峰村), but not inside a longer
// word (老虎峰村).
func standsAlone(t string, ms []*match, off int) bool {
	r, _ := utf8.DecodeLastRuneInString(t[:off])
	return !isHan(r) || strings.ContainsRune(beforeVillage, r) || after(ms, off)
}

// appendAlone appends mk(start, end) for every occurrence of a village's
// name in t that stands alone (standsAlone), overlaps no accepted match
// and is not followed by 民 (村民), left to right; each occurrence is
// tested against the matches appended before it.
func appendAlone(t string, ms []*match, name string, mk func(start, end int) *match) []*match {
	for i := 0; ; {
		k := lexicon.Index(t[i:], name)
		if k < 0 {
			return ms
		}
		start := i + k
		i = start + len(name)
		if strings.HasPrefix(t[i:], "民") || overlapsAccepted(ms, start, i) || !standsAlone(t, ms, start) {
			continue
		}
		ms = append(ms, mk(start, i))
	}
}
