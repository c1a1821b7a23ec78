package graph

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"

	"github.com/zhkg/zhkg/graph/internal/guard"
	"github.com/zhkg/zhkg/graph/internal/kvindex"
)

// QueryOptions bounds a query.
type QueryOptions struct {
	Limit   int           // maximum number of rows; 0 means no limit
	Timeout time.Duration // 0 means only ctx bounds the query
}

// Query runs a Gizmo query and returns its rows as JSON-friendly values:
//
//   - a node IRI or blank node is {"@id": "http://..."} (or "_:b1");
//   - a literal is its plain value: a string (the language tag is dropped),
//     an int64 or float64 for numbers, a bool, or the lexical form of other
//     typed literals (dates, times);
//   - a row of tagged values is {"tag": value, ...}; a value passed to
//     g.emit() that is not an object becomes {"value": v}.
//
// The query stops at opts.Limit rows, when opts.Timeout passes or when ctx
// is done; the error then wraps ErrQuery and ctx's error
// (context.DeadlineExceeded). A panic inside the store's code (Cayley's
// PostgreSQL backend has one) is an error wrapping ErrQuery, not the end
// of the process. Query holds the read lock until Cayley's goroutine for
// the query no longer touches the store.
func (s *Store) Query(ctx context.Context, q string, opts QueryOptions) (rows []map[string]any, err error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed || s.h == nil {
		return nil, fmt.Errorf("query: %w", ErrClosed)
	}
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	defer func() {
		if r := recover(); r != nil {
			rows, err = nil, fmt.Errorf("%w: panic: %v", ErrQuery, r)
		}
	}()
	// The wrapped store reads node values in one transaction, released
	// after the guard's Close (defers run last to first).
	qs, release := kvindex.WrapQuery(s.h.QuadStore)
	defer release()
	// The guard turns a panic inside the store (the Gizmo VM runs in a
	// goroutine of Cayley's own, where the recover above cannot reach) into
	// an error, and its Close makes sure that goroutine no longer touches
	// the store once the read lock is released.
	g := guard.New(slog.New(slog.DiscardHandler))
	defer func() {
		g.Close()
		if perr := g.Panicked(); perr != nil {
			rows, err = nil, fmt.Errorf("%w: %w", ErrQuery, perr)
		}
	}()
	ses := gizmo.NewSession(g.Store(qs))
	it, err := ses.Execute(ctx, q, query.Options{Collation: query.JSONLD, Limit: opts.Limit})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrQuery, err)
	}
	defer it.Close()
	for it.Next(ctx) {
		v := it.Result()
		if v == nil {
			continue
		}
		rows = append(rows, toRow(v))
		if opts.Limit > 0 && len(rows) >= opts.Limit {
			return rows, nil
		}
	}
	if err := it.Err(); err != nil {
		return rows, fmt.Errorf("%w: %w", ErrQuery, err)
	}
	return rows, nil
}

// toRow turns one JSON-LD collated result into a row.
func toRow(v any) map[string]any {
	switch x := plain(v).(type) {
	case map[string]any:
		return x
	default:
		return map[string]any{"value": x}
	}
}

// plain rewrites JSON-LD values into the shape documented on Query.
func plain(v any) any {
	switch x := v.(type) {
	case map[string]any:
		if id, ok := x["@id"]; ok && len(x) == 1 {
			return map[string]any{"@id": id}
		}
		if val, ok := x["@value"]; ok {
			return plain(val)
		}
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	case map[string]string:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = e
		}
		return plain(out)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case []map[string]any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case int:
		return int64(x)
	case time.Time:
		return x.Format(time.RFC3339Nano)
	}
	return v
}
