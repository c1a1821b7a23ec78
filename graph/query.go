package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// QueryOptions bounds a query.
type QueryOptions struct {
	Limit   int           // maximum number of rows; 0 means no limit
	Timeout time.Duration // 0 means only ctx bounds the query
}

// drainTimeout bounds how long Query waits, after stopping a query, for
// Cayley's VM goroutine to let go of the store.
const drainTimeout = 5 * time.Second

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
// (context.DeadlineExceeded). Query holds the read lock until Cayley's
// goroutine for the query has stopped.
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
	ses := gizmo.NewSession(s.h.QuadStore)
	it, err := ses.Execute(ctx, q, query.Options{Collation: query.JSONLD, Limit: opts.Limit})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrQuery, err)
	}
	defer func() {
		it.Close()
		// Wait until the VM goroutine has finished so that it no longer
		// touches the store once the read lock is released.
		dctx, cancel := context.WithTimeout(context.Background(), drainTimeout)
		defer cancel()
		for it.Next(dctx) {
		}
	}()
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
