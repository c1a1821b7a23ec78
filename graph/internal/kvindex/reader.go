package kvindex

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sync"
	"unsafe"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
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
	db   hkv.KV
	bolt *bolt.DB // when db is bolt: read without hidalgo's bucket look-up per key

	mu    sync.Mutex
	quads map[uint64]*cproto.Primitive
	names map[kv.Int64Value]quad.Value
	size  *int64 // the store's size, read once

	// node values are read in one transaction shared by the query while
	// shared is set (WrapQuery); txmu guards both
	txmu   sync.Mutex
	shared bool
	stx    *rtx
}

// nodeValue reads the value of a node in the shared transaction, as
// Cayley's ValuesOf would (nil for an ID that is no node). ok is false
// when there is no shared transaction or the value cannot be decoded; the
// caller then asks Cayley.
func (r *reader) nodeValue(ctx context.Context, id uint64) (v quad.Value, ok bool) {
	r.txmu.Lock()
	defer r.txmu.Unlock()
	if !r.shared {
		return nil, false
	}
	if r.stx == nil {
		tx, err := r.begin(ctx)
		if err != nil {
			return nil, false
		}
		r.stx = tx
	}
	p, err := r.quad(ctx, r.stx, id)
	if err != nil {
		return nil, false
	}
	if p == nil || !p.IsNode() {
		return nil, true
	}
	v, err = pquads.UnmarshalValue(p.Value)
	return v, err == nil
}

// release ends the shared transaction; later reads open their own.
func (r *reader) release() {
	r.txmu.Lock()
	defer r.txmu.Unlock()
	r.shared = false
	if r.stx != nil {
		r.stx.close()
		r.stx = nil
	}
}

// storeSize returns k.Size(), read once per query (each read is a
// transaction).
func (r *reader) storeSize(k *kv.QuadStore) int64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.size == nil {
		n := k.Size()
		r.size = &n
	}
	return *r.size
}

func newReader(db hkv.KV) *reader {
	r := &reader{db: db, quads: map[uint64]*cproto.Primitive{}, names: map[kv.Int64Value]quad.Value{}}
	if b, ok := db.(boltDB); ok {
		r.bolt = b.DB()
	}
	return r
}

// rtx is a read transaction of the reader: bolt's own, or hidalgo's.
type rtx struct {
	h   hkv.Tx
	b   *bolt.Tx
	log *bolt.Bucket
}

func (r *reader) begin(ctx context.Context) (*rtx, error) {
	if r.bolt != nil {
		tx, err := r.bolt.Begin(false)
		if err != nil {
			return nil, err
		}
		return &rtx{b: tx, log: tx.Bucket([]byte("log"))}, nil
	}
	tx, err := r.db.Tx(ctx, false)
	if err != nil {
		return nil, err
	}
	return &rtx{h: tx}, nil
}

func (t *rtx) close() error {
	if t.b != nil {
		return t.b.Rollback()
	}
	return t.h.Close()
}

// logValue returns the log entry of a primitive (nil if none).
func (t *rtx) logValue(ctx context.Context, id uint64) ([]byte, error) {
	if t.b != nil {
		if t.log == nil {
			return nil, nil
		}
		k := make([]byte, 8)
		binary.BigEndian.PutUint64(k, id)
		return t.log.Get(k), nil
	}
	b, err := t.h.Get(ctx, logKey(id))
	if errors.Is(err, hkv.ErrNotFound) {
		return nil, nil
	}
	return b, err
}

// get returns the value of an index key as kv.QuadIndex.Key makes it
// (nil if none).
func (t *rtx) get(ctx context.Context, key hkv.Key) ([]byte, error) {
	if t.b != nil && len(key) == 2 {
		b := t.b.Bucket(key[0])
		if b == nil {
			return nil, nil
		}
		return b.Get(key[1]), nil
	}
	v, err := t.h.Get(ctx, key)
	if errors.Is(err, hkv.ErrNotFound) {
		return nil, nil
	}
	return v, err
}

// rscan iterates the entries of an index whose keys start with a prefix.
type rscan interface {
	next(ctx context.Context) bool
	val() []byte
	err() error
	close() error
}

// scan iterates the entries under key, an index key as kv.QuadIndex.Key
// makes it: the index bucket, then the key prefix.
func (t *rtx) scan(ctx context.Context, key hkv.Key) rscan {
	if t.b != nil && len(key) == 2 {
		s := &boltScan{pref: key[1]}
		if b := t.b.Bucket(key[0]); b != nil {
			s.c = b.Cursor()
		}
		return s
	}
	return &hkvScan{it: t.h.Scan(ctx, options.WithPrefixKV(key))}
}

type boltScan struct {
	c       *bolt.Cursor
	pref    []byte
	started bool
	v       []byte
}

func (s *boltScan) next(context.Context) bool {
	if s.c == nil {
		return false
	}
	var k []byte
	for {
		if !s.started {
			k, s.v = s.c.Seek(s.pref)
			s.started = true
		} else {
			k, s.v = s.c.Next()
		}
		if k == nil || !bytes.HasPrefix(k, s.pref) {
			s.c = nil
			return false
		}
		if s.v != nil { // nil: a nested bucket, which index buckets do not hold
			return true
		}
	}
}

func (s *boltScan) val() []byte  { return s.v }
func (s *boltScan) err() error   { return nil }
func (s *boltScan) close() error { s.c = nil; return nil }

