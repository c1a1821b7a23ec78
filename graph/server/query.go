package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/zhkg/zhkg/graph/internal/guard"
	"github.com/zhkg/zhkg/graph/internal/kvindex"
)

// serveQuery answers /api/v2/query like Cayley's API v2 (same parameters,
// same JSON), but runs Gizmo itself: under the read lock, through a guard
// that turns store panics into a 500 and is closed before the lock is
// released, with the configured timeout and limit. Other languages go to
// Cayley's handler under the read lock.
func (s *server) serveQuery(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		w.Header().Set("Allow", "GET, POST")
		jsonError(w, http.StatusMethodNotAllowed, "use GET or POST")
		return
	}
	lang := r.URL.Query().Get("lang")
	if lang != "gizmo" {
		s.readLocked(w, r)
		return
	}
	var text string
	if r.Method == http.MethodGet {
		text = r.URL.Query().Get("qu")
	} else {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			jsonError(w, http.StatusBadRequest, "reading the query: "+err.Error())
			return
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		jsonError(w, http.StatusBadRequest, "query is empty")
		return
	}
	col := query.JSON
	if specs := cayleyhttp.ParseAccept(r.Header, "Accept"); len(specs) != 0 && specs[0].Value == "application/ld+json" {
		col = query.JSONLD
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.QueryTimeout)
	defer cancel()

	unlock := s.rlock()
	g := guard.New(s.log)
	qs, release := kvindex.WrapQuery(s.h.QuadStore)
	rows, err := runGizmo(ctx, g.Store(qs), text, col, s.opt.QueryLimit)
	g.Close()
	release() // after the guard: Cayley's goroutine no longer reads
	unlock()

	if perr := g.Panicked(); perr != nil {
		jsonError(w, http.StatusInternalServerError, "the graph store failed on this query (details in the server log)")
		return
	}
	if err != nil {
		switch {
		case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
			jsonError(w, http.StatusGatewayTimeout, fmt.Sprintf("query stopped after the %s time limit", s.opt.QueryTimeout))
		case errors.Is(err, errPanic):
			jsonError(w, http.StatusInternalServerError, "the query engine failed on this query (details in the server log)")
			s.log.Error("query engine panic", "err", err)
		default:
			jsonError(w, http.StatusBadRequest, err.Error())
		}
		return
	}
	ct := "application/json"
	if col == query.JSONLD {
		ct = "application/ld+json"
	}
	w.Header().Set("Content-Type", ct)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(map[string]any{"result": rows})
}

var errPanic = errors.New("panic")

// runGizmo runs a Gizmo program and collects at most limit results.
// A panic in this goroutine becomes an error wrapping errPanic; the VM
// goroutine's store calls are protected by the guard behind qs.
func runGizmo(ctx context.Context, qs cgraph.QuadStore, text string, col query.Collation, limit int) (rows []any, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %v", errPanic, p)
		}
	}()
	it, err := query.GetLanguage("gizmo").Session(qs).Execute(ctx, text, query.Options{Collation: col, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	for it.Next(ctx) {
		rows = append(rows, it.Result())
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return rows, nil
}
