package places

import (
	"cmp"
	"context"
	_ "embed"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// Name is the name of the stage.
const Name = "places"

// Rule names of the mentions and triples of the stage.
const (
	RuleFull    = "gazetteer.full"    // a full official name: 通江县
	RuleAlt     = "gazetteer.alt"     // another full form: 杜尔伯特县, 力所乡
	RuleShort   = "gazetteer.short"   // a short form: 通江, 四川
	RuleWeak    = "gazetteer.weak"    // a short form accepted on support in context: 陈河
	RuleVillage = "gazetteer.village" // a village or community with its county in context
	RuleChain   = extract.RuleChain   // 位于 from a division to its parent
	RuleForeign = "foreign"           // a country or foreign city
	RuleNatural = "natural"           // a named natural place: 长江, 秦岭, 青藏高原
	RuleZone    = "zone"              // a named zone: 哈尔滨新区, 青山经济开发区
	RuleZoneIn  = "zone.prefix"       // 位于 from a zone to the division its name begins with
)

//go:embed data/foreign.txt
var foreignTxt string

//go:embed data/natural.txt
var naturalTxt string

// Stage finds place mentions. It is safe for concurrent use.
type Stage struct {
	g       *gazetteer.Gazetteer
	foreign map[string]bool // listed places: countries, foreign cities, natural places
	natural map[string]bool // the natural places among them
	forHead *runeSet        // first characters of the foreign names
	forLens map[rune]uint64 // first character → lengths in runes of the names (bit n: n runes, n < 64)
	maxFor  int             // longest foreign name in runes
	// forPairs gates the first two characters of the foreign names: no
	// name starts with a pair it rules out
	forPairs *pairGate
	zones    bool
	// brand reports whether the name text[start:end] stands before a known
	// product as a geographical brand (通江银耳): the cue that lets a
	// two-character county short form stand without other places in the
	// article.
	brand func(text string, start, end int) bool
	// surname reports whether r is a common surname: a natural place of two
	// characters right after one is read as a person's given name (李长江).
	surname func(r rune) bool
	// noun reports whether the name text[start:end] begins a common noun
	// with the product after it (黑山羊 of 黑山): no division is named there.
	noun func(text string, start, end int) bool
	// word reports whether w is a common word of the dictionary: a short
	// form whose characters the words around it take (湖面上海鸥: 面上 and
	// 海鸥) names no division.
	word func(w string) bool
}

// Option configures a Stage.
type Option func(*Stage)

// WithZones turns the recognition of named zones (X新区, X经济开发区, …) on
// or off; it is on by default.
func WithZones(on bool) Option { return func(s *Stage) { s.zones = on } }

// WithProducts gives the stage a test of whether the name text[start:end]
// stands right before a known product as a geographical brand (通江银耳,
// 洛川苹果). A two-character county short form so placed is read without
// the sibling or ancestor in context that it otherwise needs; a short form
// shared by several counties still needs context.
func WithProducts(brand func(text string, start, end int) bool) Option {
	return func(s *Stage) { s.brand = brand }
}

// WithCommonNouns gives the stage a test of whether the name
// text[start:end] and the product after it make a common noun of the
// dictionary (黑山羊: a breed of goat, not a goat of 黑山县). A county's short
// form so placed names no division, whatever the context.
func WithCommonNouns(noun func(text string, start, end int) bool) Option {
	return func(s *Stage) { s.noun = noun }
}

// WithWords gives the stage a test of common words of the dictionary. A
// short form of two characters whose first character ends a word with the
// text before it and whose second begins a word with the character after
// it (湖面上海鸥: 面上, 海鸥; 洞庭湖北岸: 洞庭湖, 北岸) names no division;
// without the test every such form is read.
func WithWords(word func(w string) bool) Option {
	return func(s *Stage) { s.word = word }
}

// WithSurnames gives the stage a test of common surnames. A listed
// natural place of two characters (长江, 秦岭) right after one is part of a
// person's name (李长江, 张秦岭) and not read as a place; without the test
// every such place is read.
func WithSurnames(common func(r rune) bool) Option {
	return func(s *Stage) { s.surname = common }
}

// New returns a stage that reads divisions from g.
func New(g *gazetteer.Gazetteer, opts ...Option) *Stage {
	s := &Stage{g: g, foreign: map[string]bool{}, natural: map[string]bool{}, forHead: &runeSet{}, forLens: map[rune]uint64{}, forPairs: &pairGate{}, zones: true}
	for _, list := range []struct {
		txt     string
		natural bool
	}{{foreignTxt, false}, {naturalTxt, true}} {
		for line := range strings.Lines(list.txt) {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			s.foreign[line] = true
			if list.natural {
				s.natural[line] = true
			}
			n := utf8.RuneCountInString(line)
			r, rn := utf8.DecodeRuneInString(line)
			if n >= 2 {
				r1, _ := utf8.DecodeRuneInString(line[rn:])
				s.forPairs.add(r, r1)
			}
			s.forHead.add(r)
			s.forLens[r] |= 1 << min(n, 63)
			s.maxFor = max(s.maxFor, n)
		}
	}
	for _, o := range opts {
		o(s)
	}
	return s
}

// view is d.Text without white space, with a map back to byte offsets of
// d.Text, so that 黑龙江 省 (page layout) reads as 黑龙江省.
type view struct {
	text string
	// body is the offset where the article's body starts after its
	// headline's line (-1 or 0 when the text opens with none): the dropped
	// line break is a boundary there
	body int
	// pieces of the map: text[p.v:] was copied from d.Text[p.t:] up to
	// the next piece; sorted by v, the first at v == 0
	pieces []piece
}

type piece struct{ v, t int }

// isViewSpace reports whether the view drops r.
func isViewSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r == ' ' || r >= '\t' && r <= '\r'
	case r > '\u3000':
		return r == '\ufeff' // no other white space above U+3000
	}
	return unicode.IsSpace(r) || r == '\u3000'
}

