package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
)

// ExportFormats lists the formats accepted by Export.
var ExportFormats = []string{"nquads", "jsonld"}

// Export writes every quad of the store to w in format ("nquads" or
// "jsonld"), with full XML Schema datatype IRIs, and returns the number of
// quads written. JSON-LD is built in memory before it is written.
func (s *Store) Export(ctx context.Context, w io.Writer, format string) (int, error) {
	var qw quad.WriteCloser
	switch format {
	case "nquads", "":
		qw = nquads.NewWriter(w)
	case "jsonld":
		qw = jsonld.NewWriter(w)
	default:
		return 0, fmt.Errorf("export: %w %q (want one of %v)", ErrFormat, format, ExportFormats)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed || s.h == nil {
		return 0, fmt.Errorf("export: %w", ErrClosed)
	}
	fw := fullTypes(qw)
	r := cgraph.NewQuadStoreReader(s.h.QuadStore)
	defer r.Close()
	n := 0
	for {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return n, fmt.Errorf("export: %w", err)
			}
		}
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, fmt.Errorf("export: read quad %d: %w", n, err)
		}
		if err := fw.WriteQuad(q); err != nil {
			return n, fmt.Errorf("export: write quad %d: %w", n, err)
		}
		n++
	}
	if err := qw.Close(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}
