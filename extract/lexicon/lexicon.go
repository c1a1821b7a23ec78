package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// TitleClass says what kind of post a title head is.
type TitleClass string

// Title classes (see data/titles.txt).
const (
	Party TitleClass = "party" // a party post that can take a committee level: 县委书记
	Gov   TitleClass = "gov"   // a head of government whose level is in the word: 县长
	Head  TitleClass = "head"  // a post inside an organization: 部长, 总经理
	Rank  TitleClass = "rank"  // a professional rank or honour: 院士, 教授
	Press TitleClass = "press" // a media post, also a byline cue: 记者
	State TitleClass = "state" // a national post named without its organ: 总书记
	Rep   TitleClass = "rep"   // a deputy or member of a congress: 人大代表
	Chief TitleClass = "chief" // a chief of rivers or forests whose level is written before it: 县级河长, 市总林长
)

// OrgClass says what kind of organization a name ending makes.
type OrgClass string

// Organization classes (see data/orgsuffix.txt).
const (
	GovBody OrgClass = "gov"
	Body    OrgClass = "body"
	Company OrgClass = "company"
	School  OrgClass = "school"
	Media   OrgClass = "media"
	Coop    OrgClass = "coop"
	Brand   OrgClass = "brand" // an industry word after a brand: 青禾纸业
	// Firm is an industry word that names a company after any brand of
	// two characters, a common noun or a place name included: 晨光纸业,
	// 金川镍业 (where 崇明农业 is the farming of a place).
	Firm OrgClass = "firm"
)

// Title is a composed post title.
type Title struct {
	Text  string     // the whole title as matched, e.g. 县委副书记
	Head  string     // the head from the list, e.g. 副书记 or 书记
	Class TitleClass // the head's class
	Level string     // the committee level written in the title ("县委"), or ""
}

// Lexicon is a set of word lists. The zero value is not usable; call
// Default or New.
type Lexicon struct {
	surnames  map[string]int
	titles    map[string]Title
	orgSuffix map[string]OrgClass
	mediaSet  map[string]bool
	notNames  map[string]bool
	stopChars RuneSet
	translit  RuneSet
	foreign   RuneSet // translit and the characters of foreign.txt
	people    map[string]bool
	orgs      map[string]bool
	places    map[string]bool
	products  map[string]bool // user products
	known     map[string]bool // built-in products and industries
	jpNames   map[string]bool // Japanese surnames of two or three characters
	yiFirst   RuneSet         // the first runes of Yi clan names
	yiClans   map[uint64]bool // Yi clan names of two characters, as rune pairs

	// tries of the entries, built by index and kept up to date by Add:
	// one map lookup a character instead of one string lookup a length
	titleTrie, suffixTrie, prodTrie, mediaTrie *runeTrie

	// surnames by their runes: one-rune surnames, the first runes of
	// two-rune surnames, and the two-rune surnames as rune pairs
	surname1, surnameFirst RuneSet
	surname2               map[uint64]bool
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the built-in lexicon, parsed once per process. Callers
// that add user entries must use New instead, so that they do not change
// the shared default.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() { defaultLex, defaultErr = New() })
	return defaultLex, defaultErr
}

// New parses the built-in lists into a fresh Lexicon.
func New() (*Lexicon, error) {
	l := &Lexicon{
		surnames:  map[string]int{},
		titles:    map[string]Title{},
		orgSuffix: map[string]OrgClass{},
		mediaSet:  map[string]bool{},
		notNames:  map[string]bool{},
		people:    map[string]bool{},
		orgs:      map[string]bool{},
		places:    map[string]bool{},
		products:  map[string]bool{},
		known:     map[string]bool{},
		jpNames:   map[string]bool{},
		yiClans:   map[uint64]bool{},
	}
	err := readList("surnames.txt", func(f []string) error {
		w := 2
		if len(f) > 1 {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return fmt.Errorf("weight %q: %w", f[1], err)
			}
			w = n
		}
		l.surnames[f[0]] = w
		return nil
	})
	if err == nil {
		err = readList("titles.txt", func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("title %q has no class", f[0])
			}
			l.addTitleHead(f[0], TitleClass(f[1]))
			return nil
		})
	}
	if err == nil {
		err = readList("orgsuffix.txt", func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("suffix %q has no class", f[0])
			}
			l.orgSuffix[f[0]] = OrgClass(f[1])
			return nil
		})
	}
	if err == nil {
		err = readList("media.txt", func(f []string) error { l.mediaSet[f[0]] = true; return nil })
	}
	if err == nil {
		err = readList("products.txt", func(f []string) error {
			l.known[f[0]] = true
			return nil
		})
	}
	if err == nil {
		err = readList("notnames.txt", func(f []string) error { l.notNames[f[0]] = true; return nil })
	}
	if err == nil {
		err = readList("namechars.txt", charsInto(&l.stopChars))
	}
	if err == nil {
		err = readList("translit.txt", charsInto(&l.translit, &l.foreign))
	}
	if err == nil {
		err = readList("foreign.txt", charsInto(&l.foreign))
	}
	if err == nil {
		err = readList("jpsurnames.txt", func(f []string) error {
			if n := utf8.RuneCountInString(f[0]); n < 2 || n > 3 {
				return fmt.Errorf("Japanese surname %q: want two or three characters", f[0])
			}
			l.jpNames[f[0]] = true
			return nil
		})
	}
	if err == nil {
		err = readList("yiclans.txt", func(f []string) error {
			r1, n1 := utf8.DecodeRuneInString(f[0])
			r2, n2 := utf8.DecodeRuneInString(f[0][n1:])
			if n1+n2 != len(f[0]) || n2 == 0 {
				return fmt.Errorf("Yi clan name %q: want two characters", f[0])
			}
			l.yiFirst.Add(r1)
			l.yiClans[trieKey(r1, r2)] = true
			return nil
		})
	}
	if err != nil {
		return nil, err
	}
	l.index()
	return l, nil
}

