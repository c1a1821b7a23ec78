package input

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ./internal/gent2s

//go:embed t2s.txt
var t2sData string

//go:embed simp.txt
var simpData string

// scriptTables are the character tables, parsed on first use.
type scriptTables struct {
	t2s map[rune]rune
	// script holds, for each rune from scriptBase on, whether it is
	// written only in traditional (tradOnly) or only in simplified Chinese
	// (simpOnly): a slice, not maps, since ScriptCounts reads it for every
	// Han character of every article read (two map reads a character were
	// 6% of zhkg extract's CPU).
	script []uint8
}

// scriptBase is the first rune that can be traditional- or
// simplified-only (CJK Extension A); the script table starts there.
const scriptBase = 0x3400

const (
	tradOnly = 1 + iota
	simpOnly
)

// class returns tradOnly, simpOnly or 0 for r.
func (t *scriptTables) class(r rune) uint8 {
	if i := int(r) - scriptBase; i >= 0 && i < len(t.script) {
		return t.script[i]
	}
	return 0
}

// mark sets r's class in the script table, growing it to hold r.
func (t *scriptTables) mark(r rune, c uint8) {
	i := int(r) - scriptBase
	if i < 0 {
		return
	}
	if i >= len(t.script) {
		t.script = append(t.script, make([]uint8, i+1-len(t.script))...)
	}
	t.script[i] = c
}

var tables = sync.OnceValue(func() *scriptTables {
	t := &scriptTables{t2s: map[rune]rune{}}
	for _, line := range strings.Split(t2sData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		trad, n1 := utf8.DecodeRuneInString(line)
		simp, n2 := utf8.DecodeRuneInString(line[n1:])
		if n1 != n2 { // the generator keeps same-length pairs only
			continue
		}
		t.t2s[trad] = simp
		if strings.HasSuffix(line, "*") {
			t.mark(trad, tradOnly)
		}
	}
	for _, line := range strings.Split(simpData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		for _, r := range line {
			if t.class(r) != tradOnly { // as before: a character in both lists counts as traditional
				t.mark(r, simpOnly)
			}
		}
	}
	return t
})

// ScriptCounts returns how many characters of text are written only in
// traditional Chinese (國, 這, 們) and how many only in simplified Chinese
// (国, 这, 们). Characters common to both are not counted.
func ScriptCounts(text string) (traditional, simplified int) {
	t := tables()
	for _, r := range text {
		switch t.class(r) {
		case tradOnly:
			traditional++
		case simpOnly:
			simplified++
		}
	}
	return traditional, simplified
}

// IsTraditional reports whether text is written in traditional Chinese: it
// has traditional-only characters, more than twice as many as
// simplified-only ones. A simplified text that quotes a few traditional
// names stays simplified.
func IsTraditional(text string) bool {
	t, s := ScriptCounts(text)
	return t > 0 && t > 2*s
}

// ToSimplified converts traditional characters of text to simplified ones,
// one character at a time; ok reports whether anything changed. The result
// has the same rune count and the same byte length as text, and every
// rune sits at the same byte offset, so spans found in the result are
// spans of text.
//
// Limits: the table (about 3,300 characters from OpenCC's TSCharacters)
// maps each character to its most common simplified form, without phrase
// context: a character with several simplified forms may come out wrong
// (乾隆 gives 干隆), and regional variants and vocabulary (Taiwan's 軟體 for
// 软件) are not converted. Pairs whose UTF-8 lengths differ (rare
// characters outside the Basic Multilingual Plane) are left out.
func ToSimplified(text string) (string, bool) {
	t := tables().t2s
	var b []byte
	for i, r := range text {
		s, ok := t[r]
		if !ok {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		utf8.EncodeRune(b[i:], s)
	}
	if b == nil {
		return text, false
	}
	return string(b), true
}
