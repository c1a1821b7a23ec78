package kvindex

import (
	"context"
	"reflect"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// Wrap returns qs with the prefix optimisation when qs is a Cayley
// key-value store, and qs itself otherwise.
func Wrap(qs cgraph.QuadStore) cgraph.QuadStore {
	k, ok := qs.(*kv.QuadStore)
	if !ok {
		return qs
	}
	return &store{QuadStore: k, kv: k, indexes: indexesOf(k)}
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
}

// OptimizeShape implements shape.Optimizer.
func (s *store) OptimizeShape(ctx context.Context, in shape.Shape) (shape.Shape, bool) {
	if out, ok := s.kv.OptimizeShape(ctx, in); ok {
		return bound{Shape: out, kv: s.kv}, true
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
	return bound{Shape: qa.SimplifyFrom(kv.IndexScan{Index: ind, Values: vals}), kv: s.kv, old: qa.Simplify()}, true
}

// maxNodes bounds the scans manyNodes unites.
const maxNodes = 100000

// manyNodes plans a step of one predicate from a set of nodes
// (zV(list).in(p), with or without a tag on the nodes): Cayley intersects
// every quad of every node with the predicate; this unites one index-prefix
// scan per node.
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
	p, ok := shape.One(pred.Values)
	if !ok || nodes.Dir == quad.Predicate {
		return nil, false
	}
	var (
		list shape.Fixed
		tags []string
	)
	switch v := nodes.Values.(type) {
	case shape.Fixed:
		list = v
	case shape.Save:
		fx, ok := v.From.(shape.Fixed)
		if !ok {
			return nil, false
		}
		list, tags = fx, v.Tags
	default:
		return nil, false
	}
	if len(list) == 0 || len(list) > maxNodes {
		return nil, false
	}
	union := make(shape.Union, 0, len(list))
	for _, n := range list {
		ind, vals, ok := prefixIndex(s.indexes, map[quad.Direction]cgraph.Ref{nodes.Dir: n, quad.Predicate: p})
		if !ok {
			return nil, false
		}
		var scan shape.Shape = kv.IndexScan{Index: ind, Values: vals}
		if len(tags) > 0 {
			// the node's tags, as shape.Save on the node would set them
			fixed := make(map[string]cgraph.Ref, len(tags))
			for _, t := range tags {
				fixed[t] = n
			}
			scan = shape.FixedTags{On: scan, Tags: fixed}
		}
		union = append(union, scan)
	}
	return bound{Shape: union, kv: s.kv, old: q}, true
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
type bound struct {
	shape.Shape
	kv  *kv.QuadStore
	old shape.Shape
}

func (b bound) BuildIterator(cgraph.QuadStore) iterator.Shape {
	it := b.Shape.BuildIterator(b.kv)
	if b.old == nil {
		return it
	}
	if o, ok := it.Optimize(context.Background()); ok {
		it = o
	}
	old := b.old.BuildIterator(b.kv)
	if o, ok := old.Optimize(context.Background()); ok {
		old = o
	}
	return statsOf{Shape: it, old: old}
}

func (b bound) Optimize(context.Context, shape.Optimizer) (shape.Shape, bool) { return b, false }

// statsOf is an iterator that reports the statistics of another. It is
// optimised when built, so its Optimize has nothing left to do.
type statsOf struct {
	iterator.Shape
	old iterator.Shape
}

func (s statsOf) Stats(ctx context.Context) (iterator.Costs, error) { return s.old.Stats(ctx) }

func (s statsOf) Optimize(ctx context.Context) (iterator.Shape, bool) { return s, false }
