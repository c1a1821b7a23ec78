package kvindex

import (
	"context"
	"fmt"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/kv/btree"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
)

// BenchmarkHubStep times one in() step from a node that is the object of
// 5 000 quads (a county named by many articles), for a predicate with 10
// of them, on the plain and the wrapped store.
func BenchmarkHubStep(b *testing.B) {
	db := btree.New()
	if err := kv.Init(db, nil); err != nil {
		b.Fatal(err)
	}
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		b.Fatal(err)
	}
	defer qs.Close()
	var qq []quad.Quad
	for i := 0; i < 5000; i++ {
		p := "mentions"
		if i < 10 {
			p = "partOf"
		}
		qq = append(qq, quad.Make(quad.IRI(fmt.Sprintf("n%d", i)), quad.IRI(p), quad.IRI("hub"), quad.IRI(fmt.Sprintf("article/%d", i%50))))
	}
	w, _ := qs.NewQuadWriter()
	if _, err := w.WriteQuads(qq); err != nil {
		b.Fatal(err)
	}
	w.Close()
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		qs   cgraph.QuadStore
	}{{"plain", qs}, {"wrapped", Wrap(qs)}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				it, err := gizmo.NewSession(bc.qs).Execute(ctx, `g.V("<hub>").in("<partOf>").all()`, query.Options{Collation: query.JSON, Limit: 100})
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for it.Next(ctx) {
					n++
				}
				it.Close()
				if n != 10 {
					b.Fatalf("%d rows, want 10", n)
				}
			}
		})
	}
}
