package graph

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
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
// The three take turns on each group of pgBenchGroup documents, so that
// the other jobs of a shared machine weigh on all three alike. It reports
// the quads/s of each, bulk/cayley and put/cayley, and, when the server
// runs on this machine and its data directory can be read (a superuser
// connection), the CPU time per quad of this process plus every server
// process (backends, WAL writer, checkpointer), which the load of other
// jobs disturbs much less than the wall clock. Run with
//
//	ZHKG_TEST_POSTGRES=postgres://... go test -run '^$' -bench PostgresLoad -benchtime 1x ./graph
//
// (one iteration takes about half a minute, mostly Cayley's writer).
// ZHKG_BENCH_PG_DOCS sets the number of documents (500).
func BenchmarkPostgresLoad(b *testing.B) {
	admin := pgURL(b) // skips without a server
	docs := 500
	if n, err := strconv.Atoi(os.Getenv("ZHKG_BENCH_PG_DOCS")); err == nil && n > 0 {
		docs = n
	}
	srcs := genSources(docs)
	var groups [][]quad.Quad
	nq := 0
	for i := 0; i < len(srcs); i += pgBenchGroup {
		var g []quad.Quad
		for _, src := range srcs[i:min(i+pgBenchGroup, len(srcs))] {
			g = append(g, quads(DefaultBase, src)...)
		}
		groups = append(groups, g)
		nq += len(g)
	}
	cpu := newPGCPU(b, admin)
	ctx := context.Background()
	var cayleyT, bulkT, putT, cayleyC, bulkC, putC time.Duration
	for i := 0; i < b.N; i++ {
		h := cayleyStore(b, pgURL(b))
		bs := mustOpenPG(b, pgURL(b))
		bulk := bs.h.QuadWriter
		put := mustOpenPG(b, pgURL(b))
		// Deferred indexes are rebuilt at Close, inside the measured
		// time, not by the idle timer during another writer's turn.
		for _, s := range []*Store{bs, put} {
			s.h.QuadWriter.(*pgWriter).idle = time.Hour
		}
		for gi, g := range groups {
			t0, c0 := time.Now(), cpu.now()
			for j := 0; j < len(g); j += DefaultBatchSize {
				if err := h.AddQuadSet(g[j:min(j+DefaultBatchSize, len(g))]); err != nil {
					b.Fatal(err)
				}
			}
			cayleyT += time.Since(t0)
			cayleyC += cpu.now() - c0

			t0, c0 = time.Now(), cpu.now()
			for j := 0; j < len(g); j += DefaultBatchSize {
				if err := bulk.AddQuadSet(g[j:min(j+DefaultBatchSize, len(g))]); err != nil {
					b.Fatal(err)
				}
			}
			bulkT += time.Since(t0)
			bulkC += cpu.now() - c0

			t0, c0 = time.Now(), cpu.now()
			if _, err := put.PutMany(ctx, srcs[gi*pgBenchGroup:min((gi+1)*pgBenchGroup, len(srcs))]); err != nil {
				b.Fatal(err)
			}
			putT += time.Since(t0)
			putC += cpu.now() - c0
		}
		// Deferred work (index rebuilds) is part of the load.
		t0, c0 := time.Now(), cpu.now()
		if err := bs.Close(); err != nil {
			b.Fatal(err)
		}
		bulkT += time.Since(t0)
		bulkC += cpu.now() - c0
		t0, c0 = time.Now(), cpu.now()
		if err := put.Close(); err != nil {
			b.Fatal(err)
		}
		putT += time.Since(t0)
		putC += cpu.now() - c0
	}
	n := float64(nq * b.N)
	b.ReportMetric(n/cayleyT.Seconds(), "cayley-quads/s")
	b.ReportMetric(n/bulkT.Seconds(), "bulk-quads/s")
	b.ReportMetric(n/putT.Seconds(), "put-quads/s")
	b.ReportMetric(cayleyT.Seconds()/bulkT.Seconds(), "bulk/cayley-speed")
	b.ReportMetric(cayleyT.Seconds()/putT.Seconds(), "put/cayley-speed")
	if cpu.ok() {
		us := func(d time.Duration) float64 { return float64(d.Microseconds()) / n }
		b.ReportMetric(us(cayleyC), "cayley-cpu-µs/quad")
		b.ReportMetric(us(bulkC), "bulk-cpu-µs/quad")
		b.ReportMetric(us(putC), "put-cpu-µs/quad")
	}
	b.ReportMetric(float64(nq), "quads")
}

// pgBenchGroup is the number of documents each writer stores in its turn.
const pgBenchGroup = 125

// pgCPU reads the CPU time used so far by this process and by the
// PostgreSQL server: the postmaster with its reaped children plus its
// live children (/proc, Linux only).
type pgCPU struct {
	postmaster int // 0: server CPU not readable
}

func newPGCPU(tb testing.TB, dbURL string) *pgCPU {
	db, err := sql.Open("postgres", dbURL)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	var dir string
	if db.QueryRow(`SELECT current_setting('data_directory')`).Scan(&dir) != nil {
		return &pgCPU{}
	}
	b, err := os.ReadFile(filepath.Join(dir, "postmaster.pid"))
	if err != nil {
		return &pgCPU{}
	}
	pid, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if err != nil || procTicks(pid, true) < 0 {
		return &pgCPU{}
	}
	return &pgCPU{postmaster: pid}
}

func (c *pgCPU) ok() bool { return c.postmaster != 0 }

// now returns the CPU time of this process plus the server's.
func (c *pgCPU) now() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	d := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	if c.postmaster == 0 {
		return d
	}
	ticks := procTicks(c.postmaster, true)
	ents, _ := os.ReadDir("/proc")
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == c.postmaster || procPPID(pid) != c.postmaster {
			continue
		}
		if t := procTicks(pid, false); t > 0 {
			ticks += t
		}
	}
	return d + time.Duration(ticks)*10*time.Millisecond // USER_HZ = 100
}

// procStat returns the fields of /proc/pid/stat after the command name.
func procStat(pid int) []string {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return nil
	}
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return nil
	}
	return strings.Fields(string(b[i+1:]))
}

func procPPID(pid int) int {
	f := procStat(pid)
	if len(f) < 2 {
		return -1
	}
	n, _ := strconv.Atoi(f[1])
	return n
}

// procTicks is utime+stime of pid, plus cutime+cstime with children, in
// clock ticks; -1 when unreadable.
func procTicks(pid int, children bool) int64 {
	f := procStat(pid) // f[0] is field 3 (state)
	if len(f) < 15 {
		return -1
	}
	var t int64
	idx := []int{11, 12} // utime, stime
	if children {
		idx = append(idx, 13, 14) // cutime, cstime
	}
	for _, i := range idx {
		n, _ := strconv.ParseInt(f[i], 10, 64)
		t += n
	}
	return t
}
