package graph

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/quad"
)

// metaKV is the tiny key-value interface behind the meta store. A
// PostgreSQL table (bucket, key, value) can implement it too.
type metaKV interface {
	View(fn func(tx metaTx) error) error
	Update(fn func(tx metaTx) error) error
	Close() error
}

// metaTx is one transaction of a metaKV. Get returns nil for a missing key.
type metaTx interface {
	Get(bucket, key string) ([]byte, error)
	Put(bucket, key string, v []byte) error
	Delete(bucket, key string) error
	Scan(bucket, prefix string, fn func(key string, v []byte) error) error
}

// metaPrefetcher is a metaTx that can read many keys in one round trip
// (postgres); commitDoc uses it for the entities of a document.
type metaPrefetcher interface {
	prefetch(bucket string, keys []string) error
}

// Buckets of the meta store.
const (
	bDocs     = "docs"     // path → docRecord (JSON) of committed documents
	bQuads    = "quads"    // path → encodeQuads of committed documents
	bPending  = "pending"  // path → pendingRecord (JSON): a replace in progress
	bByHash   = "byhash"   // hash + "\x00" + path → ""
	bEntities = "entities" // node IRI → type + "\x00" + refcount (documents)
	bCounts   = "counts"   // counter name → decimal
)

var metaBuckets = []string{bDocs, bQuads, bPending, bByHash, bEntities, bCounts}

// docRecord is what the meta store knows about one committed document.
type docRecord struct {
	Path     string            `json:"path"`
	Hash     string            `json:"hash"`
	Articles int               `json:"articles"`
	Quads    int               `json:"quads"`
	Entities map[string]string `json:"entities,omitempty"` // node IRI → entity type
	Preds    map[string]int    `json:"preds,omitempty"`    // predicate IRI → quads
}

// pendingRecord is a replace that was started and not yet committed. New
// is nil for a delete.
type pendingRecord struct {
	New   *docRecord `json:"new,omitempty"`
	Quads []byte     `json:"quads,omitempty"`
}

// newDocRecord summarises the quads of a document for the counters.
func newDocRecord(base string, src Source, qs []quad.Quad) *docRecord {
	base = NormalizeBase(base)
	r := &docRecord{Path: src.Path, Hash: src.Hash, Quads: len(qs),
		Entities: make(map[string]string), Preds: make(map[string]int)}
	classes := map[quad.IRI]string{
		quad.IRI(base + schemaPerson): "PER", quad.IRI(base + schemaPlace): "LOC",
		quad.IRI(base + schemaOrg): "ORG", quad.IRI(base + schemaTitle): "TITLE",
		quad.IRI(base + schemaProduct): "PRODUCT",
	}
	for _, d := range src.Docs {
		if d != nil {
			r.Articles++
		}
	}
	for _, q := range qs {
		p, _ := q.Predicate.(quad.IRI)
		r.Preds[string(p)]++
		if p == rdfType {
			if o, ok := q.Object.(quad.IRI); ok {
				if t, ok := classes[o]; ok {
					if s, ok := q.Subject.(quad.IRI); ok {
						r.Entities[string(s)] = t
					}
				}
			}
		}
	}
	return r
}

func getJSON(tx metaTx, bucket, key string, v any) (bool, error) {
	b, err := tx.Get(bucket, key)
	if err != nil || b == nil {
		return false, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("meta %s/%s: %w", bucket, key, err)
	}
	return true, nil
}

func putJSON(tx metaTx, bucket, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return tx.Put(bucket, key, b)
}

func getDoc(tx metaTx, path string) (*docRecord, error) {
	var r docRecord
	ok, err := getJSON(tx, bDocs, path, &r)
	if !ok {
		return nil, err
	}
	return &r, nil
}

func addCount(tx metaTx, name string, delta int) error {
	if delta == 0 {
		return nil
	}
	b, err := tx.Get(bCounts, name)
	if err != nil {
		return err
	}
	n := 0
	if b != nil {
		n, _ = strconv.Atoi(string(b))
	}
	n += delta
	if n == 0 {
		return tx.Delete(bCounts, name)
	}
	return tx.Put(bCounts, name, []byte(strconv.Itoa(n)))
}

// refEntity changes the number of documents that hold entity iri and keeps
// the per-type counters of distinct entities.
func refEntity(tx metaTx, iri, typ string, delta int) error {
	b, err := tx.Get(bEntities, iri)
	if err != nil {
		return err
	}
	n := 0
	if b != nil {
		if i := strings.LastIndexByte(string(b), 0); i >= 0 {
			typ0 := string(b[:i])
			n, _ = strconv.Atoi(string(b[i+1:]))
			if delta < 0 {
				typ = typ0
			}
		}
	}
	m := n + delta
	switch {
	case m <= 0:
		if n > 0 {
			if err := addCount(tx, "type/"+typ, -1); err != nil {
				return err
			}
		}
		return tx.Delete(bEntities, iri)
	case n == 0:
		if err := addCount(tx, "type/"+typ, 1); err != nil {
			return err
		}
	}
	return tx.Put(bEntities, iri, []byte(typ+"\x00"+strconv.Itoa(m)))
}