// index builds the tries of titles, endings, products and media names, and
// the rune sets of the surnames.
func (l *Lexicon) index() {
	l.titleTrie, l.suffixTrie, l.prodTrie, l.mediaTrie = newRuneTrie(), newRuneTrie(), newRuneTrie(), newRuneTrie()
	for t := range l.titles {
		l.titleTrie.add(t, false)
	}
	for s := range l.orgSuffix {
		l.suffixTrie.add(s, true)
	}
	for _, m := range []map[string]bool{l.known, l.products} {
		for p := range m {
			l.prodTrie.add(p, false)
		}
	}
	for m := range l.mediaSet {
		l.mediaTrie.add(m, false)
	}
	l.surname2 = map[uint64]bool{}
	for s, w := range l.surnames {
		if w <= 0 || !utf8.ValidString(s) {
			continue
		}
		r1, n1 := utf8.DecodeRuneInString(s)
		switch rest := s[n1:]; utf8.RuneCountInString(rest) {
		case 0:
			l.surname1.Add(r1)
		case 1:
			r2, _ := utf8.DecodeRuneInString(rest)
			l.surnameFirst.Add(r1)
			l.surname2[trieKey(r1, r2)] = true
		}
	}
}

// charsInto returns a readList callback that adds every character of a
// line's first field to each of sets.
func charsInto(sets ...*RuneSet) func(fields []string) error {
	return func(f []string) error {
		for _, r := range f[0] {
			for _, s := range sets {
				s.Add(r)
			}
		}
		return nil
	}
}

