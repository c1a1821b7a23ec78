package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDoc_MoveTriples(t *testing.T) {
	d := &Doc{}
	d.AddTriple(Triple{Subject: "z/short", Predicate: LocatedIn, Object: "p/county"})
	d.AddTriple(Triple{Subject: "z/full", Predicate: LocatedIn, Object: "p/county"})
	d.AddTriple(Triple{Subject: "z/full", Predicate: ShortName, Object: "z/short", Literal: true})
	d.AddTriple(Triple{Subject: "z/short", Predicate: PartOf, Object: "z/full"})
	d.AddTriple(Triple{Subject: "per/a", Predicate: WorksAt, Object: "z/short"})
	d.MoveTriples("z/short", "z/full")
	var got []string
	for _, tr := range d.Triples {
		got = append(got, tr.Subject+" "+string(tr.Predicate)+" "+tr.Object)
	}
	want := []string{
		"z/full 位于 p/county", // the repeat of the next one is gone
		"z/full 简称 z/short",  // a literal is text, not the entity
		"per/a 任职于 z/full",   // (z/full 隶属 z/full, a loop, is gone)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MoveTriples (-want +got):\n%s", diff)
	}
	// the set of triples follows: a triple added again is a repeat
	d.AddTriple(Triple{Subject: "per/a", Predicate: WorksAt, Object: "z/full"})
	if len(d.Triples) != 3 {
		t.Errorf("%d triples after adding a repeat, want 3", len(d.Triples))
	}
}
