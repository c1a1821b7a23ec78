package kvindex

import (
	"context"
	"fmt"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/kv/btree"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
)

// BenchmarkHubStep times one in() step of a predicate with 10 quads from a
// node that is the object of 5 000 (a county named by many articles), and
// the same step from 20 such nodes at once, on the plain and the wrapped
// store.
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
	hubs := make([]string, 20)
	for h := range hubs {
		hubs[h] = fmt.Sprintf("%q", fmt.Sprintf("<hub%d>", h))
		for i := 0; i < 5000; i++ {
			p := "mentions"
			if i < 10 {
				p = "partOf"
			}
			qq = append(qq, quad.Make(quad.IRI(fmt.Sprintf("n%d", i)), quad.IRI(p), quad.IRI(fmt.Sprintf("hub%d", h)), quad.IRI(fmt.Sprintf("article/%d", i%50))))
		}
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
		q    string
		rows int
	}{
		{"one/plain", qs, `g.V("<hub0>").in("<partOf>").all()`, 10},
		{"one/wrapped", Wrap(qs), `g.V("<hub0>").in("<partOf>").all()`, 10},
		{"twenty/plain", qs, `g.V(` + strings.Join(hubs, ",") + `).tag("h").in("<partOf>").all()`, 200},
		{"twenty/wrapped", Wrap(qs), `g.V(` + strings.Join(hubs, ",") + `).tag("h").in("<partOf>").all()`, 200},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				it, err := gizmo.NewSession(bc.qs).Execute(ctx, bc.q, query.Options{Collation: query.JSON, Limit: 1000})
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for it.Next(ctx) {
					n++
				}
				it.Close()
				if n != bc.rows {
					b.Fatalf("%d rows, want %d", n, bc.rows)
				}
			}
		})
	}
}
