package graph

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// openWatchedBolt opens Cayley's bolt quad store in dir as Cayley's bolt
// backend does (graph/kv/bolt: hidalgo's bolt database on indexes.bolt,
// default options), with its write transactions counted by w (see
// maps.go): the same files, read and written by the same code.
func openWatchedBolt(dir string, w *mapWatcher) (cgraph.QuadStore, error) {
	db, err := hbolt.Open(filepath.Join(dir, "indexes.bolt"), nil)
	if err != nil {
		return nil, fmt.Errorf("open bolt: %w", err)
	}
	qs, err := kv.New(&watchedKV{db: db, w: w}, kvOptions)
	if err != nil {
		db.Close()
		return nil, err
	}
	return qs, nil
}

// watchedKV is hidalgo's bolt database whose write transactions tell the
// map watcher how many bytes they put. It keeps DB() of the database it
// wraps, by which the query layer (graph/internal/kvindex) reads bolt
// directly.
type watchedKV struct {
	db *hbolt.DB
	w  *mapWatcher
}

func (k *watchedKV) Close() error { return k.db.Close() }

// DB returns the bolt database.
func (k *watchedKV) DB() *bolt.DB { return k.db.DB() }

func (k *watchedKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	tx, err := k.db.Tx(ctx, rw)
	if err != nil || !rw {
		return tx, err
	}
	return &watchedTx{Tx: tx, w: k.w}, nil
}

func (k *watchedKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, k, fn)
}

func (k *watchedKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, k, fn)
}

// watchedTx counts what a write transaction reads and puts: a value put
// is what was read of the value it replaces, and a look-up maps, beside
// its value, the pages of the B-tree it passes (getCost). The kernel maps
// more than the page read: 64 KiB around it, or a whole large folio of the
// page cache (kernel 6.18: 200 random reads of a cached file mapped 14 MB
// when it was written in 4 KB pieces and 184 MB when written in 1 MB
// ones). At 16 KiB a look-up the budget was checked too seldom: a 100 k
// build peaked at 1,081,064 KB when it had stored 15.8 k of 28.6 k pages,
// and at 1,029,096 KB at the same point with 256 KiB, which checks the
// budget every 128 look-ups (reading /proc/self/statm, microseconds).
type watchedTx struct {
	hkv.Tx
	w *mapWatcher
}

const getCost = 256 << 10

func (t *watchedTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	v, err := t.Tx.Get(ctx, k)
	t.w.wrote(getCost + len(v))
	return v, err
}

func (t *watchedTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	vs, err := t.Tx.GetBatch(ctx, keys)
	n := getCost * len(keys)
	for _, v := range vs {
		n += len(v)
	}
	t.w.wrote(n)
	return vs, err
}

func (t *watchedTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) error {
	err := t.Tx.Put(ctx, k, v)
	t.w.wrote(len(v))
	return err
}
