package queries

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
)

// TestPathThroughHubs checks path on a graph where both ends sit next to
// hubs (a post held by hundreds of people, a county with hundreds of
// offices): the chain must still be a shortest one, the same every run,
// and the same whichever end the search starts from.
func TestPathThroughHubs(t *testing.T) {
	var qs []quad.Quad
	add := func(s quad.IRI, p string, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: schema(p), Object: o, Label: quad.IRI(testBase + "article/x/0")})
	}
	node := func(key, label string) quad.IRI {
		n := quad.IRI(testBase + key)
		qs = append(qs, quad.Quad{Subject: n, Predicate: rdfsLabel, Object: zh(label), Label: quad.IRI(testBase + "article/x/0")})
		return n
	}
	for p, l := range map[string]string{"post": "职务", "worksAt": "任职于", "locatedIn": "位于"} {
		qs = append(qs, quad.Quad{Subject: schema(p), Predicate: rdfsLabel, Object: zh(l)})
	}
	post := node("title/部长", "部长")
	county := node("place/450421", "苍梧县")
	city := node("place/450400", "梧州市")
	add(county, "locatedIn", city)
	a := node("person/甲", "甲")
	add(a, "post", post)
	// 400 other holders of the post, each in an office of a county of
	// another city, and 400 offices of the goal county, each with one clerk
	other := node("place/450000", "别市")
	for i := 0; i < 400; i++ {
		p := node(fmt.Sprintf("person/持有人%03d", i), fmt.Sprintf("持有人%03d", i))
		add(p, "post", post)
		o := node(fmt.Sprintf("org/外局%03d", i), fmt.Sprintf("外局%03d", i))
		add(p, "worksAt", o)
		add(o, "locatedIn", other)
		local := node(fmt.Sprintf("org/本局%03d", i), fmt.Sprintf("本局%03d", i))
		add(local, "locatedIn", county)
		clerk := node(fmt.Sprintf("person/职员%03d", i), fmt.Sprintf("职员%03d", i))
		add(clerk, "worksAt", local)
	}
	// the only holders of the post who work in the goal county: two, so
	// the choice between them is a tie that must be broken the same way
	for _, name := range []string{"乙", "丙"} {
		b := node("person/"+name, name)
		add(b, "post", post)
		add(b, "worksAt", quad.IRI(testBase+"org/本局007"))
	}
	store := memstore.New(qs...)
	got := mustRun(t, store, "path", map[string]string{"from": "甲", "to": "苍梧县"}, query.JSONLD)
	want := []string{
		`{"predicate":"职务","source":{"@id":"甲"},"step":1,"target":{"@id":"部长"}}`,
		`{"predicate":"职务","source":{"@id":"丙"},"step":2,"target":{"@id":"部长"}}`,
		`{"predicate":"任职于","source":{"@id":"丙"},"step":3,"target":{"@id":"本局007"}}`,
		`{"predicate":"位于","source":{"@id":"本局007"},"step":4,"target":{"@id":"苍梧县"}}`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("path 甲 → 苍梧县 (-want +got):\n%s", diff)
	}
	back := mustRun(t, store, "path", map[string]string{"from": "苍梧县", "to": "甲"}, query.JSON)
	if len(back) != len(want) {
		t.Fatalf("path 苍梧县 → 甲: %d steps, want %d:\n%s", len(back), len(want), strings.Join(back, "\n"))
	}
	if again := mustRun(t, store, "path", map[string]string{"from": "甲", "to": "苍梧县"}, query.JSON); !cmp.Equal(got, again) {
		t.Errorf("path is not deterministic:\n%s\n---\n%s", strings.Join(got, "\n"), strings.Join(again, "\n"))
	}
	if rows := mustRun(t, store, "path", map[string]string{"from": "甲", "to": "苍梧县", "depth": "3"}, query.JSON); len(rows) != 0 {
		t.Errorf("depth 3: %d rows, want none (the shortest chain has 4 steps)", len(rows))
	}
}
