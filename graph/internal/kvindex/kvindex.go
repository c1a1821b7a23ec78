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
	qa, ok := in.(shape.QuadsAction)
	if !ok || len(qa.Filter) == 0 {
		return in, false
	}
	ind, vals, ok := prefixIndex(s.indexes, qa.Filter)
	if !ok {
		return in, false
	}
	return bound{Shape: qa.SimplifyFrom(kv.IndexScan{Index: ind, Values: vals}), kv: s.kv}, true
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
type bound struct {
	shape.Shape
	kv *kv.QuadStore
}

func (b bound) BuildIterator(cgraph.QuadStore) iterator.Shape { return b.Shape.BuildIterator(b.kv) }

func (b bound) Optimize(context.Context, shape.Optimizer) (shape.Shape, bool) { return b, false }
