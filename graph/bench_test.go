package graph

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/zhkg/zhkg/extract"
)

// genSources makes n generated documents of one article with a few
// entities and facts each (about 90 quads per document).
func genSources(n int) []Source {
	srcs := make([]Source, n)
	for i := range srcs {
		county := fmt.Sprintf("place/51%04d", 1000+i%500)
		person := fmt.Sprintf("person/张%d", i)
		org := fmt.Sprintf("org/第%d中学", i%97)
		s1 := fmt.Sprintf("县委书记张%d到第%d中学调研。", i, i%97)
		s2 := fmt.Sprintf("张%d今年%d岁，家住本县。", i, 30+i%50)
		text := s1 + s2
		sp1 := extract.Span{Start: 0, End: len(s1)}
		sp2 := extract.Span{Start: len(s1), End: len(text)}
		d := &extract.Doc{ID: fmt.Sprintf("g%05d", i), Name: fmt.Sprintf("g%05d", i), Title: fmt.Sprintf("调研%d", i), Text: text,
			Entities: []extract.Entity{
				{Key: county, Type: extract.Place, Label: fmt.Sprintf("某%d县", i%500), Code: county[6:]},
				{Key: person, Type: extract.Person, Label: person[7:]},
				{Key: org, Type: extract.Org, Label: org[4:]},
			},
			Triples: []extract.Triple{
				{Subject: person, Predicate: extract.PostOf, Object: "县委书记", Literal: true, Evidence: sp1, Rule: "post"},
				{Subject: person, Predicate: extract.WorksAt, Object: county, Evidence: sp1, Rule: "post-place"},
				{Subject: org, Predicate: extract.LocatedIn, Object: county, Evidence: sp1, Rule: "org-place"},
				{Subject: person, Predicate: extract.Age, Object: fmt.Sprint(30 + i%50), Literal: true, Evidence: sp2, Rule: "age"},
				{Subject: person, Predicate: extract.LivesIn, Object: county, Evidence: sp2, Rule: "lives-in"},
			}}
		srcs[i] = Source{Path: fmt.Sprintf("gen/g%05d.txt", i), Hash: HashBytes([]byte(text)), Docs: []*extract.Doc{d}}
	}
	return srcs
}

// BenchmarkPut compares Store.PutMany with Cayley's own bulk loader
// (qs.NewQuadWriter + quad.CopyBatch, as `cayley load` does) on the same
// quads, each into a fresh store, and reports both rates and their ratio.
func BenchmarkPut(b *testing.B) {
	const docs = 1000
	srcs := genSources(docs)
	var all []quad.Quad
	for _, src := range srcs {
		all = append(all, quads(DefaultBase, src)...)
	}
	for _, be := range []string{"bolt", "leveldb", "memstore"} {
		b.Run(be, func(b *testing.B) {
			var ours, bulk time.Duration
			for i := 0; i < b.N; i++ {
				dir := filepath.Join(b.TempDir(), "ours")
				s, err := Open(context.Background(), Options{Backend: be, Path: dir})
				if err != nil {
					b.Fatal(err)
				}
				t0 := time.Now()
				if _, err := s.PutMany(context.Background(), srcs); err != nil {
					b.Fatal(err)
				}
				ours += time.Since(t0)
				s.Close()

				t0 = time.Now()
				if err := bulkLoad(be, filepath.Join(b.TempDir(), "bulk"), all); err != nil {
					b.Fatal(err)
				}
				bulk += time.Since(t0)
			}
			n := float64(len(all) * b.N)
			b.ReportMetric(n/ours.Seconds(), "ours-quads/s")
			b.ReportMetric(n/bulk.Seconds(), "bulk-quads/s")
			b.ReportMetric(bulk.Seconds()/ours.Seconds(), "ours/bulk-speed")
			b.ReportMetric(float64(len(all)), "quads")
		})
	}
}

// bulkLoad loads qs with Cayley's bulk loader into a fresh store.
func bulkLoad(backend, dir string, qs []quad.Quad) error {
	addr := ""
	if cgraph.IsPersistent(backend) {
		addr = dir
		if err := cgraph.InitQuadStore(backend, dir, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return err
		}
	}
	store, err := cgraph.NewQuadStore(backend, addr, nil)
	if err != nil {
		return err
	}
	defer store.Close()
	w, err := store.NewQuadWriter()
	if err != nil {
		return err
	}
	if _, err := quad.CopyBatch(w, quad.NewReader(qs), 0); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// BenchmarkPut_Unchanged measures a rebuild where nothing changed.
func BenchmarkPut_Unchanged(b *testing.B) {
	srcs := genSources(1000)
	s := mustOpen(b, "bolt")
	mustPut(b, s, srcs...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.PutMany(context.Background(), srcs); err != nil {
			b.Fatal(err)
		}
	}
}