// commitDoc records that the document at path now holds nw (nil: deleted)
// instead of old, and clears its pending mark.
func commitDoc(tx metaTx, path string, old, nw *docRecord, blob []byte) error {
	apply := func(r *docRecord, sign int) error {
		if r == nil {
			return nil
		}
		for _, c := range []struct {
			name string
			n    int
		}{{"docs", 1}, {"articles", r.Articles}, {"quads", r.Quads}} {
			if err := addCount(tx, c.name, sign*c.n); err != nil {
				return err
			}
		}
		for p, n := range r.Preds {
			if err := addCount(tx, "pred/"+p, sign*n); err != nil {
				return err
			}
		}
		for iri, t := range r.Entities {
			if err := refEntity(tx, iri, t, sign); err != nil {
				return err
			}
		}
		return nil
	}
	if p, ok := tx.(metaPrefetcher); ok {
		var keys []string
		for _, r := range []*docRecord{old, nw} {
			if r != nil {
				for iri := range r.Entities {
					keys = append(keys, iri)
				}
			}
		}
		if err := p.prefetch(bEntities, keys); err != nil {
			return err
		}
	}
	if err := apply(old, -1); err != nil {
		return err
	}
	if old != nil {
		if err := tx.Delete(bByHash, old.Hash+"\x00"+path); err != nil {
			return err
		}
	}
	if err := apply(nw, 1); err != nil {
		return err
	}
	if nw == nil {
		if err := tx.Delete(bDocs, path); err != nil {
			return err
		}
		if err := tx.Delete(bQuads, path); err != nil {
			return err
		}
	} else {
		if err := putJSON(tx, bDocs, path, nw); err != nil {
			return err
		}
		if err := tx.Put(bQuads, path, blob); err != nil {
			return err
		}
		if err := tx.Put(bByHash, nw.Hash+"\x00"+path, []byte{}); err != nil {
			return err
		}
	}
	return tx.Delete(bPending, path)
}

// pathsWithHash lists the committed documents whose bytes hash to hash.
func pathsWithHash(tx metaTx, hash string) ([]string, error) {
	var out []string
	err := tx.Scan(bByHash, hash+"\x00", func(k string, _ []byte) error {
		out = append(out, k[len(hash)+1:])
		return nil
	})
	return out, err
}

// ---- bolt implementation ----

type boltMeta struct{ db *bolt.DB }

// openBoltMeta opens (creating if needed) the meta store file in dir.
func openBoltMeta(dir string, readOnly bool) (*boltMeta, error) {
	db, err := bolt.Open(filepath.Join(dir, metaFile), 0o600, &bolt.Options{Timeout: time.Second, ReadOnly: readOnly})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("open meta store: %w", ErrLocked)
		}
		return nil, fmt.Errorf("open meta store: %w", err)
	}
	if !readOnly {
		err = db.Update(func(tx *bolt.Tx) error {
			for _, b := range metaBuckets {
				if _, err := tx.CreateBucketIfNotExists([]byte(b)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("open meta store: %w", err)
		}
	}
	return &boltMeta{db: db}, nil
}

type boltTx struct{ tx *bolt.Tx }

func (t boltTx) bucket(name string) *bolt.Bucket { return t.tx.Bucket([]byte(name)) }

func (t boltTx) Get(bucket, key string) ([]byte, error) {
	b := t.bucket(bucket)
	if b == nil {
		return nil, nil
	}
	v := b.Get([]byte(key))
	if v == nil {
		return nil, nil
	}
	return append([]byte{}, v...), nil
}

func (t boltTx) Put(bucket, key string, v []byte) error {
	return t.bucket(bucket).Put([]byte(key), v)
}

func (t boltTx) Delete(bucket, key string) error { return t.bucket(bucket).Delete([]byte(key)) }

func (t boltTx) Scan(bucket, prefix string, fn func(string, []byte) error) error {
	b := t.bucket(bucket)
	if b == nil {
		return nil
	}
	c := b.Cursor()
	p := []byte(prefix)
	for k, v := c.Seek(p); k != nil && strings.HasPrefix(string(k), prefix); k, v = c.Next() {
		if err := fn(string(k), append([]byte{}, v...)); err != nil {
			return err
		}
	}
	return nil
}

func (m *boltMeta) View(fn func(metaTx) error) error {
	return m.db.View(func(tx *bolt.Tx) error { return fn(boltTx{tx}) })
}

func (m *boltMeta) Update(fn func(metaTx) error) error {
	return m.db.Update(func(tx *bolt.Tx) error { return fn(boltTx{tx}) })
}

func (m *boltMeta) Close() error { return m.db.Close() }

// ---- in-memory implementation (memstore) ----

type memMeta struct {
	mu sync.Mutex
	m  map[string]map[string][]byte
}

func newMemMeta() *memMeta { return &memMeta{m: make(map[string]map[string][]byte)} }

type memTx struct {
	m *memMeta
}

func (t memTx) Get(bucket, key string) ([]byte, error) { return t.m.m[bucket][key], nil }

func (t memTx) Put(bucket, key string, v []byte) error {
	b := t.m.m[bucket]
	if b == nil {
		b = make(map[string][]byte)
		t.m.m[bucket] = b
	}
	b[key] = append([]byte{}, v...)
	return nil
}

func (t memTx) Delete(bucket, key string) error { delete(t.m.m[bucket], key); return nil }

func (t memTx) Scan(bucket, prefix string, fn func(string, []byte) error) error {
	var keys []string
	for k := range t.m.m[bucket] {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := fn(k, t.m.m[bucket][k]); err != nil {
			return err
		}
	}
	return nil
}

func (m *memMeta) View(fn func(metaTx) error) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	return fn(memTx{m})
}

func (m *memMeta) Update(fn func(metaTx) error) error { return m.View(fn) }

func (m *memMeta) Close() error { return nil }
