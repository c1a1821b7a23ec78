package relate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// ruleAnaphor marks the mention made for a body referred to by its kind
// (该院, 该局, 中心 alone): its key is the organization or place resolved.
const ruleAnaphor = "relate.anaphor"

// anaphorKind is a word that refers back to an organization or a place of
// the article by its kind: 该院 → the article's 医院 (or 法院), 该村 → its
// village. endings are the endings of the names of that kind; bare says
// whether the word alone, without 该, before a post refers to the one
// organization of the article of that kind (中心副主任Y, 公司总经理Y).
type anaphorKind struct {
	word    string
	endings []string
	place   bool
	bare    bool
}

// anaphorKinds are tried in order: the longer words first (社区 before 区).
var anaphorKinds = []anaphorKind{
	{word: "社区", endings: []string{"社区"}, place: true},
	{word: "街道", endings: []string{"街道"}, place: true},
	{word: "公司", endings: []string{"公司"}, bare: true},
	{word: "中心", endings: []string{"中心"}, bare: true},
	{word: "医院", endings: []string{"医院"}, bare: true},
	{word: "银行", endings: []string{"银行", "分行", "支行"}, bare: true},
	{word: "集团", endings: []string{"集团", "集团有限公司", "集团股份有限公司", "集团有限责任公司"}, bare: true},
	{word: "合作社", endings: []string{"合作社"}, bare: true},
	{word: "企业", endings: []string{"公司", "集团", "厂"}, bare: true},
	{word: "院", endings: []string{"院"}},
	{word: "局", endings: []string{"局"}},
	{word: "校", endings: []string{"学校", "小学", "中学", "大学", "学院", "党校", "职校", "技校"}},
	{word: "行", endings: []string{"银行", "分行", "支行"}},
	{word: "所", endings: []string{"所"}},
	{word: "厂", endings: []string{"厂"}},
	{word: "站", endings: []string{"站"}},
	{word: "馆", endings: []string{"馆"}},
	{word: "社", endings: []string{"社"}},
	{word: "村", endings: []string{"村"}, place: true},
	{word: "镇", endings: []string{"镇"}, place: true},
	{word: "乡", endings: []string{"乡"}, place: true},
	{word: "县", endings: []string{"县"}, place: true},
	{word: "市", endings: []string{"市"}, place: true},
	{word: "区", endings: []string{"区"}, place: true},
}

// anaphor resolves a body referred to by its kind that ends right before
// off, where a post starts: 该院院长 → the article's hospital named last
// before it, 中心副主任 → the article's one 中心. It makes no link where
// two bodies of the kind are named together last (A局与B局…该局局长) or,
// for a word without 该, where the article names two.
func (w *work) anaphor(off int) (extract.Mention, bool) {
	at := w.skipSpaceBack(off)
	pre := w.d.Text[:at]
	if !strings.Contains(pre[max(0, len(pre)-12):], "该") && !strings.HasSuffix(pre, "中心") &&
		!strings.HasSuffix(pre, "公司") && !strings.HasSuffix(pre, "医院") && !strings.HasSuffix(pre, "银行") &&
		!strings.HasSuffix(pre, "集团") && !strings.HasSuffix(pre, "合作社") && !strings.HasSuffix(pre, "企业") {
		return extract.Mention{}, false // the cheap test first
	}
	for _, a := range anaphorKinds {
		if !lexicon.HasSuffix(pre, a.word) {
			continue
		}
		start := at - len(a.word)
		this := strings.HasSuffix(pre[:start], "该")
		if this {
			start -= len("该")
		} else if a.bare && w.hanBefore(start) && !w.titleEndsAt(start) {
			// 交易中心负责人: a short name of the one body of the
			// article whose name ends with it
			if s, key := w.shortOfKind(a, start, at); key != "" {
				return extract.Mention{Span: extract.Span{Start: s, End: at}, Type: extract.Org, Text: w.d.Text[s:at], Key: key, Rule: ruleAnaphor}, true
			}
			return extract.Mention{}, false // the end of a longer name
		} else if !a.bare {
			return extract.Mention{}, false
		}
		var key string
		if this {
			key = w.antecedent(a, start)
		} else {
			key = w.onlyOfKind(a)
		}
		if key == "" {
			return extract.Mention{}, false
		}
		typ := extract.Org
		if a.place {
			typ = extract.Place
		}
		return extract.Mention{Span: extract.Span{Start: start, End: at}, Type: typ, Text: w.d.Text[start:at], Key: key, Rule: ruleAnaphor}, true
	}
	return extract.Mention{}, false
}

// shortOfKind reads a body of the kind a written short, its kind's word
// ending at end after the characters before start (交易中心, 中医院): the
// characters run back from start to white space, punctuation, a mention
// or a word that stands before names (在, 由 …; at most six), and the
// short name is theirs and the kind's word. It returns the start of the
// short name and the key of the one body of the kind that the article
// names in full and whose name ends with the short name, or "".
func (w *work) shortOfKind(a anaphorKind, start, end int) (int, string) {
	s := start
	for n := 0; n < 6 && s > 0; n++ {
		r, sz := utf8.DecodeLastRuneInString(w.d.Text[:s])
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune(functionBefore, r) || strings.ContainsRune(generalBefore, r) || w.coveredAt(s-sz) {
			break
		}
		s -= sz
	}
	if s == start || w.hanBefore(s) && !w.coveredAt(s-1) && !strings.ContainsRune(functionBefore+generalBefore, lastRune(w.d.Text[:s])) {
		return 0, "" // more than six characters: a longer name
	}
	short := w.d.Text[s:end]
	key := ""
	for _, m := range w.ms {
		if !w.ofKind(a, m) || m.End-m.Start <= len(short) || !strings.HasSuffix(w.text(m), short) {
			continue
		}
		if key != "" && key != m.Key {
			return 0, ""
		}
		key = m.Key
	}
	return s, key
}

