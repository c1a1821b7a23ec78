package graph

import (
	"context"
	"path/filepath"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

func TestChunkEnd(t *testing.T) {
	tests := []struct {
		name       string
		i, n, size int
		ends       []int
		want       int
	}{
		{"no documents: cut at the size", 0, 100, 30, nil, 30},
		{"no documents: the rest", 90, 100, 30, nil, 100},
		{"the last document end within the size", 0, 100, 30, []int{10, 25, 40, 70, 100}, 25},
		{"from a document end", 25, 100, 30, []int{10, 25, 40, 70, 100}, 40},
		{"a document end exactly at the size", 40, 100, 30, []int{10, 25, 40, 70, 100}, 70},
		{"the last document", 70, 100, 30, []int{10, 25, 40, 70, 100}, 100},
		{"one document longer than the size is cut", 0, 100, 30, []int{80, 100}, 30},
		{"and goes on to its end", 60, 100, 30, []int{80, 100}, 80},
	}
	for _, tt := range tests {
		if got := chunkEnd(tt.i, tt.n, tt.size, tt.ends); got != tt.want {
			t.Errorf("%s: chunkEnd(%d, %d, %d, %v) = %d, want %d", tt.name, tt.i, tt.n, tt.size, tt.ends, got, tt.want)
		}
	}
}

// txRecorder records the graph labels (articles) of each transaction.
type txRecorder struct {
	cgraph.QuadWriter
	txs []map[quad.Value]int
}

func (r *txRecorder) ApplyTransaction(tx *cgraph.Transaction) error {
	m := map[quad.Value]int{}
	for _, d := range tx.Deltas {
		m[d.Quad.Label]++
	}
	r.txs = append(r.txs, m)
	return r.QuadWriter.ApplyTransaction(tx)
}

// Every quad of an article is written in one transaction, however the
// batch size falls: Cayley then skips its look-up of stored copies, which
// reads every stored quad of a shared subject and predicate.
func TestStore_TransactionsEndWithDocuments(t *testing.T) {
	srcs := []Source{docA(t, false), docB(t)}
	per := len(quads(NormalizeBase(""), srcs[0]))
	for _, size := range []int{per / 2, per + 1, per + 5, 3 * per} {
		s, err := Open(context.Background(), Options{Backend: "bolt", Path: filepath.Join(t.TempDir(), "db"), BatchSize: size})
		if err != nil {
			t.Fatal(err)
		}
		rec := &txRecorder{QuadWriter: s.h.QuadWriter}
		s.h.QuadWriter = rec
		mustPut(t, s, srcs...)
		seen := map[quad.Value]int{} // article → transactions holding it
		for _, tx := range rec.txs {
			for l := range tx {
				seen[l]++
			}
		}
		if len(seen) != 3 {
			t.Errorf("batch size %d: %d articles written, want 3", size, len(seen))
		}
		for l, n := range seen {
			if n > 1 && size > per {
				t.Errorf("batch size %d (a document holds %d quads): article %v written in %d transactions", size, per, l, n)
			}
		}
		s.h.QuadWriter = rec.QuadWriter
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