func newView(s string) view {
	var b strings.Builder
	var pieces []piece
	start := -1 // start in s of the run being copied
	flush := func(end int) {
		if start >= 0 && start < end {
			if n := len(pieces); n == 0 || pieces[n-1].t+(b.Len()-pieces[n-1].v) != start {
				pieces = append(pieces, piece{b.Len(), start})
			}
			if b.Len() == 0 {
				b.Grow(len(s) - start)
			}
			b.WriteString(s[start:end])
		}
		start = -1
	}
	// only ASCII white space and characters led by a byte of viewLeads
	// can be dropped; every other byte is copied as it is (a character
	// whole, a broken byte alone)
	for i := 0; i < len(s); {
		c := s[i]
		if !viewLeads[c] {
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		r, n := rune(0), 3 // Chinese text's characters inline
		if c, ok := lexicon.Decode3(s, i); ok {
			r = c
		} else {
			r, n = decodeAt(s, i)
		}
		switch {
		case isViewSpace(r):
			flush(i)
		case r == utf8.RuneError && n == 3:
			// a literal U+FFFD: the view keeps its first byte only
			flush(i)
			start = i
			flush(i + 1)
		case start < 0:
			start = i
		}
		i += n
	}
	flush(len(s))
	if len(pieces) == 1 && pieces[0].t == 0 && b.Len() == len(s) {
		return view{text: s, pieces: pieces}
	}
	return view{text: b.String(), pieces: pieces}
}

// bodyAfterTitle returns the view offset where the body of d starts after
// the line of its headline, or -1.
func bodyAfterTitle(d *extract.Doc, v view) int {
	title := strings.TrimSpace(d.Title)
	if title == "" {
		return -1
	}
	text := strings.TrimLeftFunc(d.Text, unicode.IsSpace)
	rest, ok := strings.CutPrefix(text, title)
	if !ok || !strings.HasPrefix(strings.TrimLeft(rest, " \t\u3000"), "\n") {
		return -1
	}
	return len(strings.Map(func(r rune) rune {
		if isViewSpace(r) {
			return -1
		}
		return r
	}, title))
}

// viewLeads are the bytes that may start a character the view drops or
// cuts: ASCII white space and the lead bytes of U+0085, U+00A0, U+1680,
// U+2000-U+205F, U+3000, U+FEFF and U+FFFD.
var viewLeads = func() (t [256]bool) {
	for _, c := range []byte{' ', '\t', '\n', '\v', '\f', '\r', 0xc2, 0xe1, 0xe2, 0xe3, 0xef} {
		t[c] = true
	}
	return t
}()

// orig maps the view offset x to an offset of the original text.
func (v view) orig(x int) int {
	k := sort.Search(len(v.pieces), func(i int) bool { return v.pieces[i].v > x }) - 1
	return v.pieces[k].t + x - v.pieces[k].v
}

// span maps the view range [start, end) to a span of the original text.
func (v view) span(start, end int) extract.Span {
	return extract.Span{Start: v.orig(start), End: v.orig(end-1) + 1}
}

// runeSet is a set of characters of the Basic Multilingual Plane; it
// holds every character beyond it.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) add(r rune) {
	if r < 0x10000 {
		s[r>>6] |= 1 << (r & 63)
	}
}

func (s *runeSet) has(r rune) bool { return r >= 0x10000 || s[r>>6]&(1<<(r&63)) != 0 }

// pairGate is a Bloom-style set of pairs of runes: may is true for every
// pair added and for a few others.
type pairGate [1 << pairGateBits / 64]uint64

const pairGateBits = 14

func pairGateHash(r0, r1 rune) uint64 {
	return (uint64(uint32(r0))<<21 ^ uint64(uint32(r1))) * 0x9e3779b97f4a7c15 >> (64 - pairGateBits)
}

func (g *pairGate) add(r0, r1 rune) {
	h := pairGateHash(r0, r1)
	g[h>>6] |= 1 << (h & 63)
}

func (g *pairGate) may(r0, r1 rune) bool {
	h := pairGateHash(r0, r1)
	return g[h>>6]&(1<<(h&63)) != 0
}

type kind uint8

const (
	kDivision kind = iota
	kVillage
	kForeign
	kZone
	kUnlisted
)

// match is a stretch of the view that may name a place.
type match struct {
	start, end int // in the view
	kind       kind
	cands      []gazetteer.Candidate
	infos      []*codeInfo // infos[i]: codeInfo of cands[i].Code, filled by pick when needed
	chosen     gazetteer.Candidate
	ok         bool
	name       string // surface (foreign, zone, unlisted village)
	in         string // zone: code of the division the name begins with; unlisted village: its township
	inZone     string // zone: key of the zone its name begins with (青山经济开发区 for 青山经济开发区光明工业园)
	core       string // zone: the name without the place it begins with (光明工业园)
	natural    bool   // foreign: a division's short form read as a natural place (天山 of 天山、博斯腾湖)
}

func (m *match) runes(v view) int { return utf8.RuneCountInString(v.text[m.start:m.end]) }

// roadSuffixes after a short form make it a street name (南京路, 长安街).
var roadSuffixes = []string{"路", "街", "大道", "巷", "胡同", "里", "道"}

// riverSuffixes follow the name of a river or a lake, never a division's (右江河谷,
// 嫩江流域, 沱江两岸, 清水河畔, 太湖畔).
var riverSuffixes = []string{"河谷", "流域", "两岸", "沿岸", "干流", "支流", "上游", "中游", "下游", "江畔", "河畔", "湖畔", "畔"}

// channelSuffixes follow a river's name that ends with 江, 河, 溪 or 湖
// (清水河河道, 沙河水域), while a division's short form may stand before
// them for its stretch of a river (长江武汉河道).
var channelSuffixes = []string{"河道", "河床", "河堤", "水域"}

// Process finds the place mentions of d and adds mentions, entities and
// 位于 triples. It never fails except on a cancelled context.
func (s *Stage) Process(ctx context.Context, d *extract.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	v := newView(d.Text)
	v.body = bodyAfterTitle(d, v)
	ms := s.scan(v)
	ms = s.dropTitleNames(d, v, ms)
	ms = dropInsideWords(d, v, ms)
	ms = selectLongest(v, ms)
	s.foreignSubdivisions(v, ms)
	cc := newCodeCache(s.g)
	s.resolve(v, ms, cc, "")
	implied := s.impliedCounty(v, ms)
	if implied != "" {
		s.resolve(v, ms, cc, implied)
	}
	ethnicTownships(v, ms)
	s.naturalInLists(v, ms)
	s.riversOfDivisions(v, ms)
	ms = s.addRenamedTownships(v, ms)
	ms = s.addVillages(v, ms, implied)
	ms = s.addShortVillages(v, ms)
	ms = s.addUnlisted(v, ms)
	if s.zones {
		ms = s.addZones(v, ms)
	}
	s.emit(d, v, ms, cc)
	return nil
}

// scan collects every division and foreign-name match of the view.
func (s *Stage) scan(v view) []*match {
	var ms []*match
	t := v.text
	if t == "" {
		return nil
	}
	// each character is decoded once: r at i, and r1 after it, which the
	// gate of the gazetteer reads with r and the next step takes as its r
	r, n := decodeAt(t, 0)
	for i := 0; i < len(t); {
		j := i + n
		r1, n1 := rune(0), 0 // the next character, Chinese text's inline
		if c, ok := lexicon.Decode3(t, j); ok {
			r1, n1 = c, 3
		} else if j < len(t) {
			r1, n1 = decodeAt(t, j)
		}
		if isHan(r) {
			// a Han character (valid, not U+FFFD) takes utf8.RuneLen(r)
			// bytes; where the gate of the gazetteer rules out every
			// form PrefixesFrom finds nothing
			div := j == len(t) || s.g.PairMay(r, r1)
			// a foreign name of two characters or more may start here
			// only where the gate of its first two lets the pair pass
			foreign := s.forHead.has(r) && s.forPairs.may(r, r1)
			if div || foreign {
				s.scanAt(t, i, r, n, div, foreign, &ms)
			}
		}
		i, r, n = j, r1, n1
	}
	return ms
}

