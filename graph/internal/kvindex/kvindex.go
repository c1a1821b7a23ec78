package kvindex

import (
	"context"
	"reflect"
	"sort"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// Wrap returns qs with the prefix optimisation when qs is a Cayley
// key-value store, and qs itself otherwise. The result serves one query:
// it keeps the quads and values it reads, which is right only while the
// caller holds the store's read lock.
func Wrap(qs cgraph.QuadStore) cgraph.QuadStore {
	k, ok := qs.(*kv.QuadStore)
	if !ok {
		return qs
	}
	st := &store{QuadStore: k, kv: k, indexes: indexesOf(k)}
	if db := dbOf(k); db != nil {
		st.r = newReader(db)
	}
	return st
}

// WrapQuery is Wrap for one query that the caller ends with release, after
// the query's last use of the store: until then the values of nodes are
// read in one transaction (each a transaction of its own otherwise, and a
// query names thousands). An unreleased read transaction would make a
// later bolt write that grows the file wait forever.
func WrapQuery(qs cgraph.QuadStore) (cgraph.QuadStore, func()) {
	w := Wrap(qs)
	st, ok := w.(*store)
	if !ok || st.r == nil {
		return w, func() {}
	}
	st.r.shared = true
	return w, st.r.release
}

// indexesOf finds the store's indexes. kv.QuadStore keeps its list
// private, but QuadIterator(d, …) scans the first index that starts with
// direction d, and the iterator it returns holds that index; it is read by
// reflection. If that ever fails the list is empty and Wrap changes
// nothing.
func indexesOf(k *kv.QuadStore) []kv.QuadIndex {
	var out []kv.QuadIndex
	for _, d := range []quad.Direction{quad.Subject, quad.Predicate, quad.Object, quad.Label} {
		it, ok := k.QuadIterator(d, kv.Int64Value(1)).(*kv.QuadIterator)
		if !ok {
			continue
		}
		f := reflect.ValueOf(it).Elem().FieldByName("ind")
		if !f.IsValid() || f.Type() != reflect.TypeOf(kv.QuadIndex{}) {
			return nil
		}
		dirs := f.FieldByName("Dirs")
		if !dirs.IsValid() || dirs.Kind() != reflect.Slice || dirs.Len() == 0 {
			return nil
		}
		ind := kv.QuadIndex{Dirs: make([]quad.Direction, dirs.Len())}
		for i := range ind.Dirs {
			ind.Dirs[i] = quad.Direction(dirs.Index(i).Uint())
		}
		if ind.Dirs[0] != d {
			return nil
		}
		out = append(out, ind)
	}
	return out
}

// store is a key-value quad store whose optimiser also scans index prefixes.
type store struct {
	cgraph.QuadStore
	kv      *kv.QuadStore
	indexes []kv.QuadIndex
	r       *reader // nil when the database could not be reached
}

// QuadIterator implements graph.QuadIndexer: the quads with v in
// direction d, scanned like Cayley's (the index that starts with d, v as
// the prefix) through the reader. Cayley's HasA and LinksTo ask for it
// with every node they step from or check.
func (s *store) QuadIterator(d quad.Direction, v cgraph.Ref) iterator.Shape {
	if vi, ok := v.(kv.Int64Value); ok && s.r != nil {
		for _, ind := range s.indexes {
			if ind.Dirs[0] == d {
				return &scanIt{s: scanShape{ind: ind, vals: []uint64{uint64(vi)}, kv: s.kv, r: s.r}}
			}
		}
	}
	return s.allSized(s.kv.QuadIterator(d, v))
}

// QuadIteratorSize implements graph.QuadIndexer like Cayley's, with the
// store's size read once per query.
func (s *store) QuadIteratorSize(ctx context.Context, d quad.Direction, v cgraph.Ref) (refs.Size, error) {
	if s.r == nil {
		return s.kv.QuadIteratorSize(ctx, d, v)
	}
	if _, ok := v.(kv.Int64Value); !ok {
		return refs.Size{Value: 0, Exact: true}, nil
	}
	for _, ind := range s.indexes {
		if len(ind.Dirs) == 1 && ind.Dirs[0] == d {
			return s.kv.QuadIteratorSize(ctx, d, v)
		}
	}
	return refs.Size{Value: 1 + s.r.storeSize(s.kv)/2, Exact: false}, nil
}

// NameOf implements graph.Namer, with the node values of the query cached.
func (s *store) NameOf(v cgraph.Ref) (quad.Value, error) {
	iv, ok := v.(kv.Int64Value)
	if !ok || s.r == nil {
		return s.kv.NameOf(v)
	}
	if n, ok := s.r.name(iv); ok {
		return n, nil
	}
	if n, ok := s.r.nodeValue(context.Background(), uint64(iv)); ok {
		s.r.setName(iv, n)
		return n, nil
	}
	n, err := s.kv.NameOf(v)
	if err == nil {
		s.r.setName(iv, n)
	}
	return n, err
}

// ValuesOf implements refs.BatchNamer, with the node values of the query
// cached.
func (s *store) ValuesOf(ctx context.Context, vals []cgraph.Ref) ([]quad.Value, error) {
	if s.r == nil {
		return s.kv.ValuesOf(ctx, vals)
	}
	out := make([]quad.Value, len(vals))
	var (
		miss []cgraph.Ref
		at   []int
	)
	for i, v := range vals {
		if iv, ok := v.(kv.Int64Value); ok {
			if n, ok := s.r.name(iv); ok {
				out[i] = n
				continue
			}
		}
		miss = append(miss, v)
		at = append(at, i)
	}
	if len(miss) == 0 {
		return out, nil
	}
	got, err := s.kv.ValuesOf(ctx, miss)
	for j, n := range got {
		out[at[j]] = n
		if iv, ok := miss[j].(kv.Int64Value); ok && err == nil {
			s.r.setName(iv, n)
		}
	}
	return out, err
}

// OptimizeShape implements shape.Optimizer.
func (s *store) OptimizeShape(ctx context.Context, in shape.Shape) (shape.Shape, bool) {
	if out, ok := s.kv.OptimizeShape(ctx, in); ok {
		b := bound{Shape: swapScans(out, s.kv, s.r), kv: s.kv, stats: s.statsStore()}
		if qa, ok := in.(shape.QuadsAction); ok {
			b.lookup = &exactLookup{qa: qa, indexes: s.indexes, r: s.r}
		}
		return b, true
	}
	if q, ok := in.(shape.Quads); ok {
		if out, ok := s.manyNodes(q); ok {
			return out, true
		}
		return in, false
	}
	qa, ok := in.(shape.QuadsAction)
	if !ok || len(qa.Filter) == 0 {
		return in, false
	}
	ind, vals, ok := prefixIndex(s.indexes, qa.Filter)
	if !ok {
		return in, false
	}
	return bound{Shape: swapScans(qa.SimplifyFrom(kv.IndexScan{Index: ind, Values: vals}), s.kv, s.r), kv: s.kv, stats: s.statsStore(),
		old: qa.Simplify(), lookup: &exactLookup{qa: qa, indexes: s.indexes, r: s.r}}, true
}

// maxNodes bounds the scans manyNodes unites.
const maxNodes = 100000

// manyNodes plans a step of one or several predicates from a set of nodes
// (zV(list).in(p), g.V(node).both(p1, p2), with or without tags on the
// nodes or the predicates): Cayley intersects every quad of every node
// with the predicates; this unites one index-prefix scan per node and
// predicate. The scans run node by node in the order of the list and,
// for each node, predicate by predicate in the order of their IDs, which
// is the order in which Cayley's scan of the node's quads meets them (the
// index keys continue with the predicate).
func (s *store) manyNodes(q shape.Quads) (shape.Shape, bool) {
	if len(q) != 2 {
		return nil, false
	}
	var pred, nodes shape.QuadFilter
	switch quad.Predicate {
	case q[0].Dir:
		pred, nodes = q[0], q[1]
	case q[1].Dir:
		pred, nodes = q[1], q[0]
	default:
		return nil, false
	}
	if nodes.Dir == quad.Predicate {
		return nil, false
	}
	preds, predTags, ok := fixedTags(pred.Values)
	if !ok || len(preds) == 0 {
		return nil, false
	}
	list, tags, ok := fixedTags(nodes.Values)
	if !ok || len(list) == 0 || len(list)*len(preds) > maxNodes {
		return nil, false
	}
	if len(list) == 1 && len(preds) == 1 && len(tags) == 0 && len(predTags) == 0 {
		return nil, false // a QuadsAction, planned by OptimizeShape
	}
	preds, ok = sortedRefs(preds)
	if !ok {
		return nil, false
	}
	union := make(shape.Union, 0, len(list)*len(preds))
	multi := multiScan{kv: s.kv, r: s.r, parts: make([]scanPart, 0, len(list)*len(preds))}
	for _, n := range list {
		for _, p := range preds {
			ind, vals, ok := prefixIndex(s.indexes, map[quad.Direction]cgraph.Ref{nodes.Dir: n, quad.Predicate: p})
			if !ok {
				return nil, false
			}
			var (
				scan  shape.Shape = kv.IndexScan{Index: ind, Values: vals}
				fixed map[string]cgraph.Ref
			)
			if len(tags)+len(predTags) > 0 {
				// the tags shape.Save on the node and on the predicate would set
				fixed = make(map[string]cgraph.Ref, len(tags)+len(predTags))
				for _, t := range tags {
					fixed[t] = n
				}
				for _, t := range predTags {
					fixed[t] = p
				}
				scan = shape.FixedTags{On: scan, Tags: fixed}
			}
			union = append(union, scan)
			if len(multi.parts) == 0 {
				multi.ind = ind
			} else if !sameDirs(multi.ind, ind) {
				multi.r = nil
			}
			multi.parts = append(multi.parts, scanPart{vals: vals, tags: fixed})
		}
	}
	if multi.r != nil {
		return bound{Shape: multi, kv: s.kv, stats: s.statsStore(), old: q}, true
	}
	return bound{Shape: swapScans(union, s.kv, s.r), kv: s.kv, stats: s.statsStore(), old: q}, true
}

func sameDirs(a, b kv.QuadIndex) bool {
	if len(a.Dirs) != len(b.Dirs) {
		return false
	}
	for i := range a.Dirs {
		if a.Dirs[i] != b.Dirs[i] {
			return false
		}
	}
	return true
}

// fixedTags returns the nodes of a fixed set, and the tags saved on them.
func fixedTags(sh shape.Shape) (shape.Fixed, []string, bool) {
	switch v := sh.(type) {
	case shape.Fixed:
		return v, nil, true
	case shape.Save:
		if fx, ok := v.From.(shape.Fixed); ok {
			return fx, v.Tags, true
		}
	}
	return nil, nil, false
}

// sortedRefs returns key-value refs in ascending order without repeats.
func sortedRefs(in shape.Fixed) (shape.Fixed, bool) {
	out := make(shape.Fixed, 0, len(in))
	for _, r := range in {
		if _, ok := r.(kv.Int64Value); !ok {
			return nil, false
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].(kv.Int64Value) < out[j].(kv.Int64Value) })
	w := 0
	for i, r := range out {
		if i == 0 || r != out[w-1] {
			out[w] = r
			w++
		}
	}
	return out[:w], true
}

