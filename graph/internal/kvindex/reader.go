package kvindex

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sync"
	"unsafe"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"
	"google.golang.org/protobuf/proto"
)

// dbOf returns the key-value database under k. kv.QuadStore keeps it in
// a private field; it is read by reflection, and when that fails (another
// Cayley version) the result is nil and the store's own iterators serve
// every scan.
func dbOf(k *kv.QuadStore) hkv.KV {
	f := reflect.ValueOf(k).Elem().FieldByName("db")
	if !f.IsValid() || f.Kind() != reflect.Interface || !f.CanAddr() {
		return nil
	}
	v := reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
	if v.IsNil() {
		return nil
	}
	db, _ := v.Interface().(hkv.KV)
	return db
}

// reader reads the quads of Cayley's log for the scans of one query and
// keeps every quad it read: a query's many short steps meet the same quads
// again (the facts of a person for each of its predicates, the label of a
// node for each row), and the store does not change while a query holds
// the read lock.
type reader struct {
	db hkv.KV

	mu    sync.Mutex
	quads map[uint64]*cproto.Primitive
	names map[kv.Int64Value]quad.Value
}

func newReader(db hkv.KV) *reader {
	return &reader{db: db, quads: map[uint64]*cproto.Primitive{}, names: map[kv.Int64Value]quad.Value{}}
}

// logKey is the key of a primitive in Cayley's log bucket.
func logKey(id uint64) hkv.Key {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, id)
	return hkv.Key{[]byte("log"), k}
}

// quad returns the primitive with the given ID (nil if the log has none).
func (r *reader) quad(ctx context.Context, tx hkv.Tx, id uint64) (*cproto.Primitive, error) {
	r.mu.Lock()
	p, ok := r.quads[id]
	r.mu.Unlock()
	if ok {
		return p, nil
	}
	b, err := tx.Get(ctx, logKey(id))
	if errors.Is(err, hkv.ErrNotFound) {
		b, err = nil, nil
	}
	if err != nil {
		return nil, err
	}
	if b != nil {
		p = new(cproto.Primitive)
		if err := proto.Unmarshal(b, p); err != nil {
			return nil, err
		}
	}
	r.mu.Lock()
	r.quads[id] = p
	r.mu.Unlock()
	return p, nil
}

// name returns a cached node value.
func (r *reader) name(v kv.Int64Value) (quad.Value, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	n, ok := r.names[v]
	return n, ok
}

func (r *reader) setName(v kv.Int64Value, n quad.Value) {
	r.mu.Lock()
	r.names[v] = n
	r.mu.Unlock()
}

// decodeIndex reads the quad IDs of an index entry (uvarints).
func decodeIndex(b []byte) ([]uint64, error) {
	var out []uint64
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n == 0 {
			return out, io.ErrUnexpectedEOF
		} else if n < 0 {
			return out, errors.New("varint: overflow")
		}
		out = append(out, v)
		b = b[n:]
	}
	return out, nil
}

// scanShape scans an index prefix like kv.IndexScan, through the reader:
// it reads each quad when the iteration reaches it, where Cayley's
// iterator reads a hundred at a time, so g.V(node).out(p).toArray(1) on a
// node with thousands of copies of a quad reads one.
type scanShape struct {
	ind  kv.QuadIndex
	vals []uint64
	kv   *kv.QuadStore
	r    *reader
}

func (s scanShape) BuildIterator(cgraph.QuadStore) iterator.Shape { return &scanIt{s: s} }

func (s scanShape) Optimize(context.Context, shape.Optimizer) (shape.Shape, bool) { return s, false }

// swapScans replaces the kv.IndexScan parts of a planned shape with
// scanShape.
func swapScans(sh shape.Shape, k *kv.QuadStore, r *reader) shape.Shape {
	if r == nil {
		return sh
	}
	switch x := sh.(type) {
	case kv.IndexScan:
		return scanShape{ind: x.Index, vals: x.Values, kv: k, r: r}
	case shape.NodesFrom:
		x.Quads = swapScans(x.Quads, k, r)
		return x
	case shape.Intersect:
		out := make(shape.Intersect, len(x))
		for i, y := range x {
			out[i] = swapScans(y, k, r)
		}
		return out
	case shape.Union:
		out := make(shape.Union, len(x))
		for i, y := range x {
			out[i] = swapScans(y, k, r)
		}
		return out
	case shape.FixedTags:
		x.On = swapScans(x.On, k, r)
		return x
	}
	return sh
}

// scanIt is the iterator of a scanShape. Its statistics are those of
// Cayley's kv.QuadIterator, so plans do not change.
type scanIt struct {
	s    scanShape
	size *refs.Size
	err  error
}