// ofKind reports whether the mention m names a body of the kind a: an
// organization (not one inside a longer organization's name) or a
// division whose name ends with one of the kind's endings.
func (w *work) ofKind(a anaphorKind, m extract.Mention) bool {
	if m.Key == "" {
		return false
	}
	if a.place {
		if m.Type != extract.Place {
			return false
		}
		e := w.d.Entity(m.Key)
		return e != nil && (e.Code != "" || strings.HasPrefix(m.Key, "place/")) && endsWithAny(e.Label, a.endings) && (a.word == "社区" || !strings.HasSuffix(e.Label, "社区"))
	}
	if m.Type != extract.Org || !endsWithAny(w.text(m), a.endings) {
		return false
	}
	for i := w.firstAt(max(0, m.Start-240)); i < len(w.ms) && w.ms[i].Start <= m.Start; i++ {
		if o := w.ms[i]; o.Type == extract.Org && o.End >= m.End && o.End-o.Start > m.End-m.Start {
			return false
		}
	}
	return true
}

// antecedent returns the key of the body of the kind a named last before
// off, or "" where none is or another body of the kind is named in the
// same sentence.
func (w *work) antecedent(a anaphorKind, off int) string {
	last := -1
	for i := range w.ms {
		m := w.ms[i]
		if m.End > off {
			break
		}
		if w.ofKind(a, m) && (last < 0 || m.Start >= w.ms[last].Start) {
			last = i
		}
	}
	if last < 0 {
		return ""
	}
	key := w.ms[last].Key
	sent := w.d.SentenceOf(w.ms[last].Span)
	for i := w.firstAt(sent.Start); i < len(w.ms) && w.ms[i].Start < min(sent.End, off); i++ {
		if m := w.ms[i]; m.Key != key && w.ofKind(a, m) {
			return ""
		}
	}
	return key
}

// onlyOfKind returns the key of the one body of the kind a the article
// names, or "". The word written at the end of a name no stage found
// (…物流有限公司) may be another such body: then it is "" too.
func (w *work) onlyOfKind(a anaphorKind) string {
	key := ""
	for _, m := range w.ms {
		if !w.ofKind(a, m) {
			continue
		}
		if key != "" && key != m.Key {
			return ""
		}
		key = m.Key
		// 企业研发中心: a name read inside a common noun's phrase may be
		// no name at all
		if r, sz := utf8.DecodeLastRuneInString(w.d.Text[:m.Start]); unicode.Is(unicode.Han, r) && !strings.ContainsRune(functionBefore, r) && !w.coveredAt(m.Start-sz) {
			return ""
		}
	}
	if key == "" {
		return ""
	}
	for s := range occurrences(w.d.Text, a.word) {
		if !w.hanBefore(s) || w.coveredAt(s) {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(w.d.Text[:s])
		// 今年公司与农户签约: a year before the word opens the clause
		if !strings.ContainsRune(generalBefore, r) && !(r == '年' && w.yearWordBefore(s)) && !w.titleEndsAt(s) {
			return ""
		}
	}
	return key
}

// yearWordBefore reports whether a word of the year (今年, 去年, 明年, 当年,
// 近年) ends at s.
func (w *work) yearWordBefore(s int) bool {
	return endsWithAny(w.d.Text[:s], []string{"今年", "去年", "明年", "当年", "近年", "前年", "每年"})
}

// generalBefore are characters before a kind's word that make it no
// name's end (该公司, 本中心, 子公司, 多家银行).
const generalBefore = "该本家子分多各全总母此这那其到在从由与和及、"

// functionBefore are characters that may stand right before a name (由县
// 疾控中心, 在X公司).
const functionBefore = "在由与和及从向对为是的到把被给让将据经请了"

// levelAnaphor resolves 该 before a title that starts with a level
// character (该村党支部书记, 该镇镇长, where the title holds the level):
// the division of that level named last before it.
func (w *work) levelAnaphor(t extract.Mention) (extract.Mention, bool) {
	at := w.skipSpaceBack(t.Start)
	if !strings.HasSuffix(w.d.Text[:at], "该") {
		return extract.Mention{}, false
	}
	c, n := utf8.DecodeRuneInString(w.d.Text[t.Start:])
	for _, a := range anaphorKinds {
		if !a.place || a.word != string(c) {
			continue
		}
		start := at - len("该")
		if key := w.antecedent(a, start); key != "" {
			return extract.Mention{Span: extract.Span{Start: start, End: t.Start + n}, Type: extract.Place, Text: "该" + a.word, Key: key, Rule: ruleAnaphor}, true
		}
	}
	return extract.Mention{}, false
}
