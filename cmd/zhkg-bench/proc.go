package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// gnuTime measures the peak RSS of the commands.
const gnuTime = "/usr/bin/time"

// procResult is one finished command.
type procResult struct {
	wall   time.Duration
	cpu    time.Duration // user and system time of the command and its waited-for children
	maxRSS int64         // bytes, from wait4's rusage
	stdout []byte
}

// cmd runs a command in dir ("" for the current folder) and returns its
// wall time, peak RSS and standard output; standard error is kept for the
// error message.
func (b *bench) cmd(ctx context.Context, dir, name string, args ...string) (procResult, error) {
	return b.cmdTo(ctx, dir, nil, name, args...)
}

// cmdTo is cmd with standard output written to out (when not nil) instead
// of kept in memory.
func (b *bench) cmdTo(ctx context.Context, dir string, out io.Writer, name string, args ...string) (procResult, error) {
	// wait4's Maxrss of a child started by this (large) process includes
	// this process's own RSS (the child shares our memory until it execs,
	// and Linux keeps that high-water mark), so the peak is taken by GNU
	// time, which forks from a small process, when it is installed.
	rssFile := ""
	if _, err := os.Stat(gnuTime); err == nil {
		f, err := os.CreateTemp("", "zhkg-bench-rss-")
		if err == nil {
			rssFile = f.Name()
			f.Close()
			defer os.Remove(rssFile)
			args = append([]string{"-f", "%M", "-o", rssFile, name}, args...)
			name = gnuTime
		}
	}
	c := exec.CommandContext(ctx, name, args...)
	c.Dir = dir
	var so, se bytes.Buffer
	if out != nil {
		c.Stdout = out
	} else {
		c.Stdout = &so
	}
	c.Stderr = &se
	c.Env = append(os.Environ(), "ZHKG_LOG_LEVEL=warn")
	t0 := time.Now()
	err := c.Run()
	r := procResult{wall: time.Since(t0), stdout: so.Bytes()}
	if c.ProcessState != nil {
		r.cpu = c.ProcessState.UserTime() + c.ProcessState.SystemTime()
	}
	if rssFile != "" {
		if b, err := os.ReadFile(rssFile); err == nil {
			f := strings.Fields(string(b))
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[len(f)-1], 10, 64)
				r.maxRSS = kb * 1024
			}
		}
	} else if c.ProcessState != nil {
		if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.maxRSS = ru.Maxrss * 1024 // an upper bound: see above
		}
	}
	if err != nil {
		tail := se.Bytes()
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return r, fmt.Errorf("run %s %v: %w\n%s", name, args, err, tail)
	}
	return r, nil
}

// median returns the median of ds (the mean of the middle two for an
// even count).
func median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// timeRuns runs fn n times and returns the durations.
func timeRuns(n int, fn func() (time.Duration, error)) ([]time.Duration, error) {
	var ds []time.Duration
	for range n {
		d, err := fn()
		if err != nil {
			return nil, err
		}
		ds = append(ds, d)
	}
	return ds, nil
}
