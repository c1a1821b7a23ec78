package graph

// # PostgreSQL
//
// Backend "postgres" keeps the graph in Cayley's SQL schema (package
// github.com/cayleygraph/cayley/graph/sql/postgres) in a PostgreSQL
// database; Options.Path is the lib/pq connection string, for example
//
//	postgres://zhkg@db.example.org:5432/news?sslmode=require
//
// (put the password in PGPASSWORD or ~/.pgpass rather than in the URL:
// error messages quote the path). The database must exist; the tables are
// created on first use. Cayley's InitQuadStore is called only when the
// table quads is missing, so reopening does not log Cayley's "database
// already exists" error (cayleygraph/cayley#727).
//
// What lives where:
//
//   - Cayley's tables nodes (hash, refs, value columns by type) and quads
//     (the four hashes, partial unique indexes on (s,p,o) WHERE label IS
//     NULL and (s,p,o,l) WHERE label IS NOT NULL, so one triple may be held
//     under several article labels, as on bolt);
//   - our meta store, the table zhkg_meta(bucket text, key bytea, value
//     bytea, primary key (bucket, key)), with the buckets of meta.go.
//
// Locking: instead of a lock file, Open takes the session-level advisory
// lock pg_try_advisory_lock(pgLockClass, pgLockObject) on a connection it
// keeps until Close (shared for ReadOnly stores). A second writer on the
// same database gets ErrLocked at once; two read-only stores may share it.
// The lock is per database: two zhkg stores in two databases of one server
// do not meet.
//
// Writing: Cayley's own SQL writer inserts row by row, one statement per
// node and per quad (about 1.6 k quads/s, notes/cayley.md §5). Put, PutMany
// and Delete go through pgWriter instead, which writes each transaction's
// quads into Cayley's schema in bulk:
//
//	one query: which of the batch's nodes are stored already
//	COPY INTO nodes the nodes that are not, with their refs
//	COPY INTO quads the quads naming such a node (they cannot be stored)
//	the quads whose nodes are all stored: COPY into a temporary table,
//	  then one statement INSERTs those not stored yet (a look-up per row
//	  in the partial unique indexes) and raises the refs of the stored
//	  nodes by what was inserted and copied (otherwise one UPDATE does)
//	DELETE FROM quads the deleted set RETURNING the deleted
//	UPDATE nodes SET refs = refs - references lost
//	DELETE the touched nodes whose refs dropped to 0
//
// in one transaction. nodes.refs counts the (quad, direction) pairs that
// name the node, exactly as Cayley's writer does, except that a duplicate
// add does not raise it: Cayley's writer (with ignore_duplicate) adds the
// references of a quad that was already stored, so such nodes are never
// freed. The result is read by Cayley's code unchanged; Cayley's writer
// can delete what we wrote and the other way round (postgres_test.go).
// Strict transactions (ignore_duplicate or ignore_missing off) and single
// quads go through Cayley's writer, whose errors are per quad.
//
// Large loads defer Cayley's four secondary indexes (and, when the
// foreign-key triggers are on, its four foreign keys) and rebuild them
// once at the end; see "Deferred indexes" below for when, and why a crash
// loses nothing.
//
// Speed (BenchmarkPostgresLoad, 41 k quads, fsync off, 2 cores loaded by
// other jobs; the writers take turns per 125 documents; CPU is client plus
// every server process; three runs): Cayley's writer 135–137 µs of CPU a
// quad, 6.4–7.3 k quads/s; the bulk writer, index rebuild included,
// 12.4–15.6 µs, 7.2–10.8× the wall-clock speed; PutMany with the meta
// store 20.5–20.7 µs, 6.4–7.0×. On zhkg-bench's corpus (260 k quads of
// 279 newspaper pages, PutMany of 256 documents) PutMany stored 44–58 k
// quads/s, against 6.0–7.5 k for Cayley's writer on the first 20 k of
// the same quads (5.9–9.6×; the latter varies most with the machine's
// load). What remains, per quad, from traces of that corpus: the COPY
// into quads, about 4 µs of server CPU (heap, primary key and one partial
// unique index; parsing the rows is 1.3 µs of it); the four index builds
// at the end, about 2 µs each, side by side; the meta store's records,
// about 1 µs; nodes, the stored-node query and the refs update, about
// 1.5 µs; in Go, hashing, COPY text and sorting, about 2 µs, besides the
// Store's own work (building, deflating and recording each document's
// quads).
//
// Stats asks Cayley for exact counts (SELECT count(*)), because its fast
// answer on PostgreSQL is pg_class.reltuples, which only ANALYZE updates.
//
// Queries use Cayley's SQL query optimiser unchanged. Its bug remains:
// g.V(x).both().both().all() panics in graph/sql.(*iteratorNext).NextPath
// inside the goroutine that runs the Gizmo VM, where no recover reaches.
// Store.Query and the HTTP server of graph/server both run Gizmo through
// graph/internal/guard, which recovers panics in every store and iterator
// call: the query gets ErrQuery naming the panic (the server answers 500)
// and the store answers the next query (TestPostgres_QueryPanicIsAnError,
// TestPostgres_ServerSurvivesBothBoth).
//
// CockroachDB (backend "cockroach" of Cayley, pgx protocol) is not wired
// in; it differs in ways that matter here: its schema has a plain UNIQUE
// index on (subject, predicate, object), so the same triple under a second
// article label is silently dropped (ignore_duplicate) and deleting one
// article removes a fact another article still states; it has no partial
// indexes, retries transactions itself, and the bulk statements above
// (temporary tables ON COMMIT DROP, data-modifying CTEs) would need
// checking against it. Nothing here refuses it; it is simply not offered.

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // "postgres"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// The advisory lock zhkg takes on a PostgreSQL database: ('zhkg', 1).
const (
	pgLockClass  = 0x7a686b67
	pgLockObject = 1
)

