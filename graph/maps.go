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
// mapTick it reads the process's resident pages, and once they pass
// mapBudget it releases the maps, if they hold more than mapSlack of them
// (the lowest count of file-backed pages seen, the program's own code,
// plus mapSlack), at most once every mapGap. A build below the budget
// never pays for a release: each costs tens of milliseconds of the
// kernel's time, and the pages it drops that the build reads again fault
// back in. At 100 k articles a transaction maps pages at 1–2 GB/s (the
// kernel maps 64 KB around each page read), so any gap lets RSS overshoot
// the budget by that much: with a gap of 500 ms the build peaked at 1.4–
// 1.6 GB. There is no gap now; what bounds the releases is that the heap
// stays well under the budget (transactions shrink with the live heap,
// see txQuads), so the maps have room to grow between them. (With
// 50 000-quad transactions the heap alone was 790 MB at 100 k, and a
// release on every tick took 608 s of the build's 1,502 s of CPU.)
const (
	mapTick   = 25 * time.Millisecond
	mapBudget = 896 << 20
	mapSlack  = 16 << 20
	mapGap    = 0
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

	resident func() (total, shared int64, ok bool) // resident bytes of the process: all, and backed by files
	gap      time.Duration                         // the least time between two releases
	released int                                   // releases made (tests)
}

func watchMaps() *mapWatcher {
	w := &mapWatcher{stop: make(chan struct{}), done: make(chan struct{}), resident: residentBytes, gap: mapGap}
	go w.run(mapTick)
	return w
}

func (w *mapWatcher) run(tick time.Duration) {
	defer close(w.done)
	t := time.NewTicker(tick)
	defer t.Stop()
	low := int64(-1)
	var last time.Time
	for {
		select {
		case <-w.stop:
			return
		case <-t.C:
		}
		total, shared, ok := w.resident()
		if ok && (low < 0 || shared < low) {
			low = shared
			continue
		}
		if time.Since(last) < w.gap {
			continue
		}
		// without a reading of the resident pages, release every gap
		if !ok || total > mapBudget && shared > low+mapSlack {
			w.release()
			last = time.Now()
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

// residentBytes returns the process's resident pages, all of them and
// those backed by files or shared memory (the second and third fields of
// /proc/self/statm), in bytes.
func residentBytes() (total, shared int64, ok bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, 0, false
	}
	f := bytes.Fields(b)
	if len(f) < 3 {
		return 0, 0, false
	}
	t, err1 := strconv.ParseInt(string(f[1]), 10, 64)
	s, err2 := strconv.ParseInt(string(f[2]), 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return t * pageSize, s * pageSize, true
}
