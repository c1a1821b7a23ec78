package guard

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// ErrStopped is what a guarded store answers once its query has ended.
var ErrStopped = errors.New("query stopped")

// A Guard sits between a query and the store. It
//
//   - turns a panic inside the store's code (cayley's PostgreSQL backend has
//     one, notes/cayley.md §6) into an error of the iterator that hit it, so
//     the Gizmo VM goroutine, which no recover of ours can reach, survives;
//   - counts the store calls in flight, so that when a request ends (even by
//     its timeout, while the VM goroutine is still winding down) close waits
//     for them and makes every later call fail without touching the store.
//     The request can then release its read lock safely: bolt and memstore
//     must never see a query and a write at the same time.
type Guard struct {
	mu     sync.Mutex
	cond   *sync.Cond
	active int
	closed bool
	panic  atomic.Pointer[error]
	log    *slog.Logger
}

// New returns a guard that logs recovered panics to log.
func New(log *slog.Logger) *Guard {
	g := &Guard{log: log}
	g.cond = sync.NewCond(&g.mu)
	return g
}

func (g *Guard) enter() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return false
	}
	g.active++
	return true
}

func (g *Guard) leave() {
	g.mu.Lock()
	g.active--
	if g.active == 0 {
		g.cond.Broadcast()
	}
	g.mu.Unlock()
}

// Close waits for the calls in flight and refuses all later ones.
func (g *Guard) Close() {
	g.mu.Lock()
	g.closed = true
	for g.active > 0 {
		g.cond.Wait()
	}
	g.mu.Unlock()
}

