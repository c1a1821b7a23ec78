package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/lexicon"
)

// Separators between the names of a list: the enumeration comma, and the
// conjunctions that join its last name.
var listSeps = []string{"、", "和", "与", "及"}

// listNeighbours reads the names of a list that holds a name already
// taken (张志红、覃立松、韦福顺等人; 李明、蒙丽娟和邝少华): a name next to a
// taken one across 、 (or, on one side, 和, 与, 及) is taken when it is a
// run of its own, a surname and a clean given name of one or two
// characters that the segmenter does not read as a common word, delimited
// by the list on both sides. Names so taken extend the list in turn.
func (w *work) listNeighbours(list *[]span, add func(s, e int, rule string)) {
	t := w.v.text
	for k := 0; k < len(*list) && k < 256; k++ {
		sp := (*list)[k]
		// the name after it
		for _, sep := range listSeps {
			if !lexicon.HasPrefix(t[sp.e:], sep) {
				continue
			}
			s := sp.e + len(sep)
			if e, ok := w.listNameAt(s, sep == "、"); ok && !w.inList(*list, s, e) {
				add(s, e, "ner.person.list")
			}
			break
		}
		// the name before it
		for _, sep := range listSeps {
			if !lexicon.HasSuffix(t[:sp.s], sep) {
				continue
			}
			e := sp.s - len(sep)
			if s, ok := w.listNameEndingAt(e); ok && !w.inList(*list, s, e) {
				add(s, e, "ner.person.list")
			}
			break
		}
	}
}

// nameLists reads lists of three names or more that hold no name taken
// on a cue (赵桂花、赵翠青、王玉霞等): every part between the separators is a
// list's name (listNameAt, listNameEndingAt: a surname, a clean given
// name, no common word), and two of them at least have a common surname.
func (w *work) nameLists(list *[]span, add func(s, e int, rule string)) {
	t := w.v.text
	const sep = "、"
	for off := 0; off < len(t); {
		k := lexicon.Index(t[off:], sep)
		if k < 0 {
			break
		}
		p := off + k
		off = p + len(sep)
		s0, ok := w.listNameEndingAt(p)
		if !ok {
			continue
		}
		var parts [8][2]int
		parts[0] = [2]int{s0, p}
		n := 1
		for q := p; n < len(parts) && lexicon.HasPrefix(t[q:], sep); {
			s := q + len(sep)
			e, ok := w.listNameAt(s, true)
			if !ok {
				break
			}
			parts[n] = [2]int{s, e}
			n++
			q = e
		}
		// 王志鹏、刘子豪和陈雨欣: a conjunction before the last name
		if q := parts[n-1][1]; n < len(parts) {
			for _, cj := range listSeps[1:] {
				if !strings.HasPrefix(t[q:], cj) {
					continue
				}
				if e, ok := w.listNameAt(q+len(cj), false); ok {
					parts[n] = [2]int{q + len(cj), e}
					n++
				}
				break
			}
		}
		off = max(off, parts[n-1][1])
		if n < 3 {
			continue
		}
		common, products := 0, 0
		for _, pt := range parts[:n] {
			if w.st.lex.Surname(string(w.runeAt(pt[0]))) >= 2 {
				common++
			}
			if w.st.lex.IsProduct(t[pt[0]:pt[1]]) {
				products++
			}
		}
		// 石斛、黄芽茶和毛竹: a list that names products is no list of people
		if common < 2 || products > 0 {
			continue
		}
		for _, pt := range parts[:n] {
			if !w.inList(*list, pt[0], pt[1]) {
				add(pt[0], pt[1], "ner.person.list")
			}
		}
	}
}

func (w *work) inList(list []span, s, e int) bool {
	for _, sp := range list {
		if sp.s < e && s < sp.e {
			return true
		}
	}
	return false
}

// listNameAt reads a list's name that starts at s: three characters, or
// two, after which the list goes on (、, 和, 与, 及, 等) or ends
// (punctuation, a word of speech, 二人, 三人, 都 …); the longer that is
// such a name wins. Where the name came after a conjunction (inner
// false), the list must end after it.
func (w *work) listNameAt(s int, inner bool) (int, bool) {
	t := w.v.text
	if s >= len(t) || !w.v.bound[s] {
		return 0, false
	}
	sn := w.st.lex.SurnameAt(t[s:])
	if sn == 0 {
		return 0, false
	}
	var buf [2]int
	ends := runeEnds(buf[:0], t, s+sn, 2)
	for k := len(ends) - 1; k >= 0; k-- {
		e := ends[k]
		if !w.listClosed(e, inner) {
			continue
		}
		if w.listName(s, sn, e) {
			return e, true
		}
	}
	return 0, false
}

// listNameEndingAt reads a list's name that ends at e, before a
// separator: three characters, or two, that start a word of the
// segmenter after the start of the text, punctuation, or a verb, a
// preposition, a conjunction or a particle (有, 包括, 了).
func (w *work) listNameEndingAt(e int) (int, bool) {
	t := w.v.text
	if e <= 0 || !w.v.bound[e] {
		return 0, false
	}
	s := e
	var starts [3]int
	n := 0
	for n < len(starts) && s > 0 {
		r, sz := lexicon.DecodeLastRune(t, s)
		if !isHan(r) || w.occupied[s-sz] {
			break
		}
		s -= sz
		starts[n] = s
		n++
	}
	for j := min(n, 3) - 1; j >= 1; j-- {
		s := starts[j]
		sn := w.st.lex.SurnameAt(t[s:])
		if sn == 0 || sn >= e-s || !w.v.bound[s] || !w.listOpen(s) {
			continue
		}
		if w.listName(s, sn, e) {
			return s, true
		}
		return 0, false
	}
	return 0, false
}

