package graph

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime/debug"
	"runtime/metrics"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// PutStatus says what Put did with a document.
type PutStatus int

// The outcomes of Put.
const (
	Unchanged PutStatus = iota // stored before with the same hash: nothing written
	Added                      // a path not stored before
	Replaced                   // a path stored before with another hash: old facts replaced
)

func (s PutStatus) String() string {
	switch s {
	case Added:
		return "added"
	case Replaced:
		return "replaced"
	}
	return "unchanged"
}

// PutResult reports what Put did with one document.
type PutResult struct {
	Path    string
	Status  PutStatus
	Quads   int // quads of the document now in the store
	Removed int // quads of its previous version taken out
}

// change is one document's pending replace: old (nil for a new document)
// becomes nw (nil for a delete).
type change struct {
	idx   int
	path  string
	old   *docRecord
	nw    *docRecord
	quads []quad.Quad // the new quads
	blob  []byte      // encodeQuads(quads)
}

// Put stores one document; see PutMany.
func (s *Store) Put(ctx context.Context, src Source) (PutResult, error) {
	res, err := s.PutMany(ctx, []Source{src})
	if len(res) == 0 {
		return PutResult{Path: src.Path}, err
	}
	return res[0], err
}

// PutMany stores documents. A document whose path is stored with the same
// hash is left alone (Unchanged); a changed document's old quads are
// deleted and its new quads added. Many documents share each Cayley
// transaction. On error, the documents of the failed batch stay marked
// pending and are finished by the next write or Open; results of the
// documents before it are valid.
func (s *Store) PutMany(ctx context.Context, srcs []Source) ([]PutResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	if err := s.recoverPending(ctx); err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	res := make([]PutResult, len(srcs))
	var (
		batch []*change
		size  int
		paths = make(map[string]bool)
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := s.replace(ctx, batch); err != nil {
			return err
		}
		batch, size = nil, 0
		clear(paths)
		return nil
	}
	for i, src := range srcs {
		res[i] = PutResult{Path: src.Path}
		if err := src.validate(); err != nil {
			return res[:i], fmt.Errorf("put: %w", err)
		}
		if paths[src.Path] {
			if err := flush(); err != nil {
				return res[:i], fmt.Errorf("put %s: %w", src.Path, err)
			}
		}
		var old *docRecord
		err := s.meta.View(func(tx metaTx) (err error) { old, err = getDoc(tx, src.Path); return err })
		if err != nil {
			return res[:i], fmt.Errorf("put %s: %w", src.Path, err)
		}
		if old != nil && old.Hash == src.Hash {
			res[i].Quads = old.Quads
			continue
		}
		qs := quads(s.base, src)
		blob, err := encodeQuads(qs)
		if err != nil {
			return res[:i], fmt.Errorf("put %s: %w", src.Path, err)
		}
		c := &change{idx: i, path: src.Path, old: old, nw: newDocRecord(s.base, src, qs), quads: qs, blob: blob}
		res[i].Status, res[i].Quads = Added, len(qs)
		if old != nil {
			res[i].Status, res[i].Removed = Replaced, old.Quads
		}
		n := len(qs)
		if old != nil {
			n += old.Quads
		}
		// a batch ends before the document that would take it over
		// BatchSize, so that its transactions end with documents
		// (see applyChunks)
		if len(batch) > 0 && size+n > s.opts.BatchSize {
			if err := flush(); err != nil {
				return res[:i], fmt.Errorf("put %s: %w", src.Path, err)
			}
		}
		batch = append(batch, c)
		paths[src.Path] = true
		size += n
		if size >= s.opts.BatchSize {
			if err := flush(); err != nil {
				return res[:i], fmt.Errorf("put %s: %w", src.Path, err)
			}
		}
	}
	if err := flush(); err != nil {
		return res[:batchStart(batch, len(srcs))], fmt.Errorf("put: %w", err)
	}
	return res, nil
}

func batchStart(b []*change, n int) int {
	if len(b) == 0 {
		return n
	}
	return b[0].idx
}