func init() {
	backends["postgres"] = backend{newMeta: openPGMeta, newHandle: openPGHandle, exactStats: true}
}

// openPGHandle opens Cayley's postgres store at o.Path, creating its
// tables when they are missing, with a pgWriter in front of Cayley's
// "single" writer.
func openPGHandle(o Options) (*cgraph.Handle, error) {
	db, err := sql.Open("postgres", o.Path)
	if err != nil {
		return nil, fmt.Errorf("open postgres store: %w", err)
	}
	db.SetMaxIdleConns(2)
	ok, err := pgHasSchema(db)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres store: %w", err)
	}
	if !ok {
		if o.ReadOnly {
			db.Close()
			return nil, fmt.Errorf("open postgres store: no Cayley tables (nodes, quads) in this database; build it first")
		}
		if err := cgraph.InitQuadStore("postgres", o.Path, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			// Another process may have created the tables meanwhile.
			if ok, _ := pgHasSchema(db); !ok {
				db.Close()
				return nil, fmt.Errorf("init postgres store: %w", err)
			}
		}
	}
	qs, err := cgraph.NewQuadStore("postgres", o.Path, nil)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open postgres store: %w", err)
	}
	single, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		db.Close()
		return nil, fmt.Errorf("open postgres store: writer: %w", err)
	}
	var (
		super   bool
		version int
	)
	if err := db.QueryRow(`SELECT current_setting('is_superuser') = 'on', current_setting('server_version_num')::int`).Scan(&super, &version); err != nil {
		qs.Close()
		db.Close()
		return nil, fmt.Errorf("open postgres store: %w", err)
	}
	w := &pgWriter{QuadWriter: single, qs: qs, db: db, opts: cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}, noFK: super, jit: version >= 110000,
		deferMin: pgDeferMin, idle: pgIdleRestore}
	if !o.ReadOnly {
		if err := w.recoverDeferred(context.Background()); err != nil {
			qs.Close()
			db.Close()
			return nil, fmt.Errorf("open postgres store: %w", err)
		}
	}
	return &cgraph.Handle{QuadStore: qs, QuadWriter: w}, nil
}

// pgHasSchema reports whether Cayley's tables exist (in the search path).
func pgHasSchema(db *sql.DB) (bool, error) {
	var ok bool
	err := db.QueryRow(`SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL`).Scan(&ok)
	return ok, err
}

// pgWriter is Cayley's "single" writer with bulk batches: AddQuadSet and
// ApplyTransaction write through COPY (see the top of this file); the
// other methods, and strict transactions, are Cayley's.
type pgWriter struct {
	cgraph.QuadWriter
	qs   cgraph.QuadStore // Cayley's store, to reset its cached counts
	db   *sql.DB
	opts cgraph.IgnoreOpts
	// noFK turns off the foreign-key triggers of quads in our bulk
	// transactions (session_replication_role = replica, which only a
	// superuser may set). The checks are redundant there: the nodes are
	// written in the same transaction as the quads, before them, and only
	// nodes that no quad names any more are freed. They cost about half of
	// the insert, and freeing a node checks label_hash, which has no
	// index: a scan of quads per node.
	noFK bool
	// jit: the server has JIT compilation (PostgreSQL 11 and later), which
	// the bulk transactions turn off (see pgAddChecked).
	jit bool

	// Deferred indexes (see pgDeferred): mu serialises the writes and
	// the restore of the idle timer.
	mu       sync.Mutex
	deferMin int           // smallest batch that may defer the indexes
	idle     time.Duration // quiet time after which they are restored
	deferred bool          // this store's indexes are deferred (zhkg_deferred has rows)
	cannot   bool          // deferring failed once (not the tables' owner): do not try again
	wrote    bool          // this writer has written (so it holds the store's lock)
	added    int           // quads added since the indexes were last restored (or since open)
	timer    *time.Timer
	closed   bool
}

// AddQuadSet adds qs in one transaction.
func (w *pgWriter) AddQuadSet(qs []quad.Quad) error {
	if !w.opts.IgnoreDup {
		return w.QuadWriter.AddQuadSet(qs)
	}
	return w.apply(context.Background(), qs, nil)
}