// recovered records a panic and returns it as an error.
func (g *Guard) recovered(op string, r any) error {
	err := fmt.Errorf("graph store panicked in %s: %v", op, r)
	g.panic.CompareAndSwap(nil, &err)
	g.log.Error("panic in graph store during a query", "op", op, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
	return err
}

// Panicked returns the first recovered panic, or nil.
func (g *Guard) Panicked() error {
	if p := g.panic.Load(); p != nil {
		return *p
	}
	return nil
}

// Store wraps qs. The result implements shape.Optimizer when qs does.
func (g *Guard) Store(qs cgraph.QuadStore) cgraph.QuadStore {
	b := &guardStore{qs: qs, g: g}
	if o, ok := qs.(shape.Optimizer); ok {
		return &guardOptStore{guardStore: b, opt: o}
	}
	return b
}

// call runs f as one guarded store call.
func (g *Guard) call(op string, f func() error) (err error) {
	if !g.enter() {
		return ErrStopped
	}
	defer g.leave()
	defer func() {
		if r := recover(); r != nil {
			err = g.recovered(op, r)
		}
	}()
	return f()
}

// iter wraps an iterator shape (nil and Null stay as they are).
func (g *Guard) iter(it iterator.Shape) iterator.Shape {
	if it == nil || iterator.IsNull(it) {
		return it
	}
	if _, ok := it.(*guardShape); ok {
		return it
	}
	return &guardShape{it: it, g: g}
}

type guardStore struct {
	qs cgraph.QuadStore
	g  *Guard
}

func (s *guardStore) ValueOf(v quad.Value) (ref refs.Ref, err error) {
	err = s.g.call("ValueOf", func() (e error) { ref, e = s.qs.ValueOf(v); return })
	return
}

func (s *guardStore) NameOf(r refs.Ref) (v quad.Value, err error) {
	err = s.g.call("NameOf", func() (e error) { v, e = s.qs.NameOf(r); return })
	return
}

func (s *guardStore) Quad(r refs.Ref) (q quad.Quad, err error) {
	err = s.g.call("Quad", func() (e error) { q, e = s.qs.Quad(r); return })
	return
}

func (s *guardStore) QuadIterator(d quad.Direction, r refs.Ref) iterator.Shape {
	var it iterator.Shape
	if err := s.g.call("QuadIterator", func() error { it = s.qs.QuadIterator(d, r); return nil }); err != nil {
		return iterator.NewError(err)
	}
	return s.g.iter(it)
}

func (s *guardStore) QuadIteratorSize(ctx context.Context, d quad.Direction, r refs.Ref) (sz refs.Size, err error) {
	err = s.g.call("QuadIteratorSize", func() (e error) { sz, e = s.qs.QuadIteratorSize(ctx, d, r); return })
	return
}

func (s *guardStore) QuadDirection(id refs.Ref, d quad.Direction) (r refs.Ref, err error) {
	err = s.g.call("QuadDirection", func() (e error) { r, e = s.qs.QuadDirection(id, d); return })
	return
}

func (s *guardStore) Stats(ctx context.Context, exact bool) (st cgraph.Stats, err error) {
	err = s.g.call("Stats", func() (e error) { st, e = s.qs.Stats(ctx, exact); return })
	return
}

func (s *guardStore) ApplyDeltas(in []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	return s.g.call("ApplyDeltas", func() error { return s.qs.ApplyDeltas(in, opts) })
}

func (s *guardStore) NewQuadWriter() (w quad.WriteCloser, err error) {
	err = s.g.call("NewQuadWriter", func() (e error) { w, e = s.qs.NewQuadWriter(); return })
	return
}

func (s *guardStore) NodesAllIterator() iterator.Shape {
	var it iterator.Shape
	if err := s.g.call("NodesAllIterator", func() error { it = s.qs.NodesAllIterator(); return nil }); err != nil {
		return iterator.NewError(err)
	}
	return s.g.iter(it)
}

func (s *guardStore) QuadsAllIterator() iterator.Shape {
	var it iterator.Shape
	if err := s.g.call("QuadsAllIterator", func() error { it = s.qs.QuadsAllIterator(); return nil }); err != nil {
		return iterator.NewError(err)
	}
	return s.g.iter(it)
}

// Close does not close the wrapped store: the server does not own it.
func (s *guardStore) Close() error { return nil }

// guardOptStore lets the backend optimise query shapes. A shape it replaced
// is bound to the backend (its BuildIterator wants the concrete store) and
// its iterators are guarded. Cost: a backend optimiser no longer sees such a
// shape inside its parent, so SQL backends merge fewer levels into one query.
type guardOptStore struct {
	*guardStore
	opt shape.Optimizer
}

func (s *guardOptStore) OptimizeShape(ctx context.Context, in shape.Shape) (out shape.Shape, ok bool) {
	err := s.g.call("OptimizeShape", func() error { out, ok = s.opt.OptimizeShape(ctx, in); return nil })
	if err != nil || !ok {
		return in, false
	}
	return boundShape{s: out, qs: s.qs, g: s.g}, true
}

type boundShape struct {
	s  shape.Shape
	qs cgraph.QuadStore
	g  *Guard
}

func (b boundShape) BuildIterator(_ cgraph.QuadStore) iterator.Shape {
	var it iterator.Shape
	if err := b.g.call("BuildIterator", func() error { it = b.s.BuildIterator(b.qs); return nil }); err != nil {
		return iterator.NewError(err)
	}
	return b.g.iter(it)
}

func (b boundShape) Optimize(ctx context.Context, r shape.Optimizer) (shape.Shape, bool) {
	return b, false
}

type guardShape struct {
	it iterator.Shape
	g  *Guard
}

func (s *guardShape) String() string { return "guarded(" + s.it.String() + ")" }

func (s *guardShape) Iterate() iterator.Scanner {
	var sc iterator.Scanner
	if err := s.g.call("Iterate", func() error { sc = s.it.Iterate(); return nil }); err != nil {
		return iterator.NewError(err).Iterate()
	}
	return &guardScanner{guardBase: guardBase{b: sc, g: s.g}, sc: sc}
}

func (s *guardShape) Lookup() iterator.Index {
	var ix iterator.Index
	if err := s.g.call("Lookup", func() error { ix = s.it.Lookup(); return nil }); err != nil {
		return iterator.NewError(err).Lookup()
	}
	return &guardIndex{guardBase: guardBase{b: ix, g: s.g}, ix: ix}
}

func (s *guardShape) Stats(ctx context.Context) (c iterator.Costs, err error) {
	err = s.g.call("Stats", func() (e error) { c, e = s.it.Stats(ctx); return })
	return
}

func (s *guardShape) Optimize(ctx context.Context) (iterator.Shape, bool) {
	var (
		out iterator.Shape
		ok  bool
	)
	if err := s.g.call("Optimize", func() error { out, ok = s.it.Optimize(ctx); return nil }); err != nil || !ok {
		return s, false
	}
	return s.g.iter(out), true
}

func (s *guardShape) SubIterators() []iterator.Shape { return s.it.SubIterators() }

// guardBase guards the methods scanners and indexes share.
type guardBase struct {
	b   iterator.Base
	g   *Guard
	err error
}

func (s *guardBase) fail(err error) bool {
	if s.err == nil {
		s.err = err
	}
	return false
}

func (s *guardBase) String() string { return "guarded(" + s.b.String() + ")" }

func (s *guardBase) TagResults(m map[string]refs.Ref) {
	if err := s.g.call("TagResults", func() error { s.b.TagResults(m); return nil }); err != nil {
		s.fail(err)
	}
}

func (s *guardBase) Result() (r refs.Ref) {
	if err := s.g.call("Result", func() error { r = s.b.Result(); return nil }); err != nil {
		s.fail(err)
		return nil
	}
	return r
}

func (s *guardBase) NextPath(ctx context.Context) (ok bool) {
	if s.err != nil {
		return false
	}
	if err := s.g.call("NextPath", func() error { ok = s.b.NextPath(ctx); return nil }); err != nil {
		return s.fail(err)
	}
	return ok
}

func (s *guardBase) Err() error {
	if s.err != nil {
		return s.err
	}
	var e error
	if err := s.g.call("Err", func() error { e = s.b.Err(); return nil }); err != nil && err != ErrStopped {
		return err
	}
	return e
}

func (s *guardBase) Close() error {
	var e error
	// Close must reach the store even after the guard closed, to free its resources.
	func() {
		defer func() {
			if r := recover(); r != nil {
				e = s.g.recovered("Close", r)
			}
		}()
		e = s.b.Close()
	}()
	return e
}

type guardScanner struct {
	guardBase
	sc iterator.Scanner
}

func (s *guardScanner) Next(ctx context.Context) (ok bool) {
	if s.err != nil {
		return false
	}
	if err := s.g.call("Next", func() error { ok = s.sc.Next(ctx); return nil }); err != nil {
		return s.fail(err)
	}
	return ok
}

type guardIndex struct {
	guardBase
	ix iterator.Index
}

func (s *guardIndex) Contains(ctx context.Context, v refs.Ref) (ok bool) {
	if s.err != nil {
		return false
	}
	if err := s.g.call("Contains", func() error { ok = s.ix.Contains(ctx, v); return nil }); err != nil {
		return s.fail(err)
	}
	return ok
}