// prefixIndex picks the index whose leading directions are exactly the
// filter's and returns the filter's values in that order. Among several it
// prefers the one with the fewest directions left over.
func prefixIndex(all []kv.QuadIndex, filter map[quad.Direction]cgraph.Ref) (kv.QuadIndex, []uint64, bool) {
	var (
		best  kv.QuadIndex
		found bool
	)
	for _, ind := range all {
		if len(ind.Dirs) < len(filter) {
			continue
		}
		match := true
		for _, d := range ind.Dirs[:len(filter)] {
			if _, ok := filter[d]; !ok {
				match = false
				break
			}
		}
		if match && (!found || len(ind.Dirs) < len(best.Dirs)) {
			best, found = ind, true
		}
	}
	if !found {
		return kv.QuadIndex{}, nil, false
	}
	vals := make([]uint64, 0, len(filter))
	for _, d := range best.Dirs[:len(filter)] {
		v, ok := filter[d].(kv.Int64Value)
		if !ok {
			return kv.QuadIndex{}, nil, false
		}
		vals = append(vals, uint64(v))
	}
	return best, vals, true
}

// bound is a shape the key-value optimiser produced, bound to its store:
// the shape is built against whatever store wraps ours (the wrapper
// itself, or a guard), and kv.IndexScan refuses any store but
// *kv.QuadStore.
//
// When old is set, bound replaces old, and its iterator reports the
// statistics of old's optimised iterator. Cayley's key-value iterators
// size any scan that does not fix every direction of an index as half the
// store, so a prefix scan, or a union of them, would otherwise look like
// the largest input of an intersection and change the plan around it; a
// step such as out(p).is(a, b).tag(t) in the middle of a path then ran for
// seconds. With old's statistics the planner makes the choices it made
// without this package; only the scans it runs are narrower.
//
// When lookup is set, the iterator's Lookup checks a value with one exact
// index key instead of Cayley's scan of every quad of the value (see
// exactLookup).
type bound struct {
	shape.Shape
	kv     *kv.QuadStore
	stats  cgraph.QuadStore // what old is built on for its statistics (statsStore)
	old    shape.Shape
	lookup *exactLookup
}

