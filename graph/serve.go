package graph

import (
	"net/http"

	"github.com/zhkg/zhkg/graph/server"
)

// Handler returns the HTTP handler of `zhkg serve` over this store: the
// Cayley web UI and HTTP API, with every request under the store's
// read/write lock (see package server). Writes through the API are refused
// unless opts.Writable; quads written through it are not tracked by the
// meta store, so Put and Delete do not see them.
func (s *Store) Handler(opts server.Options) http.Handler {
	return server.New(s.h, &s.mu, opts)
}
