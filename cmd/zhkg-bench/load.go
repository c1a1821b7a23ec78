package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"      // Cayley's bolt backend, for the anchor loader
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"   // Cayley's leveldb backend
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // Cayley's PostgreSQL backend and the lib/pq driver
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/zhkg/zhkg/extract/input"
	"github.com/zhkg/zhkg/extract/news"
	"github.com/zhkg/zhkg/graph"
)

// buildBatch is the number of documents per PutMany, as `zhkg build`.
const buildBatch = 256

// target is one store the in-process pass writes into.
type target struct {
	name string
	st   *graph.Store
	took time.Duration
	err  error
}

// loading measures storing the corpus of n articles: PutMany into bolt and
// leveldb (and PostgreSQL when asked, on the smallest corpus) against
// Cayley's loaders on the same quads, and `zhkg build` end to end.
func (b *bench) loading(ctx context.Context, n int, corpus string, smallest bool) error {
	nq := filepath.Join(b.dir, fmt.Sprintf("quads-%d.nq", n))
	var targets []*target
	for _, be := range b.backends() {
		st, err := graph.Open(ctx, graph.Options{Backend: be, Path: filepath.Join(b.dir, fmt.Sprintf("ours-%s-%d", be, n))})
		if err != nil {
			return err
		}
		targets = append(targets, &target{name: be, st: st})
	}
	var pgOurs *target
	if b.cfg.pg != "" && smallest {
		u, err := freshDB(ctx, b.cfg.pg, "zhkgbench_ours")
		if err != nil {
			return err
		}
		st, err := graph.Open(ctx, graph.Options{Backend: "postgres", Path: u})
		if err != nil {
			b.report.note("PostgreSQL: zhkg's store did not open (%v); only Cayley's own writer was measured", err)
		} else {
			pgOurs = &target{name: "postgres", st: st}
			targets = append(targets, pgOurs)
		}
	}
	defer func() {
		for _, t := range targets {
			t.st.Close()
		}
	}()
	b.logf("loading %d articles: extracting and storing in process (PutMany into %d stores), writing %s", n, len(targets), nq)
	quads, err := b.storeCorpus(ctx, corpus, nq, targets)
	if err != nil {
		return err
	}
	for _, t := range targets {
		if t.err != nil {
			return t.err
		}
	}
	cay := map[string]time.Duration{}
	if !b.cfg.skipLoad {
		for _, be := range b.backends() {
			b.logf("loading %d articles: Cayley's bulk loader into %s", n, be)
			d, _, err := cayleyLoad(be, filepath.Join(b.dir, fmt.Sprintf("cayley-%s-%d", be, n)), nq, 0)
			if err != nil {
				return fmt.Errorf("cayley load %s: %w", be, err)
			}
			cay[be] = d
		}
	}
	b.logf("loading %d articles: zhkg build (bolt)", n)
	db := filepath.Join(b.dir, fmt.Sprintf("cli-bolt-%d", n))
	build, err := b.cmd(ctx, b.dir, b.zhkg, "build", "--db", "bolt", "--dbpath", db, corpus)
	if err != nil {
		return err
	}
	fq := float64(quads)
	ours := map[string]time.Duration{}
	for _, t := range targets {
		ours[t.name] = t.took
	}
	cmp := func(be string) (string, string, string) {
		ours, ok := ours[be]
		if !ok {
			return "–", "–", "–"
		}
		c, ok := cay[be]
		if !ok {
			return rate(fq, ours, "q"), "–", "–"
		}
		return rate(fq, ours, "q"), rate(fq, c, "q"), ratio(c.Seconds() / ours.Seconds())
	}
	ob, cb, rb := cmp("bolt")
	ol, cl, rl := cmp("leveldb")
	perArt := build.wall / time.Duration(n)
	b.report.loading = append(b.report.loading, fmt.Sprintf("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
		kilo(n), quads, ob, cb, rb, ol, cl, rl, secs(build.wall), secs(perArt), mib(build.maxRSS)))
	b.sizes = append(b.sizes, sizeResult{n: n, quads: quads, ours: ours,
		cayley: cay, build: build.wall, rss: build.maxRSS})

	if pgOurs != nil {
		// Closing rebuilds the indexes a large load deferred: part of the
		// load. (A rebuild the writer's idle timer started while the next
		// batch was being extracted is not timed.)
		t0 := time.Now()
		if err := pgOurs.st.Close(); err != nil {
			return fmt.Errorf("close postgres store: %w", err)
		}
		pgOurs.took += time.Since(t0)
	}
	if pgOurs != nil || (b.cfg.pg != "" && smallest) {
		if err := b.postgres(ctx, nq, quads, pgOurs); err != nil {
			return err
		}
	}
	if !smallest || len(b.cfg.sizes) == 1 {
		b.loadingRows()
	}
	return nil
}