func (b bound) BuildIterator(cgraph.QuadStore) iterator.Shape {
	it := b.Shape.BuildIterator(b.kv)
	if b.old != nil {
		if o, ok := it.Optimize(context.Background()); ok {
			it = o
		}
		old, k := b.old, b.stats
		it = &statsOf{Shape: it, old: func() iterator.Shape {
			it := old.BuildIterator(k)
			if o, ok := it.Optimize(context.Background()); ok {
				it = o
			}
			return it
		}, memo: new(statsMemo)}
	}
	if b.lookup != nil {
		it = lookupBy{Shape: it, kv: b.kv, l: b.lookup}
	}
	return it
}

func (b bound) Optimize(context.Context, shape.Optimizer) (shape.Shape, bool) { return b, false }

// statsOf is an iterator that reports the statistics of another. It is
// optimised when built, so its Optimize has nothing left to do.
// The other iterator is built, optimised and asked once, when the planner
// first wants the statistics: building it costs about what the step's own
// scan costs, and a step that is not part of an intersection is never
// asked.
type statsOf struct {
	iterator.Shape
	old  func() iterator.Shape
	memo *statsMemo
}

type statsMemo struct {
	once sync.Once
	c    iterator.Costs
	err  error
}

func (s *statsOf) Stats(ctx context.Context) (iterator.Costs, error) {
	s.memo.once.Do(func() { s.memo.c, s.memo.err = s.old().Stats(ctx) })
	return s.memo.c, s.memo.err
}