type hkvScan struct{ it hkv.Iterator }

func (s *hkvScan) next(ctx context.Context) bool { return s.it.Next(ctx) }
func (s *hkvScan) val() []byte                   { return s.it.Val() }
func (s *hkvScan) err() error                    { return s.it.Err() }
func (s *hkvScan) close() error                  { return s.it.Close() }

// logKey is the key of a primitive in Cayley's log bucket.
func logKey(id uint64) hkv.Key {
	k := make([]byte, 8)
	binary.BigEndian.PutUint64(k, id)
	return hkv.Key{[]byte("log"), k}
}

// quad returns the primitive with the given ID (nil if the log has none).
func (r *reader) quad(ctx context.Context, tx *rtx, id uint64) (*cproto.Primitive, error) {
	r.mu.Lock()
	p, ok := r.quads[id]
	r.mu.Unlock()
	if ok {
		return p, nil
	}
	b, err := tx.logValue(ctx, id)
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
	if len(r.quads) < maxCached {
		r.quads[id] = p
	}
	r.mu.Unlock()
	return p, nil
}

// maxCached bounds the quads and the values a reader keeps (about 50 MB
// of quads): a catalogue query reads tens of thousands, a query that
// scans millions reads the rest uncached rather than holding them all.
const maxCached = 1 << 18

// name returns a cached node value.
func (r *reader) name(v kv.Int64Value) (quad.Value, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	n, ok := r.names[v]
	return n, ok
}

func (r *reader) setName(v kv.Int64Value, n quad.Value) {
	r.mu.Lock()
	if len(r.names) < maxCached {
		r.names[v] = n
	}
	r.mu.Unlock()
}

// decodeIndex reads the quad IDs of an index entry (uvarints).
// firstLive reads the quads of ids in turn and returns the first that is
// stored and not deleted, with the ids after it; nil and no ids when none
// is.
func (r *reader) firstLive(ctx context.Context, tx *rtx, ids []uint64) (*cproto.Primitive, []uint64, error) {
	for len(ids) > 0 {
		p, err := r.quad(ctx, tx, ids[0])
		ids = ids[1:]
		if err != nil {
			return nil, ids, err
		}
		if p != nil && !p.Deleted {
			return p, ids, nil
		}
	}
	return nil, nil, nil
}

func decodeIndex(b []byte) ([]uint64, error) {
	out := make([]uint64, 0, len(b)/3+1) // IDs take about 3-5 bytes

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
			it.size = &refs.Size{Value: 1 + it.s.r.storeSize(it.s.kv)/2, Exact: false}
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
	tx   *rtx
	it   rscan
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
		it.tx, it.err = it.s.r.begin(ctx)
		if it.err != nil {
			return false
		}
		it.it = it.tx.scan(ctx, it.s.ind.Key(it.s.vals))
	}
	for {
		for len(it.ids) == 0 {
			if !it.it.next(ctx) {
				it.err = it.it.err()
				it.Close()
				it.done = true
				return false
			}
			it.ids, it.err = decodeIndex(it.it.val())
			if it.err != nil {
				return false
			}
		}
		if it.prim, it.ids, it.err = it.s.r.firstLive(ctx, it.tx, it.ids); it.err != nil {
			return false
		}
		if it.prim != nil {
			return true
		}
	}
}

func (it *scanNext) Close() error {
	if it.it != nil {
		if err := it.it.close(); err != nil && it.err == nil {
			it.err = err
		}
		if err := it.tx.close(); err != nil && it.err == nil {
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
	return iterator.Costs{ContainsCost: 1, NextCost: 2, Size: refs.Size{Value: 1 + it.s.r.storeSize(it.s.kv)/2}}, nil
}

// multiNext yields the live quads of each prefix in turn, in index order.
type multiNext struct {
	s    multiScan
	part int
	tx   *rtx
	it   rscan
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
		it.tx, it.err = it.s.r.begin(ctx)
		if it.err != nil {
			return false
		}
		it.part = -1
	}
	for {
		for len(it.ids) == 0 {
			if it.it == nil || !it.it.next(ctx) {
				if it.it != nil {
					it.err = it.it.err()
					it.it.close()
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
				it.it = it.tx.scan(ctx, it.s.ind.Key(it.s.parts[it.part].vals))
				continue
			}
			it.ids, it.err = decodeIndex(it.it.val())
			if it.err != nil {
				return false
			}
		}
		if it.prim, it.ids, it.err = it.s.r.firstLive(ctx, it.tx, it.ids); it.err != nil {
			return false
		}
		if it.prim != nil {
			return true
		}
	}
}

func (it *multiNext) Close() error {
	if it.it != nil {
		if err := it.it.close(); err != nil && it.err == nil {
			it.err = err
		}
		it.it = nil
	}
	if it.tx != nil {
		if err := it.tx.close(); err != nil && it.err == nil {
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

// boltDB is hidalgo's bolt database, or a wrapper of it that keeps its
// DB method (graph's watchedKV).
type boltDB interface{ DB() *bolt.DB }

// Bolt returns the bolt database under qs when qs is Cayley's key-value
// store on bolt, and nil otherwise.
func Bolt(qs cgraph.QuadStore) *bolt.DB {
	k, ok := qs.(*kv.QuadStore)
	if !ok {
		return nil
	}
	if b, ok := dbOf(k).(boltDB); ok {
		return b.DB()
	}
	return nil
}
