package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/zhkg/zhkg/graph"
	"github.com/zhkg/zhkg/queries"
)

// queryLimit is zhkg's default query.limit; queryTimeout bounds each query.
const (
	queryLimit   = 1000
	queryTimeout = 10 * time.Second // shorter than zhkg's 30 s: a query that takes it has failed anyway
)

// pickArgs chooses real entities from a gold file: the county that most
// places lie in, and the person with the most posts.
func pickArgs(gold string) (place, person string, err error) {
	f, err := os.Open(gold)
	if err != nil {
		return "", "", fmt.Errorf("read gold: %w", err)
	}
	defer f.Close()
	in, posts := map[string]int{}, map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 4 || strings.HasPrefix(c[0], "?") {
			continue
		}
		switch c[2] {
		case "位于":
			if strings.HasSuffix(c[3], "县") {
				in[c[3]]++
			}
		case "职务":
			posts[c[1]]++
		}
	}
	if err := sc.Err(); err != nil {
		return "", "", fmt.Errorf("read gold: %w", err)
	}
	place, person = most(in), most(posts)
	if place == "" || person == "" {
		return "", "", fmt.Errorf("gold %s names no county or no person with a post", gold)
	}
	return place, person, nil
}

// most returns the key with the largest count (the smallest key on ties).
func most(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// queryGCPercent is the GOGC that zhkg query runs with (the constant of
// the same name in cmd/zhkg), so that the in-process timings match the
// command's.
const queryGCPercent = 400

// queries times every query of the catalogue on the bolt store at db: by
// the command line, then in process.
func (b *bench) queries(ctx context.Context, db, gold string, n int) error {
	place, person, err := pickArgs(gold)
	if err != nil {
		return err
	}
	values := map[string]string{"place": place, "entity": place, "person": person, "from": person, "to": place}
	type job struct {
		q    queries.Query
		args map[string]string
		flat []string
	}
	var jobs []job
	for _, q := range queries.List() {
		j := job{q: q, args: map[string]string{}}
		for _, p := range q.Params {
			if v, ok := values[p.Name]; ok {
				j.args[p.Name] = v
				j.flat = append(j.flat, p.Name+"="+v)
			}
		}
		jobs = append(jobs, j)
	}
	size := "the store"
	if n > 0 {
		size = kilo(n) + " articles"
	}
	b.logf("queries on %s (%s): %d queries, %d runs each", db, size, len(jobs), b.cfg.runs)

	cli := map[string]time.Duration{}
	for _, j := range jobs {
		args := []string{"query", "--db", "bolt", "--dbpath", db, "--timeout", queryTimeout.String(), "--name", j.q.Name}
		for _, a := range j.flat {
			args = append(args, "--arg", a)
		}
		if _, err := b.cmd(ctx, b.dir, b.zhkg, args...); err != nil { // warm the page cache
			b.logf("query %s: %v", j.q.Name, err)
			cli[j.q.Name] = -1
			continue
		}
		ds, err := timeRuns(b.cfg.runs, func() (time.Duration, error) {
			r, err := b.cmd(ctx, b.dir, b.zhkg, args...)
			return r.wall, err
		})
		if err != nil {
			b.logf("query %s: %v", j.q.Name, err)
			cli[j.q.Name] = -1
			continue
		}
		cli[j.q.Name] = median(ds)
	}

	// the floor of the CLI: a query that reads nothing
	floor, err := timeRuns(b.cfg.runs, func() (time.Duration, error) {
		r, err := b.cmd(ctx, b.dir, b.zhkg, "query", "--db", "bolt", "--dbpath", db, "g.emit(1)")
		return r.wall, err
	})
	if err != nil {
		return err
	}
	// the collector as zhkg query sets it (cmd/zhkg tuneGC), for the
	// in-process pass only
	defer debug.SetGCPercent(debug.SetGCPercent(queryGCPercent))
	st, err := graph.Open(ctx, graph.Options{Backend: "bolt", Path: db, ReadOnly: true})
	if err != nil {
		return err
	}
	defer st.Close()
	var worst, worstCLI time.Duration
	worstName, worstCLIName := "", ""
	var failed []string
	for _, j := range jobs {
		text, err := j.q.Render(j.args, st.Base())
		if err != nil {
			return err
		}
		var rows int
		runs := b.cfg.runs
		if cli[j.q.Name] < 0 {
			runs = 1 // it failed by the command line: once is enough
		}
		ds, err := timeRuns(runs, func() (time.Duration, error) {
			t0 := time.Now()
			rs, err := st.Query(ctx, text, graph.QueryOptions{Limit: queryLimit, Timeout: queryTimeout})
			rows = len(rs)
			return time.Since(t0), err
		})
		if err != nil {
			b.logf("query %s in process: %v", j.q.Name, err)
			failed = append(failed, j.q.Name)
			b.report.queries = append(b.report.queries, fmt.Sprintf("| %s | %s | – | %s | failed: %s | – |",
				j.q.Name, cell(strings.Join(j.flat, " ")), cliCell(cli[j.q.Name]), cell(shortErr(err))))
			continue
		}
		m := median(ds)
		if m > worst {
			worst, worstName = m, j.q.Name
		}
		if c := cli[j.q.Name]; c > worstCLI {
			worstCLI, worstCLIName = c, j.q.Name
		}
		b.report.queries = append(b.report.queries, fmt.Sprintf("| %s | %s | %d | %s | %s | %s |",
			j.q.Name, cell(strings.Join(j.flat, " ")), rows, cliCell(cli[j.q.Name]), secs(m), secs(ds[0])))
	}
	fails := ""
	if len(failed) > 0 {
		fails = fmt.Sprintf("; failed (timeout %s): %s", queryTimeout, strings.Join(failed, ", "))
	}
	b.report.add(row{
		goal:     fmt.Sprintf("queries: slowest median of the %d catalogue queries, in process, %s", len(jobs), size),
		measured: fmt.Sprintf("%s (%s)%s", secs(worst), worstName, fails),
		anchor:   "–",
		ratio:    "–",
		target:   "≤ 50 ms",
		met:      yes(worst <= 50*time.Millisecond && len(failed) == 0),
	})
	b.report.add(row{
		goal:     fmt.Sprintf("queries: slowest median by `zhkg query --name` (wall, with process start), %s", size),
		measured: fmt.Sprintf("%s (%s)%s", secs(worstCLI), worstCLIName, fails),
		anchor:   "`zhkg query 'g.emit(1)'` on the same store: " + secs(median(floor)),
		ratio:    "–",
		target:   "≤ 50 ms",
		met:      yes(worstCLI <= 50*time.Millisecond && len(failed) == 0),
	})
	sort.Strings(b.report.queries)
	return nil
}

// cliCell formats a CLI median; a negative one means the command failed.
func cliCell(d time.Duration) string {
	if d < 0 {
		return "failed (timeout " + queryTimeout.String() + ")"
	}
	return secs(d)
}

// shortErr shortens an error to its last part.
func shortErr(err error) string {
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		s = s[i+2:]
	}
	return s
}