// sizeResult is what loading measured at one size.
type sizeResult struct {
	n, quads int
	ours     map[string]time.Duration // by backend
	cayley   map[string]time.Duration
	build    time.Duration
	rss      int64
}

// loadingRows adds the goal rows of loading and memory, from the largest
// size measured so far (called after each size; the last call wins).
func (b *bench) loadingRows() {
	rows := b.report.rows[:0]
	for _, r := range b.report.rows {
		if !strings.HasPrefix(r.goal, "loading:") && !strings.HasPrefix(r.goal, "memory:") {
			rows = append(rows, r)
		}
	}
	b.report.rows = rows
	last := b.sizes[len(b.sizes)-1]
	fq := float64(last.quads)
	for _, be := range b.backends() {
		c, ok := last.cayley[be]
		r := row{goal: fmt.Sprintf("loading: PutMany into %s, %s articles", be, kilo(last.n)), measured: rate(fq, last.ours[be], "quads"), anchor: "not run", ratio: "–", target: "≥ 1×", met: "–"}
		if ok {
			x := c.Seconds() / last.ours[be].Seconds()
			r.anchor, r.ratio, r.met = "Cayley's bulk loader, same N-Quads: "+rate(fq, c, "quads"), ratio(x), yes(x >= 1)
		}
		b.report.add(r)
	}
	if len(b.sizes) > 1 {
		first := b.sizes[0]
		pf := first.build.Seconds() / float64(first.n)
		pl := last.build.Seconds() / float64(last.n)
		b.report.add(row{
			goal:     fmt.Sprintf("loading: `zhkg build` time per article, %s against %s articles", kilo(last.n), kilo(first.n)),
			measured: fmt.Sprintf("%.2f ms", pl*1000),
			anchor:   fmt.Sprintf("%.2f ms at %s", pf*1000, kilo(first.n)),
			ratio:    ratio(pl / pf),
			target:   "linear (≈ 1×; ≤ 1.2×)",
			met:      yes(pl/pf <= 1.2),
		})
	}
	b.report.add(row{
		goal:     fmt.Sprintf("memory: peak RSS of `zhkg build`, %s articles (bolt)", kilo(last.n)),
		measured: mib(last.rss),
		anchor:   "–",
		ratio:    "–",
		target:   "< 1 GiB (at 100k)",
		met:      yes(last.rss < 1<<30),
	})
}

