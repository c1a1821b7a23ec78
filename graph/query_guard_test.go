package graph

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/zhkg/zhkg/extract"
)

// TestPostgres_QueryPanicIsAnError: Cayley's PostgreSQL backend panics on
// g.V(x).both().both().all() inside the goroutine that runs the Gizmo VM.
// Store.Query must answer ErrQuery naming the panic, and the store must
// answer the next query.
func TestPostgres_QueryPanicIsAnError(t *testing.T) {
	s := mustOpenPG(t, pgURL(t))
	mustPut(t, s, docA(t, false), docB(t))
	ctx := context.Background()
	person := EntityIRI(DefaultBase, "person/张明远")
	for i := 0; i < 3; i++ {
		rows, err := s.Query(ctx, `g.V("<`+person+`>").both().both().all()`, QueryOptions{Timeout: 30 * time.Second})
		if err == nil {
			// Cayley's bug fixed upstream: the rows must then be right.
			if len(rows) == 0 {
				t.Fatal("both().both(): no rows and no error")
			}
			t.Log("both().both() answered: Cayley's bug seems fixed; update postgres.go's doc")
			return
		}
		if !errors.Is(err, ErrQuery) || !strings.Contains(err.Error(), "panic") {
			t.Fatalf("both().both(): %v, want ErrQuery naming the panic", err)
		}
	}
	rows, err := s.Query(ctx, `g.V("<`+person+`>").out("<`+PredicateIRI(DefaultBase, extract.WorksAt)+`>").all()`, QueryOptions{Timeout: 30 * time.Second})
	if err != nil || len(rows) == 0 {
		t.Fatalf("query after the panics: %v rows, %v", len(rows), err)
	}
}