// ApplyTransaction applies tx's additions, then its deletions (Cayley's
// order), in one transaction.
func (w *pgWriter) ApplyTransaction(tx *cgraph.Transaction) error {
	if !w.opts.IgnoreDup || !w.opts.IgnoreMissing {
		return w.QuadWriter.ApplyTransaction(tx)
	}
	var add, del []quad.Quad
	for _, d := range tx.Deltas {
		switch d.Action {
		case cgraph.Add:
			add = append(add, d.Quad)
		case cgraph.Delete:
			del = append(del, d.Quad)
		default:
			return fmt.Errorf("postgres: %w", cgraph.ErrInvalidAction)
		}
	}
	return w.apply(context.Background(), add, del)
}

// Close restores deferred indexes and closes Cayley's writer and our
// connection pool. Closing twice is a no-op.
func (w *pgWriter) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	if w.timer != nil {
		w.timer.Stop()
	}
	var err error
	if w.deferred && w.wrote {
		err = w.restore(context.Background())
	}
	return errors.Join(err, w.QuadWriter.Close(), w.db.Close())
}

// quadKey is a quad as Cayley's hashes (label all zero when absent).
type quadKey [4]refs.ValueHash

// hashQuads dedups qs by hash and collects their node values.
func hashQuads(qs []quad.Quad, nodes map[refs.ValueHash]quad.Value) ([]quadKey, error) {
	seen := make(map[quadKey]bool, len(qs))
	out := make([]quadKey, 0, len(qs))
	// Most values recur in a batch (predicates, labels, subjects); hashing
	// one is formatting it and a SHA-1, a map look-up is much cheaper.
	// Only the value types that are plain comparable data are cached.
	cache := make(map[quad.Value]refs.ValueHash)
	for _, q := range qs {
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			return nil, fmt.Errorf("invalid quad %v: %w", q, quad.ErrInvalid)
		}
		var k quadKey
		for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v == nil {
				continue
			}
			switch v.(type) {
			case quad.IRI, quad.String, quad.BNode, quad.LangString, quad.TypedString:
				h, ok := cache[v]
				if ok {
					k[i] = h
					continue
				}
				h = refs.HashOf(v)
				cache[v] = h
				k[i] = h
			default:
				k[i] = refs.HashOf(v)
			}
			if nodes != nil {
				nodes[k[i]] = v
			}
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out, nil
}

// nodeColumns are the columns of Cayley's nodes table, in the order of
// nodeRow.
var nodeColumns = []string{"hash", "value", "value_string", "datatype", "language", "iri", "bnode",
	"value_int", "value_bool", "value_float", "value_time"}

// nodeRow renders v as a full row of the nodes table, with Cayley's own
// mapping of values to typed columns (csql.NodeValues).
func nodeRow(h refs.ValueHash, v quad.Value) ([]any, error) {
	typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, v)
	if err != nil {
		return nil, err
	}
	row := make([]any, len(nodeColumns))
	row[0] = vals[0]
	for i, col := range typ.Columns() {
		for j, c := range nodeColumns {
			if c == col {
				row[j] = vals[i+1]
			}
		}
	}
	return row, nil
}

// copyRows copies rows into a table with COPY FROM STDIN.
func copyRows(ctx context.Context, tx queryer, table string, cols []string, n int, row func(i int) ([]any, error)) error {
	if n == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, cols...))
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		r, err := row(i)
		if err != nil {
			stmt.Close()
			return err
		}
		if _, err := stmt.ExecContext(ctx, r...); err != nil {
			stmt.Close()
			return err
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		stmt.Close()
		return err
	}
	return stmt.Close()
}

