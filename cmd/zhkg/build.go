package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/graph"
)

// summary counts what a build or an extraction saw.
type summary struct {
	documents, articles, failed, skipped, unchanged, added, replaced int
	chars                                                            int64
	entities                                                         map[extract.Type]map[string]bool
	triples                                                          map[extract.Predicate]int
	failures                                                         []string
}

func newSummary() *summary {
	return &summary{entities: map[extract.Type]map[string]bool{}, triples: map[extract.Predicate]int{}}
}

func (s *summary) add(r result) {
	if r.skipped {
		s.skipped++
		return
	}
	if r.err != nil {
		s.failed++
		s.failures = append(s.failures, r.err.Error())
		return
	}
	s.documents++
	s.chars += r.chars
	for _, d := range r.docs {
		s.articles++
		for _, e := range d.Entities {
			if s.entities[e.Type] == nil {
				s.entities[e.Type] = map[string]bool{}
			}
			s.entities[e.Type][e.Key] = true
		}
		for _, t := range d.Triples {
			s.triples[t.Predicate]++
		}
	}
}

func (s *summary) write(w io.Writer, elapsed time.Duration, stored bool) {
	fmt.Fprintf(w, "documents: %d", s.documents)
	if stored {
		fmt.Fprintf(w, " (added %d, replaced %d, unchanged %d)", s.added, s.replaced, s.unchanged)
	}
	fmt.Fprintf(w, ", failed: %d, empty: %d\n", s.failed, s.skipped)
	fmt.Fprintf(w, "articles:  %d\n", s.articles)
	fmt.Fprintf(w, "entities: ")
	for _, t := range []extract.Type{extract.Person, extract.Place, extract.Org} {
		fmt.Fprintf(w, " %s %d", t.Label(), len(s.entities[t]))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "triples:  ")
	for _, p := range extract.Predicates {
		if n := s.triples[p]; n > 0 {
			fmt.Fprintf(w, " %s %d", p, n)
		}
	}
	fmt.Fprintln(w)
	secs := elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(s.chars) / secs
	}
	fmt.Fprintf(w, "time:      %.2fs (%.0f characters/s)\n", secs, rate)
	if len(s.failures) > 0 {
		sort.Strings(s.failures)
		fmt.Fprintf(w, "failed inputs:\n")
		for _, f := range s.failures {
			fmt.Fprintf(w, "  %s\n", f)
		}
	}
}

// limitMemory sets memory_limit as the soft limit of the Go heap, unless
// GOMEMLIMIT is set or the key is 0, and returns a function that restores
// the limit before it. A bolt transaction holds every page it touched until
// it commits (608 MB live heap at a commit of 50 000 quads into a 100 k
// store); without a limit the garbage collector lets the heap reach twice
// what is live, 1.05 GB, and the anonymous RSS 1.1–1.2 GB (0.74 GB with
// the limit, same CPU time). The whole 100 k build (98,014 articles, bolt)
// ran with anonymous RSS ≤ 793 MB, live heap ≤ 714 MB and 5% of its CPU in
// the collector. Below the limit the collector behaves as without one.
func (a *app) limitMemory() (restore func()) {
	if a.cfg.MemoryLimit <= 0 || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetMemoryLimit(int64(a.cfg.MemoryLimit))
	return func() { debug.SetMemoryLimit(old) }
}

// errInputs reports that some inputs failed while the rest was done.
var errInputs = errors.New("some inputs failed")

func (a *app) buildCmd() *cobra.Command {
	var failFast bool
	var batchDocs int
	cmd := &cobra.Command{
		Use:   "build [flags] PATH...",
		Short: "Extract facts from files, folders or - (stdin) and store them in the graph",
		Long: `build reads every input (a file, a folder read recursively, or - for stdin),
extracts its facts and stores them in the configured graph store, which is
created on first use. A document stored before with the same content adds
nothing; a changed document replaces its old facts.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			ctx := cmd.Context()
			start := time.Now()
			defer a.limitMemory()()
			x, err := a.extractor()
			if err != nil {
				return err
			}
			st, err := a.openStore(ctx, false)
			if err != nil {
				return err
			}
			defer st.Close()
			sum := newSummary()
			prog := newProgress(a.stderr, paths)
			defer prog.finish()
			var batch []graph.Source
			batchQuads := 0
			flush := func() error {
				if len(batch) == 0 {
					return nil
				}
				// a batch that was started is finished even after Ctrl-C
				res, err := st.PutMany(context.WithoutCancel(ctx), batch)
				for _, r := range res {
					switch r.Status {
					case graph.Added:
						sum.added++
					case graph.Replaced:
						sum.replaced++
					default:
						sum.unchanged++
					}
				}
				batch, batchQuads = batch[:0], 0
				return err
			}
			err = pipeline(ctx, x, a.walker(), paths, a.cfg.WorkerCount(), func(r result) error {
				sum.add(r)
				prog.add(r)
				if r.skipped {
					a.log.Warn("empty input skipped", "path", r.item.Path)
					return nil
				}
				if r.err != nil {
					a.log.Warn("input failed", "error", r.err)
					if failFast {
						return fmt.Errorf("%w (--fail-fast)", r.err)
					}
					return nil
				}
				batch = append(batch, graph.Source{Path: r.key(), Hash: r.item.Hash, Docs: r.docs})
				for _, d := range r.docs {
					batchQuads += 8*len(d.Entities) + 10*len(d.Triples)
				}
				// about two of the store's transactions (batch_quads)
				if len(batch) >= batchDocs || batchQuads >= 2*a.cfg.BatchQuads {
					return flush()
				}
				return nil
			})
			if ferr := flush(); ferr != nil && err == nil {
				err = ferr
			}
			prog.finish()
			sum.write(cmd.OutOrStdout(), time.Since(start), true)
			if err != nil {
				if errors.Is(err, context.Canceled) {
					return fmt.Errorf("build interrupted; what was stored before is intact, run the same build again to complete it")
				}
				return err
			}
			if sum.failed > 0 {
				return &exitError{code: 2, err: fmt.Errorf("%w: %d of %d", errInputs, sum.failed, sum.failed+sum.documents)}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&failFast, "fail-fast", false, "stop at the first input that fails")
	cmd.Flags().IntVar(&batchDocs, "batch", 256, "documents stored per write batch")
	return cmd
}
