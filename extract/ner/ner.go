package ner

import (
	"context"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// Name is the name of the stage, used in rule names.
const Name = "ner"

// Stage finds people, organizations and titles. It is safe for concurrent
// use on different Docs.
type Stage struct {
	lex       *lexicon.Lexicon
	placeName func(string) bool
	lookup    func(word string) (pos string, freq float64, ok bool)

	flagsOnce sync.Once
	flags     *[1 << 16]uint8 // runeFlags of every rune of the BMP, built on first use
}

// What a rune can begin or end, for the pass that gathers positions.
const (
	flagTitle     uint8 = 1 << iota // a title can start with it
	flagSurname                     // a Han character a surname can start with
	flagMedia                       // a media name can start with it
	flagSuffix                      // an organization ending can end with it
	flagByline                      // a byline label can start with it
	flagMark                        // ( or （ or 讯, or a character of a credit mark (creditRunes)
	flagRoleLast                    // a role word (leftCues) or an appointment's verb can end with it, or an item of a list start after it
	flagBareFirst                   // a name without a surname can start with it (bareNameFirst)
)

// runeFlags returns the flags of r.
func (st *Stage) runeFlags(r rune) uint8 {
	var f uint8
	lex := st.lex
	if lex.TitleFirst(r) {
		f |= flagTitle
	}
	if lex.SurnameStart(r) && isHan(r) {
		f |= flagSurname
	}
	if lex.MediaFirst(r) {
		f |= flagMedia
	}
	if lex.OrgSuffixLast(r) {
		f |= flagSuffix
	}
	if bylineFirstSet.Has(r) {
		f |= flagByline
	}
	if r == '(' || r == '（' || r == '讯' || creditRune(r) {
		f |= flagMark
	}
	// a role, an appointment's verb (任命, 免去), or what opens an item of
	// a notice's list (a line, ；)
	if leftCueSet.last.Has(r) || appointCueSet.last.Has(r) || r == '\n' || r == '；' {
		f |= flagRoleLast
	}
	if bareNameFirst(lex, r) {
		f |= flagBareFirst
	}
	return f
}

// flagsOf returns the flags of r, from the table for the BMP. The lexicon
// must not change once the stage has run (lexicon.Add says so).
func (st *Stage) flagsOf(r rune) uint8 {
	if r >= 0 && r < 1<<16 {
		return st.flags[r]
	}
	return st.runeFlags(r)
}

func (st *Stage) buildFlags() {
	st.flags = new([1 << 16]uint8)
	for r := rune(0); r < 1<<16; r++ {
		st.flags[r] = st.runeFlags(r)
	}
}

// An Option configures a Stage.
type Option func(*Stage)

// WithPlaceNames tells the stage which strings name places (full or short
// forms of divisions), so that a brand is never a place (崇明农业 is the
// farming of 崇明, not a company).
func WithPlaceNames(isPlace func(string) bool) Option {
	return func(s *Stage) { s.placeName = isPlace }
}

// WithDictionary gives the stage the segmenter's dictionary, so that a
// name the segmenter tags as a person is not taken when it begins with a
// common word (幸福感, 农家乐).
func WithDictionary(lookup func(word string) (pos string, freq float64, ok bool)) Option {
	return func(s *Stage) { s.lookup = lookup }
}

// New returns a Stage that uses lex.
func New(lex *lexicon.Lexicon, opts ...Option) *Stage {
	s := &Stage{lex: lex}
	for _, o := range opts {
		o(s)
	}
	return s
}

// span is a mention in compact coordinates while the stage works.
type span struct {
	s, e int
	typ  extract.Type
	rule string
	key  string
}

type work struct {
	st        *Stage
	d         *extract.Doc
	v         *view
	places    []span // from earlier stages, compact coordinates
	titles    []span
	orgs      []span
	people    []span
	newPlaces []span   // short forms of places found by this stage
	listOrgs  []span   // organizations from the lists
	placeEnd  []int32  // placeEnd[e]: 1 + the index into places of the first place ending at e, or 0
	sc        *scratch // the arrays of this document
	occupied  []bool   // compact bytes covered by a place, org or title
	// titleEnds[i] is 1 + the end of the longest title that starts at
	// compact offset i, or 0 (see titleEnd): every finder asks, so it is
	// computed once
	titleEnds []int32
	runes     runeTable  // the compact text decoded once
	at        *positions // where the finders have something to test
}

// positions lists, in text order, the compact offsets where each finder
// can find something, gathered in one pass over the text: the finders
// visit these instead of every character.
type positions struct {
	titles   []int32 // a title starts (titleEnd >= 0)
	surnames []int32 // a Han character a surname can start with
	media    []int32 // a character a media name can start with
	suffixes []int32 // the end of a character an organization ending can end with
	bylines  []int32 // a character a byline label can start with
	parens   []int32 // the offset after ( or （
	xun      []int32 // 讯 (本报讯, 本刊讯)
	credits  []int32 // 由, 摄, 图 or 文, which end the credit notes and marks (图片由, 供图, 摄, /文)
	bare     []int32 // a character a name without a surname can start with, right after one a role can end with
}

// creditRune reports whether r ends a credit note or mark (providedBy,
// creditMarkNames).
func creditRune(r rune) bool { return r == '由' || r == '摄' || r == '图' || r == '文' }

func (p *positions) reset() {
	p.titles, p.surnames, p.media, p.suffixes = p.titles[:0], p.surnames[:0], p.media[:0], p.suffixes[:0]
	p.bylines, p.parens, p.xun, p.credits = p.bylines[:0], p.parens[:0], p.xun[:0], p.credits[:0]
	p.bare = p.bare[:0]
}

// runeTable holds what lexicon.DecodeRune(text, i) returns at every
// offset i of the text and at its end: the characters at their starts
// (a rune and its size, never 0), 0 at the bytes inside a character,
// where the decoder finds utf8.RuneError of size 1, and utf8.RuneError
// of size 0 at the end.
type runeTable struct {
	rn []uint32 // the rune in the low 24 bits, its size in bytes above
}

func newRuneTable(t string, sc *scratch) runeTable {
	rt := sizedRuneTable(len(t), sc)
	for i := 0; i < len(t); {
		r, n := lexicon.DecodeRune(t, i)
		rt.rn[i] = uint32(r) | uint32(n)<<24
		i += n
	}
	rt.rn[len(t)] = uint32(utf8.RuneError)
	return rt
}

// sizedRuneTable returns a table for a text of n bytes in the arrays of
// sc, to be filled.
func sizedRuneTable(n int, sc *scratch) runeTable {
	sc.runes = zeroed(sc.runes, n+1)
	return runeTable{rn: sc.runes}
}

// at returns lexicon.DecodeRune(text, i) for an offset i of a character
// or any other offset up to the end of the text (see runeTable).
func (rt *runeTable) at(i int) (rune, int) {
	v := rt.rn[i]
	if v == 0 {
		return utf8.RuneError, 1 // inside a character
	}
	return rune(v & 0xFFFFFF), int(v >> 24)
}

// runeAt is runeAtStr(w.v.text, i): the rune at compact offset i, or 0
// at the end of the text or past it.
func (w *work) runeAt(i int) rune {
	if i >= len(w.runes.rn)-1 {
		return 0
	}
	r, _ := w.runes.at(i)
	return r
}

// Process implements extract.Stage.
func (st *Stage) Process(ctx context.Context, d *extract.Doc) error {
	if strings.TrimSpace(d.Text) == "" {
		return nil
	}
	st.flagsOnce.Do(st.buildFlags)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	w := &work{st: st, d: d, v: newViewIn(d, sc), sc: sc}
	sc.occupied = zeroed(sc.occupied, len(w.v.text)+1)
	w.occupied = sc.occupied
	w.indexTitles()
	for _, m := range d.Mentions {
		if m.Type == extract.Place || m.Type == extract.Org || m.Type == extract.Person {
			s, e := w.v.toComp(m.Start), w.v.toComp(m.End)
			if s < e {
				sp := span{s: s, e: e, typ: m.Type, rule: m.Rule, key: m.Key}
				switch m.Type {
				case extract.Place:
					w.places = append(w.places, sp)
				case extract.Org:
					w.orgs = append(w.orgs, sp)
				case extract.Person:
					w.people = append(w.people, sp)
				}
			}
		}
	}
	w.shortPlaces()
	sc.placeEnd = zeroed(sc.placeEnd, len(w.v.text)+1)
	w.placeEnd = sc.placeEnd
	for k, p := range w.places {
		w.occupy(p.s, p.e)
		if w.placeEnd[p.e] == 0 {
			w.placeEnd[p.e] = int32(k + 1) // the first place of the stage that ends there
		}
	}
	w.findRivers()
	w.findTitles()
	if err := ctx.Err(); err != nil {
		return err
	}
	w.findOrgs()
	w.findPeople()
	w.dropOrgsInsidePeople()
	w.emit()
	return nil
}

// indexTitles fills titleEnds, the rune table and the positions, in one
// pass that decodes each character of the compact text once.
func (w *work) indexTitles() {
	t := w.v.text
	w.sc.titleEnds = zeroed(w.sc.titleEnds, len(t)+1)
	w.titleEnds = w.sc.titleEnds
	rt := sizedRuneTable(len(t), w.sc)
	at := &w.sc.at
	at.reset()
	lex := w.st.lex
	roleLast := false // the character before can end a role word
	for i := 0; i < len(t); {
		// lexicon.DecodeRune, with the three-byte forms led by 0xE1 to
		// 0xEF but 0xED (U+1000 to U+FFFF but the surrogates: CJK
		// punctuation, ideographs, full-width forms) decoded inline:
		// followed by two continuation bytes they are always valid
		r, n := rune(0), 3
		if c, ok := lexicon.Decode3(t, i); ok {
			r = c
		} else {
			r, n = lexicon.DecodeRune(t, i)
		}
		rt.rn[i] = uint32(r) | uint32(n)<<24
		f := w.st.flagsOf(r)
		if f == 0 {
			roleLast = false
			i += n
			continue
		}
		if f&flagBareFirst != 0 && roleLast {
			at.bare = append(at.bare, int32(i))
		}
		roleLast = f&flagRoleLast != 0
		if f&flagTitle != 0 {
			e := lex.TitleEndFrom(t, i, r, n)
			w.titleEnds[i] = int32(e + 1)
			if e >= 0 {
				at.titles = append(at.titles, int32(i))
			}
		}
		if f&flagSurname != 0 {
			at.surnames = append(at.surnames, int32(i))
		}
		if f&flagMedia != 0 {
			at.media = append(at.media, int32(i))
		}
		if f&flagSuffix != 0 {
			at.suffixes = append(at.suffixes, int32(i+n))
		}
		if f&flagByline != 0 {
			at.bylines = append(at.bylines, int32(i))
		}
		if f&flagMark != 0 {
			switch r {
			case '(', '（':
				at.parens = append(at.parens, int32(i+n))
			case '讯':
				at.xun = append(at.xun, int32(i))
			case '由', '摄', '图', '文':
				at.credits = append(at.credits, int32(i))
			}
		}
		i += n
	}
	rt.rn[len(t)] = uint32(utf8.RuneError)
	w.runes = rt
	w.at = at
}

// titleEnd returns the end of the longest title that starts at compact
// offset i, or -1 (lexicon.TitleEnd over the compact text).
func (w *work) titleEnd(i int) int {
	if i < 0 || i >= len(w.titleEnds) {
		return -1
	}
	return int(w.titleEnds[i]) - 1
}

// titleStartingAt is lexicon.TitleStartingAt over the compact text.
func (w *work) titleStartingAt(i int) (lexicon.Title, int, bool) {
	e := w.titleEnd(i)
	if e < 0 {
		return lexicon.Title{}, -1, false
	}
	ti, _ := w.st.lex.IsTitle(w.v.text[i:e])
	return ti, e, true
}

func (w *work) occupy(s, e int) {
	for i := s; i < e; i++ {
		w.occupied[i] = true
	}
}

func (w *work) free(s, e int) bool {
	for i := s; i < e; i++ {
		if w.occupied[i] {
			return false
		}
	}
	return true
}

// Title words that are not a post when followed by these (委员会, 代表团 …).
var titleBlockers = []string{"会", "团", "处", "大会", "队", "们", "性", "制", "权利", "权力", "权益", "权限", "权责", "权属", "事务所", "作家", "作协", "作品", "作业", "作用", "作风", "作者", "证", "站", "室", "节", "组"}

func (w *work) findTitles() {
	// every character, but for those inside a title taken (next): only
	// where a title starts is there anything to do
	next := 0
	for _, i32 := range w.at.titles {
		i := int(i32)
		if i < next {
			continue
		}
		if r, _ := w.runes.at(i); !isHan(r) {
			continue
		}
		end := w.titleEnd(i)
		if end >= 0 && w.validTitle(i, end) {
			w.titles = append(w.titles, span{s: i, e: end, typ: extract.Title, rule: "ner.title"})
			next = end
		}
	}
}

func (w *work) validTitle(s, e int) bool {
	rest := w.v.text[e:]
	// 宏达物流公司长沙仓库, 宏达集团长期: the first character ends 公司
	// or 集团, no 司长 or 团长 follows them
	if pre := w.v.text[:s]; strings.HasSuffix(pre, "公") && strings.HasPrefix(w.v.text[s:], "司") || strings.HasSuffix(pre, "集") && strings.HasPrefix(w.v.text[s:], "团") {
		return false
	}
	for _, b := range titleBlockers {
		if lexicon.HasPrefix(rest, b) {
			// 委员会, 代表团: part of a longer word. 记者站 too.
			return false
		}
	}
	// the title must not end inside a word of the segmenter (代表性, 主任务)
	if !w.v.bound[e] {
		// allow a name glued to the title by the segmenter (书记李玉甫 as one
		// token is rare), and a space of the page after it, which the
		// segmenter reads over (通讯员 林志坚: 通讯/员林)
		r, _ := w.v.runeAt(e)
		if (w.st.lex.SurnameAt(rest) == 0 || !isHan(r)) && !unicode.IsSpace(r) {
			return false
		}
		// 水利部长江水利委员会: a title that starts inside a word and ends
		// inside an organization's name of the segmenter is none
		if !w.v.bound[s] {
			if k := w.prevToken(e); k >= 0 {
				if tk, ok := w.v.tokenAt(k); ok && tk.pos == "nt" && utf8.RuneCountInString(w.v.text[e:tk.end]) >= 3 {
					return false
				}
			}
		}
	}
	// 王刚代表县政府致辞, 代表全县人民: 代表 before a body, a place or a
	// group is a verb
	if w.v.text[s:e] == "代表" && w.representsAt(e) {
		return false
	}
	// titles inside a place name are not titles, nor one that starts
	// inside a province's or a city's short name and runs past it (吉林/长森
	// 集团: no 林长); a level character the two share stays the title's
	// (通江县长: 县长)
	for _, p := range w.places {
		if p.s <= s && e <= p.e {
			return false
		}
		if p.s < s && s < p.e && e > p.e && utf8.RuneCountInString(w.v.text[p.s:p.e]) == 2 && !levelChars[string(lastRune(w.v.text[p.s:p.e]))] {
			return false
		}
	}
	return true
}

// representsAt reports whether what follows 代表 at e is what one
// represents: a place, a level character (县政府), or a group (全县, 广大).
func (w *work) representsAt(e int) bool {
	t := w.v.text
	if e >= len(t) {
		return false
	}
	for _, p := range w.places {
		if p.s == e {
			return true
		}
	}
	r, _ := utf8.DecodeRuneInString(t[e:])
	if levelChars[string(r)] {
		return true
	}
	for _, g := range []string{"全", "各", "广大", "大家", "我们", "公司", "学校", "单位", "团队", "中国", "党和政府",
		"双方", "三方", "商会", "协会", "企业", "集团", "村集体", "合作社", "家乡", "本", "该", "省", "市"} {
		if strings.HasPrefix(t[e:], g) {
			return true
		}
	}
	return false
}

// dropOrgsInsidePeople drops an organization whose name starts inside a
// person's name taken in the article and runs past it (向晓阳小学时: 晓阳小学
// is no school), and takes the name there.
func (w *work) dropOrgsInsidePeople() {
	if len(w.people) == 0 || len(w.orgs) == 0 {
		return
	}
	t := w.v.text
	orgs := w.orgs[:0]
	for _, o := range w.orgs {
		drop := false
		_, sz := utf8.DecodeRuneInString(t[o.s:])
		first := t[o.s : o.s+sz] // the organization's first character
		for _, p := range w.people {
			n := t[p.s:p.e]
			// 杨春燕扎根乡村小学: a name taken elsewhere that begins the
			// organization and two words or more before its ending make a
			// clause (鲁迅纪念馆, 宋庆龄基金会 stay)
			if strings.HasPrefix(t[o.s:o.e], n) && utf8.RuneCountInString(n) == 3 && w.wordAfterName(o.s+len(n)) && w.wordsBetween(o.s+len(n), o.e) >= 3 && !w.overlapsPerson(o.s, o.s+len(n)) {
				w.people = append(w.people, span{s: o.s, e: o.s + len(n), typ: extract.Person, rule: p.rule + ".repeat"})
				drop = true
				break
			}
			// only a name that holds the organization's first character
			// after its own first one can run into the organization
			if _, n0 := utf8.DecodeRuneInString(n); !strings.Contains(n[n0:], first) {
				continue
			}
			for s := max(0, o.s-len(n)+1); s < o.s; s++ {
				if e := s + len(n); e > o.s && e < o.e && w.v.bound[s] && strings.HasPrefix(t[s:], n) && !w.overlapsPerson(s, e) {
					w.people = append(w.people, span{s: s, e: e, typ: extract.Person, rule: p.rule + ".repeat"})
					drop = true
					break
				}
			}
			if drop {
				break
			}
		}
		if !drop {
			orgs = append(orgs, o)
		}
	}
	w.orgs = orgs
}

// wordAfterName reports whether a word of two characters or more of the
// segmenter starts at e (杨春燕/扎根; not 惠明茶/业, a noun suffix).
func (w *work) wordAfterName(e int) bool {
	if !w.v.bound[e] {
		return false
	}
	tk, ok := w.v.tokenAt(e)
	return ok && utf8.RuneCountInString(w.v.text[e:tk.end]) >= 2
}

// wordsBetween counts the words of the segmenter that start in [s, e).
func (w *work) wordsBetween(s, e int) int {
	n := 0
	for k := s; k < e; k++ {
		if w.v.bound[k] {
			n++
		}
	}
	return n
}

// overlapsPerson reports whether [s, e) overlaps a person's name taken.
func (w *work) overlapsPerson(s, e int) bool {
	for _, p := range w.people {
		if p.s < e && s < p.e {
			return true
		}
	}
	return false
}
