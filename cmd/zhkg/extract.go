package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/graph"
)

var extractFormats = []string{"tsv", "jsonl", "nquads", "mentions"}

func (a *app) extractCmd() *cobra.Command {
	var format string
	var failFast bool
	cmd := &cobra.Command{
		Use:   "extract [--format tsv|jsonl|nquads|mentions] PATH...",
		Short: "Extract facts without a store and print them",
		Long: `extract runs the same extraction as build and prints the result:

  tsv       the label view: DOC<TAB>SUBJECT<TAB>PREDICATE<TAB>OBJECT
  jsonl     one JSON object per article, with mentions, entities and triples
  nquads    the quads build would store, as W3C N-Quads
  mentions  DOC<TAB>START<TAB>END<TAB>TYPE<TAB>NAME, rune offsets into the
            document text (END exclusive), for scoring entity recognition`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			if !contains(extractFormats, format) {
				return fmt.Errorf("unknown format %q (want one of %v)", format, extractFormats)
			}
			tuneGC(extractGCPercent)
			x, err := a.extractor()
			if err != nil {
				return err
			}
			out := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			var documents, failed int // (build's summary also counts distinct entities: not needed here)
			err = pipeline(cmd.Context(), x, a.walker(), paths, a.cfg.WorkerCount(), func(r result) error {
				if r.skipped {
					return nil
				}
				if r.err != nil {
					failed++
					fmt.Fprintf(a.stderr, "zhkg: %v\n", r.err)
					if failFast {
						return fmt.Errorf("%w (--fail-fast)", r.err)
					}
					return nil
				}
				documents++
				return writeExtract(out, format, a.cfg.Base, r)
			})
			if ferr := out.Flush(); ferr != nil && err == nil {
				err = ferr
			}
			if err != nil {
				return err
			}
			if failed > 0 {
				return &exitError{code: 2, err: fmt.Errorf("%w: %d of %d", errInputs, failed, failed+documents)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "tsv", "output format: tsv, jsonl, nquads or mentions")
	cmd.Flags().BoolVar(&failFast, "fail-fast", false, "stop at the first input that fails")
	return cmd
}

// extractGCPercent, queryGCPercent and extractMemLimit tune the
// collector. extract's live heap is the dictionaries plus the documents in
// flight (under 100 MB) and it allocates many short-lived values a
// document: fewer collections than the default leave more CPU to the
// workers, but a larger heap costs page faults and cache misses. On the
// 10 k generated articles of zhkg-bench, five alternated runs each (2-core
// VM): GOGC 200 took 6.62 s median with one worker (7.8 s of CPU, max RSS
// 223 MB), 300 6.86 s, 400 7.15 s (8.2 s of CPU, 345 MB); with two
// workers 4.06, 4.11 and 4.17 s. query keeps 400: a Gizmo program keeps
// tens of megabytes live and allocates a map, an iterator tree and
// JavaScript values for every step (10–15% less CPU for the officials and
// mentions queries on a store of 100 k articles than with the default).
// The soft limit bounds the trade; GOGC and GOMEMLIMIT, when set, win.
const (
	extractGCPercent = 200
	queryGCPercent   = 400
	extractMemLimit  = 512 << 20
)

// tuneGC sets the collector's percent to pct and the soft memory limit to
// extractMemLimit, each unless the user set it (GOGC, GOMEMLIMIT).
func tuneGC(pct int) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(pct)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(extractMemLimit)
	}
}

func writeExtract(w io.Writer, format, base string, r result) error {
	switch format {
	case "tsv":
		return extract.WriteTSV(w, r.docs)
	case "jsonl":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, d := range r.docs {
			if err := enc.Encode(d); err != nil {
				return fmt.Errorf("write %s: %w", d.ID, err)
			}
		}
		return nil
	case "nquads":
		return graph.WriteNQuads(w, base, graph.Source{Path: r.key(), Hash: r.item.Hash, Docs: r.docs})
	case "mentions":
		return writeMentions(w, r)
	}
	return fmt.Errorf("unknown format %q", format)
}

// writeMentions prints each mention with rune offsets into the document
// text as it was read (before layout repair).
func writeMentions(w io.Writer, r result) error {
	src := r.item.Input.Text
	// runes before byte offset s, counted on from the last offset asked
	// (mentions come in text order), so a long text is counted once
	at, runes := 0, 0
	runesTo := func(s int) int {
		if s < at {
			at, runes = 0, 0
		}
		runes += utf8.RuneCountInString(src[at:s])
		at = s
		return runes
	}
	for _, d := range r.docs {
		for _, m := range d.Mentions {
			s, e := d.SourceOffset(m.Start), d.SourceOffset(m.End-1)+1
			if s < 0 || e > len(src) || s >= e {
				continue
			}
			rs := runesTo(s)
			re := rs + utf8.RuneCountInString(src[s:e])
			// the name as written, without the white space of the page
			// (a line break inside it would break the line format)
			name := strings.Join(strings.Fields(m.Text), "")
			if _, err := fmt.Fprintf(w, "%s\t%d\t%d\t%s\t%s\n", d.Name, rs, re, m.Type, name); err != nil {
				return err
			}
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
