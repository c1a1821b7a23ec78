package relate

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// Verbs that put the industry a goal is about right after them
// (围绕新能源电池产业，打造千亿级产业集群).
var goalFocusVerbs = []string{"围绕", "聚焦", "紧扣", "紧盯", "瞄准", "做强", "做大", "壮大"}

// Words of the goal that must follow in the sentence: a thing built
// (打造, 建设, 培育) and its scale or form (集群, 千亿, 产业链).
var (
	goalBuildWords = []string{"打造", "建设", "建成", "培育", "形成"}
	goalScaleWords = []string{"集群", "百亿", "千亿", "万亿", "产业链", "产业基地", "产业高地", "产业带"}
)

// Words before 产业 that qualify the industries rather than name them
// (两大主导产业, 特色产业).
var goalQualifiers = []string{"主导", "特色", "优势", "支柱", "首位", "新兴", "战略性新兴", "重点", "传统", "富民", "现代"}

// Endings of what a goal may be about that is no industry (县域经济,
// 转型升级).
var goalNotIndustry = []string{"经济", "发展", "振兴", "建设", "优势", "升级", "转型", "需求", "链条"}

// goalIndustries reads the industry a goal of a place is about: 宜宾市围绕
// 新能源电池产业，打造千亿级产业集群 → 新能源电池. The industry is what is
// written between the verb of focus and 产业 (a list joined by 、 gives one
// each), the place the one the sentence names before the verb or, where
// it names none, the one division its paragraph names before it.
func (w *work) goalIndustries(sent extract.Span, s string, c cues) {
	if !c.any(cueIndustry) || !c.any(cueMarkers) || !containsAny(s, goalFocusVerbs) {
		return
	}
	for it := (wordIter{s: s, words: goalFocusVerbs}); ; {
		at, end, more := it.next()
		if !more {
			break
		}
		k := strings.Index(s[end:min(len(s), end+22*3)], "产业")
		if k < 0 {
			continue
		}
		list := s[end : end+k]
		rest := s[end+k+len("产业"):]
		if !containsAny(rest, goalBuildWords) || !containsAny(rest, goalScaleWords) {
			continue
		}
		list = trimQualifiers(list)
		// 动力电池、光伏等新能源: the items before 等 and the kind after it
		items := splitList(strings.Replace(list, "等", "、", 1))
		if len(items) == 0 || !allHan(list) {
			continue
		}
		subj, ok := w.onePlaceIn(sent.Start, sent.Start+at)
		if !ok {
			continue
		}
		for _, x := range items {
			if prod := cleanProduct(x); prod != "" && utf8.RuneCountInString(prod) >= 2 && !strings.Contains(prod, "的") && !endsWithAny(prod, goalNotIndustry) {
				w.add(subj.Key, extract.Industry, prod, true, "relate.industry.goal", sent)
			}
		}
	}
}

// trimQualifiers drops from the end of a list before 产业 the words that
// count or qualify the industries (白酒、茶叶两大主导 → 白酒、茶叶).
func trimQualifiers(s string) string {
	for {
		t := s
		if q := lexicon.LongestSuffix(t, goalQualifiers); q != "" {
			t = strings.TrimSuffix(t, q)
		}
		if strings.HasSuffix(t, "大") {
			u := strings.TrimSuffix(t, "大")
			if r, n := utf8.DecodeLastRuneInString(u); n > 0 && strings.ContainsRune("两三四五六七八九十", r) {
				t = u[:len(u)-n]
			}
		}
		if t == s {
			return s
		}
		s = t
	}
}

// allHan reports whether s holds only Chinese characters and 、, 和, 及.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && r != '、' {
			return false
		}
	}
	return s != ""
}

