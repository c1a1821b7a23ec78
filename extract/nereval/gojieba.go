//go:build gojieba

package nereval

import (
	"strings"

	"github.com/yanyiwu/gojieba"
)

// HaveGojieba reports whether the gojieba baseline is built in (build tag
// gojieba, which needs cgo and a C++ compiler).
const HaveGojieba = true

// Gojieba is the gojieba baseline: jieba's Tag (its default dictionaries,
// HMM for unknown words) mapped by POSType. Close it when done.
type Gojieba struct {
	jb *gojieba.Jieba
}

// NewGojieba loads gojieba's default dictionaries.
func NewGojieba() (*Gojieba, error) {
	return &Gojieba{jb: gojieba.NewJieba()}, nil
}

// Close frees the C++ segmenter.
func (g *Gojieba) Close() error {
	g.jb.Free()
	return nil
}

// Tag implements Tagger. gojieba's Tag gives "word/tag" strings without
// offsets; the words are found in text in order.
func (g *Gojieba) Tag(text string) []Mention {
	var words []Word
	at := 0
	for _, wt := range g.jb.Tag(text) {
		i := strings.LastIndexByte(wt, '/')
		if i <= 0 {
			continue
		}
		w, pos := wt[:i], wt[i+1:]
		j := strings.Index(text[at:], w)
		if j < 0 {
			continue
		}
		words = append(words, Word{Start: at + j, End: at + j + len(w), POS: pos})
		at += j + len(w)
	}
	return WordMentions(text, words)
}