// scanAt adds the matches that start at i with the Han character r of n
// bytes: the divisions when div is set, and the foreign names when
// foreign is.
func (s *Stage) scanAt(t string, i int, r rune, n int, div, foreign bool, ms *[]*match) {
	if div {
		s.g.PrefixesFrom(t[i:], r, n, func(end int, cands []gazetteer.Candidate) bool {
			if guarded(t, i, i+end, cands) || s.titledGiven(t, i, i+end, cands) {
				return true
			}
			cands = placedCounty(t, i, i+end, cands)
			*ms = append(*ms, &match{start: i, end: i + end, kind: kDivision, cands: cands})
			return true
		})
	}
	if !foreign {
		return
	}
	lens := s.forLens[r] // bit k: a name of k characters starts with r
	for n, j := 0, i; j < len(t) && n < s.maxFor; n++ {
		r1, size := utf8.DecodeRuneInString(t[j:])
		j += size
		if n == 1 && !s.forPairs.may(r, r1) {
			break // no name of two characters or more starts so
		}
		if k := n + 1; k < 63 && lens&(1<<k) == 0 {
			if lens>>k == 0 {
				break // no longer name
			}
			continue
		}
		if n >= 1 && s.foreign[t[i:j]] && !strings.HasPrefix(t[j:], "族") && !s.givenName(t, i, j) && !afterPressTitle(t, i) && !dateDayAt(t, i) && !s.titledName(t, i, j) {
			e := j + stateFormAt(t[j:]) // 南斯拉夫联盟共和国: the state's formal name
			*ms = append(*ms, &match{start: i, end: e, kind: kForeign, name: t[i:e], ok: true})
		}
	}
}

// stateForms are the words that make a country's short name its formal
// name (南斯拉夫联盟共和国, 柬埔寨王国), longest first.
var stateForms = []string{"联盟共和国", "联邦共和国", "民主共和国", "共和国", "王国", "合众国"}

// stateFormAt returns the length of the state form t starts with, or 0.
func stateFormAt(t string) int {
	for _, f := range stateForms {
		if strings.HasPrefix(t, f) {
			return len(f)
		}
	}
	return 0
}

// decodeAt is utf8.DecodeRuneInString(t[i:]). The scans of the view decode
// the three-byte characters led by 0xE1 to 0xEF but 0xED themselves
// (U+1000 to U+FFFF but the surrogates: the CJK punctuation and
// ideographs and the full-width forms, which followed by two continuation
// bytes are always valid) and call it for the others.
func decodeAt(t string, i int) (rune, int) { return utf8.DecodeRuneInString(t[i:]) }

// titleHeads are the characters before 长 in the titles of heads (部长,
// 县长, 院长, 校长, 站长 …).
const titleHeads = "部局县市镇乡村区州省院校所站厂社处科队组团馆行会司署庭班"