// The statements of one bulk transaction. The temporary tables vanish at
// commit or rollback.
const (
	// pgKnown returns the transaction's timestamp as Cayley's writer
	// stores it in quads.ts (now() in a timestamp column) and which of
	// the node hashes $1 are stored already.
	pgKnown = `SELECT now()::timestamp::text, ARRAY(SELECT hash FROM nodes WHERE hash = ANY($1::bytea[]))`
	// pgTempQuads holds the quads that may be stored already.
	pgTempQuads   = `CREATE TEMP TABLE zhkg_q (s bytea NOT NULL, p bytea NOT NULL, o bytea NOT NULL, l bytea) ON COMMIT DROP`
	pgTempDel     = `CREATE TEMP TABLE zhkg_d (s bytea NOT NULL, p bytea NOT NULL, o bytea NOT NULL, l bytea) ON COMMIT DROP`
	pgTempChanged = `CREATE TEMP TABLE zhkg_ch (s bytea, p bytea, o bytea, l bytea, n int) ON COMMIT DROP`
	// pgAddRefs raises the refs of stored nodes by the counts $1/$2 (the
	// references of the quads copied in).
	pgAddRefs = `UPDATE nodes SET refs = nodes.refs + d.n
	FROM unnest($1::bytea[], $2::bigint[]) AS d(h, n) WHERE nodes.hash = d.h`
	// pgAddChecked inserts the quads of zhkg_q that are not stored yet
	// and raises the refs of their nodes (all stored) by what was
	// inserted, plus the counts $1/$2 as pgAddRefs.
	//
	// A bulk transaction sets work_mem to 64 MB, which keeps the sort of
	// a batch in memory, and turns JIT off: the planner has no statistics
	// on the temporary tables, its cost estimates of such statements
	// exceeded jit_above_cost, and compiling one took about 0.45 s, as
	// long as a 50 000-quad insert itself, for no faster execution.
	//
	// Stored quads are skipped by a look-up per row in Cayley's two
	// partial unique indexes rather than ON CONFLICT, whose speculative
	// insertion costs about as much again as the insert itself. The
	// look-ups are scalar subqueries, which the planner cannot turn into
	// a hash anti-join reading all of quads for each batch. The rows go
	// in sorted, so the (s,p,o) indexes are written in order.
	pgAddChecked = `WITH ins AS (
		INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT s, p, o, l, now() FROM zhkg_q x
		WHERE CASE WHEN l IS NULL THEN (
				SELECT 1 FROM quads q WHERE q.subject_hash = x.s AND q.predicate_hash = x.p
				AND q.object_hash = x.o AND q.label_hash IS NULL LIMIT 1)
			ELSE (
				SELECT 1 FROM quads q WHERE q.subject_hash = x.s AND q.predicate_hash = x.p
				AND q.object_hash = x.o AND q.label_hash = x.l LIMIT 1) END IS NULL
		ORDER BY s, p, o, l
		RETURNING subject_hash, predicate_hash, object_hash, label_hash),
	d AS (SELECT h, sum(n) AS n FROM (
		SELECT subject_hash AS h, 1 AS n FROM ins UNION ALL SELECT predicate_hash, 1 FROM ins
		UNION ALL SELECT object_hash, 1 FROM ins UNION ALL SELECT label_hash, 1 FROM ins WHERE label_hash IS NOT NULL
		UNION ALL SELECT h, n FROM unnest($1::bytea[], $2::bigint[]) AS g(h, n)) x
		GROUP BY h)
	UPDATE nodes SET refs = nodes.refs + d.n FROM d WHERE nodes.hash = d.h`
	pgDeleteQuads = `WITH del AS (
		DELETE FROM quads q WHERE q.horizon IN (
			SELECT q.horizon FROM zhkg_d d JOIN quads q ON q.subject_hash = d.s AND q.predicate_hash = d.p
				AND q.object_hash = d.o AND q.label_hash IS NULL WHERE d.l IS NULL
			UNION ALL
			SELECT q.horizon FROM zhkg_d d JOIN quads q ON q.subject_hash = d.s AND q.predicate_hash = d.p
				AND q.object_hash = d.o AND q.label_hash = d.l WHERE d.l IS NOT NULL)
		RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash)
	INSERT INTO zhkg_ch SELECT subject_hash, predicate_hash, object_hash, label_hash, count(*) FROM del
	GROUP BY 1, 2, 3, 4`
	pgRefDeltas = `SELECT h, sum(n) AS n FROM (
		SELECT s AS h, n FROM zhkg_ch UNION ALL SELECT p, n FROM zhkg_ch
		UNION ALL SELECT o, n FROM zhkg_ch UNION ALL SELECT l, n FROM zhkg_ch WHERE l IS NOT NULL) x
	GROUP BY h`
	pgUpdateRefs = `UPDATE nodes SET refs = nodes.refs - r.n FROM (` + pgRefDeltas + `) r
	WHERE nodes.hash = r.h`
	pgFreeNodes = `DELETE FROM nodes USING (` + pgRefDeltas + `) r
	WHERE nodes.hash = r.h AND nodes.refs <= 0`
)

