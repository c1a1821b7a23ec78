// Command zhkg-bench measures the goals of issue 5 (speed and scale) and
// prints them as a Markdown table, each figure beside its anchor measured
// in the same run and the ratio:
//
//	go run ./cmd/zhkg-bench [-quick] [-sizes 1000,10000,100000] [-pg URL] [-seed 1] [-keep DIR]
//	go run ./cmd/zhkg-bench -store DIR -gold FILE     # only the query latencies on an existing bolt store
//
// It builds cmd/zhkg and cmd/zhkg-synth into a temporary folder, generates
// one corpus of newspaper pages per size with the synth generator (seed
// -seed) and then measures:
//
//   - start-up: median wall time of `zhkg extract` on one short article,
//     against a process that loads gse's stock dictionary (zh_s) and
//     segments the same article (this binary re-run with -gse-anchor);
//   - extraction (smallest corpus): single-goroutine throughput of the
//     pipeline in process (news.Extractor) against gse Pos on the same
//     article texts; `zhkg extract --workers 1` against --workers 2; the
//     output of --workers 1, 2 and 3 compared byte for byte;
//   - loading (every size): graph.Store.PutMany in batches of 256
//     documents, as `zhkg build` stores, into bolt and leveldb, against
//     Cayley's own bulk loader (qs.NewQuadWriter + quad.CopyBatch, what
//     `cayley load` does) of the same quads as N-Quads; and `zhkg build`
//     end to end (wall time per article at each size, for linearity);
//   - PostgreSQL (with -pg): PutMany into --db postgres against Cayley's
//     own SQL writer on (a prefix of) the same quads, each in a fresh
//     database created on the server of URL;
//   - memory: peak RSS of `zhkg build` (wait4 rusage) of the largest corpus;
//   - queries: every query of queries/ on the largest store, with
//     arguments taken from the corpus gold: median of 7 `zhkg query --name`
//     runs (wall time, includes process start) and of 7 in-process
//     graph.Store.Query calls.
//
// This is a measurement tool, not part of the product: it imports Cayley
// (for the anchor loaders) and gse (for the anchor segmenter) directly,
// which zhkg's own packages outside graph/ and the segmenter's agreement
// tests never do.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-ego/gse"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "zhkg-bench:", err)
		os.Exit(1)
	}
}

// config is what the flags set.
type config struct {
	quick     bool
	sizes     []int
	pg        string
	pgQuads   int
	seed      int64
	keep      string
	runs      int
	skipLoad  bool
	store     string
	gold      string
	gseAnchor string
}

func parse(args []string, stderr io.Writer) (config, error) {
	c := config{}
	fs := flag.NewFlagSet("zhkg-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sizes := fs.String("sizes", "1000,10000", "corpus sizes in articles, comma-separated")
	fs.BoolVar(&c.quick, "quick", false, "only the 1k corpus and fewer repetitions (a smoke run of about a minute)")
	fs.StringVar(&c.pg, "pg", "", "PostgreSQL URL (postgres://user@host/db?sslmode=disable); databases zhkgbench_* are created on its server")
	fs.IntVar(&c.pgQuads, "pg-quads", 20000, "quads loaded by Cayley's PostgreSQL writer (it stores about 1.6 k quads/s)")
	fs.Int64Var(&c.seed, "seed", 1, "seed of the synth corpora")
	fs.StringVar(&c.keep, "keep", "", "work in this folder and keep it (default: a temporary folder, removed)")
	fs.IntVar(&c.runs, "runs", 7, "repetitions of the timed commands and queries")
	fs.BoolVar(&c.skipLoad, "skip-cayley", false, "skip Cayley's own loaders (the anchors of loading)")
	fs.StringVar(&c.store, "store", "", "only measure the queries on this existing bolt store (with -gold)")
	fs.StringVar(&c.gold, "gold", "", "the gold.tsv of the corpus in -store")
	fs.StringVar(&c.gseAnchor, "gse-anchor", "", "internal: load gse's stock dictionary, segment this file and exit")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			return c, fmt.Errorf("-sizes: %q is not a positive number", s)
		}
		c.sizes = append(c.sizes, n)
	}
	sort.Ints(c.sizes)
	if c.quick {
		c.sizes = []int{1000}
		c.runs = min(c.runs, 3)
	}
	if c.runs < 1 {
		c.runs = 1
	}
	if (c.store == "") != (c.gold == "") {
		return c, fmt.Errorf("-store and -gold go together")
	}
	return c, nil
}

