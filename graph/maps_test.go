package graph

import (
	"context"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/boltdb/bolt"
)

// A bolt store open for writing watches both of its bolt files; a
// read-only one and other backends watch nothing; Close stops the watcher
// before the files close.
func TestStore_MapWatcher(t *testing.T) {
	s := mustOpen(t, "bolt")
	if s.maps == nil {
		t.Fatal("a writable bolt store has no map watcher")
	}
	s.maps.mu.Lock()
	n := len(s.maps.dbs)
	s.maps.mu.Unlock()
	if n != 2 {
		t.Errorf("watching %d bolt files, want 2 (Cayley's index and the meta store)", n)
	}
	mustPut(t, s, docA(t, false)) // writes go on while watched
	path := s.opts.Path
	w := s.maps
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-w.done:
	default:
		t.Error("the watcher still runs after Close")
	}
	if len(w.dbs) != 0 {
		t.Errorf("the watcher holds %d closed files", len(w.dbs))
	}

	ro, err := Open(context.Background(), Options{Backend: "bolt", Path: path, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if ro.maps != nil {
		t.Error("a read-only store watches its maps")
	}
	if lv := mustOpen(t, "leveldb"); lv.maps != nil {
		t.Error("a leveldb store watches maps")
	}
}

// The watcher releases once the process's resident pages pass the
// budget and the file-backed ones exceed the lowest seen by more than
// mapSlack, and not before.
func TestMapWatcher_ReleasesOverBudget(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "x.bolt"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var total, shared atomic.Int64
	total.Store(300 << 20)
	shared.Store(40 << 20)
	w := &mapWatcher{stop: make(chan struct{}), done: make(chan struct{}),
		resident: func() (int64, int64, bool) { return total.Load(), shared.Load(), true }}
	w.set(db)
	go w.run(time.Millisecond)
	defer w.close()
	released := func() int { w.mu.Lock(); defer w.mu.Unlock(); return w.released }
	settle := func() { time.Sleep(20 * time.Millisecond) }

	settle()
	shared.Store(40<<20 + 200<<20) // the maps grew, the process is within its budget
	total.Store(500 << 20)
	settle()
	if n := released(); n != 0 {
		t.Fatalf("released %d times within the budget", n)
	}
	total.Store(mapBudget + 1) // over the budget, but the heap's doing:
	shared.Store(40<<20 + mapSlack/2)
	settle()
	if n := released(); n != 0 {
		t.Fatalf("released %d times with the maps within the slack", n)
	}
	shared.Store(40<<20 + 2*mapSlack) // over the budget with the maps grown
	deadline := time.Now().Add(5 * time.Second)
	for released() == 0 {
		if time.Now().After(deadline) {
			t.Fatal("no release over the budget")
		}
		time.Sleep(time.Millisecond)
	}
}

// Over the budget for good, the watcher releases once every gap, not on
// every tick: each release costs the kernel tens of milliseconds.
func TestMapWatcher_Gap(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "x.bolt"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	first := true
	w := &mapWatcher{stop: make(chan struct{}), done: make(chan struct{}), gap: 100 * time.Millisecond,
		resident: func() (int64, int64, bool) {
			if first { // the lowest file-backed count seen
				first = false
				return mapBudget + 1, 40 << 20, true
			}
			return mapBudget + 1, 40<<20 + 2*mapSlack, true
		}}
	w.set(db)
	go w.run(time.Millisecond)
	time.Sleep(450 * time.Millisecond)
	w.close()
	if w.released < 2 || w.released > 6 {
		t.Errorf("%d releases in 450 ms with a gap of 100 ms on 1 ms ticks, want 2 to 6", w.released)
	}
}

// The writes check the budget themselves once they have put mapReadChunk
// bytes (a commit can map GBs before the timer's goroutine runs), and not
// before.
func TestMapWatcher_WritesCheckTheBudget(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "x.bolt"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var shared atomic.Int64
	shared.Store(40 << 20)
	w := newMapWatcher() // no timer: only the writes check
	w.resident = func() (int64, int64, bool) { return mapBudget + 1, shared.Load(), true }
	w.set(db)
	w.wrote(mapReadChunk)       // checked: the first reading of the file-backed pages
	w.wrote(mapReadChunk)       // checked: the maps within the slack
	shared.Store(400 << 20)     // the maps grew
	w.wrote(mapReadChunk - 100) // not yet a chunk since the last check
	if w.released != 0 {
		t.Fatalf("released %d times before a chunk was put", w.released)
	}
	w.wrote(100)
	if w.released != 1 {
		t.Fatalf("released %d times after a chunk over the budget, want 1", w.released)
	}
	var nilW *mapWatcher
	nilW.wrote(mapReadChunk) // a store without a watcher
}

// A writable bolt store's Cayley transactions count what they put.
func TestStore_WritesAreCounted(t *testing.T) {
	s := mustOpen(t, "bolt")
	mustPut(t, s, docA(t, false))
	if n := s.maps.read.Load(); n <= 0 {
		t.Errorf("%d bytes counted after a write", n)
	}
}