func readList(name string, fn func(fields []string) error) error {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("lexicon %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	return nil
}

// Committee levels that a party post can carry (县委书记, 党组书记).
var partyLevels = []string{
	"省委", "市委", "县委", "区委", "旗委", "州委", "地委", "盟委", "镇委", "乡委", "村委",
	"镇党委", "乡党委", "街道党工委", "党工委", "党委", "党组", "分党组", "党支部", "村党支部", "村党总支", "党总支",
	"纪委", "工委", "总支",
}

// Levels of the divisions a chief of rivers or forests answers for (县总河长, 村级河长).
var chiefLevels = []string{"省", "市", "州", "县", "区", "旗", "乡", "镇", "村", "街道"}

// Modifiers that can precede a head.
var modifiers = []string{"副", "常务副", "代", "执行", "名誉", "第一", "专职副", "党组副"}

func (l *Lexicon) addTitle(t Title) {
	if _, ok := l.titles[t.Text]; ok {
		return
	}
	l.titles[t.Text] = t
	if l.titleTrie != nil {
		l.titleTrie.add(t.Text, false)
	}
}

func (l *Lexicon) addTitleHead(head string, class TitleClass) {
	l.addTitle(Title{Text: head, Head: head, Class: class})
	if class == Rank || class == Rep || class == State {
		return
	}
	for _, m := range modifiers {
		if strings.HasPrefix(head, "副") || strings.HasPrefix(head, "总") && m == "代" {
			continue
		}
		l.addTitle(Title{Text: m + head, Head: head, Class: class})
	}
	if class == Party {
		for _, lv := range partyLevels {
			l.addTitle(Title{Text: lv + head, Head: head, Class: class, Level: lv})
			if !strings.HasPrefix(head, "副") {
				l.addTitle(Title{Text: lv + "副" + head, Head: head, Class: class, Level: lv})
			}
		}
	}
	if class == Chief {
		// 县总河长, 市级总林长, 县副总河长: the level of the division the
		// chief answers for stays part of the title
		for _, lv := range chiefLevels {
			for _, m := range []string{"", "副", "常务副"} {
				l.addTitle(Title{Text: lv + m + head, Head: head, Class: class, Level: lv})
				l.addTitle(Title{Text: lv + "级" + m + head, Head: head, Class: class, Level: lv + "级"})
			}
		}
	}
	if class == Head {
		// 村委会主任, 居委会主任: the committee is part of the title.
		for _, lv := range []string{"村委会", "居委会", "村民委员会", "居民委员会"} {
			l.addTitle(Title{Text: lv + head, Head: head, Class: class, Level: lv})
			l.addTitle(Title{Text: lv + "副" + head, Head: head, Class: class, Level: lv})
		}
	}
}

// Surname returns the weight (1 rare … 3 very common) of s as a surname,
// or 0 when s is not a surname.
func (l *Lexicon) Surname(s string) int {
	return l.surnames[s]
}

// SurnameAt returns the length in bytes of the surname that starts text,
// trying compound surnames first, or 0.
func (l *Lexicon) SurnameAt(text string) int {
	r1, ok := Decode3(text, 0)
	n1 := 3
	if !ok {
		r1, n1 = utf8.DecodeRuneInString(text)
	}
	if r1 == utf8.RuneError {
		return 0
	}
	if len(text) > n1 && l.surnameFirst.Has(r1) {
		r2, ok := Decode3(text, n1)
		n2 := 3
		if !ok {
			r2, n2 = utf8.DecodeRuneInString(text[n1:])
		}
		if (r2 != utf8.RuneError || n2 > 1) && l.surname2[trieKey(r1, r2)] {
			return n1 + n2
		}
	}
	if l.surname1.Has(r1) {
		return n1
	}
	return 0
}

// JapaneseSurnameAt returns the length in bytes of the Japanese surname
// of two or three characters (佐藤, 长谷川) that starts text, the longer
// first, or 0.
func (l *Lexicon) JapaneseSurnameAt(text string) int {
	k, n := 0, 0
	for k < len(text) && n < 3 {
		_, sz := utf8.DecodeRuneInString(text[k:])
		k += sz
		n++
	}
	for ; n >= 2; n-- {
		if l.jpNames[text[:k]] {
			return k
		}
		_, sz := utf8.DecodeLastRuneInString(text[:k])
		k -= sz
	}
	return 0
}

// SurnameStart reports whether a surname or a Yi clan name can start with
// r: SurnameAt and YiClanAt are 0 for every text that does not start with
// such a rune.
func (l *Lexicon) SurnameStart(r rune) bool {
	return l.surname1.Has(r) || l.surnameFirst.Has(r) || l.yiFirst.Has(r)
}

// YiClanAt returns the length in bytes of the Yi clan name of two
// characters that starts text (曲比 in 曲比阿且, 沙马 in 沙马拉毅), or 0. A
// clan name stands as the surname of a name of four characters.
func (l *Lexicon) YiClanAt(text string) int {
	r1, ok := Decode3(text, 0)
	n1 := 3
	if !ok {
		r1, n1 = utf8.DecodeRuneInString(text)
	}
	if !l.yiFirst.Has(r1) || len(text) <= n1 {
		return 0
	}
	r2, ok := Decode3(text, n1)
	n2 := 3
	if !ok {
		r2, n2 = utf8.DecodeRuneInString(text[n1:])
	}
	if l.yiClans[trieKey(r1, r2)] {
		return n1 + n2
	}
	return 0
}

// TitleFirst reports whether a title can start with r: TitleStartingAt
// finds nothing at a position that does not start with such a rune.
func (l *Lexicon) TitleFirst(r rune) bool { return l.titleTrie.first.Has(r) }

// MediaFirst reports whether a media or national body name can start
// with r.
func (l *Lexicon) MediaFirst(r rune) bool { return l.mediaTrie.first.Has(r) }

// OrgSuffixLast reports whether an organization ending can end with r:
// OrgSuffixEndingAt finds nothing at an offset that follows another rune.
func (l *Lexicon) OrgSuffixLast(r rune) bool { return l.suffixTrie.first.Has(r) }

// TitleStartingAt returns the longest title that starts at byte offset
// start of text, and its end.
func (l *Lexicon) TitleStartingAt(text string, start int) (Title, int, bool) {
	end := l.titleTrie.longestFrom(text, start)
	if end < 0 {
		return Title{}, -1, false
	}
	return l.titles[text[start:end]], end, true
}

// TitleEnd returns the end of the longest title that starts at byte
// offset start of text, or -1: TitleStartingAt without the Title.
func (l *Lexicon) TitleEnd(text string, start int) int {
	return l.titleTrie.longestFrom(text, start)
}

// TitleEndFrom is TitleEnd where the caller has decoded the rune r of n
// bytes at start (DecodeRune(text, start), start < len(text)).
func (l *Lexicon) TitleEndFrom(text string, start int, r rune, n int) int {
	return l.titleTrie.longestFromRune(text, start, r, n)
}

// IsTitle reports whether s is a known title, and returns it.
func (l *Lexicon) IsTitle(s string) (Title, bool) {
	t, ok := l.titles[s]
	return t, ok
}

// OrgSuffixEndingAt returns the longest organization ending that ends at
// byte offset end of text, with its start and class.
func (l *Lexicon) OrgSuffixEndingAt(text string, end int) (string, int, OrgClass, bool) {
	start := l.suffixTrie.longestBefore(text, end)
	if start < 0 {
		return "", -1, "", false
	}
	return text[start:end], start, l.orgSuffix[text[start:end]], true
}

// OrgSuffix returns the class of an organization ending.
func (l *Lexicon) OrgSuffix(s string) (OrgClass, bool) {
	c, ok := l.orgSuffix[s]
	return c, ok
}

// IsMedia reports whether s is a known media or national body name.
func (l *Lexicon) IsMedia(s string) bool {
	return l.mediaSet[s]
}

// MediaStartingAt returns the end of the longest media or national body
// name that starts at byte offset start of text.
func (l *Lexicon) MediaStartingAt(text string, start int) (int, bool) {
	end := l.mediaTrie.longestFrom(text, start)
	return end, end >= 0
}

// NotName reports whether s must never be taken as a person's name.
func (l *Lexicon) NotName(s string) bool {
	return l.notNames[s]
}

// StopChar reports whether r rarely appears in a Han given name.
func (l *Lexicon) StopChar(r rune) bool { return l.stopChars.Has(r) }

// Translit reports whether r is common in transliterated names.
func (l *Lexicon) Translit(r rune) bool { return l.translit.Has(r) }

// ForeignTranslit reports whether r is common in transliterated foreign
// names (foreign.txt) or in the names of translit.txt, or is the middle
// dot between the parts of such a name.
func (l *Lexicon) ForeignTranslit(r rune) bool { return l.foreign.Has(r) }

// Kind is the kind of a user dictionary entry.
type Kind string

// Kinds of user entries.
const (
	KindPerson  Kind = "person"
	KindOrg     Kind = "org"
	KindPlace   Kind = "place"
	KindTitle   Kind = "title"
	KindProduct Kind = "product"
	KindNotName Kind = "notname"
)

// Add adds a user entry of the given kind. A user entry wins over the
// built-in lists: a person or organization is always taken, a word marked
// notname is never a name. Add is for building a Lexicon: it must not run
// while the Lexicon is in use by other goroutines (lookups take no lock).
func (l *Lexicon) Add(kind Kind, word string) error {
	word = strings.TrimSpace(word)
	if word == "" {
		return fmt.Errorf("lexicon: empty %s entry", kind)
	}
	switch kind {
	case KindPerson:
		l.people[word] = true
		delete(l.notNames, word)
	case KindOrg:
		l.orgs[word] = true
	case KindPlace:
		l.places[word] = true
	case KindTitle:
		l.titles[word] = Title{Text: word, Head: word, Class: Head}
		l.titleTrie.add(word, false)
	case KindProduct:
		l.products[word] = true
		l.prodTrie.add(word, false)
	case KindNotName:
		l.notNames[word] = true
		delete(l.people, word)
	default:
		return fmt.Errorf("lexicon: unknown kind %q (want person, org, place, title, product or notname)", kind)
	}
	return nil
}

// UserEntries returns the user entries of a kind.
func (l *Lexicon) UserEntries(kind Kind) []string {
	var m map[string]bool
	switch kind {
	case KindPerson:
		m = l.people
	case KindOrg:
		m = l.orgs
	case KindPlace:
		m = l.places
	case KindProduct:
		m = l.products
	}
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

// IsProduct reports whether s is a known product or industry (built-in or
// from a user dictionary).
func (l *Lexicon) IsProduct(s string) bool {
	return l.known[s] || l.products[s]
}

// ProductStartingAt returns the longest known product or industry that
// starts at byte offset start of text, and its end.
func (l *Lexicon) ProductStartingAt(text string, start int) (string, int, bool) {
	end := l.prodTrie.longestFrom(text, start)
	if end < 0 {
		return "", 0, false
	}
	return text[start:end], end, true
}