// storeCorpus reads and extracts the corpus (all cores) in batches of
// buildBatch documents, writes each batch as N-Quads to nqPath (untimed)
// and stores it with PutMany into every target (timed, one after the
// other). It returns the number of quads written.
func (b *bench) storeCorpus(ctx context.Context, corpus, nqPath string, targets []*target) (int, error) {
	x, err := news.New(news.Options{})
	if err != nil {
		return 0, err
	}
	f, err := os.Create(nqPath)
	if err != nil {
		return 0, fmt.Errorf("create %s: %w", nqPath, err)
	}
	defer f.Close()
	cw := &lineCounter{w: bufio.NewWriterSize(f, 1<<20)}
	var batch []input.Item
	flush := func() error {
		srcs, err := extractBatch(ctx, x, batch)
		if err != nil {
			return err
		}
		batch = batch[:0]
		if err := graph.WriteNQuads(cw, graph.DefaultBase, srcs...); err != nil {
			return fmt.Errorf("write N-Quads: %w", err)
		}
		for _, t := range targets {
			if t.err != nil {
				continue
			}
			t0 := time.Now()
			_, t.err = t.st.PutMany(ctx, srcs)
			t.took += time.Since(t0)
		}
		return nil
	}
	err = (&input.Walker{}).Walk(ctx, []string{corpus}, func(it input.Item) error {
		if it.Err != nil {
			return nil
		}
		batch = append(batch, it)
		if len(batch) >= buildBatch {
			return flush()
		}
		return nil
	})
	if err == nil && len(batch) > 0 {
		err = flush()
	}
	if err != nil {
		return 0, err
	}
	if err := cw.w.(*bufio.Writer).Flush(); err != nil {
		return 0, fmt.Errorf("write %s: %w", nqPath, err)
	}
	return cw.lines, f.Close()
}

// extractBatch extracts items on all cores and returns their Sources in
// order, keyed as `zhkg build` keys them.
func extractBatch(ctx context.Context, x *news.Extractor, items []input.Item) ([]graph.Source, error) {
	srcs := make([]graph.Source, len(items))
	errs := make([]error, len(items))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				it := items[i]
				docs, err := x.Extract(ctx, it.Input)
				key := it.Path
				if it.Input.Source != "" && it.Input.Source != it.Path && it.Input.Name != "" {
					key = it.Path + "#" + it.Input.Name
				}
				srcs[i], errs[i] = graph.Source{Path: key, Hash: it.Hash, Docs: docs}, err
			}
		}()
	}
	for i := range items {
		next <- i
	}
	close(next)
	wg.Wait()
	return srcs, errors.Join(errs...)
}

// lineCounter counts the lines written through it.
type lineCounter struct {
	w     io.Writer
	lines int
}

func (c *lineCounter) Write(p []byte) (int, error) {
	c.lines += bytes.Count(p, []byte{'\n'})
	return c.w.Write(p)
}

// cayleyLoad loads the first limit quads (all when limit is 0) of the
// N-Quads file into a fresh Cayley store with its bulk loader, as `cayley
// load` does: InitQuadStore, NewQuadStore, qs.NewQuadWriter and
// quad.CopyBatch with the default batch. It returns the time from opening
// the file to closing the writer and the number of quads.
func cayleyLoad(backend, addr, nqPath string, limit int) (time.Duration, int, error) {
	t0 := time.Now()
	f, err := os.Open(nqPath)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	if err := cgraph.InitQuadStore(backend, addr, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		return 0, 0, fmt.Errorf("init: %w", err)
	}
	qs, err := cgraph.NewQuadStore(backend, addr, nil)
	if err != nil {
		return 0, 0, fmt.Errorf("open: %w", err)
	}
	defer qs.Close()
	w, err := qs.NewQuadWriter()
	if err != nil {
		return 0, 0, fmt.Errorf("writer: %w", err)
	}
	var r quad.Reader = nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	if limit > 0 {
		r = &limitReader{r: r, n: limit}
	}
	n, err := quad.CopyBatch(w, r, 0)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, n, fmt.Errorf("load: %w", err)
	}
	return time.Since(t0), n, nil
}

// limitReader stops a quad.Reader after n quads.
type limitReader struct {
	r quad.Reader
	n int
}

func (l *limitReader) ReadQuad() (quad.Quad, error) {
	if l.n <= 0 {
		return quad.Quad{}, io.EOF
	}
	l.n--
	return l.r.ReadQuad()
}