// dropTitleNames drops the natural places of two characters that begin with
// the 长 of a head's title and go on into a person's name (组织部长江海涛,
// 宣传部长江涛: not 长江): 长 follows a title's head character, the
// place's second character is a common surname, and the segmenter reads a
// name over that character or right after the place (江/涛, 长江/海涛).
func (s *Stage) dropTitleNames(d *extract.Doc, v view, ms []*match) []*match {
	if s.surname == nil {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		if m.kind == kForeign && s.natural[m.name] && strings.HasPrefix(m.name, "长") && m.start > 0 && s.titleName(d, v, m) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// dropInsideWords drops the listed foreign names that start inside a word
// of the segmenter and either end inside one too (增加/纳税: not 加纳; 依法/
// 国有: not 法国; 湖南/非法: not 南非) or start inside a word that is read
// as a division (河南/非遗: not 南非). A name glued to a verb the segmenter
// reads with its first character stays (赴美/国: 美国).
func dropInsideWords(d *extract.Doc, v view, ms []*match) []*match {
	if len(d.Tokens) == 0 {
		return ms
	}
	toks := d.Tokens
	out := ms[:0]
	for _, m := range ms {
		if m.kind == kForeign {
			if k := tokenInside(toks, v.orig(m.start)); k >= 0 {
				if tokenInside(toks, v.orig(m.end-1)+1) >= 0 || divisionOver(v, ms, toks[k]) {
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// tokenInside returns the index of the token of toks (sorted by Start)
// that holds the byte offset off strictly inside it, or -1.
func tokenInside(toks []extract.Token, off int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	if i < len(toks) && toks[i].Start < off {
		return i
	}
	return -1
}

// divisionOver reports whether a division's match covers exactly the token
// tk.
func divisionOver(v view, ms []*match, tk extract.Token) bool {
	for _, o := range ms {
		if o.kind == kDivision && v.orig(o.start) == tk.Start && v.orig(o.end-1)+1 == tk.End {
			return true
		}
	}
	return false
}

// oneHanToken reports whether tk is one Han character with a tag.
func oneHanToken(tk extract.Token) bool {
	r, n := utf8.DecodeRuneInString(tk.Text)
	return n == len(tk.Text) && isHan(r) && tk.POS != ""
}

func (s *Stage) titleName(d *extract.Doc, v view, m *match) bool {
	t := v.text
	if utf8.RuneCountInString(m.name) != 2 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(t[:m.start]); !strings.ContainsRune(titleHeads, r) {
		return false
	}
	r2, n2 := utf8.DecodeLastRuneInString(m.name)
	if !s.surname(r2) {
		return false
	}
	tokenAt := func(vi int) int {
		off := v.orig(vi)
		i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= off })
		if i < len(d.Tokens) && d.Tokens[i].Start == off {
			return i
		}
		return -1
	}
	nameAt := func(vi int) bool {
		i := tokenAt(vi)
		return i >= 0 && strings.HasPrefix(d.Tokens[i].POS, "nr") && utf8.RuneCountInString(d.Tokens[i].Text) <= 2
	}
	if nameAt(m.end-n2) || m.end < len(t) && nameAt(m.end) {
		return true
	}
	// 县长江明亮表示, 市长江国华在: a given name of two characters the
	// segmenter reads as an adjective or a proper noun, then a verb, an
	// adverb, a preposition or punctuation
	i := tokenAt(m.end)
	if i < 0 || i+1 >= len(d.Tokens) || riverWord[d.Tokens[i].Text] {
		return false
	}
	// 区长江立帆到: a given name the segmenter reads as two words of one
	// character (立/v 帆/n), neither a function word, then a verb or
	// punctuation
	if i+2 < len(d.Tokens) && oneHanToken(d.Tokens[i]) && oneHanToken(d.Tokens[i+1]) && d.Tokens[i+1].Start == d.Tokens[i].End && d.Tokens[i+2].Start == d.Tokens[i+1].End && d.Tokens[i+2].POS != "" {
		return strings.ContainsAny(d.Tokens[i].POS[:1], "vnag") && strings.ContainsAny(d.Tokens[i+1].POS[:1], "vnag") && strings.ContainsAny(d.Tokens[i+2].POS[:1], "vx")
	}
	if utf8.RuneCountInString(d.Tokens[i].Text) != 2 {
		return false
	}
	switch d.Tokens[i].POS {
	case "a", "nz", "ns":
	default:
		return false
	}
	next := d.Tokens[i+1]
	if next.Start != d.Tokens[i].End || next.POS == "" {
		return false
	}
	return strings.ContainsAny(next.POS[:1], "vpdx")
}

// riverWord are words after a river's name (长江沿岸, 长江大桥).
var riverWord = map[string]bool{"流域": true, "沿岸": true, "沿线": true, "大桥": true, "干流": true, "支流": true,
	"两岸": true, "水系": true, "航道": true, "上游": true, "中游": true, "下游": true, "岸线": true, "江边": true,
	"经济": true, "三峡": true, "水利": true, "航运": true, "航务": true, "水位": true, "口岸": true}

// dateDayAt reports whether the character at i is the 日 of a date, after
// a digit (12日本报讯: no 日本).
func dateDayAt(t string, i int) bool {
	if !strings.HasPrefix(t[i:], "日") || i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("〇一二三四五六七八九十", r)
}

// afterPressTitle reports whether a name at i follows a press title (记者
// 黄河, 新华社记者 万 象 摄): a byline names a person there, not a place.
func afterPressTitle(t string, i int) bool {
	for _, p := range []string{"记者", "通讯员", "摄影", "作者"} {
		if lexicon.HasSuffix(t[:i], p) {
			return true
		}
	}
	return false
}

// titledName reports whether the listed place t[i:j] of two characters
// begins a person's name after a title (县委书记黄海东表示, 董事长韩国林介绍,
// 镇长罗马林说): its first character is a common surname, a title's last
// characters stand before it, and one character of a given name after it
// is closed by a word of speech or attending or by punctuation.
func (s *Stage) titledName(t string, i, j int) bool {
	if s.surname == nil || utf8.RuneCountInString(t[i:j]) != 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t[i:]); !s.surname(r) {
		return false
	}
	if !endsWithAny(t[:i], titleTails) {
		return false
	}
	g, n := utf8.DecodeRuneInString(t[j:])
	return isHan(g) && nameClosedAt(t[j+n:])
}

// placedCounty returns cands with the full name of a county of two
// characters that the dictionary knows as another word (曹县, 单县, 赵县)
// read as a full name where the text places it: after a word of going or
// being somewhere (在曹县, 来到单县) or at a clause's start, and before
// punctuation, 的 or a division of its own (曹县大集镇); not before 长 or 委
// (曹县长: a county head named 曹). Other candidates are kept as they are.
func placedCounty(t string, i, j int, cands []gazetteer.Candidate) []gazetteer.Candidate {
	if j-i != 6 || !strings.HasSuffix(t[i:j], "县") {
		return cands
	}
	k := -1
	for n, c := range cands {
		if c.Form == gazetteer.Weak && c.Level == gazetteer.County {
			if k >= 0 {
				return cands // two counties of the name: the context decides
			}
			k = n
		}
	}
	if k < 0 || startsWithAny(t[j:], []string{"长", "委", "级", "城", "域", "里", "官", "令"}) {
		return cands
	}
	before := i == 0 || !isHan(runeBeforeAt(t, i)) || endsWithAny(t[:i], placingWords)
	r, _ := utf8.DecodeRuneInString(t[j:])
	after := j == len(t) || !isHan(r) || strings.HasPrefix(t[j:], "的") || startsWithAny(t[j:], countyGoesOn) || townshipNext(t[j:])
	if !before || !after {
		return cands
	}
	out := slices.Clone(cands)
	out[k].Form = gazetteer.Full
	return out
}

// townshipNext reports whether s begins with the name of a township or a
// village: two or three Chinese characters and 镇, 乡, 街道 or 村.
func townshipNext(s string) bool {
	k := 0
	for n := 0; n < 4 && k < len(s); n++ {
		r, sz := utf8.DecodeRuneInString(s[k:])
		if !isHan(r) {
			return false
		}
		k += sz
		if n >= 1 && startsWithAny(s[k:], []string{"镇", "乡", "街道", "村"}) {
			return true
		}
	}
	return false
}

// placingWords place what follows them (在曹县, 来到单县).
var placingWords = []string{"在", "到", "来到", "前往", "赴", "走进", "走访", "位于", "地处", "是", "于", "从", "回到", "落户"}

// countyGoesOn are the words after a county's name that a sentence about
// the county goes on with.
var countyGoesOn = []string{"人民政府", "政府", "县委", "境内", "城区", "农民", "群众", "人民"}

// runeBeforeAt returns the character before i in t.
func runeBeforeAt(t string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return r
}

// titledGiven reports whether the short form t[i:j] of two characters
// (no division's full name) is the given name of a person named after a
// title (县委书记王海南主持会议, 镇长李江南说): a common surname stands
// right before it, a title's last characters before the surname, and a
// word of speech or attending or punctuation right after it.
func (s *Stage) titledGiven(t string, i, j int, cands []gazetteer.Candidate) bool {
	if s.surname == nil || i == 0 || utf8.RuneCountInString(t[i:j]) != 2 || !shortFormsOnly(cands) {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(t[:i])
	return s.surname(r) && endsWithAny(t[:i-n], titleTails) && nameClosedAt(t[j:])
}

// nameClosedAt reports whether rest, the text after a name read after a
// title, closes it: the text's end, a character other than a Chinese one,
// or a word of speech or attending (nameClosers).
func nameClosedAt(rest string) bool {
	if rest == "" {
		return true
	}
	c, _ := utf8.DecodeRuneInString(rest)
	return !isHan(c) || startsWithAny(rest, nameClosers)
}

// titleTails end the titles a name follows (县长, 书记, 主任 …).
var titleTails = []string{"长", "书记", "主任", "经理", "主席", "委员", "总监", "秘书", "干事", "专员"}

// nameClosers are words of speech or attending that close a name after a
// title (县长王海东说, 书记李江南主持).
var nameClosers = []string{"说", "表示", "介绍", "指出", "强调", "主持", "出席", "参加", "在", "等", "一行", "同志", "告诉", "带领", "率"}

// givenName reports whether the listed natural place t[i:j] of two
// characters follows a common surname, so that it is a given name.
func (s *Stage) givenName(t string, i, j int) bool {
	if s.surname == nil || !s.natural[t[i:j]] || utf8.RuneCountInString(t[i:j]) != 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:i])
	return s.surname(r)
}

// guarded drops the short forms of a match that the text around rules out:
// a street name (南京路) or an ethnic group (朝鲜族). It reports whether no
// candidate is left.
// genericZone matches township-level units whose whole name is a kind of
// zone, alone or after a level (高新技术产业开发区, 经济开发区, 县经济开发区):
// without the place before it such a name names no place of its own, and
// read over a county's name (郎溪县经济开发区) it would hide the county.
var genericZone = func() map[string]bool {
	m := map[string]bool{}
	for _, z := range []string{"高新技术产业开发区", "经济技术开发区", "高新技术开发区", "经济开发区", "高新区", "经开区", "开发区", "工业园区", "工业园", "工业集中区", "产业园区", "产业园", "园区", "管理区", "新区", "保税区", "综合保税区", "农场", "林场"} {
		m[z], m["国家级"+z] = true, true
		for _, level := range []string{"省", "市", "县", "区", "旗"} {
			m[level+z] = true
		}
	}
	return m
}()

// sideWords name a side of a mountain or a river after a direction (东麓,
// 西坡, 南岸).
var sideWords = []string{"麓", "坡", "侧", "岸", "端", "缘", "翼"}

// mountainWords follow a mountain's name, never a division's (东麓, 山脉,
// 主峰, 腹地).
var mountainWords = []string{"东麓", "西麓", "南麓", "北麓", "山脉", "主峰", "腹地"}

func guarded(t string, start, end int, cands []gazetteer.Candidate) bool {
	if genericZone[t[start:end]] {
		return true
	}
	rest := t[end:]
	road := false
	for _, suf := range roadSuffixes {
		if lexicon.HasPrefix(rest, suf) {
			road = true
		}
	}
	if strings.HasPrefix(rest, "族") {
		return true
	}
	// 燕儿窝社区 after 燕儿窝街道: a short form right before 社区 or
	// 居委会 begins the community's name, never the township's
	if startsWithAny(rest, []string{"社区", "居委会", "居民委员会"}) {
		return shortFormsOnly(cands)
	}
	// 无量山东麓, 太行山西侧: a short form that ends with a direction
	// right before a word of a mountain's side is the mountain's name and
	// the direction, no province
	if r, _ := utf8.DecodeLastRuneInString(t[start:end]); strings.ContainsRune("东西南北", r) && startsWithAny(rest, sideWords) {
		return shortFormsOnly(cands)
	}
	// 大兴安岭东麓, 大兴安岭山脉: a short form before the side, the range or
	// the heart of a mountain is the mountain's name, no division
	if startsWithAny(rest, mountainWords) {
		return shortFormsOnly(cands)
	}
	// 新县城, 和县域: a two-character county name inside 县城, 县域, 县级;
	// not before its seat's township (文县城关镇: 城关 begins the next name)
	if end-start == 6 && strings.HasSuffix(t[start:end], "县") && !lexicon.HasPrefix(rest, "城关") {
		// 曹县长: a county head named 曹, not the county of 曹县
		for _, w := range []string{"城", "域", "级", "长"} {
			if lexicon.HasPrefix(rest, w) {
				return true
			}
		}
	}
	// 右江河谷, 嫩江流域: a short form before a word of a river's land is
	// the river, no division
	if startsWithAny(rest, riverSuffixes) {
		road = true
	}
	if r, _ := utf8.DecodeLastRuneInString(t[start:end]); strings.ContainsRune("江河溪湖", r) && startsWithAny(rest, channelSuffixes) {
		road = true
	}
	return road && shortFormsOnly(cands)
}

// shortFormsOnly reports whether no candidate of a match is a division's
// full or alternative name: only short and weak forms, which the text
// around them may rule out.
func shortFormsOnly(cands []gazetteer.Candidate) bool {
	for _, c := range cands {
		if c.Form <= gazetteer.Alt {
			return false
		}
	}
	return true
}

// selectLongest keeps non-overlapping matches, longest first; at equal
// length a division's full name beats a foreign name, which beats a short
// form.
func selectLongest(v view, ms []*match) []*match {
	rank := func(m *match) int {
		if m.kind == kForeign {
			return 1
		}
		best := 3
		for _, c := range m.cands {
			switch {
			case c.Form <= gazetteer.Alt:
				return 0
			case c.Form == gazetteer.Short:
				best = min(best, 2)
			}
		}
		return best
	}
	sort.SliceStable(ms, func(i, j int) bool {
		li, lj := ms[i].end-ms[i].start, ms[j].end-ms[j].start
		if li != lj {
			return li > lj
		}
		if ri, rj := rank(ms[i]), rank(ms[j]); ri != rj {
			return ri < rj
		}
		return ms[i].start < ms[j].start
	})
	var out []*match
	for _, m := range ms {
		if !overlapsAny(out, m.start, m.end) {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// homeCountries name China; a division after them is China's own
// (中国四川省).
var homeCountries = map[string]bool{"中国": true, "中华人民共和国": true}

// foreignLevels are the level characters a foreign subdivision's name may
// end with after a short form that China shares (越南平阳省, 日本长野县).
var foreignLevels = []string{"省", "州", "市", "县", "郡", "道", "府"}

// foreignSubdivisions reads a division's name written right after a
// foreign country's (越南平阳省, 老挝琅南塔省, 日本长野县) as that
// country's place, named as written with its level, not as the Chinese
// division that shares the name.
func (s *Stage) foreignSubdivisions(v view, ms []*match) {
	for i := 1; i < len(ms); i++ {
		m, p := ms[i], ms[i-1]
		if m.kind != kDivision || p.kind != kForeign || p.natural || s.natural[p.name] || p.end != m.start || homeCountries[p.name] {
			continue
		}
		// the name holds its level or has it right after (阿拉木图友好城市:
		// no subdivision)
		e := m.end
		if l := lexicon.LongestPrefix(v.text[e:], foreignLevels); l != "" && (i+1 >= len(ms) || ms[i+1].start >= e+len(l)) {
			e += len(l)
		} else if !endsWithAny(v.text[m.start:e], foreignLevels) {
			continue
		}
		m.kind, m.name, m.end, m.cands, m.ok = kForeign, v.text[m.start:e], e, nil, true
	}
}

// affinity scores how much a division x in context supports candidate c:
// 4 for the parent or a child, one less for each step further along the
// chain (a province supports a township of it with 2 or 1), 2 for a
// sibling, 1 for a division of the same prefecture (counties and below).
// ci and xi are the codeInfo of c.Code and x.
func affinity(c gazetteer.Division, ci *codeInfo, x string, xi *codeInfo) int {
	if x == c.Code || !xi.ok {
		return 0
	}
	xd := xi.div
	if n := ci.distance(x); n > 0 {
		return max(5-n, 1)
	}
	if n := xi.distance(c.Code); n > 0 {
		return max(5-n, 1)
	}
	if xd.Parent != "" && xd.Parent == c.Parent {
		return 2
	}
	if c.Level >= gazetteer.County && xd.Level >= gazetteer.County && x[:4] == c.Code[:4] {
		return 1
	}
	return 0
}

// minSupport returns the support that candidate c needs: a weak form
// needs its parent or a child in context (4), a township a sibling (2), a
// two-character county short form (通江) a sibling or an ancestor (2).
func minSupport(c gazetteer.Candidate, surface string, lax bool) int {
	switch {
	case c.Form == gazetteer.Weak && c.Level >= gazetteer.County:
		return 4
	case c.Form == gazetteer.Weak:
		return 3
	case c.Level >= gazetteer.Township:
		return 2
	case !lax && c.Form == gazetteer.Short && c.Level == gazetteer.County && utf8.RuneCountInString(surface) <= 2:
		return 2
	}
	return 0
}

// ctxCode is a division in context: its code, where it was first
// mentioned (view offset) and how many mentions it has.
type ctxCode struct {
	code  string
	info  *codeInfo
	start int
	n     int
}

// support is the context of one round and the codes of the document.
type support struct {
	codes []ctxCode
	cc    *codeCache
}

// add records a mention of code at start.
func addCode(cs []ctxCode, cc *codeCache, code string, start int) []ctxCode {
	for i := range cs {
		if cs[i].code == code {
			cs[i].n++
			return cs
		}
	}
	return append(cs, ctxCode{code: code, info: cc.info(code), start: start, n: 1})
}

// pick chooses the candidate of cands best supported by the context, or
// reports false when the context cannot decide or a weak form lacks
// support. adjacentBefore is the code of the division mentioned right
// before (四川省巴中市: 四川省 before 巴中市), or "".
//
// With lax set (a name given alone, not read from running text), a
// two-character county short form needs no support.
//
// infos, when not nil, keeps the codeInfo of cands between calls.
func (s *Stage) pick(surface string, cands []gazetteer.Candidate, infos []*codeInfo, context *support, self int, adjacentBefore string, lax bool) (gazetteer.Candidate, bool) {
	type scored struct {
		c       gazetteer.Candidate
		support int
		firm    bool // mentioned elsewhere, or right after its parent
	}
	var buf [8]scored
	ss := buf[:0]
	for i, c := range cands {
		sup, firm := 0, false
		var ci *codeInfo // looked up when needed: without context, never
		if len(context.codes) > 0 || adjacentBefore != "" {
			if infos != nil && infos[i] != nil {
				ci = infos[i]
			} else {
				ci = context.cc.info(c.Code)
				if infos != nil {
					infos[i] = ci
				}
			}
		}
		for _, x := range context.codes {
			if x.code == c.Code {
				if x.n > 1 || x.start != self {
					sup = max(sup, 3) // mentioned elsewhere
					firm = true
				}
				continue
			}
			sup = max(sup, affinity(c.Division, ci, x.code, x.info))
		}
		if adjacentBefore != "" && ci.within(adjacentBefore) && c.Code != adjacentBefore {
			sup += 3
			firm = true
		}
		if sup < minSupport(c, surface, lax) {
			continue
		}
		if i := slices.IndexFunc(ss, func(x scored) bool { return x.c.Code == c.Code }); i >= 0 {
			if c.Form < ss[i].c.Form {
				ss[i].c = c
			}
			continue
		}
		ss = append(ss, scored{c, sup, firm})
	}
	if len(ss) == 0 {
		return gazetteer.Candidate{}, false
	}
	// A province's short name (河南, 山西) names the province unless the
	// text ties the lower division closer than through its province: its
	// prefecture or one of its own places in context (support 4 or more),
	// another mention of it, or its parent written right before it. 河南 in
	// 青海、甘肃、河南 is 河南省, not Qinghai's 河南蒙古族自治县.
	if p := slices.IndexFunc(ss, func(x scored) bool { return x.c.Level == gazetteer.Province }); p >= 0 {
		for i := range ss {
			if i != p && ss[i].c.Level > gazetteer.Province && !ss[i].firm && ss[i].support < 4 {
				ss[i].support = min(ss[i].support, ss[p].support-1)
			}
		}
	}
	slices.SortStableFunc(ss, func(a, b scored) int {
		if a.support != b.support {
			return cmp.Compare(b.support, a.support)
		}
		if a.c.Form != b.c.Form {
			return cmp.Compare(a.c.Form, b.c.Form)
		}
		return cmp.Compare(a.c.Level, b.c.Level)
	})
	best := ss[0]
	if len(ss) > 1 {
		next := ss[1]
		if next.support == best.support && next.c.Form == best.c.Form && next.c.Level == best.c.Level {
			return gazetteer.Candidate{}, false // ambiguous
		}
		// a township or county name shared by several divisions needs support
		if best.support == 0 && best.c.Level >= gazetteer.County && next.c.Level >= gazetteer.County && next.c.Form <= gazetteer.Short {
			return gazetteer.Candidate{}, false
		}
	}
	return best.c, true
}

// resolve decides every division match, in three rounds: the context of a
// round is the divisions accepted in the previous one through a full name
// or a short form (weak forms never support others). implied, when not
// "", is the code of a county the article is about without naming it
// (see impliedCounty): it is in the context of every round.
func (s *Stage) resolve(v view, ms []*match, cc *codeCache, implied string) {
	context := &support{cc: cc}
	seed := func() []ctxCode {
		if implied == "" {
			return nil
		}
		return addCode(nil, cc, implied, -1)
	}
	context.codes = seed()
	for range 3 {
		next := seed()
		for k, m := range ms {
			if m.kind != kDivision {
				continue
			}
			adj := ""
			if k > 0 && ms[k-1].end == m.start && ms[k-1].ok && ms[k-1].kind == kDivision {
				adj = ms[k-1].chosen.Code
			}
			if m.infos == nil && (len(context.codes) > 0 || adj != "") {
				m.infos = make([]*codeInfo, len(m.cands))
			}
			m.chosen, m.ok = s.pick(v.text[m.start:m.end], m.cands, m.infos, context, m.start, adj, false)
			if !m.ok && (s.brand != nil && s.brand(v.text, m.start, m.end) || devZoneAt(v.text[m.end:]) || datelineAt(v.text[m.end:])) {
				// 通江银耳, 郎溪经济开发区, 本报通江5月12日讯: lax lets a
				// two-character county short form stand alone, and changes
				// nothing for any other form
				m.chosen, m.ok = s.pick(v.text[m.start:m.end], m.cands, m.infos, context, m.start, adj, true)
			}
			// 北京、天津、河北: a province's short name listed with provinces
			// names the province, though a lower division shares it and its
			// parent is in context (河北区 of 天津)
			if (!m.ok || m.chosen.Level > gazetteer.Province) && listedWithLevel(v, ms, k, gazetteer.Province) {
				if i := slices.IndexFunc(m.cands, func(c gazetteer.Candidate) bool { return c.Level == gazetteer.Province }); i >= 0 {
					m.chosen, m.ok = m.cands[i], true
				}
			} else if (!m.ok || m.chosen.Level == gazetteer.Province) && listedWithLevel(v, ms, k, gazetteer.City) {
				// 长春、吉林、哈尔滨: a province's short name listed with
				// cities names the city of that name
				if i := slices.IndexFunc(m.cands, func(c gazetteer.Candidate) bool { return c.Level == gazetteer.City }); i >= 0 {
					m.chosen, m.ok = m.cands[i], true
				}
			}
			if m.ok && !s.boundaryOK(v, ms, k) {
				m.ok = false
			}
			// 黑山羊, 普洱茶: a county's or a city's short form that begins a
			// common noun or a product with the product after it
			if m.ok && (m.chosen.Level == gazetteer.County || m.chosen.Level == gazetteer.City) && m.chosen.Form >= gazetteer.Short && s.noun != nil && s.noun(v.text, m.start, m.end) {
				m.ok = false
			}
			// 建设乡村振兴: a township name ending in 乡 that runs into 村
			if m.ok && m.chosen.Level == gazetteer.Township && strings.HasSuffix(v.text[m.start:m.end], "乡") &&
				strings.HasPrefix(v.text[m.end:], "村") && adj == "" {
				m.ok = false
			}
			if m.ok && m.chosen.Form != gazetteer.Weak {
				next = addCode(next, cc, m.chosen.Code, m.start)
			}
		}
		// a round is a function of the context alone: once the context
		// stays the same, the rounds left would repeat this one
		if slices.EqualFunc(next, context.codes, func(a, b ctxCode) bool {
			return a.code == b.code && a.start == b.start && a.n == b.n
		}) {
			return
		}
		context = &support{codes: next, cc: cc}
	}
}

// listSeparators join the items of a list of places (天津、河北, 天津和河北).
var listSeparators = []string{"、", "和", "与", "及"}

// listedWithLevel reports whether ms[k] stands in a list next to a
// division of the level (天津、河北: a province): the match before or after it, with one list
// separator between them, is resolved at that level or has only
// candidates of it.
func listedWithLevel(v view, ms []*match, k, level int) bool {
	atLevel := func(o *match) bool {
		if o.kind != kDivision {
			return false
		}
		if o.ok {
			return o.chosen.Level == level
		}
		return len(o.cands) > 0 && !slices.ContainsFunc(o.cands, func(c gazetteer.Candidate) bool { return c.Level != level })
	}
	return listedNextTo(v, ms, k, atLevel)
}

// listedNextTo reports whether the match before or after ms[k], with one
// list separator between them, satisfies near.
func listedNextTo(v view, ms []*match, k int, near func(*match) bool) bool {
	m := ms[k]
	if k > 0 && near(ms[k-1]) && slices.Contains(listSeparators, v.text[ms[k-1].end:m.start]) {
		return true
	}
	return k+1 < len(ms) && ms[k+1].start >= m.end && near(ms[k+1]) && slices.Contains(listSeparators, v.text[m.end:ms[k+1].start])
}

// naturalInLists reads a division's short form listed next to a natural
// place as a natural place of the same name (天山、博斯腾湖: the mountains,
// not Urumqi's 天山区; 泰山、黄河): a list of natural places holds no
// division's short name. Full names (天山区) stay divisions.
func (s *Stage) naturalInLists(v view, ms []*match) {
	isNatural := func(o *match) bool { return o.kind == kForeign && (s.natural[o.name] || o.natural) }
	for changed := true; changed; {
		changed = false
		for k, m := range ms {
			if m.kind != kDivision || !m.ok || m.chosen.Form < gazetteer.Short {
				continue
			}
			if listedNextTo(v, ms, k, isNatural) {
				m.kind, m.name, m.natural = kForeign, v.text[m.start:m.end], true
				changed = true
			}
		}
	}
}

// riverAfter are what may follow a river named after a division (玉溪河、,
// 玉溪河灌区, 玉溪河的): a punctuation mark, a function character or a
// word of the river's land.
var riverAfter = []string{"、", "，", "。", "；", "：", "等", "和", "与", "及", "的", "畔", "灌区", "流域", "两岸", "沿岸", "沿线", "干流", "支流", "上游", "中游", "下游", "水系"}

// riversOfDivisions reads a division's short form followed by 河, 江 or 溪
// and a clean end (玉溪河、升钟水库等灌区) as a river named after the place:
// a natural place of the longer name, no division (成都河流 keeps 成都:
// 河 begins a word).
func (s *Stage) riversOfDivisions(v view, ms []*match) {
	t := v.text
	for k, m := range ms {
		if m.kind != kDivision || !m.ok || m.chosen.Form < gazetteer.Short || m.end >= len(t) {
			continue
		}
		r, n := utf8.DecodeRuneInString(t[m.end:])
		if r != '河' && r != '江' && r != '溪' {
			continue
		}
		e := m.end + n
		if k+1 < len(ms) && ms[k+1].start < e {
			continue // 河南 …: another place starts there
		}
		if e < len(t) && !startsWithAny(t[e:], riverAfter) {
			continue
		}
		m.kind, m.name, m.natural, m.end = kForeign, t[m.start:e], true, e
	}
}

// endsWithAny reports whether s ends with one of ws.
func endsWithAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// startsWithAny reports whether s starts with one of ws.
func startsWithAny(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// leftBoundary are characters after which a name may begin (在通江, 赴巴中).
const leftBoundary = "在于到赴至从和与及同跟来去往向对把将为给据由自经是的、，。：:；;（(“\"《「【—-"

// rightBoundary are characters that may follow a place's name and begin no
// longer name with it (漳州的, 廊坊人).
const rightBoundary = "的人和与及是在将也都、，。；："

// boundaryOK checks a two-character short form, and a two-character county
// name such as 忠县, against the character before it: inside a run of Chinese
// text a short name is most often the tail of another word (创新平台 is not
// 新平, 品牌兴县 not 兴县). The form passes at the start of the text, after
// punctuation or a function character, or right after another place; it
// also passes where the article writes the same form for the same
// division elsewhere at such a boundary (黟县 of 推动黟县石墨茶 in an
// article that writes 黟县位于… or 在黟县).
func (s *Stage) boundaryOK(v view, ms []*match, k int) bool {
	if s.straddled(v, ms[k]) {
		return false
	}
	if s.cleanBoundary(v, ms, k) {
		return true
	}
	m := ms[k]
	// a short form before more Chinese text may begin a brand (龙头企业
	// 宁德恒远): only a county's name (推动黟县石墨茶), a form that a
	// character of function closes (结合漳州的实际, 廊坊人) or one before a
	// known product (察看洛川苹果产业园) is read
	if r, _ := utf8.DecodeRuneInString(v.text[m.end:]); !strings.HasSuffix(v.text[m.start:m.end], "县") && isHan(r) && !strings.ContainsRune(rightBoundary, r) &&
		(s.brand == nil || !s.brand(v.text, m.start, m.end)) {
		return false
	}
	for j, o := range ms {
		if j != k && o.ok && o.kind == kDivision && o.chosen.Code == m.chosen.Code && o.end-o.start == m.end-m.start &&
			v.text[o.start:o.end] == v.text[m.start:m.end] && s.cleanBoundary(v, ms, j) {
			return true
		}
	}
	return false
}

// straddled reports whether the words of the dictionary around a short
// form of two characters take both of its characters (see WithWords).
func (s *Stage) straddled(v view, m *match) bool {
	if s.word == nil || m.chosen.Form < gazetteer.Short {
		return false
	}
	t := v.text
	a, an := utf8.DecodeRuneInString(t[m.start:])
	if utf8.RuneCountInString(t[m.start:m.end]) != 2 || !isHan(a) {
		return false
	}
	// the second character and the one after it
	y, yn := utf8.DecodeRuneInString(t[m.end:])
	if !isHan(y) || !s.word(t[m.start+an:m.end+yn]) {
		return false
	}
	// one or two characters before the first, with it
	for k, i := m.start, 0; i < 2 && k > 0; i++ {
		r, n := utf8.DecodeLastRuneInString(t[:k])
		if !isHan(r) {
			break
		}
		k -= n
		if s.word(t[k : m.start+an]) {
			return true
		}
	}
	return false
}

// cleanBoundary is boundaryOK without the support of the form's other
// occurrences.
func (s *Stage) cleanBoundary(v view, ms []*match, k int) bool {
	m := ms[k]
	c := m.chosen
	if c.Level <= gazetteer.Province || utf8.RuneCountInString(v.text[m.start:m.end]) > 2 {
		return true
	}
	if c.Form <= gazetteer.Alt && !strings.HasSuffix(v.text[m.start:m.end], "县") {
		return true
	}
	if m.start == 0 || m.start == v.body {
		return true // the start of the text, or of the body after the headline
	}
	if k > 0 && ms[k-1].end == m.start && ms[k-1].ok {
		return true
	}
	if datelineAt(v.text[m.end:]) { // 新华社南宁11月3日电
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(v.text[:m.start])
	if !isHan(r) {
		return true
	}
	if strings.ContainsRune(leftBoundary, r) {
		return true
	}
	// 驻沈阳, 依托沈阳经济技术开发区: a city's short form after a verb
	// that takes a place (not a county's: 推动新兴产业 is no 新兴县)
	if c.Level <= gazetteer.City && endsWithAny(v.text[:m.start], leftVerbs) {
		return true
	}
	// 推动湛江、深圳等地: the first of a list of divisions whose next item
	// stands right after the separator
	if strings.HasPrefix(v.text[m.end:], "、") && k+1 < len(ms) {
		n := ms[k+1]
		return n.start == m.end+len("、") && n.kind == kDivision && n.chosen.Level == c.Level
	}
	return false
}

// leftVerbs are verbs after which a city's short form begins (驻沈阳,
// 依托沈阳经济技术开发区, 支持汕头): a place is their object.
var leftVerbs = []string{"驻", "以", "推动", "支持", "依托", "携手", "联合", "助力", "带动", "辐射", "连接", "对接", "访问",
	"抵达", "来自", "走进", "深入", "考察", "调研", "前往", "覆盖", "落户", "扎根", "位于", "地处", "毗邻", "紧邻", "途经",
	"远销", "销往", "发往", "运往", "开往", "飞往", "直达"}

// addVillages looks for the villages and communities of the counties in
// context and adds the matches that do not overlap an accepted place.
func (s *Stage) addVillages(v view, ms []*match, implied string) []*match {
	counties := map[string]bool{}
	streets := map[string]bool{}
	if implied != "" {
		counties[implied] = true
	}
	for _, m := range ms {
		if !m.ok || m.kind != kDivision {
			continue
		}
		switch m.chosen.Level {
		case gazetteer.County:
			counties[m.chosen.Code] = true
		case gazetteer.Township:
			counties[m.chosen.Code[:6]] = true
			streets[m.chosen.Code] = true
		}
	}
	if len(counties) == 0 {
		return ms
	}
	codes := make([]string, 0, len(counties))
	for c := range counties {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	vm := s.g.Villages(codes)
	maxLen := vm.MaxLen()
	t := v.text
	var found []*match
	// as in scan, each character is decoded once: r at i and r1 after it,
	// for the pair gate of the villages (every form read has three
	// characters or more)
	r, n := decodeAt(t, 0)
	for i := 0; i < len(t); {
		j := i + n
		r1, n1 := rune(0), 0 // the next character, Chinese text's inline
		if c, ok := lexicon.Decode3(t, j); ok {
			r1, n1 = c, 3
		} else if j < len(t) {
			r1, n1 = decodeAt(t, j)
		}
		if j < len(t) && isHan(r) && vm.PairMay(r, r1) {
			if lengths := vm.Lengths(r); lengths != 0 { // bit k: a form of k characters starts with r
				found = villagesAt(t, i, lengths, maxLen, vm, streets, found)
			}
		}
		i, r, n = j, r1, n1
	}
	// longest first; a village replaces accepted matches it contains
	sort.SliceStable(found, func(i, j int) bool { return found[i].end-found[i].start > found[j].end-found[j].start })
	for _, f := range found {
		// 巩固拓展脱贫攻坚成果同乡村振兴有效衔接: a village whose 村 is
		// the 村 of 乡村振兴 is none
		if strings.HasSuffix(t[:f.end], "乡村") && startsWithAny(t[f.end:], []string{"振兴", "建设", "治理", "旅游", "产业"}) {
			continue
		}
		clash := false
		for _, m := range ms {
			if !m.ok || m.end <= f.start || f.end <= m.start {
				continue
			}
			if f.start <= m.start && m.end <= f.end && !(f.start == m.start && f.end == m.end) && m.kind == kDivision && m.chosen.Level > gazetteer.County {
				continue
			}
			// 长沙铺村 of a county in context holds 长沙, a short form
			if f.start <= m.start && m.end < f.end && m.kind == kDivision && m.chosen.Form >= gazetteer.Short && m.chosen.Level > gazetteer.Province {
				continue
			}
			clash = true
			break
		}
		if clash {
			continue
		}
		for _, m := range ms {
			if m.ok && f.start <= m.start && m.end <= f.end {
				m.ok = false
			}
		}
		ms = append(ms, f)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms
}

// villagesAt appends to found the villages of vm that start at i, where
// forms of the lengths (bit k: k characters) start.
func villagesAt(t string, i int, lengths uint64, maxLen int, vm *gazetteer.VillageMatcher, streets map[string]bool, found []*match) []*match {
	for n, j := 0, i; j < len(t) && n < maxLen; n++ {
		_, size := utf8.DecodeRuneInString(t[j:])
		j += size
		if n < 2 { // at least three characters
			continue
		}
		if k := n + 1; k < 63 && lengths&(1<<k) == 0 {
			if lengths>>k == 0 {
				break // no longer form
			}
			continue
		}
		cands := vm.Match(t[i:j])
		if len(cands) == 0 {
			continue
		}
		// prefer villages of a township in context
		var inStreet []gazetteer.Candidate
		for _, c := range cands {
			if streets[c.Parent] {
				inStreet = append(inStreet, c)
			}
		}
		if len(inStreet) > 0 {
			cands = inStreet
		}
		if len(uniqueCodes(cands)) != 1 {
			continue
		}
		found = append(found, &match{start: i, end: j, kind: kVillage, chosen: cands[0], ok: true})
	}
	return found
}

func uniqueCodes(cs []gazetteer.Candidate) map[string]bool {
	out := map[string]bool{}
	for _, c := range cs {
		out[c.Code] = true
	}
	return out
}

// isHan reports whether r is a Han character (unicode.Han), deciding the
// common cases without the table.
func isHan(r rune) bool {
	switch {
	case r >= 0x4e00 && r <= 0x9fff: // CJK Unified Ideographs: all Han
		return true
	case r < 0x2e80: // no Han character comes before the CJK radicals
		return false
	}
	return unicode.Is(unicode.Han, r)
}

// ethnicTownships extends a township the list names without its people
// (街津口乡) over the people's name where the text writes it (街津口赫哲族乡,
// 八岔赫哲族乡): the short form, the people with 族, and the level.
func ethnicTownships(v view, ms []*match) {
	t := v.text
	for k, m := range ms {
		if !m.ok || m.kind != kDivision || m.chosen.Level != gazetteer.Township {
			continue
		}
		level := ""
		for _, l := range []string{"乡", "镇", "苏木"} {
			if strings.HasSuffix(m.chosen.Name, l) {
				level = l
				break
			}
		}
		if level == "" || t[m.start:m.end] != strings.TrimSuffix(m.chosen.Name, level) {
			continue
		}
		rest := t[m.end:]
		people := lexicon.LongestPrefix(rest, gazetteer.EthnicGroups)
		if people == "" || !strings.HasPrefix(rest[len(people):], "族"+level) {
			continue
		}
		end := m.end + len(people) + len("族"+level)
		if k+1 < len(ms) && ms[k+1].start < end {
			continue
		}
		m.end = end
	}
}