func (s *statsOf) Optimize(ctx context.Context) (iterator.Shape, bool) { return s, false }

// exactLookup answers Contains for a step (a QuadsAction: quads filtered
// on some directions, yielding the nodes of its Result direction, with
// optional tags on other directions). Cayley's HasA checks a value v by
// scanning every quad that has v in the Result direction and testing each
// against the filter: a step such as out(p).is(hub) or has(p, o) read
// every quad of the hub or of each candidate. With v added to the filter,
// the filter usually covers the leading directions of an index, and the
// check is the scan of that exact key: only the quads that match.
type exactLookup struct {
	qa      shape.QuadsAction
	indexes []kv.QuadIndex
	r       *reader
}

// key returns the exact index key of the step's quads whose Result
// direction is v, when the step saves no tags and the filter with v fixes
// every direction of an index (has(p, o), out(p).is(v)).
func (l *exactLookup) key(v cgraph.Ref) (kv.QuadIndex, []uint64, bool) {
	if l.r == nil || len(l.qa.Save) != 0 {
		return kv.QuadIndex{}, nil, false
	}
	if _, ok := v.(kv.Int64Value); !ok {
		return kv.QuadIndex{}, nil, false
	}
	if _, ok := l.qa.Filter[l.qa.Result]; ok {
		return kv.QuadIndex{}, nil, false
	}
	filter := make(map[quad.Direction]cgraph.Ref, len(l.qa.Filter)+1)
	for d, r := range l.qa.Filter {
		filter[d] = r
	}
	filter[l.qa.Result] = v
	ind, vals, ok := prefixIndex(l.indexes, filter)
	if !ok || len(vals) != len(ind.Dirs) {
		return kv.QuadIndex{}, nil, false
	}
	return ind, vals, true
}

// scan returns the quads of the step whose Result direction is v, as the
// nodes of that direction (each of them v) with the step's tags, or false
// when no index covers the filter.
func (l *exactLookup) scan(qs *kv.QuadStore, v cgraph.Ref) (iterator.Scanner, bool) {
	if _, ok := v.(kv.Int64Value); !ok {
		return nil, false
	}
	if _, ok := l.qa.Filter[l.qa.Result]; ok {
		return nil, false
	}
	filter := make(map[quad.Direction]cgraph.Ref, len(l.qa.Filter)+1)
	for d, r := range l.qa.Filter {
		filter[d] = r
	}
	filter[l.qa.Result] = v
	ind, vals, ok := prefixIndex(l.indexes, filter)
	if !ok {
		return nil, false
	}
	sh := swapScans(l.qa.SimplifyFrom(kv.IndexScan{Index: ind, Values: vals}), qs, l.r)
	return sh.BuildIterator(qs).Iterate(), true
}