// apply adds add and then deletes del in one transaction, ignoring quads
// already present or absent, and keeps nodes.refs exact.
func (w *pgWriter) apply(ctx context.Context, add, del []quad.Quad) error {
	if len(add)+len(del) == 0 {
		return nil
	}
	nodes := make(map[refs.ValueHash]quad.Value)
	addKeys, err := hashQuads(add, nodes)
	if err != nil {
		return fmt.Errorf("postgres bulk write: %w", err)
	}
	delKeys, err := hashQuads(del, nil)
	if err != nil {
		return fmt.Errorf("postgres bulk write: %w", err)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return fmt.Errorf("postgres bulk write: writer closed")
	}
	w.wrote = true
	if len(addKeys) >= w.deferMin && !w.deferred && !w.cannot {
		if err := w.maybeDefer(ctx, len(addKeys)); err != nil {
			return fmt.Errorf("postgres bulk write: %w", err)
		}
	}
	if w.deferred {
		w.armTimer()
	}
	w.added += len(addKeys)
	err = pgConnTx(ctx, w.db, func(tx *sql.Conn) error {
		settings := `SET LOCAL work_mem = '64MB'`
		if w.jit {
			settings += `; SET LOCAL jit = off`
		}
		if w.noFK {
			settings += `; SET LOCAL session_replication_role = replica`
		}
		if _, err := tx.ExecContext(ctx, settings); err != nil {
			return err
		}
		if len(addKeys) > 0 {
			if err := w.add(ctx, tx, addKeys, nodes); err != nil {
				return err
			}
		}
		if len(delKeys) > 0 {
			if err := w.delete(ctx, tx, delKeys); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("postgres bulk write (%d adds, %d deletes): %w", len(addKeys), len(delKeys), err)
	}
	// Cayley's store caches its counts until its own next write; an empty
	// write of its own resets them.
	if err := w.qs.ApplyDeltas(nil, w.opts); err != nil {
		return fmt.Errorf("postgres bulk write: reset counts: %w", err)
	}
	return nil
}

// add inserts the quads keys (deduplicated) and their nodes in tx.
//
// Every stored quad's nodes are stored (Cayley's foreign keys; our
// writer keeps refs exact), so a quad naming a node that is not stored
// yet cannot be stored either. One query asks which of the batch's nodes
// are stored; the nodes that are not, with their refs counted here, and
// the quads that name one of them are copied straight into Cayley's
// tables, nodes first. Only the quads whose nodes are all stored already
// (a document added again, a replaced one's unchanged facts) go through
// a temporary table and pgAddChecked's look-ups; the refs of stored nodes
// are raised in the same statement.
func (w *pgWriter) add(ctx context.Context, tx *sql.Conn, keys []quadKey, nodes map[refs.ValueHash]quad.Value) error {
	hashes := make(pq.ByteaArray, 0, len(nodes))
	for h := range nodes {
		hashes = append(hashes, h[:])
	}
	var (
		ts     string
		stored pq.ByteaArray
	)
	if err := tx.QueryRowContext(ctx, pgKnown, hashes).Scan(&ts, &stored); err != nil {
		return fmt.Errorf("stored nodes: %w", err)
	}
	known := make(map[refs.ValueHash]bool, len(stored))
	for _, b := range stored {
		var h refs.ValueHash
		copy(h[:], b)
		known[h] = true
	}
	count := make(map[refs.ValueHash]int64, len(nodes))
	var fresh, check []quadKey
	for _, k := range keys {
		all := true
		for _, h := range k {
			if h != (refs.ValueHash{}) && !known[h] {
				all = false
				break
			}
		}
		if all {
			check = append(check, k)
			continue
		}
		fresh = append(fresh, k)
		for _, h := range k {
			if h != (refs.ValueHash{}) {
				count[h]++
			}
		}
	}
	var newNodes []refs.ValueHash
	for h := range count {
		if !known[h] {
			newNodes = append(newNodes, h)
		}
	}
	err := copyText(ctx, tx, "nodes", pgNodeColumns, len(newNodes), func(buf []byte, i int) ([]byte, error) {
		h := newNodes[i]
		row, err := nodeRow(h, nodes[h])
		if err != nil {
			return nil, err
		}
		for j, v := range append([]any{row[0], count[h]}, row[1:]...) {
			if j > 0 {
				buf = append(buf, '\t')
			}
			if buf, err = appendCopyValue(buf, v); err != nil {
				return nil, err
			}
		}
		return buf, nil
	})
	if err != nil {
		return fmt.Errorf("copy nodes: %w", err)
	}
	sortKeys(fresh)
	err = copyText(ctx, tx, "quads", pgQuadColumns, len(fresh), func(buf []byte, i int) ([]byte, error) {
		return append(append(appendCopyKey(buf, fresh[i]), '\t'), ts...), nil
	})
	if err != nil {
		return fmt.Errorf("copy quads: %w", err)
	}
	var (
		deltaH pq.ByteaArray
		deltaN pq.Int64Array
	)
	for h, n := range count {
		if known[h] {
			deltaH, deltaN = append(deltaH, h[:]), append(deltaN, n)
		}
	}
	if len(check) == 0 {
		if len(deltaH) == 0 {
			return nil
		}
		if _, err := tx.ExecContext(ctx, pgAddRefs, deltaH, deltaN); err != nil {
			return fmt.Errorf("node refs: %w", err)
		}
		return nil
	}
	if _, err := tx.ExecContext(ctx, pgTempQuads); err != nil {
		return err
	}
	err = copyText(ctx, tx, "zhkg_q", []string{"s", "p", "o", "l"}, len(check), func(buf []byte, i int) ([]byte, error) {
		return appendCopyKey(buf, check[i]), nil
	})
	if err != nil {
		return fmt.Errorf("copy quads: %w", err)
	}
	if deltaH == nil {
		deltaH, deltaN = pq.ByteaArray{}, pq.Int64Array{}
	}
	if _, err := tx.ExecContext(ctx, pgAddChecked, deltaH, deltaN); err != nil {
		return fmt.Errorf("insert quads: %w", err)
	}
	return nil
}

// The columns copied into Cayley's tables: nodes (nodeColumns with refs
// second, as add builds the rows) and quads (horizon is its sequence).
var (
	pgNodeColumns = append([]string{"hash", "refs"}, nodeColumns[1:]...)
	pgQuadColumns = []string{"subject_hash", "predicate_hash", "object_hash", "label_hash", "ts"}
)

// sortKeys sorts keys by subject, predicate, object and label hash, the
// order of Cayley's unique indexes.
func sortKeys(keys []quadKey) {
	slices.SortFunc(keys, func(a, b quadKey) int {
		for i := range a {
			if c := bytes.Compare(a[i][:], b[i][:]); c != 0 {
				return c
			}
		}
		return 0
	})
}

// delete removes the quads keys (deduplicated; absent ones are skipped)
// in tx, lowers the refs of their nodes and frees the nodes no quad names
// any more.
func (w *pgWriter) delete(ctx context.Context, tx *sql.Conn, keys []quadKey) error {
	exec := func(q string) error {
		_, err := tx.ExecContext(ctx, q)
		return err
	}
	for _, q := range []string{pgTempChanged, pgTempDel} {
		if err := exec(q); err != nil {
			return err
		}
	}
	err := copyText(ctx, tx, "zhkg_d", []string{"s", "p", "o", "l"}, len(keys), func(buf []byte, i int) ([]byte, error) {
		return appendCopyKey(buf, keys[i]), nil
	})
	if err != nil {
		return fmt.Errorf("copy deleted quads: %w", err)
	}
	if err := exec(`ANALYZE zhkg_d`); err != nil {
		return err
	}
	if err := exec(pgDeleteQuads); err != nil {
		return fmt.Errorf("delete quads: %w", err)
	}
	if err := exec(`ANALYZE zhkg_ch`); err != nil {
		return err
	}
	if err := exec(pgUpdateRefs); err != nil {
		return fmt.Errorf("update node refs: %w", err)
	}
	if err := exec(pgFreeNodes); err != nil {
		return fmt.Errorf("delete unused nodes: %w", err)
	}
	return nil
}

// pgConnTx runs fn in a transaction on one connection of db, committing
// when it returns nil. Unlike a *sql.Tx, the connection gives copyQuads
// the driver's own COPY statement. A connection whose transaction could
// not be ended is dropped from the pool.
func pgConnTx(ctx context.Context, db *sql.DB, fn func(c *sql.Conn) error) error {
	c, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	drop := func() { c.Raw(func(any) error { return driver.ErrBadConn }) }
	if _, err := c.ExecContext(ctx, `BEGIN`); err != nil {
		drop()
		return err
	}
	if err := fn(c); err != nil {
		if _, rerr := c.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`); rerr != nil {
			drop()
		}
		return err
	}
	if _, err := c.ExecContext(context.WithoutCancel(ctx), `COMMIT`); err != nil {
		drop()
		return err
	}
	return nil
}

// copyText copies n rows into table (columns cols) with COPY FROM STDIN,
// writing the text rows itself: row appends row i, its values separated
// by tabs, to buf. Through database/sql and lib/pq's encoding of each
// value, a row of four hashes cost about as much client CPU as the
// server spends storing it.
func copyText(ctx context.Context, c *sql.Conn, table string, cols []string, n int, row func(buf []byte, i int) ([]byte, error)) error {
	if n == 0 {
		return nil
	}
	return c.Raw(func(dc any) error {
		pc, ok := dc.(driver.ConnPrepareContext)
		if !ok {
			return fmt.Errorf("copy into %s: driver connection %T cannot prepare", table, dc)
		}
		st, err := pc.PrepareContext(ctx, pq.CopyIn(table, cols...))
		if err != nil {
			return err
		}
		defer st.Close()
		cd, ok := st.(interface {
			CopyData(ctx context.Context, line string) (driver.Result, error)
		})
		if !ok {
			return fmt.Errorf("copy into %s: driver statement %T has no CopyData", table, st)
		}
		buf := make([]byte, 0, 80<<10)
		for i := 0; i < n; i++ {
			if len(buf) > 0 {
				buf = append(buf, '\n')
			}
			if buf, err = row(buf, i); err != nil {
				return err
			}
			if len(buf) >= 64<<10 || i == n-1 {
				// CopyData ends the line itself.
				if _, err := cd.CopyData(ctx, string(buf)); err != nil {
					return err
				}
				buf = buf[:0]
			}
		}
		_, err = st.Exec(nil) // ends the COPY and reports its errors
		return err
	})
}

// appendCopyKey appends the four hashes of k as COPY text fields (no
// label: NULL).
func appendCopyKey(buf []byte, k quadKey) []byte {
	for j, h := range k {
		if j > 0 {
			buf = append(buf, '\t')
		}
		if j == 3 && h == (refs.ValueHash{}) {
			buf = append(buf, `\N`...)
		} else {
			buf = append(buf, `\\x`...)
			buf = hex.AppendEncode(buf, h[:])
		}
	}
	return buf
}

// appendCopyValue appends v as a COPY text field, encoded as lib/pq
// encodes the values of csql.NodeValues.
func appendCopyValue(buf []byte, v any) ([]byte, error) {
	switch v := v.(type) {
	case nil:
		return append(buf, `\N`...), nil
	case []byte:
		buf = append(buf, `\\x`...)
		return hex.AppendEncode(buf, v), nil
	case string:
		for i := 0; i < len(v); i++ {
			switch c := v[i]; c {
			case '\\':
				buf = append(buf, '\\', '\\')
			case '\n':
				buf = append(buf, '\\', 'n')
			case '\r':
				buf = append(buf, '\\', 'r')
			case '\t':
				buf = append(buf, '\\', 't')
			default:
				buf = append(buf, c)
			}
		}
		return buf, nil
	case bool:
		return strconv.AppendBool(buf, v), nil
	case int64:
		return strconv.AppendInt(buf, v, 10), nil
	case float64:
		return strconv.AppendFloat(buf, v, 'f', -1, 64), nil
	case time.Time:
		return append(buf, pq.FormatTimestamp(v)...), nil
	}
	return buf, fmt.Errorf("copy: no text form for %T", v)
}

// pgTx runs fn in a transaction, committing when it returns nil.
func pgTx(ctx context.Context, db *sql.DB, fn func(tx *sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Deferred indexes. Each of Cayley's four secondary indexes on quads
// (spo, ops, pos, osp) and, for a user whose foreign-key triggers stay on,
// each of its four foreign keys costs about as much per inserted quad as
// the rest of the insert. When the quads added since the indexes were
// last built reach half the table (a fresh store, or a load as large as
// what is stored), the writer drops them and builds them again once, from
// sorted input, when the load is over: after pgIdleRestore without a
// write, at Close, or, after a crash, when the store is next opened for
// writing. Cayley's primary key and the two partial unique indexes stay,
// so duplicates are found and deletions look quads up as before; reads
// stay correct meanwhile, only slower.
//
// Crash safety: the table zhkg_deferred lists the DDL that recreates what
// was dropped. Dropping and listing happen in one transaction, recreating
// an item and unlisting it in one (an item at a time, the four indexes
// side by side), and every batch of quads commits on its own:
// a crash keeps every committed batch and leaves a listed, consistent
// store. Readers of another session wait for the short DROP transaction
// and otherwise go on (CREATE INDEX and ADD FOREIGN KEY allow reads).
const (
	pgDeferredTable = `CREATE TABLE IF NOT EXISTS zhkg_deferred (
		ord int PRIMARY KEY, name text NOT NULL, kind text NOT NULL, ddl text NOT NULL)`
	// pgDeferrable lists the secondary indexes of quads (neither unique
	// nor primary) and, when fk, its foreign keys, with their DDL.
	pgDeferrable = `SELECT 'index', indexrelid::regclass::text, pg_get_indexdef(indexrelid)
		FROM pg_index WHERE indrelid = 'quads'::regclass AND NOT indisunique AND NOT indisprimary AND indisvalid
		UNION ALL
		SELECT 'fk', quote_ident(conname), 'ALTER TABLE ' || conrelid::regclass::text || ' ADD CONSTRAINT '
			|| quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
		FROM pg_constraint WHERE $1 AND conrelid = 'quads'::regclass AND contype = 'f'
		ORDER BY 1 DESC, 2`
	// pgTableRows estimates the rows of quads from its size (about 130
	// bytes a row in Cayley's schema), which, unlike reltuples, needs no
	// ANALYZE.
	pgTableRows = `SELECT pg_relation_size('quads') / 130`
)

// pgDeferMin is the smallest batch that may defer the indexes, and
// pgIdleRestore the quiet time after which they are rebuilt. The quiet
// time is longer than zhkg build takes to extract the next batch on a
// busy machine (seconds): with 2 s, a build's indexes were rebuilt between
// two batches and every later batch was inserted with them in place.
var (
	pgDeferMin    = 1000
	pgIdleRestore = 30 * time.Second
)

// pgRestoreMem is the sort area of each index build; the four run at the
// same time.
var pgRestoreMem = "64MB"

// maybeDefer drops the secondary indexes (and foreign keys) of quads when
// the quads added since they were built, with the n of this batch, reach
// half the table. An error of the DROP (not the owner of the tables)
// turns deferring off for this writer; other errors are returned.
func (w *pgWriter) maybeDefer(ctx context.Context, n int) error {
	var rows int
	if err := w.db.QueryRowContext(ctx, pgTableRows).Scan(&rows); err != nil {
		return fmt.Errorf("size of quads: %w", err)
	}
	if 2*(w.added+n) < rows {
		return nil
	}
	err := pgTx(ctx, w.db, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, pgDeferredTable); err != nil {
			return err
		}
		// Lock first, so the list read is the list dropped; a reader that
		// keeps the table longer than lock_timeout lets the load go on
		// with the indexes.
		if _, err := tx.ExecContext(ctx, `SET LOCAL lock_timeout = '5s'`); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `LOCK TABLE quads IN ACCESS EXCLUSIVE MODE`); err != nil {
			return err
		}
		rs, err := tx.QueryContext(ctx, pgDeferrable, !w.noFK)
		if err != nil {
			return err
		}
		var items [][3]string
		for rs.Next() {
			var it [3]string
			if err := rs.Scan(&it[0], &it[1], &it[2]); err != nil {
				rs.Close()
				return err
			}
			items = append(items, it)
		}
		if err := rs.Close(); err != nil {
			return err
		}
		var next int
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(ord), 0) + 1 FROM zhkg_deferred`).Scan(&next); err != nil {
			return err
		}
		for i, it := range items {
			drop := `DROP INDEX ` + it[1]
			if it[0] == "fk" {
				drop = `ALTER TABLE quads DROP CONSTRAINT ` + it[1]
			}
			if _, err := tx.ExecContext(ctx, drop); err != nil {
				return fmt.Errorf("%s: %w", drop, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO zhkg_deferred (ord, name, kind, ddl) VALUES ($1, $2, $3, $4)`,
				next+i, it[1], it[0], it[2]); err != nil {
				return err
			}
		}
		return nil
	})
	var pe *pq.Error
	if errors.As(err, &pe) {
		switch pe.Code {
		case "42501": // insufficient_privilege: not the tables' owner
			w.cannot = true
			return nil
		case "55P03": // lock_not_available: try again with the next batch
			return nil
		}
	}
	if err != nil {
		return fmt.Errorf("defer indexes: %w", err)
	}
	w.deferred = true
	return nil
}

// armTimer (re)starts the idle timer that restores deferred indexes.
func (w *pgWriter) armTimer() {
	if w.timer == nil {
		w.timer = time.AfterFunc(w.idle, w.restoreIdle)
		return
	}
	w.timer.Reset(w.idle)
}

// restoreIdle is the idle timer's restore. An error leaves the indexes
// deferred; Close tries again and reports it.
func (w *pgWriter) restoreIdle() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed || !w.deferred {
		return
	}
	w.restore(context.Background())
}

// restore recreates everything listed in zhkg_deferred and unlists it.
// Each item is recreated and unlisted in a transaction of its own, so a
// crash leaves listed exactly the items not recreated yet. The indexes
// are built at the same time, each on a connection of its own (CREATE
// INDEX lets other builds on the table run; a server with idle cores
// builds them side by side), then the foreign keys, whose locks on quads
// exclude each other, one after the other. Items that exist again
// (recreated by hand) are skipped.
func (w *pgWriter) restore(ctx context.Context) error {
	type item struct {
		ord             int
		name, kind, ddl string
	}
	rs, err := w.db.QueryContext(ctx, `SELECT ord, name, kind, ddl FROM zhkg_deferred ORDER BY ord`)
	if err != nil {
		return fmt.Errorf("restore deferred indexes of quads: %w", err)
	}
	var indexes, fks []item
	for rs.Next() {
		var it item
		if err := rs.Scan(&it.ord, &it.name, &it.kind, &it.ddl); err != nil {
			rs.Close()
			return fmt.Errorf("restore deferred indexes of quads: %w", err)
		}
		if it.kind == "fk" {
			fks = append(fks, it)
		} else {
			indexes = append(indexes, it)
		}
	}
	if err := errors.Join(rs.Close(), rs.Err()); err != nil {
		return fmt.Errorf("restore deferred indexes of quads: %w", err)
	}
	one := func(it item) error {
		err := pgTx(ctx, w.db, func(tx *sql.Tx) error {
			// Another restorer may hold the item; once it is done, the
			// item is gone.
			var ord int
			err := tx.QueryRowContext(ctx, `SELECT ord FROM zhkg_deferred WHERE ord = $1 FOR UPDATE`, it.ord).Scan(&ord)
			if errors.Is(err, sql.ErrNoRows) {
				return nil
			}
			if err != nil {
				return err
			}
			// A larger sort area builds the index of a big table in memory.
			if _, err := tx.ExecContext(ctx, `SET LOCAL maintenance_work_mem = '`+pgRestoreMem+`'`); err != nil {
				return err
			}
			var exists bool
			q := `SELECT to_regclass($1) IS NOT NULL`
			if it.kind == "fk" {
				q = `SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = 'quads'::regclass AND quote_ident(conname) = $1)`
			}
			if err := tx.QueryRowContext(ctx, q, it.name).Scan(&exists); err != nil {
				return err
			}
			if !exists {
				if _, err := tx.ExecContext(ctx, it.ddl); err != nil {
					return err
				}
			}
			_, err = tx.ExecContext(ctx, `DELETE FROM zhkg_deferred WHERE ord = $1`, it.ord)
			return err
		})
		if err != nil {
			return fmt.Errorf("%s: %w", it.ddl, err)
		}
		return nil
	}
	errs := make([]error, len(indexes))
	var wg sync.WaitGroup
	for i, it := range indexes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = one(it)
		}()
	}
	wg.Wait()
	for _, it := range fks {
		errs = append(errs, one(it))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("restore deferred indexes of quads: %w", err)
	}
	w.deferred, w.added = false, 0
	return nil
}

// recoverDeferred looks for indexes deferred by an earlier writer. When
// the store is free (no zhkg process holds its lock: a load was cut
// short), it restores them now; otherwise the writer that holds the lock
// owns them, and this one restores them after its own writes.
func (w *pgWriter) recoverDeferred(ctx context.Context) error {
	var (
		n     int
		table bool
	)
	err := w.db.QueryRowContext(ctx, `SELECT to_regclass('zhkg_deferred') IS NOT NULL`).Scan(&table)
	if err == nil && table {
		err = w.db.QueryRowContext(ctx, `SELECT count(*) FROM zhkg_deferred`).Scan(&n)
	}
	if err != nil {
		return fmt.Errorf("deferred indexes: %w", err)
	}
	if n == 0 {
		return nil
	}
	w.deferred = true
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	var free bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1, $2)`, pgLockClass, pgLockObject).Scan(&free); err != nil {
		return fmt.Errorf("deferred indexes: %w", err)
	}
	if !free {
		return nil
	}
	defer conn.ExecContext(ctx, `SELECT pg_advisory_unlock($1, $2)`, pgLockClass, pgLockObject)
	return w.restore(ctx)
}
