package segment

import (
	"context"
	"sync"

	"github.com/zhkg/zhkg/extract"
)

// Name is the name of the segmentation stage.
const Name = "segment"

// stage fills Doc.Tokens.
type stage struct{ s *Segmenter }

// New returns the stage that segments a Doc with s: each sentence span when
// Doc.Sentences is set, else the whole text. It replaces Doc.Tokens; token
// offsets are offsets of Doc.Text. The tokens are written into an array
// that an earlier Release gave back, when there is one.
func New(s *Segmenter) extract.Stage { return stage{s} }

// Process segments d. It fails only when ctx is done.
func (st stage) Process(ctx context.Context, d *extract.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	toks := newTokens(len(d.Text)/5 + 1)
	if len(d.Sentences) == 0 {
		toks = st.s.appendTokens(toks, d.Text, 0, len(d.Text))
	}
	for i, sp := range d.Sentences {
		if i%64 == 63 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		lo, hi := max(sp.Start, 0), min(sp.End, len(d.Text))
		toks = st.s.appendTokens(toks, d.Text, lo, hi)
	}
	d.Tokens = toks
	return nil
}

// tokenPool holds the token arrays given back by Release, as *[]Token.
var tokenPool sync.Pool

// newTokens returns an empty token slice: an array given back by Release
// or a new one with room for n tokens.
func newTokens(n int) []extract.Token {
	if p, ok := tokenPool.Get().(*[]extract.Token); ok {
		return (*p)[:0]
	}
	return make([]extract.Token, 0, n)
}

// Release takes d.Tokens back for later segmentations and sets it to nil.
// Call it when nothing reads d.Tokens any more: no one may keep the slice
// or a part of it, since a later segmentation writes into its array.
func Release(d *extract.Doc) {
	toks := d.Tokens
	d.Tokens = nil
	if cap(toks) == 0 {
		return
	}
	clear(toks) // the pool must not keep the texts alive
	toks = toks[:0]
	tokenPool.Put(&toks)
}