// lookupBy is an iterator whose Lookup is an exactLookup.
type lookupBy struct {
	iterator.Shape
	kv *kv.QuadStore
	l  *exactLookup
}

func (it lookupBy) Lookup() iterator.Index {
	return &exactIndex{kv: it.kv, l: it.l, shape: it.Shape}
}

func (it lookupBy) Optimize(ctx context.Context) (iterator.Shape, bool) {
	o, ok := it.Shape.Optimize(ctx)
	if !ok {
		return it, false
	}
	return lookupBy{Shape: o, kv: it.kv, l: it.l}, true
}

func (it lookupBy) SubIterators() []iterator.Shape { return it.Shape.SubIterators() }

// exactIndex is the Lookup of a lookupBy. Like Cayley's HasA, Contains
// stops at the first matching quad and NextPath moves to the next one, in
// the order of the quad IDs, which is the order Cayley's scan meets them.
// A value the exact scan cannot serve (no covering index) goes to the
// iterator's own Lookup.
type exactIndex struct {
	kv    *kv.QuadStore
	l     *exactLookup
	shape iterator.Shape

	cur      iterator.Scanner // the exact scan of the last Contains
	fallback iterator.Index   // the iterator's own Lookup, made on first need
	usedFb   bool             // whether the last Contains went to fallback
	result   cgraph.Ref
	err      error

	// the exact key of the last Contains read through the reader: the
	// IDs of its quads not yet met, in one transaction for all checks
	tx  *rtx
	ids []uint64
}

// containsKey checks v with the quads of one exact key; ok is false when
// v needs a scan (tags, or no index with every direction fixed).
func (it *exactIndex) containsKey(ctx context.Context, v cgraph.Ref) (found, ok bool) {
	ind, vals, ok := it.l.key(v)
	if !ok {
		return false, false
	}
	if it.tx == nil {
		if it.tx, it.err = it.l.r.begin(ctx); it.err != nil {
			return false, true
		}
	}
	b, err := it.tx.get(ctx, ind.Key(vals))
	if err == nil && b != nil {
		it.ids, err = decodeIndex(b)
	}
	if err != nil {
		it.err = err
		return false, true
	}
	return it.nextID(ctx), true
}

// nextID moves to the next live quad of the key.
func (it *exactIndex) nextID(ctx context.Context) bool {
	for len(it.ids) > 0 {
		id := it.ids[0]
		it.ids = it.ids[1:]
		p, err := it.l.r.quad(ctx, it.tx, id)
		if err != nil {
			it.err = err
			return false
		}
		if p != nil && !p.Deleted {
			return true
		}
	}
	return false
}

func (it *exactIndex) String() string { return "ExactLookup" }

func (it *exactIndex) closeCur() {
	if it.cur != nil {
		if err := it.cur.Close(); err != nil && it.err == nil {
			it.err = err
		}
		it.cur = nil
	}
}

func (it *exactIndex) Contains(ctx context.Context, v cgraph.Ref) bool {
	it.closeCur()
	it.result = nil
	if it.err != nil {
		return false
	}
	it.ids = nil
	if found, ok := it.containsKey(ctx, v); ok {
		it.usedFb = false
		if found {
			it.result = v
		}
		return found
	}
	sc, ok := it.l.scan(it.kv, v)
	if !ok {
		if it.fallback == nil {
			it.fallback = it.shape.Lookup()
		}
		it.usedFb = true
		if it.fallback.Contains(ctx, v) {
			it.result = it.fallback.Result()
			return true
		}
		return false
	}
	it.usedFb = false
	it.cur = sc
	if sc.Next(ctx) {
		it.result = sc.Result()
		return true
	}
	if err := sc.Err(); err != nil {
		it.err = err
	}
	it.closeCur()
	return false
}

func (it *exactIndex) NextPath(ctx context.Context) bool {
	if it.usedFb {
		return it.fallback.NextPath(ctx)
	}
	if it.cur == nil {
		return it.err == nil && it.nextID(ctx)
	}
	if it.cur.NextPath(ctx) || it.cur.Next(ctx) {
		return true
	}
	if err := it.cur.Err(); err != nil {
		it.err = err
	}
	return false
}

func (it *exactIndex) TagResults(dst map[string]cgraph.Ref) {
	if it.usedFb {
		it.fallback.TagResults(dst)
		return
	}
	if it.cur != nil {
		it.cur.TagResults(dst)
	}
}

func (it *exactIndex) Result() cgraph.Ref { return it.result }