// freshDB drops and creates the database name on the server of base and
// returns base with its database replaced by name.
func freshDB(ctx context.Context, base, name string) (string, error) {
	db, err := sql.Open("postgres", base)
	if err != nil {
		return "", fmt.Errorf("connect to %s: %w", base, err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name); err != nil {
		return "", fmt.Errorf("drop database %s: %w", name, err)
	}
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", fmt.Errorf("create database %s: %w", name, err)
	}
	u, err := url.Parse(base)
	if err != nil {
		return "", fmt.Errorf("parse %s: %w", base, err)
	}
	u.Path = "/" + name
	return u.String(), nil
}

// postgres reports PutMany into PostgreSQL (already measured in
// storeCorpus, when zhkg's backend exists) against Cayley's own SQL
// writer on the first -pg-quads quads of the same N-Quads.
func (b *bench) postgres(ctx context.Context, nq string, quads int, ours *target) error {
	// Cayley's writer swings with the server's state between runs (3 to
	// 9 k quads/s on this machine): the median of up to three loads, each
	// into a fresh database, is the anchor
	var ds []time.Duration
	var n int
	for i := 0; i < min(b.cfg.runs, 3); i++ {
		u, err := freshDB(ctx, b.cfg.pg, "zhkgbench_cayley")
		if err != nil {
			return err
		}
		b.logf("PostgreSQL: Cayley's writer, first %d quads (run %d)", b.cfg.pgQuads, i+1)
		d, k, err := cayleyLoad("postgres", u, nq, b.cfg.pgQuads)
		if err != nil {
			return fmt.Errorf("cayley postgres: %w", err)
		}
		ds, n = append(ds, d), k
	}
	d := median(ds)
	runs := make([]string, len(ds))
	for i, x := range ds {
		runs[i] = rate(float64(n), x, "quads")
	}
	r := row{
		goal:     "PostgreSQL: PutMany into `--db postgres`",
		measured: "not available (zhkg has no postgres backend in this build)",
		anchor:   fmt.Sprintf("Cayley's SQL writer, first %d of the same quads: %s (median of %s)", n, rate(float64(n), d, "quads"), strings.Join(runs, ", ")),
		ratio:    "–",
		target:   "≥ 10×",
		met:      "–",
	}
	if ours != nil {
		x := (float64(quads) / ours.took.Seconds()) / (float64(n) / d.Seconds())
		r.measured = fmt.Sprintf("%s (%d quads, %s)", rate(float64(quads), ours.took, "quads"), quads, secs(ours.took))
		r.ratio, r.met = ratio(x), yes(x >= 10)
	}
	b.report.add(r)
	b.pgGoBench(ctx)
	return nil
}

// pgGoBench runs graph's own PostgreSQL benchmark (BenchmarkPostgresLoad,
// generated documents) against the same server and notes its result line.
func (b *bench) pgGoBench(ctx context.Context) {
	b.logf("PostgreSQL: go test -bench PostgresLoad ./graph")
	c := exec.CommandContext(ctx, "go", "test", "-run", "^$", "-bench", "PostgresLoad", "-benchtime", "1x", "./graph")
	c.Dir = b.root
	c.Env = append(os.Environ(), "ZHKG_TEST_POSTGRES="+b.cfg.pg)
	out, err := c.CombinedOutput()
	if err != nil {
		b.report.note("graph's BenchmarkPostgresLoad failed: %v", err)
		return
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(l, "BenchmarkPostgresLoad") {
			b.report.note("graph's own benchmark on the same server (generated documents): `%s`", strings.Join(strings.Fields(l), " "))
			return
		}
	}
	b.report.note("graph's BenchmarkPostgresLoad printed no result (skipped?)")
}

// backends are the KV backends measured: bolt, and leveldb unless -quick.
func (b *bench) backends() []string {
	if b.cfg.quick {
		return []string{"bolt"}
	}
	return []string{"bolt", "leveldb"}
}
