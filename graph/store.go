package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"golang.org/x/sys/unix"

	"github.com/zhkg/zhkg/graph/internal/kvindex"
)

// File names inside a store directory.
const (
	lockFile = "zhkg.lock"      // our flock, taken before anything else
	metaFile = "zhkg-meta.bolt" // the meta store (paths, hashes, quads, counters)
	boltFile = "indexes.bolt"   // Cayley's bolt file
)

// DefaultBatchSize is the number of quad changes per Cayley transaction.
//
// Cayley's key-value stores keep each index entry as one list of quad IDs
// and, at every commit, read and rewrite every entry the transaction
// touched; entries shared by many articles (a county's label, a class's
// label) grow with the store, so the fewer commits, the less is rewritten.
// Building 10 k articles into leveldb took 298 s with 10 000 quads a
// transaction, 85 s with 50 000 and 70 s with 100 000 (bolt: 103 s and
// 67 s with 10 000 and 50 000), with identical exports; the heap grows by
// the transaction (peak RSS 323, 374 and 457 MB on leveldb). Cayley's own
// loader commits every 200 000. On bolt a transaction holds a copy of every
// B-tree leaf it touches until it commits, and at a large store nearly
// every quad touches leaves of its own: adding 3,921 articles to a 100 k
// store, 50 000 quads a transaction held up to 0.61 GB of live heap and
// 20 000 quads 0.35 GB, at 1.7 times the CPU time (165 s against 93–98 s).
// zhkg build keeps the garbage on top of that small with a soft heap limit
// (config memory_limit).
const DefaultBatchSize = 50000

// Options says which store to open.
type Options struct {
	Backend   string // "bolt", "leveldb" or "memstore"
	Path      string // the store directory (ignored by memstore)
	Base      string // the IRI base; DefaultBase when empty
	ReadOnly  bool   // refuse writes; the store must exist
	BatchSize int    // quad changes per transaction; DefaultBatchSize when 0
}

// Store is a Cayley quad store plus the meta store that remembers what
// each document put into it. All methods are safe for concurrent use.
type Store struct {
	mu     sync.RWMutex
	opts   Options
	base   string
	h      *cgraph.Handle
	meta   metaKV
	lock   *os.File
	closed bool
	maps   *mapWatcher // bolt stores open for writing: keeps their maps out of RSS
	txq    int         // quads of the next Cayley transaction (see txQuads); 0: BatchSize

	// failAt, when set (tests only), is called at the named steps of a
	// write; a non-nil error aborts the write there.
	failAt func(step string) error
}

// Open opens the store described by o, creating it on first use. A store
// directory held by another process gives ErrLocked at once. On success
// any replace left half-done by a crash is finished before Open returns.
func Open(ctx context.Context, o Options) (*Store, error) {
	be, ok := backends[o.Backend]
	if !ok {
		return nil, fmt.Errorf("open store: %w %q", ErrUnknownBackend, o.Backend)
	}
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	s := &Store{opts: o, base: NormalizeBase(o.Base)}
	if be.dir {
		if o.Path == "" {
			return nil, fmt.Errorf("open %s store: empty path", o.Backend)
		}
		if err := s.takeLock(); err != nil {
			return nil, err
		}
	}
	if !o.ReadOnly && o.Backend == "bolt" {
		s.maps = watchMaps()
	}
	if err := s.openAll(be); err != nil {
		s.maps.close()
		s.releaseLock()
		return nil, err
	}
	if !o.ReadOnly {
		s.mu.Lock()
		err := s.recoverPending(ctx)
		s.mu.Unlock()
		if err != nil {
			s.Close()
			return nil, fmt.Errorf("open store %s: %w", redact(o.Path), err)
		}
	}
	return s, nil
}

func (s *Store) openAll(be backend) error {
	o := s.opts
	if cgraph.IsPersistent(o.Backend) && !o.ReadOnly && be.newHandle == nil {
		if err := cgraph.InitQuadStore(o.Backend, o.Path, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return fmt.Errorf("init %s store %s: %w", o.Backend, redact(o.Path), err)
		}
	}
	if err := s.openHandle(); err != nil {
		return err
	}
	var err error
	if be.newMeta != nil {
		s.meta, err = be.newMeta(o)
	} else {
		s.meta, err = openBoltMeta(o.Path, o.ReadOnly)
	}
	if err != nil {
		s.maps.set()
		s.h.Close()
		return fmt.Errorf("open store %s: %w", redact(o.Path), err)
	}
	s.watchOpen()
	return nil
}

