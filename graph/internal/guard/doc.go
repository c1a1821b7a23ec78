// Package guard puts a guard between a Gizmo query and a Cayley quad
// store, for the two places that run queries: graph.Store.Query and the
// HTTP server of graph/server.
//
// Cayley runs a Gizmo program in a goroutine of its own, so a panic inside
// the store's code (its PostgreSQL backend has one: g.V(x).both().both()
// ends in a nil pointer in graph/sql's iterator) would kill the whole
// process; no recover of the caller can reach that goroutine. A Guard wraps
// the store, every iterator it hands out and every call on them: a panic
// becomes the error of the iterator that hit it (and is kept for
// Panicked), and Close waits for the calls in flight and refuses every
// later one, so a caller whose query ended (by its timeout, say) can
// release its read lock knowing the VM goroutine no longer touches the
// store.
package guard
