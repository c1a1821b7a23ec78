package graph

import (
	"context"
	"math"
	"path/filepath"
	"runtime"
	"runtime/debug"
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

func TestTxQuads(t *testing.T) {
	const MiB = 1 << 20
	tests := []struct {
		name      string
		cur, most int
		live      uint64
		limit     int64
		want      int
	}{
		{"no limit: batch_quads", 10000, 50000, 900 * MiB, math.MaxInt64, 50000},
		{"under a third of the limit: unchanged", 50000, 50000, 200 * MiB, 768 * MiB, 50000},
		{"over a third: in proportion", 50000, 50000, 512 * MiB, 768 * MiB, 25000},
		{"never under the floor", 50000, 50000, 768 * MiB * 100, 768 * MiB, minTxQuads},
		{"under a quarter: grows by a quarter", 20000, 50000, 100 * MiB, 768 * MiB, 25001},
		{"grows no further than batch_quads", 48000, 50000, 100 * MiB, 768 * MiB, 50000},
		{"between a quarter and a third: unchanged", 20000, 50000, 200 * MiB, 768 * MiB, 20000},
		{"batch_quads lowered below the current size", 50000, 10000, 100 * MiB, 768 * MiB, 10000},
	}
	for _, tt := range tests {
		if got := txQuads(tt.cur, tt.most, tt.live, tt.limit); got != tt.want {
			t.Errorf("%s: txQuads(%d, %d, %d MiB, %d MiB) = %d, want %d", tt.name, tt.cur, tt.most, tt.live/MiB, tt.limit/MiB, got, tt.want)
		}
	}
}

// Under a memory limit that the live heap passes, the transactions after
// the first shrink; without one they stay at the batch size.
func TestStore_TransactionsShrinkUnderTheMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(math.MaxInt64)
	defer debug.SetMemoryLimit(old)
	srcs := []Source{docA(t, false), docB(t)}
	for _, limit := range []int64{math.MaxInt64, 256 << 10} {
		s, err := Open(context.Background(), Options{Backend: "bolt", Path: filepath.Join(t.TempDir(), "db"), BatchSize: 100000})
		if err != nil {
			t.Fatal(err)
		}
		rec := &txRecorder{QuadWriter: s.h.QuadWriter}
		s.h.QuadWriter = rec
		runtime.GC() // the live heap is read as of the last collection
		debug.SetMemoryLimit(limit)
		for _, src := range srcs {
			mustPut(t, s, src)
		}
		debug.SetMemoryLimit(math.MaxInt64)
		if got := s.txSize(); limit == math.MaxInt64 && got != 100000 || limit != math.MaxInt64 && got >= 100000 {
			t.Errorf("limit %d: next transaction %d quads", limit, got)
		}
		s.h.QuadWriter = rec.QuadWriter
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}