// listOpen reports whether a list's first name may start at s: at the
// start of the text, after punctuation or another mention, or after a
// verb, a preposition, a conjunction or a particle of the segmenter.
func (w *work) listOpen(s int) bool {
	t := w.v.text
	if s == 0 {
		return true
	}
	r, n := lexicon.DecodeLastRune(t, s)
	if !isHan(r) || w.occupied[s-n] || r == '、' {
		return true
	}
	// 村民何建国、张秀兰、李春梅: a role before the list
	if leftCueSet.suffixOf(t[:s]) {
		return true
	}
	k := w.prevToken(s)
	if k < 0 {
		return false
	}
	tk, ok := w.v.tokenAt(k)
	if ok && tk.end == s && k+len("向") == s && objectPreps.Has(w.runeAt(k)) {
		return true // 向王丽娟、孙红梅等颁发: a preposition of one character, whatever its tag
	}
	return ok && tk.end == s && tk.pos != "" && strings.ContainsAny(tk.pos[:1], "vpcu")
}

// objectPreps are prepositions of one character that put a person after
// them (向, 为, 给, 对, 同, 跟); the segmenter tags some of them otherwise
// before a name (向/zg).
var objectPreps = lexicon.NewRuneSet("向为给对同跟")

// Words after the last name of a list that close it as a list of people.
var listCloseWords = newWordSet([]string{"等", "二人", "两人", "三人", "四人", "五人", "同志", "夫妇", "夫妻", "兄弟俩", "姐妹俩", "兄妹俩", "姐弟俩", "夫妻俩", "父子俩", "母女俩"})

// listClosed reports whether a list's name may end at e: the list goes on
// (、, and where inner, 和, 与, 及 too) or ends (punctuation, a word of
// speech, 等, 二人 …, or a character that never stands in a given name:
// 都, 也, 的).
func (w *work) listClosed(e int, inner bool) bool {
	t := w.v.text
	if e >= len(t) {
		return true
	}
	r, _ := w.runes.at(e)
	if !w.v.bound[e] {
		// 王佳/怡和/陈子豪: the segmenter reads the conjunction with the
		// name's last character
		if inner && (r == '和' || r == '与' || r == '及') {
			if k := w.prevToken(e); k >= 0 {
				if tk, ok := w.v.tokenAt(k); ok && tk.end == e+len("和") {
					return true
				}
			}
		}
		return false
	}
	if !isHan(r) {
		return r != '·' && r != '•'
	}
	if r == '、' {
		return true
	}
	if inner && (r == '和' || r == '与' || r == '及') {
		return true
	}
	return hardStopSet.Has(r) && !nameStopSet.Has(r) || listCloseWords.prefixOf(t[e:]) || w.wordAt(rightCueSet, e) || w.listVerbAt(e)
}

// listVerbAt reports whether the segmenter reads a word of two
// characters or more at e that begins the predicate of the clause whose
// subject a list of people is: a verb (李明、蒙丽娟和邝少华获得表彰), an
// adjective, an adverb, or a common noun (表现出色, read as one noun).
func (w *work) listVerbAt(e int) bool {
	tk, ok := w.v.tokenAt(e)
	if !ok || tk.pos == "" || utf8.RuneCountInString(w.v.text[e:tk.end]) < 2 {
		return false
	}
	switch tk.pos[0] {
	case 'v', 'a', 'd':
		return true
	case 'n', 'l':
		return tk.pos == "n" || tk.pos == "l"
	}
	return false
}

// listName reports whether [s, e), a surname of sn bytes and a given
// name, may be a name of a list: the given name is clean (listGiven), the
// surname is no function word, the run is no common word
// of the dictionary (高兴, 陈列馆) unless the segmenter tags it a name,
// and no title or role starts in it.
func (w *work) listName(s, sn, e int) bool {
	t := w.v.text
	name := t[s:e]
	if n := utf8.RuneCountInString(name); n < 2 || n > 3+boolInt(sn > 3) {
		return false
	}
	if functionSurnames.Has(w.runeAt(s)) || hasHardStop(t[s+sn:e]) || !w.listGiven(s, sn, e) {
		return false
	}
	if w.st.lex.NotName(name) || w.occupiedByOther(s, e) || titleAt(w, s+sn) || leftCueSet.prefixOf(t[s+sn:]) {
		return false
	}
	if w.st.lookup != nil {
		if pos, _, ok := w.st.lookup(name); ok && !strings.HasPrefix(pos, "nr") {
			return false
		}
	}
	if w.commonWordStart(s, e) && !w.nrTokenOver(s, e) {
		return false
	}
	return true
}

// listGiven reports whether the given name of [s, e) is clean, or, after a
// common surname of one character, has two characters of which one only is
// a stop character common in given names (蒙建英, 卢东林: givenStopSet),
// and the first two characters are no common word (高中生).
func (w *work) listGiven(s, sn, e int) bool {
	t := w.v.text
	g := t[s+sn : e]
	if cleanGiven(w, g) {
		return true
	}
	if utf8.RuneCountInString(g) != 2 || w.st.lex.Surname(t[s:s+sn]) < 2 || w.commonWordStart(s, e) {
		return false
	}
	stops := 0
	for _, r := range g {
		if w.st.lex.StopChar(r) {
			if !givenStopSet.Has(r) {
				return false
			}
			stops++
		}
	}
	return stops == 1
}