// takeLock takes a non-blocking exclusive flock on the lock file of the
// store directory, and checks that no other program holds Cayley's bolt
// file (bolt itself would wait for it forever).
func (s *Store) takeLock() error {
	dir := s.opts.Path
	if !s.opts.ReadOnly {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("open store %s: %w", dir, err)
		}
	}
	f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return fmt.Errorf("open store %s: %w", dir, err)
	}
	if err := flockNB(f); err != nil {
		f.Close()
		return fmt.Errorf("open store %s: %w", dir, err)
	}
	s.lock = f
	if s.opts.Backend == "bolt" {
		bf, err := os.OpenFile(filepath.Join(dir, boltFile), os.O_RDWR, 0)
		if err == nil {
			err = flockNB(bf)
			bf.Close() // releases the probe lock
			if err != nil {
				s.releaseLock()
				return fmt.Errorf("open store %s: %s: %w", dir, boltFile, err)
			}
		}
	}
	return nil
}

func flockNB(f *os.File) error {
	err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
	if errors.Is(err, unix.EWOULDBLOCK) {
		return ErrLocked
	}
	return err
}

func (s *Store) releaseLock() {
	if s.lock != nil {
		s.lock.Close() // closing the descriptor drops the flock
		s.lock = nil
	}
}

// kvOptions are the options of Cayley's key-value quad stores (bolt,
// leveldb). no_bloom turns off the bloom filters Cayley sizes for 100
// million entries whatever the store holds: with them, opening a store
// allocated about 0.5 GB before the first quad was written (856 MB peak
// RSS for a 1 k-article build against 269 MB without, same quads), and
// the existence checks they save are B-tree reads that bolt answers from
// its memory map.
var kvOptions = cgraph.Options{"no_bloom": true}

// openHandle opens the Cayley quad store and its "single" writer.
func (s *Store) openHandle() error {
	o := s.opts
	if be := backends[o.Backend]; be.newHandle != nil {
		h, err := be.newHandle(o)
		if err != nil {
			return err
		}
		s.h = h
		return nil
	}
	addr := o.Path
	if !cgraph.IsPersistent(o.Backend) {
		addr = ""
	}
	var qs cgraph.QuadStore
	var err error
	if o.Backend == "bolt" && s.maps != nil {
		qs, err = openWatchedBolt(o.Path, s.maps)
	} else {
		qs, err = cgraph.NewQuadStore(o.Backend, addr, kvOptions)
	}
	if err != nil {
		return fmt.Errorf("open %s store %s: %w", o.Backend, redact(o.Path), err)
	}
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		return fmt.Errorf("open %s store %s: writer: %w", o.Backend, redact(o.Path), err)
	}
	s.h = &cgraph.Handle{QuadStore: qs, QuadWriter: qw}
	return nil
}

// reopen closes and reopens the Cayley store after a failed write: the KV
// backends can otherwise store a corrupt "ghost" quad on the next write
// (see doc.go). memstore keeps its data only in memory and is left alone.
func (s *Store) reopen() error {
	if !cgraph.IsPersistent(s.opts.Backend) {
		return nil
	}
	if s.h != nil {
		s.maps.set()
		s.h.Close()
		s.h = nil
	}
	if err := s.openHandle(); err != nil {
		return err
	}
	s.watchOpen()
	return nil
}

// Close closes the quad store and the meta store and releases the lock.
// Closing twice is a no-op.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	s.maps.close()
	var errs []error
	if s.h != nil {
		if err := s.h.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close quad store: %w", err))
		}
	}
	if s.meta != nil {
		if err := s.meta.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close meta store: %w", err))
		}
	}
	s.releaseLock()
	return errors.Join(errs...)
}

// Base returns the IRI base of the store.
func (s *Store) Base() string { return s.base }

// Backend returns the name of the store's backend.
func (s *Store) Backend() string { return s.opts.Backend }

// View runs fn with the Cayley handle under the read lock. It is meant for
// the graph/... subpackages only (the HTTP server); everything else uses
// the methods of Store. fn must not keep h, nor write through it.
func (s *Store) View(fn func(h *cgraph.Handle) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed || s.h == nil {
		return ErrClosed
	}
	return fn(s.h)
}

// Update runs fn with the Cayley handle under the write lock, and reopens
// the quad store if fn fails. It is meant for the graph/... subpackages
// only. Quads written through it are not tracked by the meta store: Put
// and Delete will neither see nor remove them, and Stats ignores them.
func (s *Store) Update(fn func(h *cgraph.Handle) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.h == nil {
		return ErrClosed
	}
	if s.opts.ReadOnly {
		return ErrReadOnly
	}
	err := fn(s.h)
	if err != nil {
		if rerr := s.reopen(); rerr != nil {
			return errors.Join(err, rerr)
		}
	}
	return err
}

// redact hides the password of a connection URL in messages.
func redact(path string) string {
	if u, err := url.Parse(path); err == nil && u.User != nil {
		return u.Redacted()
	}
	return path
}

// watchOpen hands the open bolt files of the store to its map watcher.
func (s *Store) watchOpen() {
	if s.maps == nil {
		return
	}
	var dbs []*bolt.DB
	if s.h != nil {
		if db := kvindex.Bolt(s.h.QuadStore); db != nil {
			dbs = append(dbs, db)
		}
	}
	if m, ok := s.meta.(*boltMeta); ok {
		dbs = append(dbs, m.db)
	}
	s.maps.set(dbs...)
}
