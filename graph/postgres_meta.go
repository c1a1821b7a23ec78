package graph

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"sync"

	"github.com/lib/pq"
)

// pgMeta is the meta store of a postgres store: the table zhkg_meta in the
// same database, plus the advisory lock held on a connection of its own.
//
// A transaction buffers its writes and sends them at the end with one
// DELETE of the keys written and one COPY of the new values; reads see
// the buffered writes. The small counts
// bucket is read whole on first use, so the counter updates of a commit
// cost no round trip each.
//
// A writable store holds the lock exclusively, so what it committed is
// all there is: it keeps the keys of bucket docs and, up to
// pgEntCacheMax entries, bucket entities, read once and updated at each
// commit, and answers Put's look-ups of new documents and the entity
// reads of each commit without a round trip.
//
// View runs without a transaction: the advisory lock already keeps
// writers out (a writer holds it exclusively, readers share it), and each
// read is then one round trip of a prepared statement.
type pgMeta struct {
	db       *sql.DB
	lock     *sql.Conn
	get      *sql.Stmt
	prefetch *sql.Stmt

	// A writable store holds the lock exclusively, so nobody else writes
	// zhkg_meta: it reads the keys of bucket docs once and keeps them up
	// to date at each commit. Put looks up every document it is given,
	// and most are new; docKeys answers those without a round trip.
	writer  bool
	keysMu  sync.Mutex
	docKeys map[string]bool // nil: not read yet (or dropped after a failed commit)
	// The same store keeps bucket entities (small values: a type and a
	// count) whole while it has at most pgEntCacheMax keys: committing a
	// document reads the entries of its entities, one round trip each.
	ents    map[string][]byte // nil: not read yet, dropped, or entsOff
	entsOff bool              // too many entities to keep
}

// pgEntCacheMax is the most entities a writable meta store keeps (about
// 120 bytes each).
const pgEntCacheMax = 200000

// The prepared statements of the meta store: one value, and many keys
// of one bucket. (A statement with arguments that is not prepared costs
// lib/pq two round trips.)
const (
	pgMetaGet      = `SELECT value FROM zhkg_meta WHERE bucket = $1 AND key = $2`
	pgMetaPrefetch = `SELECT key, value FROM zhkg_meta WHERE bucket = $1 AND key = ANY($2::bytea[])`
	// pgMetaDelete deletes keys, before a flush copies the new values in.
	pgMetaDelete = `DELETE FROM zhkg_meta m USING unnest($1::text[], $2::bytea[]) AS d(bucket, key)
	WHERE m.bucket = d.bucket AND m.key = d.key`
)

// queryer is what a pgMetaTx reads through: the pool (View) or a
// transaction (Update).
type queryer interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
	PrepareContext(ctx context.Context, q string) (*sql.Stmt, error)
}

const pgMetaTable = `CREATE TABLE IF NOT EXISTS zhkg_meta (
	bucket text NOT NULL,
	key bytea NOT NULL,
	value bytea NOT NULL,
	PRIMARY KEY (bucket, key))`

// openPGMeta connects to o.Path, takes the advisory lock (shared when
// read-only) and creates the meta table if needed.
func openPGMeta(o Options) (metaKV, error) {
	ctx := context.Background()
	db, err := sql.Open("postgres", o.Path)
	if err != nil {
		return nil, fmt.Errorf("open meta store: %w", err)
	}
	db.SetMaxIdleConns(2)
	conn, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open meta store: %w", err)
	}
	fn := "pg_try_advisory_lock"
	if o.ReadOnly {
		fn = "pg_try_advisory_lock_shared"
	}
	var got bool
	if err := conn.QueryRowContext(ctx, `SELECT `+fn+`($1, $2)`, pgLockClass, pgLockObject).Scan(&got); err != nil {
		conn.Close()
		db.Close()
		return nil, fmt.Errorf("open meta store: advisory lock: %w", err)
	}
	if !got {
		conn.Close()
		db.Close()
		return nil, fmt.Errorf("open meta store: %w", ErrLocked)
	}
	m := &pgMeta{db: db, lock: conn, writer: !o.ReadOnly}
	if !o.ReadOnly {
		if _, err := db.ExecContext(ctx, pgMetaTable); err != nil {
			m.Close()
			return nil, fmt.Errorf("open meta store: %w", err)
		}
		pgMetaLZ4(ctx, db)
	}
	if m.get, err = db.PrepareContext(ctx, pgMetaGet); err != nil {
		m.Close()
		return nil, fmt.Errorf("open meta store: %w", err)
	}
	if m.prefetch, err = db.PrepareContext(ctx, pgMetaPrefetch); err != nil {
		m.Close()
		return nil, fmt.Errorf("open meta store: %w", err)
	}
	return m, nil
}

