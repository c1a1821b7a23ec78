package segment

import (
	"context"

	"github.com/zhkg/zhkg/extract"
)

// Name is the name of the segmentation stage.
const Name = "segment"

// stage fills Doc.Tokens.
type stage struct{ s *Segmenter }

// New returns the stage that segments a Doc with s: each sentence span when
// Doc.Sentences is set, else the whole text. It replaces Doc.Tokens; token
// offsets are offsets of Doc.Text.
func New(s *Segmenter) extract.Stage { return stage{s} }

// Process segments d. It fails only when ctx is done.
func (st stage) Process(ctx context.Context, d *extract.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	toks := make([]extract.Token, 0, len(d.Text)/5+1)
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