func (it *scanIt) String() string { return fmt.Sprintf("KVIndexPrefix(%v)", it.s.ind) }

func (it *scanIt) Iterate() iterator.Scanner { return &scanNext{s: it.s} }

func (it *scanIt) Lookup() iterator.Index { return &scanContains{s: it.s} }

func (it *scanIt) SubIterators() []iterator.Shape { return nil }

func (it *scanIt) Optimize(context.Context) (iterator.Shape, bool) { return it, false }

func (it *scanIt) Stats(ctx context.Context) (iterator.Costs, error) {
	c := iterator.Costs{ContainsCost: 1, NextCost: 2}
	if it.err != nil {
		return c, it.err
	}
	if it.size == nil {
		if len(it.s.ind.Dirs) != len(it.s.vals) {
			it.size = &refs.Size{Value: 1 + it.s.kv.Size()/2, Exact: false}
		} else {
			var n int64
			err := hkv.View(ctx, it.s.r.db, func(tx hkv.Tx) error {
				b, err := tx.Get(ctx, it.s.ind.Key(it.s.vals))
				if err != nil {
					return err
				}
				ids, err := decodeIndex(b)
				n = int64(len(ids))
				return err
			})
			if err != nil {
				it.err = err
				return c, err
			}
			it.size = &refs.Size{Value: n, Exact: true}
		}
	}
	c.Size = *it.size
	return c, nil
}

// scanNext yields the live quads of the prefix in index order.
type scanNext struct {
	s    scanShape
	tx   hkv.Tx
	it   hkv.Iterator
	ids  []uint64
	done bool
	prim *cproto.Primitive
	err  error
}

func (it *scanNext) String() string { return "KVIndexPrefixNext" }

func (it *scanNext) TagResults(map[string]refs.Ref) {}

func (it *scanNext) NextPath(context.Context) bool { return false }

func (it *scanNext) Err() error { return it.err }

func (it *scanNext) Result() refs.Ref {
	if it.prim == nil {
		return nil
	}
	return it.prim
}

func (it *scanNext) Next(ctx context.Context) bool {
	it.prim = nil
	if it.err != nil || it.done {
		return false
	}
	if it.it == nil {
		it.tx, it.err = it.s.r.db.Tx(ctx, false)
		if it.err != nil {
			return false
		}
		it.it = it.tx.Scan(ctx, options.WithPrefixKV(it.s.ind.Key(it.s.vals)))
	}
	for {
		for len(it.ids) == 0 {
			if !it.it.Next(ctx) {
				it.err = it.it.Err()
				it.Close()
				it.done = true
				return false
			}
			it.ids, it.err = decodeIndex(it.it.Val())
			if it.err != nil {
				return false
			}
		}
		id := it.ids[0]
		it.ids = it.ids[1:]
		p, err := it.s.r.quad(ctx, it.tx, id)
		if err != nil {
			it.err = err
			return false
		}
		if p == nil || p.Deleted {
			continue
		}
		it.prim = p
		return true
	}
}

func (it *scanNext) Close() error {
	if it.it != nil {
		if err := it.it.Close(); err != nil && it.err == nil {
			it.err = err
		}
		if err := it.tx.Close(); err != nil && it.err == nil {
			it.err = err
		}
		it.it, it.tx = nil, nil
	}
	return it.err
}

// scanContains checks that a quad has the prefix's values, like Cayley's.
type scanContains struct {
	s    scanShape
	prim *cproto.Primitive
}

func (it *scanContains) String() string { return "KVIndexPrefixContains" }

func (it *scanContains) TagResults(map[string]refs.Ref) {}

func (it *scanContains) NextPath(context.Context) bool { return false }

func (it *scanContains) Err() error { return nil }

func (it *scanContains) Close() error { return nil }

func (it *scanContains) Result() refs.Ref {
	if it.prim == nil {
		return nil
	}
	return it.prim
}

func (it *scanContains) Contains(_ context.Context, v refs.Ref) bool {
	it.prim = nil
	p, ok := v.(*cproto.Primitive)
	if !ok {
		return false
	}
	for i, x := range it.s.vals {
		if p.GetDirection(it.s.ind.Dirs[i]) != x {
			return false
		}
	}
	it.prim = p
	return true
}

// multiScan scans several prefixes of one index in turn, in one
// transaction, each with its fixed tags: the union of per-node scans that
// manyNodes plans, without an iterator and a transaction per node (a step
// from thousands of evidence nodes).
type multiScan struct {
	ind   kv.QuadIndex
	parts []scanPart
	kv    *kv.QuadStore
	r     *reader
}

