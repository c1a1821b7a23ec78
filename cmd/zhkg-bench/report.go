package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// row is one line of the goals table.
type row struct {
	goal, measured, anchor, ratio, target, met string
}

// report collects the rows of the goals table and the detail tables.
type report struct {
	machine string
	corpus  string
	elapsed time.Duration
	rows    []row
	loading []string // rows of the loading table
	queries []string // rows of the query table
	notes   []string
}

func (r *report) add(x row) { r.rows = append(r.rows, x) }

func (r *report) note(format string, args ...any) {
	r.notes = append(r.notes, fmt.Sprintf(format, args...))
}

func (r *report) write(w io.Writer) {
	fmt.Fprintf(w, "Machine: %s.  \n", r.machine)
	if r.corpus != "" {
		fmt.Fprintf(w, "Corpus: %s.  \n", r.corpus)
	}
	fmt.Fprintf(w, "Benchmark run time: %s.\n\n", r.elapsed.Round(time.Second))
	if len(r.rows) > 0 {
		fmt.Fprintln(w, "| goal | measured | anchor (same run) | ratio | target | met |")
		fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- |")
		for _, x := range r.rows {
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", x.goal, x.measured, x.anchor, x.ratio, x.target, x.met)
		}
		fmt.Fprintln(w)
	}
	if len(r.loading) > 0 {
		fmt.Fprintln(w, "Loading, by corpus size (quads/s; ours = graph.Store.PutMany as `zhkg build` stores, Cayley = its bulk loader on the same N-Quads; build = `zhkg build` end to end, default workers):")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| articles | quads | ours bolt | Cayley bolt | ratio | ours leveldb | Cayley leveldb | ratio | `zhkg build` bolt wall | per article | build peak RSS |")
		fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
		for _, l := range r.loading {
			fmt.Fprintln(w, l)
		}
		fmt.Fprintln(w)
	}
	if len(r.queries) > 0 {
		fmt.Fprintln(w, "Queries (median of the runs; CLI = `zhkg query --name` wall time including process start; in-process = graph.Store.Query):")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| query | arguments | rows | CLI median | in-process median | in-process first (cold) |")
		fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- |")
		for _, l := range r.queries {
			fmt.Fprintln(w, l)
		}
		fmt.Fprintln(w)
	}
	for _, n := range r.notes {
		fmt.Fprintf(w, "- %s\n", n)
	}
}

// Formatting helpers.

func secs(d time.Duration) string {
	switch {
	case d < 10*time.Millisecond:
		return fmt.Sprintf("%.2f ms", float64(d)/1e6)
	case d < time.Second:
		return fmt.Sprintf("%.0f ms", float64(d)/1e6)
	default:
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
}

func rate(n float64, d time.Duration, unit string) string {
	if d <= 0 {
		return "–"
	}
	v := n / d.Seconds()
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%.2f M %s/s", v/1e6, unit)
	case v >= 1e3:
		return fmt.Sprintf("%.1f k %s/s", v/1e3, unit)
	default:
		return fmt.Sprintf("%.0f %s/s", v, unit)
	}
}

func ratio(x float64) string { return fmt.Sprintf("%.2f×", x) }

func mib(b int64) string { return fmt.Sprintf("%.0f MiB", float64(b)/(1<<20)) }

func yes(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}

func kilo(n int) string {
	if n >= 1000 && n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}

func cell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