// bench holds the paths and results of one run.
type bench struct {
	cfg    config
	root   string // module root
	dir    string // work folder
	zhkg   string // built binaries
	synth  string
	log    io.Writer
	report *report
	sizes  []sizeResult // loading results in size order
	start  time.Time

	gse     *gse.Segmenter // stock gse, loaded once (see loadGse)
	gseLoad time.Duration
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parse(args, stderr)
	if err != nil {
		return err
	}
	if c.gseAnchor != "" {
		return gseAnchor(c.gseAnchor, stdout)
	}
	b := &bench{cfg: c, log: stderr, report: &report{}, start: time.Now()}
	if b.root, err = moduleRoot(); err != nil {
		return err
	}
	if c.keep != "" {
		b.dir = c.keep
		if err := os.MkdirAll(b.dir, 0o755); err != nil {
			return fmt.Errorf("create work folder: %w", err)
		}
	} else {
		if b.dir, err = os.MkdirTemp("", "zhkg-bench-"); err != nil {
			return fmt.Errorf("create work folder: %w", err)
		}
		defer os.RemoveAll(b.dir)
	}
	if err := b.build(ctx); err != nil {
		return err
	}
	b.report.machine = machineInfo()
	start := time.Now()
	if c.store != "" {
		err = b.queries(ctx, c.store, c.gold, 0)
	} else {
		err = b.all(ctx)
	}
	b.report.elapsed = time.Since(start)
	if err != nil {
		// what was measured is still worth printing
		b.report.note("incomplete run: %v", err)
	}
	b.report.write(stdout)
	return err
}

// all runs every measurement.
func (b *bench) all(ctx context.Context) error {
	c := b.cfg
	corpora := map[int]string{}
	for _, n := range c.sizes {
		dir := filepath.Join(b.dir, fmt.Sprintf("corpus-%d", n))
		if _, err := os.Stat(filepath.Join(dir, "gold.tsv")); err != nil {
			b.logf("generating %d articles (seed %d) into %s", n, c.seed, dir)
			if _, err := b.cmd(ctx, "", b.synth, "-seed", fmt.Sprint(c.seed), "-n", fmt.Sprint(n), "-style", "pdf", "-out", dir); err != nil {
				return err
			}
		}
		corpora[n] = dir
	}
	b.report.corpus = fmt.Sprintf("cmd/zhkg-synth -seed %d -style pdf (newspaper pages of several articles, lines broken every 10-20 characters), sizes %v articles", c.seed, c.sizes)
	if err := b.startup(ctx); err != nil {
		return err
	}
	small := c.sizes[0]
	if err := b.extraction(ctx, corpora[small], corpora[c.sizes[len(c.sizes)-1]]); err != nil {
		return err
	}
	for _, n := range c.sizes {
		if err := b.loading(ctx, n, corpora[n], n == small); err != nil {
			return err
		}
	}
	largest := c.sizes[len(c.sizes)-1]
	return b.queries(ctx, filepath.Join(b.dir, fmt.Sprintf("cli-bolt-%d", largest)), filepath.Join(corpora[largest], "gold.tsv"), largest)
}

func (b *bench) logf(format string, args ...any) {
	fmt.Fprintf(b.log, "zhkg-bench: %6.1fs "+format+"\n", append([]any{time.Since(b.start).Seconds()}, args...)...)
}

// moduleRoot finds the folder of zhkg's go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("find module root: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("find module root: run zhkg-bench inside the zhkg module")
	}
	return filepath.Dir(mod), nil
}

// build compiles zhkg and zhkg-synth.
func (b *bench) build(ctx context.Context) error {
	b.zhkg = filepath.Join(b.dir, "bin", "zhkg")
	b.synth = filepath.Join(b.dir, "bin", "zhkg-synth")
	b.logf("building zhkg and zhkg-synth")
	for bin, pkg := range map[string]string{b.zhkg: "./cmd/zhkg", b.synth: "./cmd/zhkg-synth"} {
		if _, err := b.cmd(ctx, b.root, "go", "build", "-o", bin, pkg); err != nil {
			return err
		}
	}
	return nil
}

// machineInfo describes the machine: cores, CPU model, Go.
func machineInfo() string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				if _, v, ok := strings.Cut(l, ":"); ok {
					model = strings.TrimSpace(v)
				}
				break
			}
		}
	}
	mem := ""
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		l, _, _ := strings.Cut(string(b), "\n")
		f := strings.Fields(l)
		if len(f) >= 2 {
			if kb, err := strconv.ParseFloat(f[1], 64); err == nil {
				mem = fmt.Sprintf(", %.0f GiB RAM", kb/(1<<20))
			}
		}
	}
	gov := runtime.Version()
	if out, err := exec.Command("go", "version").Output(); err == nil {
		gov = strings.TrimSpace(strings.TrimPrefix(string(out), "go version "))
	}
	return fmt.Sprintf("%d cores (nproc), %s%s, %s/%s, Go %s", runtime.NumCPU(), model, mem, runtime.GOOS, runtime.GOARCH, gov)
}
