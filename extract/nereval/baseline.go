package nereval

import (
	"fmt"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// A Tagger is a baseline system: it finds mentions in one text.
type Tagger interface {
	// Tag returns the mentions of text with rune offsets; Doc is left empty.
	Tag(text string) []Mention
}

// Run tags every document of set and returns the mentions with Doc set.
func Run(t Tagger, set *Set) []Mention {
	var out []Mention
	for _, d := range set.Docs {
		for _, m := range t.Tag(d.Text) {
			m.Doc = d.ID
			out = append(out, m)
		}
	}
	return out
}

// POSType maps a jieba-style part-of-speech tag to a mention type: nr,
// nrfg and nrt (person names, whole or transliterated) are PER, ns
// (place names) LOC and nt (organization names) ORG. Any other tag gives
// "". This is the whole baseline: one word, one mention, no merging of
// neighbouring words.
func POSType(pos string) string {
	switch pos {
	case "nr", "nrfg", "nrt":
		return PER
	case "ns":
		return LOC
	case "nt":
		return ORG
	}
	return ""
}

// Word is one segmented word with its byte span and tag.
type Word struct {
	Start, End int // byte offsets into the text, End exclusive
	POS        string
}

// WordMentions turns tagged words of text into mentions with rune offsets,
// one per word whose tag POSType maps. Words with bad spans are skipped.
func WordMentions(text string, words []Word) []Mention {
	var out []Mention
	runeAt, byteAt := 0, 0 // rune offset of byte offset byteAt
	toRune := func(b int) int {
		if b < byteAt { // words out of order: count from the start
			runeAt, byteAt = 0, 0
		}
		runeAt += utf8.RuneCountInString(text[byteAt:b])
		byteAt = b
		return runeAt
	}
	for _, w := range words {
		typ := POSType(w.POS)
		if typ == "" || w.Start < 0 || w.End > len(text) || w.Start >= w.End {
			continue
		}
		s := toRune(w.Start)
		e := toRune(w.End)
		out = append(out, Mention{Start: s, End: e, Type: typ, Text: text[w.Start:w.End]})
	}
	return out
}

// GSE is the gse baseline: gse's shortest-path segmentation with its
// stock simplified Chinese dictionary (zh_s) and the dictionary's tags
// (Segmenter.Segment, no HMM, no user words), mapped by POSType.
type GSE struct {
	seg gse.Segmenter
}

// NewGSE loads gse's embedded zh_s dictionary (about 1.5 s).
func NewGSE() (*GSE, error) {
	var g GSE
	if err := g.seg.LoadDictEmbed("zh_s"); err != nil {
		return nil, fmt.Errorf("load gse dictionary zh_s: %w", err)
	}
	return &g, nil
}

// Tag implements Tagger.
func (g *GSE) Tag(text string) []Mention {
	segs := g.seg.Segment([]byte(text))
	words := make([]Word, 0, len(segs))
	for _, s := range segs {
		words = append(words, Word{Start: s.Start(), End: s.End(), POS: s.Token().Pos()})
	}
	return WordMentions(text, words)
}
