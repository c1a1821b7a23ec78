package graph

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

// Stats summarises a store. Everything but Quads and Nodes comes from the
// counters of the meta store, kept up to date by Put and Delete, so Stats
// never scans the quad store.
type Stats struct {
	Quads     int64 // quads in the quad store, as Cayley counts them
	Nodes     int64 // nodes in the quad store (an estimate on bolt/leveldb)
	Documents int   // stored documents (paths)
	Articles  int   // their articles
	// DocumentQuads is the sum of the documents' quads; it exceeds Quads
	// when documents with identical bytes share their quads.
	DocumentQuads int
	// Entities counts distinct nodes by type: "PER", "LOC", "ORG" (the
	// extract.Type values), "TITLE" (posts) and "PRODUCT" (industries).
	Entities map[string]int
	// Predicates counts quads by predicate IRI (see PredicateIRI and
	// PredicateByIRI for the schema's predicates).
	Predicates map[string]int
	Pending    int // documents whose replace is not finished (normally 0)
}

// Stats returns the counts of the store.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed || s.h == nil {
		return Stats{}, fmt.Errorf("stats: %w", ErrClosed)
	}
	st := Stats{Entities: make(map[string]int), Predicates: make(map[string]int)}
	cs, err := s.h.QuadStore.Stats(ctx, backends[s.opts.Backend].exactStats)
	if err != nil {
		return st, fmt.Errorf("stats: quad store: %w", err)
	}
	st.Quads, st.Nodes = cs.Quads.Value, cs.Nodes.Value
	err = s.meta.View(func(tx metaTx) error {
		err := tx.Scan(bCounts, "", func(k string, v []byte) error {
			n, _ := strconv.Atoi(string(v))
			switch {
			case k == "docs":
				st.Documents = n
			case k == "articles":
				st.Articles = n
			case k == "quads":
				st.DocumentQuads = n
			case strings.HasPrefix(k, "type/"):
				st.Entities[k[len("type/"):]] = n
			case strings.HasPrefix(k, "pred/"):
				st.Predicates[k[len("pred/"):]] = n
			}
			return nil
		})
		if err != nil {
			return err
		}
		return tx.Scan(bPending, "", func(string, []byte) error { st.Pending++; return nil })
	})
	if err != nil {
		return st, fmt.Errorf("stats: meta store: %w", err)
	}
	return st, nil
}