// Delete removes the document stored under path and exactly its quads. A
// path never stored gives ErrNotFound.
func (s *Store) Delete(ctx context.Context, path string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return fmt.Errorf("delete %s: %w", path, err)
	}
	if err := s.recoverPending(ctx); err != nil {
		return fmt.Errorf("delete %s: %w", path, err)
	}
	var old *docRecord
	err := s.meta.View(func(tx metaTx) (err error) { old, err = getDoc(tx, path); return err })
	if err != nil {
		return fmt.Errorf("delete %s: %w", path, err)
	}
	if old == nil {
		return fmt.Errorf("delete %s: %w", path, ErrNotFound)
	}
	if err := s.replace(ctx, []*change{{path: path, old: old}}); err != nil {
		return fmt.Errorf("delete %s: %w", path, err)
	}
	return nil
}

func (s *Store) writable() error {
	if s.closed || s.h == nil {
		return ErrClosed
	}
	if s.opts.ReadOnly {
		return ErrReadOnly
	}
	return nil
}

func (s *Store) fail(step string) error {
	if s.failAt == nil {
		return nil
	}
	return s.failAt(step)
}

// replace runs the write protocol of doc.go for a batch of changes:
// mark pending, write the quad store, commit the meta records.
func (s *Store) replace(ctx context.Context, batch []*change) error {
	err := s.meta.Update(func(tx metaTx) error {
		for _, c := range batch {
			if err := putJSON(tx, bPending, c.path, pendingRecord{New: c.nw, Quads: c.blob}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mark pending: %w", err)
	}
	if err := s.fail("pending"); err != nil {
		return err
	}
	return s.finish(ctx, batch)
}

// finish writes the quad store for changes already marked pending and then
// commits them. It is idempotent, so recovery simply calls it again.
func (s *Store) finish(ctx context.Context, batch []*change) error {
	inBatch := make(map[string]bool, len(batch))
	for _, c := range batch {
		inBatch[c.path] = true
	}
	var remove, add []quad.Quad
	var ends []int // add[:ends[i]] holds the quads of batch[:i+1]
	err := s.meta.View(func(tx metaTx) error {
		for _, c := range batch {
			add = append(add, c.quads...)
			ends = append(ends, len(add))
			if c.old == nil {
				continue
			}
			b, err := tx.Get(bQuads, c.path)
			if err != nil {
				return err
			}
			oldQuads, err := decodeQuads(b)
			if err != nil {
				return fmt.Errorf("%s: %w", c.path, err)
			}
			// Keep quads that the new version or another document with
			// the same bytes (hence the same article IRIs) still holds.
			keep := make(map[quad.Quad]bool, len(c.quads))
			for _, q := range c.quads {
				keep[q] = true
			}
			others, err := pathsWithHash(tx, c.old.Hash)
			if err != nil {
				return err
			}
			for _, p := range others {
				if inBatch[p] {
					continue
				}
				b, err := tx.Get(bQuads, p)
				if err != nil {
					return err
				}
				qs, err := decodeQuads(b)
				if err != nil {
					return fmt.Errorf("%s: %w", p, err)
				}
				for _, q := range qs {
					keep[q] = true
				}
			}
			for _, q := range oldQuads {
				if !keep[q] {
					remove = append(remove, q)
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read old quads: %w", err)
	}
	// All removals of the batch come before all additions, so a quad
	// removed for one document and added for another ends up present.
	if err := s.applyChunks(ctx, remove, nil, true); err != nil {
		return err
	}
	if err := s.fail("removed"); err != nil {
		return err
	}
	if err := s.applyChunks(ctx, add, ends, false); err != nil {
		return err
	}
	if err := s.fail("written"); err != nil {
		return err
	}
	err = s.meta.Update(func(tx metaTx) error {
		for _, c := range batch {
			if err := commitDoc(tx, c.path, c.old, c.nw, c.blob); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// applyChunks adds (or removes) qs in transactions of about BatchSize
// quads. After a failed transaction the quad store is reopened (ghost-quad
// bug).
//
// ends, when given, are the ends of the documents' quads in qs, and a
// transaction ends only at the end of a document (unless one document
// alone holds more than BatchSize quads). Every quad of a new article is
// then written in the transaction that creates the article's node, and
// Cayley skips its look-up of a stored copy for a quad with a new node.
// That look-up reads every stored quad sharing the new quad's subject and
// predicate: for the label quad of a province or a class, which every
// article repeats, it read tens of thousands of quads from all over the
// file. With transactions cut at 50 000 quads, the tail of the document
// cut in two went through it on every flush, and at 100 k articles it took
// a third of the build's CPU time.
func (s *Store) applyChunks(ctx context.Context, qs []quad.Quad, ends []int, remove bool) error {
	op := "add"
	if remove {
		op = "remove"
	}
	for i, j := 0, 0; i < len(qs); i = j {
		if err := ctx.Err(); err != nil {
			return err
		}
		j = chunkEnd(i, len(qs), s.txSize(), ends)
		chunk := qs[i:j]
		tx := cgraph.NewTransactionN(len(chunk))
		for _, q := range chunk {
			if remove {
				tx.RemoveQuad(q)
			} else {
				tx.AddQuad(q)
			}
		}
		if err := s.h.ApplyTransaction(tx); err != nil {
			err = fmt.Errorf("%s %d quads: %w", op, len(chunk), err)
			if rerr := s.reopen(); rerr != nil {
				return errors.Join(err, rerr)
			}
			return err
		}
		s.txq = txQuads(s.txSize(), s.opts.BatchSize, heapLive(), memoryLimit())
	}
	return nil
}

// txSize returns the quads of the next Cayley transaction.
func (s *Store) txSize() int {
	if s.txq <= 0 || s.txq > s.opts.BatchSize {
		return s.opts.BatchSize
	}
	return s.txq
}

// minTxQuads is the least number of quads txQuads gives a transaction.
const minTxQuads = 2000

// txQuads returns the size of the next transaction after one sized cur
// that left live bytes of heap (at the last collection), under the soft
// memory limit limit (math.MaxInt64: none); most is batch_quads.
//
// A transaction of the key-value stores holds in memory what it touched
// until it commits: bolt keeps a copy of every B-tree leaf it changed, and
// as a store grows, the same number of quads touches more leaves, spread
// over a larger file (a 50 000-quad transaction held about 280 MB live at
// the end of a 10 k-article build and 608 MB at 100 k). The collector
// lets the heap grow to twice what is live, so transactions shrink when
// the live heap passes a third of the limit, in proportion, and grow back
// by a quarter when it falls under a quarter of it, never past most and
// never under minTxQuads. With no limit they stay at most.
func txQuads(cur, most int, live uint64, limit int64) int {
	if limit <= 0 || limit == math.MaxInt64 || cur <= 0 {
		return most
	}
	target := uint64(limit / 3)
	switch {
	case live > target:
		return min(most, max(int(uint64(cur)*target/live), minTxQuads))
	case live < uint64(limit/4) && cur < most:
		return min(most, cur+cur/4+1)
	}
	return min(cur, most)
}

// heapLive returns the bytes of heap live at the last collection.
func heapLive() uint64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return s[0].Value.Uint64()
}

// memoryLimit returns the soft memory limit (math.MaxInt64: none).
func memoryLimit() int64 { return debug.SetMemoryLimit(-1) }

// chunkEnd returns the end of the transaction that starts at quad i of n:
// the last document end within size quads of i, or i+size when no document
// ends there (or no ends are given).
func chunkEnd(i, n, size int, ends []int) int {
	limit := min(i+size, n)
	k, _ := slices.BinarySearch(ends, limit+1) // ends[k-1] <= limit
	if k > 0 && ends[k-1] > i {
		return ends[k-1]
	}
	return limit
}

// recoverPending finishes every replace that a crash or an error left
// pending. The caller holds the write lock.
func (s *Store) recoverPending(ctx context.Context) error {
	var batch []*change
	err := s.meta.View(func(tx metaTx) error {
		return tx.Scan(bPending, "", func(path string, v []byte) error {
			var pr pendingRecord
			if _, err := getJSON(tx, bPending, path, &pr); err != nil {
				return err
			}
			old, err := getDoc(tx, path)
			if err != nil {
				return err
			}
			qs, err := decodeQuads(pr.Quads)
			if err != nil {
				return fmt.Errorf("pending %s: %w", path, err)
			}
			batch = append(batch, &change{path: path, old: old, nw: pr.New, quads: qs, blob: pr.Quads})
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("recover pending: %w", err)
	}
	if len(batch) == 0 {
		return nil
	}
	if err := s.finish(ctx, batch); err != nil {
		return fmt.Errorf("recover pending: %w", err)
	}
	return nil
}