func (it *exactIndex) Err() error {
	if it.err != nil {
		return it.err
	}
	if it.usedFb {
		return it.fallback.Err()
	}
	return nil
}

func (it *exactIndex) Close() error {
	it.closeCur()
	if it.tx != nil {
		if err := it.tx.close(); err != nil && it.err == nil {
			it.err = err
		}
		it.tx = nil
	}
	if it.fallback != nil {
		if err := it.fallback.Close(); err != nil && it.err == nil {
			it.err = err
		}
	}
	return it.err
}

// NodesAllIterator implements graph.QuadStore like Cayley's, with the
// store's size read once per query (see sizedAll).
func (s *store) NodesAllIterator() iterator.Shape { return s.allSized(s.kv.NodesAllIterator()) }

// QuadsAllIterator is NodesAllIterator for quads.
func (s *store) QuadsAllIterator() iterator.Shape { return s.allSized(s.kv.QuadsAllIterator()) }

// Stats implements graph.QuadStore like Cayley's; when exact is false the
// size is the one read once per query.
func (s *store) Stats(ctx context.Context, exact bool) (cgraph.Stats, error) {
	if exact || s.r == nil {
		return s.kv.Stats(ctx, exact)
	}
	sz := s.r.storeSize(s.kv)
	return cgraph.Stats{Nodes: refs.Size{Value: sz / 3}, Quads: refs.Size{Value: sz, Exact: true}}, nil
}

// statsStore returns the store that the plans Cayley would have run
// (bound's old) are built on, only for their statistics: Cayley's own, or
// statsKV when the size can be read once per query.
func (s *store) statsStore() cgraph.QuadStore {
	if s.r == nil {
		return s.kv
	}
	return statsKV{QuadStore: s.kv, s: s}
}

// statsKV is Cayley's key-value store with its iterators, except that the
// store's size, which Cayley reads in a transaction of its own each time
// an all-quads iterator, a partial index scan or LinksTo is asked for its
// statistics, is the store's, read once per query. A query of many short
// steps asks thousands of times (9% of the CPU of officials on the 100 k
// store).
type statsKV struct {
	*kv.QuadStore
	s *store
}

func (k statsKV) Stats(ctx context.Context, exact bool) (cgraph.Stats, error) {
	return k.s.Stats(ctx, exact)
}

func (k statsKV) NodesAllIterator() iterator.Shape { return k.s.NodesAllIterator() }

func (k statsKV) QuadsAllIterator() iterator.Shape { return k.s.QuadsAllIterator() }

func (k statsKV) QuadIteratorSize(ctx context.Context, d quad.Direction, v cgraph.Ref) (refs.Size, error) {
	return k.s.QuadIteratorSize(ctx, d, v)
}

// QuadIterator is Cayley's, its statistics sized once per query: a scan of
// one value on an index of several directions is sized 1 + size/2 as
// Cayley sizes it; on an index of one direction its size is exact.
func (k statsKV) QuadIterator(d quad.Direction, v cgraph.Ref) iterator.Shape {
	it := k.QuadStore.QuadIterator(d, v)
	if _, ok := it.(*kv.QuadIterator); !ok {
		return k.s.allSized(it)
	}
	for _, ind := range k.s.indexes {
		if ind.Dirs[0] == d && len(ind.Dirs) > 1 {
			r := k.s.r
			return &sizedAll{Shape: it, size: func() int64 { return 1 + r.storeSize(k.QuadStore)/2 }}
		}
	}
	return it
}

// allSized wraps one of Cayley's all-quads or all-nodes iterators (also
// the one a scan of a direction no index starts with falls back to) so
// that its statistics take the store's size read once per query; it
// returns any other iterator, and every one when r is nil, as it is.
func (s *store) allSized(it iterator.Shape) iterator.Shape {
	if _, ok := it.(*kv.QuadIterator); ok || s.r == nil {
		return it
	}
	r := s.r
	return &sizedAll{Shape: it, size: func() int64 { return r.storeSize(s.kv) }}
}

// sizedAll is one of Cayley's iterators with its Stats (the costs
// Cayley's report) taking the size from a function.
type sizedAll struct {
	iterator.Shape
	size func() int64
}

func (it *sizedAll) Stats(context.Context) (iterator.Costs, error) {
	return iterator.Costs{ContainsCost: 1, NextCost: 2, Size: refs.Size{Value: it.size(), Exact: false}}, nil
}

func (it *sizedAll) Optimize(context.Context) (iterator.Shape, bool) { return it, false }
