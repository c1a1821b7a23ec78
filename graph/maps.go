package graph

import (
	"bytes"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
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
//
// A timer alone cannot keep up with Cayley's index writes: an index entry
// is one value listing every quad of a key, and a node named by many
// articles (a province, a post such as 县委书记) has entries of hundreds
// of kilobytes that each transaction reads whole to append to them. At
// 100 k articles a commit read them through the map at several GB/s, and
// under load the watcher's goroutine waited long enough for the maps to
// pass 2 GB. So the write transactions also count what they map (the
// values they put, each what was read of the old one, and their look-ups)
// and, every mapReadChunk of it, check the budget themselves (watchedKV,
// see boltkv.go).
const (
	mapTick      = 25 * time.Millisecond
	mapBudget    = 896 << 20
	mapSlack     = 16 << 20
	mapGap       = 0
	mapReadChunk = 32 << 20
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

	low  atomic.Int64 // the fewest file-backed resident bytes seen; 0 before the first reading
	read atomic.Int64 // bytes put since the writes last checked the budget
}

func watchMaps() *mapWatcher {
	w := newMapWatcher()
	go w.run(mapTick)
	return w
}

func newMapWatcher() *mapWatcher {
	return &mapWatcher{stop: make(chan struct{}), done: make(chan struct{}), resident: residentBytes, gap: mapGap}
}

func (w *mapWatcher) run(tick time.Duration) {
	defer close(w.done)
	t := time.NewTicker(tick)
	defer t.Stop()
	var last time.Time
	for {
		select {
		case <-w.stop:
			return
		case <-t.C:
		}
		if time.Since(last) < w.gap {
			continue
		}
		if w.check() {
			last = time.Now()
		}
	}
}

// check releases the maps if the resident pages pass the budget and the
// file-backed ones the lowest seen by mapSlack (or, without a reading of
// the resident pages, always), and reports whether it did.
func (w *mapWatcher) check() bool {
	total, shared, ok := w.resident()
	if ok {
		if low := w.low.Load(); low <= 0 || shared < low {
			w.low.Store(shared)
			return false
		}
	}
	if !ok || total > mapBudget && shared > w.low.Load()+mapSlack {
		w.release()
		return true
	}
	return false
}

// wrote counts n bytes put by a write transaction and checks the budget
// once mapReadChunk of them have been put since the last check.
func (w *mapWatcher) wrote(n int) {
	if w == nil {
		return
	}
	if w.read.Add(int64(n)) < mapReadChunk {
		return
	}
	w.read.Store(0)
	w.check()
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