// onePlaceIn returns the place a goal written at to is about: the one
// place named in [from, to) outside the names of organizations, or where
// none is, a level word (该市, 我县) or the one division of the
// paragraph before; none where two places compete.
func (w *work) onePlaceIn(from, to int) (extract.Mention, bool) {
	var found extract.Mention
	ok := false
	for i := w.firstAt(from); i < len(w.ms) && w.ms[i].Start < to; i++ {
		m := w.ms[i]
		switch {
		case m.Type != extract.Place || m.Key == "" || w.insideOrg(m):
		case !ok:
			found, ok = m, true
		case m.Key == found.Key, m.Start < found.End:
			// the same place again, or one inside its name
		case w.gap(found.End, m.Start) == "":
			found = m // a chain (四川省宜宾市): the innermost
		default:
			return extract.Mention{}, false
		}
	}
	if ok {
		return found, true
	}
	if m, ok := w.subjectIn(from, to); ok && m.Type == extract.Place {
		return m, true
	}
	return w.paragraphPlace(extract.Span{Start: from, End: to})
}

// paragraphPlace returns the one division the paragraph of sent names
// before it, outside the names of organizations; none where it names
// two.
func (w *work) paragraphPlace(sent extract.Span) (extract.Mention, bool) {
	var found extract.Mention
	ok, two := false, false
	w.paragraphDivisions(sent, func(m extract.Mention) bool {
		if ok && m.Key != found.Key {
			two = true
			return false
		}
		found, ok = m, true
		return true
	})
	return found, ok && !two
}

// famedRe is a place known for a product: 以Y闻名, 因Y而闻名, 以盛产Y著称.
var famedRe = regexp.MustCompile(`(?:以|因)(?:盛产|出产|生产)?(\p{Han}{1,8}?)(?:而)?(?:闻名|著称|出名|驰名|享誉|名扬)`)

// famedIndustries reads a product of the lexicon a place is known for
// (赣州市以脐橙闻名全国, 安溪县因铁观音而闻名): the one place of the sentence
// before it.
func (w *work) famedIndustries(sent extract.Span, s string, c cues) {
	if !c.any(cueFamed) {
		return
	}
	for _, m := range famedRe.FindAllStringSubmatchIndex(s, -1) {
		prod := s[m[2]:m[3]]
		if !w.st.lex.IsProduct(prod) {
			continue
		}
		if subj, ok := w.onePlaceIn(sent.Start, sent.Start+m[0]); ok {
			w.add(subj.Key, extract.Industry, prod, true, "relate.industry.famed", sent)
		}
	}
}

// scaleGoalWords follow the product of a goal of a scale (打造生猪百亿产业,
// 打造千亿级茶产业 is read by the markers).
var scaleGoalWords = []string{"百亿产业", "百亿级产业", "千亿产业", "千亿级产业", "万亿产业", "万亿级产业", "百亿元产业", "千亿元产业"}

// scaleGoals reads a goal of a scale whose product is written with no
// place mention before it: 新平县以打造生猪百亿产业为目标, or with the
// place's short form no stage read (以打造新平生猪百亿产业为目标): the
// product of the lexicon right before the scale, of the one place the
// sentence names before 打造 or 发展; the short form, when written, must
// begin the place's name.
func (w *work) scaleGoals(sent extract.Span, s string, c cues) {
	if !c.any(cueScaleGoal) {
		return
	}
	for it := (wordIter{s: s, words: scaleGoalWords}); ; {
		at, _, more := it.next()
		if !more {
			return
		}
		k := w.productBefore(s, at)
		if k < 0 {
			continue
		}
		head := s[:k]
		v := lastEnd(head[max(0, len(head)-8*3):], []string{"打造", "发展", "培育", "做强", "壮大"})
		if v < 0 {
			continue
		}
		v += max(0, len(head)-8*3)
		short := head[v:]
		subj, ok := w.onePlaceIn(sent.Start, sent.Start+v-len("打造"))
		if !ok || subj.Type != extract.Place {
			continue
		}
		if e := w.d.Entity(subj.Key); short != "" && (e == nil || utf8.RuneCountInString(short) < 2 || !strings.HasPrefix(e.Label, short)) {
			continue // 打造X县Y百亿产业 is read by buildRe; other words are no short form
		}
		w.add(subj.Key, extract.Industry, w.kindName(s[k:at], sent.Start+k), true, "relate.industry.goal", sent)
	}
}