// pgMetaLZ4 makes the server compress new values of zhkg_meta with lz4
// instead of pglz (PostgreSQL 14 and later, when built with lz4). Most
// values are deflated quads, which neither method shrinks, or JSON, which
// both shrink alike; pglz spent about five times the CPU doing so, and a
// document's value is written twice (pending, then committed). Failing
// (an older server, no lz4) changes nothing: values stay pglz, which
// every reader can read anyway, as it can lz4.
func pgMetaLZ4(ctx context.Context, db *sql.DB) {
	var lz4 bool
	err := db.QueryRowContext(ctx, `SELECT current_setting('server_version_num')::int >= 140000
		AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'zhkg_meta'::regclass AND attname = 'value'
			AND attcompression = 'l')`).Scan(&lz4)
	if err != nil || lz4 {
		return
	}
	db.ExecContext(ctx, `ALTER TABLE zhkg_meta ALTER COLUMN value SET COMPRESSION lz4`)
}

// Close releases the advisory lock and closes the pool. The lock is
// released by a statement, not only by closing its connection: the server
// ends a closed connection's session a moment later, and a store opened
// right after this Close would find the lock still held.
func (m *pgMeta) Close() error {
	var err error
	for _, st := range []*sql.Stmt{m.get, m.prefetch} {
		if st != nil {
			err = errors.Join(err, st.Close())
		}
	}
	m.lock.ExecContext(context.Background(), `SELECT pg_advisory_unlock_all()`) // closing releases it anyway
	return errors.Join(err, m.lock.Close(), m.db.Close())
}

func (m *pgMeta) View(fn func(metaTx) error) error { return m.run(true, fn) }

func (m *pgMeta) Update(fn func(metaTx) error) error { return m.run(false, fn) }

func (m *pgMeta) run(readOnly bool, fn func(metaTx) error) error {
	ctx := context.Background()
	t := &pgMetaTx{ctx: ctx, m: m, tx: m.db, get: m.get, pre: m.prefetch, readOnly: readOnly, cache: make(map[string]map[string][]byte),
		dirty: make(map[string]map[string]bool), whole: make(map[string]bool)}
	if readOnly {
		return fn(t)
	}
	tx, err := m.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("meta store: %w", err)
	}
	t.tx, t.get, t.pre = tx, tx.StmtContext(ctx, m.get), tx.StmtContext(ctx, m.prefetch)
	defer t.get.Close()
	defer t.pre.Close()
	if err := fn(t); err != nil {
		tx.Rollback()
		return err
	}
	if err := t.flush(); err != nil {
		tx.Rollback()
		return fmt.Errorf("meta store: %w", err)
	}
	if err := tx.Commit(); err != nil {
		m.keysMu.Lock()
		m.docKeys, m.ents = nil, nil // the commit may or may not have happened
		m.keysMu.Unlock()
		return fmt.Errorf("meta store: commit: %w", err)
	}
	m.keysMu.Lock()
	if m.docKeys != nil {
		for k := range t.dirty[bDocs] {
			if t.cache[bDocs][k] == nil {
				delete(m.docKeys, k)
			} else {
				m.docKeys[k] = true
			}
		}
	}
	if m.ents != nil {
		for k := range t.dirty[bEntities] {
			if v := t.cache[bEntities][k]; v == nil {
				delete(m.ents, k)
			} else {
				m.ents[k] = clone(v)
			}
		}
		if len(m.ents) > pgEntCacheMax {
			m.ents, m.entsOff = nil, true
		}
	}
	m.keysMu.Unlock()
	return nil
}

// entities returns, for a writable store keeping bucket entities whole,
// the committed entries of keys (absent keys missing), reading the
// bucket on first use; ok is false when the store does not keep it.
func (m *pgMeta) entities(ctx context.Context, q queryer, keys []string) (map[string][]byte, bool, error) {
	if !m.writer {
		return nil, false, nil
	}
	m.keysMu.Lock()
	defer m.keysMu.Unlock()
	if m.entsOff {
		return nil, false, nil
	}
	if m.ents == nil {
		rows, err := q.QueryContext(ctx, `SELECT key, value FROM zhkg_meta WHERE bucket = $1 LIMIT $2`, bEntities, pgEntCacheMax+1)
		if err != nil {
			return nil, false, err
		}
		ents := make(map[string][]byte)
		for rows.Next() {
			var k, v []byte
			if err := rows.Scan(&k, &v); err != nil {
				rows.Close()
				return nil, false, err
			}
			if v == nil {
				v = []byte{}
			}
			ents[string(k)] = v
		}
		if err := errors.Join(rows.Close(), rows.Err()); err != nil {
			return nil, false, err
		}
		if len(ents) > pgEntCacheMax {
			m.entsOff = true
			return nil, false, nil
		}
		m.ents = ents
	}
	out := make(map[string][]byte, len(keys))
	for _, k := range keys {
		if v, ok := m.ents[k]; ok {
			out[k] = clone(v)
		}
	}
	return out, true, nil
}

