package graph

import (
	"bytes"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/boltdb/bolt"

	"github.com/zhkg/zhkg/graph/internal/boltmap"
)

// How a bolt store open for writing keeps its maps out of RSS: every
// mapTick it reads the process's file-backed resident pages, and releases
// the maps once they exceed the lowest count seen by mapSlack. Measured on
// a build of 10 000 articles, bolt's write transactions touched up to
// 300 MB of the index file in 200 ms, mostly while committing.
const (
	mapTick  = 25 * time.Millisecond
	mapSlack = 64 << 20
	// mapEvery releases every this many ticks where the resident pages
	// cannot be read (no /proc/self/statm).
	mapEvery = 8
)

// mapWatcher keeps the pages of bolt's file maps out of the process's
// resident set while a store is written (see graph/internal/boltmap: on a
// store of 10 000 articles they were 850 MB of a 1.39 GB peak RSS). The
// data stays in the page cache. A nil *mapWatcher does nothing.
//
// A map may only be released while its database is open: after bolt
// unmaps a file the addresses can be reused by other memory, which
// MADV_DONTNEED would clear. So the store calls set() with no databases
// before it closes any, and set returns only once no release is running.
type mapWatcher struct {
	mu   sync.Mutex
	dbs  []*bolt.DB
	stop chan struct{}
	done chan struct{}

	shared   func() (int64, bool) // file-backed resident bytes of the process
	released int                  // releases made (tests)
}

func watchMaps() *mapWatcher {
	w := &mapWatcher{stop: make(chan struct{}), done: make(chan struct{}), shared: sharedResident}
	go w.run(mapTick)
	return w
}

func (w *mapWatcher) run(tick time.Duration) {
	defer close(w.done)
	t := time.NewTicker(tick)
	defer t.Stop()
	low := int64(-1)
	for n := 1; ; n++ {
		select {
		case <-w.stop:
			return
		case <-t.C:
		}
		cur, ok := w.shared()
		switch {
		case !ok:
			if n%mapEvery == 0 {
				w.release()
			}
		case low < 0 || cur < low:
			low = cur
		case cur > low+mapSlack:
			w.release()
		}
	}
}

// release releases the maps of the databases held now.
func (w *mapWatcher) release() {
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, db := range w.dbs {
		_ = boltmap.Release(db) // a bolt without a findable map is left as it is
	}
	if len(w.dbs) > 0 {
		w.released++
	}
}

// set replaces the databases watched; set() before closing them.
func (w *mapWatcher) set(dbs ...*bolt.DB) {
	if w == nil {
		return
	}
	w.mu.Lock()
	w.dbs = dbs
	w.mu.Unlock()
}

// close stops the watcher; the store's files may be closed after it.
func (w *mapWatcher) close() {
	if w == nil {
		return
	}
	w.set()
	close(w.stop)
	<-w.done
}

var pageSize = int64(os.Getpagesize())

// sharedResident returns the process's resident pages backed by files or
// shared memory (the third field of /proc/self/statm), in bytes.
func sharedResident() (int64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := bytes.Fields(b)
	if len(f) < 3 {
		return 0, false
	}
	n, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return 0, false
	}
	return n * pageSize, true
}
