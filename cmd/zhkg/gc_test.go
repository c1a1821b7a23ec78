package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestTuneGC: extract raises GOGC and sets a soft memory limit unless the
// user set GOGC or GOMEMLIMIT, which win.
func TestTuneGC(t *testing.T) {
	oldPct := debug.SetGCPercent(100)
	oldLim := debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		debug.SetGCPercent(oldPct)
		debug.SetMemoryLimit(oldLim)
	})
	for _, tc := range []struct {
		gogc, memlimit string
		wantPct        int
		wantLim        int64
	}{
		{"", "", extractGCPercent, extractMemLimit},
		{"150", "", 100, extractMemLimit},
		{"", "2GiB", extractGCPercent, 1 << 40},
	} {
		t.Setenv("GOGC", tc.gogc)
		t.Setenv("GOMEMLIMIT", tc.memlimit)
		if tc.gogc == "" {
			os.Unsetenv("GOGC")
		}
		if tc.memlimit == "" {
			os.Unsetenv("GOMEMLIMIT")
		}
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(1 << 40)
		tuneGC(extractGCPercent)
		if got := debug.SetGCPercent(100); got != tc.wantPct {
			t.Errorf("GOGC=%q: GC percent %d, want %d", tc.gogc, got, tc.wantPct)
		}
		if got := debug.SetMemoryLimit(-1); got != tc.wantLim {
			t.Errorf("GOMEMLIMIT=%q: memory limit %d, want %d", tc.memlimit, got, tc.wantLim)
		}
	}
}

// TestQuery_TunesGC: query runs with the collector tuned for its own
// heap (queryGCPercent), not extract's.
func TestQuery_TunesGC(t *testing.T) {
	oldPct := debug.SetGCPercent(100)
	oldLim := debug.SetMemoryLimit(-1)
	t.Cleanup(func() {
		debug.SetGCPercent(oldPct)
		debug.SetMemoryLimit(oldLim)
	})
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	os.Unsetenv("GOGC")
	os.Unsetenv("GOMEMLIMIT")
	MustRun(t, t.TempDir(), "query", "--db", "memstore", "g.emit(1)")
	if got := debug.SetGCPercent(100); got != queryGCPercent {
		t.Errorf("after query: GC percent %d, want %d", got, queryGCPercent)
	}
}