// docAbsent reports whether a writable store knows that key is not in
// bucket docs (as committed), reading the bucket's keys on first use.
func (m *pgMeta) docAbsent(ctx context.Context, q queryer, key string) (bool, error) {
	if !m.writer {
		return false, nil
	}
	m.keysMu.Lock()
	defer m.keysMu.Unlock()
	if m.docKeys == nil {
		rows, err := q.QueryContext(ctx, `SELECT key FROM zhkg_meta WHERE bucket = $1`, bDocs)
		if err != nil {
			return false, err
		}
		keys := make(map[string]bool)
		for rows.Next() {
			var k []byte
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return false, err
			}
			keys[string(k)] = true
		}
		if err := rows.Close(); err != nil {
			return false, err
		}
		if err := rows.Err(); err != nil {
			return false, err
		}
		m.docKeys = keys
	}
	return !m.docKeys[key], nil
}

// pgMetaTx is one transaction on zhkg_meta. cache holds what was read or
// written (a nil value: absent or deleted); dirty marks the written keys.
type pgMetaTx struct {
	ctx      context.Context
	m        *pgMeta
	tx       queryer
	get, pre *sql.Stmt // pgMetaGet, pgMetaPrefetch
	readOnly bool
	cache    map[string]map[string][]byte
	dirty    map[string]map[string]bool
	whole    map[string]bool // buckets read completely into cache
}

// wholeBuckets are read completely on first access.
var wholeBuckets = map[string]bool{bCounts: true}

func (t *pgMetaTx) set(bucket, key string, v []byte, dirty bool) {
	c := t.cache[bucket]
	if c == nil {
		c = make(map[string][]byte)
		t.cache[bucket] = c
	}
	c[key] = v
	if dirty {
		d := t.dirty[bucket]
		if d == nil {
			d = make(map[string]bool)
			t.dirty[bucket] = d
		}
		d[key] = true
	}
}

func (t *pgMetaTx) Get(bucket, key string) ([]byte, error) {
	if v, ok := t.cache[bucket][key]; ok {
		return clone(v), nil
	}
	if wholeBuckets[bucket] && !t.whole[bucket] {
		if err := t.Scan(bucket, "", func(string, []byte) error { return nil }); err != nil {
			return nil, err
		}
		t.whole[bucket] = true
		return clone(t.cache[bucket][key]), nil
	}
	if t.whole[bucket] {
		return nil, nil
	}
	if bucket == bEntities {
		got, ok, err := t.m.entities(t.ctx, t.tx, []string{key})
		if err != nil {
			return nil, fmt.Errorf("meta get %s: %w", bucket, err)
		}
		if ok {
			t.set(bucket, key, got[key], false) // nil: absent
			return clone(got[key]), nil
		}
	}
	if bucket == bDocs {
		absent, err := t.m.docAbsent(t.ctx, t.tx, key)
		if err != nil {
			return nil, fmt.Errorf("meta get %s: %w", bucket, err)
		}
		if absent {
			t.set(bucket, key, nil, false)
			return nil, nil
		}
	}
	var v []byte
	err := t.get.QueryRowContext(t.ctx, bucket, []byte(key)).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		t.set(bucket, key, nil, false)
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("meta get %s: %w", bucket, err)
	}
	if v == nil {
		v = []byte{}
	}
	t.set(bucket, key, v, false)
	return clone(v), nil
}

func clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// prefetch reads the keys of bucket not yet seen by t in one query.
func (t *pgMetaTx) prefetch(bucket string, keys []string) error {
	var want [][]byte
	for _, k := range keys {
		if _, ok := t.cache[bucket][k]; !ok {
			want = append(want, []byte(k))
		}
	}
	if len(want) == 0 || t.whole[bucket] {
		return nil
	}
	if bucket == bEntities {
		keys := make([]string, len(want))
		for i, k := range want {
			keys[i] = string(k)
		}
		got, ok, err := t.m.entities(t.ctx, t.tx, keys)
		if err != nil {
			return fmt.Errorf("meta prefetch %s: %w", bucket, err)
		}
		if ok {
			for _, k := range keys {
				t.set(bucket, k, got[k], false) // nil: absent
			}
			return nil
		}
	}
	rows, err := t.pre.QueryContext(t.ctx, bucket, pq.ByteaArray(want))
	if err != nil {
		return fmt.Errorf("meta prefetch %s: %w", bucket, err)
	}
	defer rows.Close()
	found := make(map[string][]byte, len(want))
	for rows.Next() {
		var k, v []byte
		if err := rows.Scan(&k, &v); err != nil {
			return fmt.Errorf("meta prefetch %s: %w", bucket, err)
		}
		if v == nil {
			v = []byte{}
		}
		found[string(k)] = v
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("meta prefetch %s: %w", bucket, err)
	}
	for _, k := range want {
		t.set(bucket, string(k), found[string(k)], false) // nil: absent
	}
	return nil
}

func (t *pgMetaTx) Put(bucket, key string, v []byte) error {
	if t.readOnly {
		return fmt.Errorf("meta put %s: %w", bucket, ErrReadOnly)
	}
	if v == nil {
		v = []byte{}
	}
	t.set(bucket, key, clone(v), true)
	return nil
}

func (t *pgMetaTx) Delete(bucket, key string) error {
	if t.readOnly {
		return fmt.Errorf("meta delete %s: %w", bucket, ErrReadOnly)
	}
	t.set(bucket, key, nil, true)
	return nil
}

// prefixEnd returns the smallest key greater than every key with prefix p,
// or nil when there is none.
func prefixEnd(p []byte) []byte {
	end := clone(p)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

// Scan calls fn for the keys of bucket with prefix, in byte order, as this
// transaction sees them. The rows are read before fn runs, so fn may use
// the transaction.
func (t *pgMetaTx) Scan(bucket, prefix string, fn func(string, []byte) error) error {
	merged := make(map[string][]byte)
	if !t.whole[bucket] {
		q := `SELECT key, value FROM zhkg_meta WHERE bucket = $1 AND key >= $2`
		args := []any{bucket, []byte(prefix)}
		if end := prefixEnd([]byte(prefix)); end != nil {
			q += ` AND key < $3`
			args = append(args, end)
		}
		rows, err := t.tx.QueryContext(t.ctx, q, args...)
		if err != nil {
			return fmt.Errorf("meta scan %s: %w", bucket, err)
		}
		for rows.Next() {
			var k, v []byte
			if err := rows.Scan(&k, &v); err != nil {
				rows.Close()
				return fmt.Errorf("meta scan %s: %w", bucket, err)
			}
			if v == nil {
				v = []byte{}
			}
			merged[string(k)] = v
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("meta scan %s: %w", bucket, err)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("meta scan %s: %w", bucket, err)
		}
		// What this transaction read before stays as read; what it
		// wrote overrides the table.
		for k, v := range merged {
			if _, ok := t.cache[bucket][k]; !ok {
				t.set(bucket, k, v, false)
			}
		}
	}
	var keys []string
	for k, v := range t.cache[bucket] {
		if v != nil && len(k) >= len(prefix) && k[:len(prefix)] == prefix {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return bytes.Compare([]byte(keys[i]), []byte(keys[j])) < 0 })
	vals := make([][]byte, len(keys))
	for i, k := range keys {
		vals[i] = clone(t.cache[bucket][k])
	}
	for i, k := range keys {
		if err := fn(k, vals[i]); err != nil {
			return err
		}
	}
	return nil
}

// flush writes the buffered puts and deletes: one DELETE of every key
// written, then one COPY of the new values straight into zhkg_meta
// (cheaper than an upsert through a temporary table, whose rows were
// compressed twice).
func (t *pgMetaTx) flush() error {
	var (
		buckets []string
		keys    [][]byte
		puts    [][3]any
	)
	for b, d := range t.dirty {
		for k := range d {
			buckets = append(buckets, b)
			keys = append(keys, []byte(k))
			if v := t.cache[b][k]; v != nil {
				puts = append(puts, [3]any{b, []byte(k), v})
			}
		}
	}
	if len(keys) == 0 {
		return nil
	}
	if _, err := t.tx.ExecContext(t.ctx, pgMetaDelete, pq.Array(buckets), pq.ByteaArray(keys)); err != nil {
		return fmt.Errorf("delete: %w", err)
	}
	err := copyRows(t.ctx, t.tx, "zhkg_meta", []string{"bucket", "key", "value"}, len(puts), func(i int) ([]any, error) {
		return puts[i][:], nil
	})
	if err != nil {
		return fmt.Errorf("put: %w", err)
	}
	return nil
}
