package graph

import (
	"context"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

// BenchmarkPostgresLoad loads the same documents into three fresh
// databases in the same run:
//
//   - cayley: Cayley's own writer (the "single" QuadWriter, AddQuadSet of
//     DefaultBatchSize quads, row-by-row INSERTs);
//   - bulk: our pgWriter, the same AddQuadSet calls (COPY + set-based SQL);
//   - put: Store.PutMany of the documents (bulk writer plus the meta
//     store: pending marks, quads of each document, counters).
//
// It reports the quads/s of each and bulk/cayley and put/cayley. Run with
//
//	ZHKG_TEST_POSTGRES=postgres://... go test -run '^$' -bench PostgresLoad -benchtime 1x ./graph
//
// (one iteration takes about half a minute, mostly Cayley's writer).
func BenchmarkPostgresLoad(b *testing.B) {
	pgURL(b) // skips without a server
	const docs = 500
	srcs := genSources(docs)
	var all []quad.Quad
	for _, src := range srcs {
		all = append(all, quads(DefaultBase, src)...)
	}
	ctx := context.Background()
	var cayleyT, bulkT, putT time.Duration
	for i := 0; i < b.N; i++ {
		h := cayleyStore(b, pgURL(b))
		t0 := time.Now()
		for j := 0; j < len(all); j += DefaultBatchSize {
			if err := h.AddQuadSet(all[j:min(j+DefaultBatchSize, len(all))]); err != nil {
				b.Fatal(err)
			}
		}
		cayleyT += time.Since(t0)

		s := mustOpenPG(b, pgURL(b))
		w := s.h.QuadWriter
		t0 = time.Now()
		for j := 0; j < len(all); j += DefaultBatchSize {
			if err := w.AddQuadSet(all[j:min(j+DefaultBatchSize, len(all))]); err != nil {
				b.Fatal(err)
			}
		}
		bulkT += time.Since(t0)

		s = mustOpenPG(b, pgURL(b))
		t0 = time.Now()
		if _, err := s.PutMany(ctx, srcs); err != nil {
			b.Fatal(err)
		}
		putT += time.Since(t0)
	}
	n := float64(len(all) * b.N)
	b.ReportMetric(n/cayleyT.Seconds(), "cayley-quads/s")
	b.ReportMetric(n/bulkT.Seconds(), "bulk-quads/s")
	b.ReportMetric(n/putT.Seconds(), "put-quads/s")
	b.ReportMetric(cayleyT.Seconds()/bulkT.Seconds(), "bulk/cayley-speed")
	b.ReportMetric(cayleyT.Seconds()/putT.Seconds(), "put/cayley-speed")
	b.ReportMetric(float64(len(all)), "quads")
}