type scanPart struct {
	vals []uint64
	tags map[string]refs.Ref
}

func (s multiScan) BuildIterator(cgraph.QuadStore) iterator.Shape { return multiScanIt{s: s} }

func (s multiScan) Optimize(context.Context, shape.Optimizer) (shape.Shape, bool) { return s, false }

type multiScanIt struct{ s multiScan }

func (it multiScanIt) String() string {
	return fmt.Sprintf("KVIndexPrefixes(%v, %d)", it.s.ind, len(it.s.parts))
}

func (it multiScanIt) Iterate() iterator.Scanner { return &multiNext{s: it.s} }

func (it multiScanIt) Lookup() iterator.Index { return &multiContains{s: it.s} }

func (it multiScanIt) SubIterators() []iterator.Shape { return nil }

func (it multiScanIt) Optimize(context.Context) (iterator.Shape, bool) { return it, false }

func (it multiScanIt) Stats(context.Context) (iterator.Costs, error) {
	return iterator.Costs{ContainsCost: 1, NextCost: 2, Size: refs.Size{Value: 1 + it.s.kv.Size()/2}}, nil
}

// multiNext yields the live quads of each prefix in turn, in index order.
type multiNext struct {
	s    multiScan
	part int
	tx   hkv.Tx
	it   hkv.Iterator
	ids  []uint64
	prim *cproto.Primitive
	done bool
	err  error
}

func (it *multiNext) String() string { return "KVIndexPrefixesNext" }

func (it *multiNext) TagResults(dst map[string]refs.Ref) {
	if it.prim == nil {
		return
	}
	for k, v := range it.s.parts[it.part].tags {
		dst[k] = v
	}
}

func (it *multiNext) NextPath(context.Context) bool { return false }

func (it *multiNext) Err() error { return it.err }

func (it *multiNext) Result() refs.Ref {
	if it.prim == nil {
		return nil
	}
	return it.prim
}

func (it *multiNext) Next(ctx context.Context) bool {
	it.prim = nil
	if it.err != nil || it.done {
		return false
	}
	if it.tx == nil {
		it.tx, it.err = it.s.r.db.Tx(ctx, false)
		if it.err != nil {
			return false
		}
		it.part = -1
	}
	for {
		for len(it.ids) == 0 {
			if it.it == nil || !it.it.Next(ctx) {
				if it.it != nil {
					it.err = it.it.Err()
					it.it.Close()
					it.it = nil
					if it.err != nil {
						return false
					}
				}
				if it.part+1 >= len(it.s.parts) {
					it.Close()
					it.done = true
					return false
				}
				it.part++
				it.it = it.tx.Scan(ctx, options.WithPrefixKV(it.s.ind.Key(it.s.parts[it.part].vals)))
				continue
			}
			it.ids, it.err = decodeIndex(it.it.Val())
			if it.err != nil {
				return false
			}
		}
		id := it.ids[0]
		it.ids = it.ids[1:]
		p, err := it.s.r.quad(ctx, it.tx, id)
		if err != nil {
			it.err = err
			return false
		}
		if p == nil || p.Deleted {
			continue
		}
		it.prim = p
		return true
	}
}

func (it *multiNext) Close() error {
	if it.it != nil {
		if err := it.it.Close(); err != nil && it.err == nil {
			it.err = err
		}
		it.it = nil
	}
	if it.tx != nil {
		if err := it.tx.Close(); err != nil && it.err == nil {
			it.err = err
		}
		it.tx = nil
	}
	return it.err
}

// multiContains checks a quad against the prefixes in order, like a union
// of scans: the first prefix it has gives the tags.
type multiContains struct {
	s    multiScan
	prim *cproto.Primitive
	part int
}

func (it *multiContains) String() string { return "KVIndexPrefixesContains" }

func (it *multiContains) TagResults(dst map[string]refs.Ref) {
	if it.prim == nil {
		return
	}
	for k, v := range it.s.parts[it.part].tags {
		dst[k] = v
	}
}

func (it *multiContains) NextPath(context.Context) bool { return false }

func (it *multiContains) Err() error { return nil }

func (it *multiContains) Close() error { return nil }

func (it *multiContains) Result() refs.Ref {
	if it.prim == nil {
		return nil
	}
	return it.prim
}

func (it *multiContains) Contains(_ context.Context, v refs.Ref) bool {
	it.prim = nil
	p, ok := v.(*cproto.Primitive)
	if !ok {
		return false
	}
next:
	for i, part := range it.s.parts {
		for j, x := range part.vals {
			if p.GetDirection(it.s.ind.Dirs[j]) != x {
				continue next
			}
		}
		it.prim, it.part = p, i
		return true
	}
	return false
}
