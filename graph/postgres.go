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
// quads into Cayley's schema in bulk: COPY into temporary tables, then
//
//	INSERT INTO nodes ... ON CONFLICT (hash) DO NOTHING (refs 0)
//	INSERT INTO quads ... ON CONFLICT DO NOTHING RETURNING the inserted
//	DELETE FROM quads USING the deleted set RETURNING the deleted
//	UPDATE nodes SET refs = refs + (references gained - lost)
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
// Speed (BenchmarkPostgresLoad, 41 k quads, 2 busy cores, fsync off):
// Cayley's writer 3.2–5.0 k quads/s, the bulk writer 12–19 k/s (3.7×),
// PutMany with the meta store 6.7–11 k/s (2.1–2.3×). What remains is the
// server's work per row of Cayley's schema: the heap, six B-tree indexes
// (primary key, one of the two partial unique ones, four secondary) and, for a
// non-superuser, four foreign-key triggers, about 30–70 µs per quad on
// this machine. More would need dropping and rebuilding the secondary
// indexes around loads that are large compared with the table.
//
// Stats asks Cayley for exact counts (SELECT count(*)), because its fast
// answer on PostgreSQL is pg_class.reltuples, which only ANALYZE updates.
//
// Queries use Cayley's SQL query optimiser unchanged. Its bug remains:
// g.V(x).both().both().all() panics in graph/sql.(*iteratorNext).NextPath
// inside the goroutine that runs the Gizmo VM, where no recover reaches,
// so Store.Query with such a query kills the process
// (TestPostgres_BothBothPanic shows it in a child process). The HTTP
// server of graph/server runs Gizmo through a guard that recovers panics
// in every store and iterator call and answers 500 instead
// (TestPostgres_ServerSurvivesBothBoth).
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
	"context"
	"database/sql"
	"errors"
	"fmt"

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
	var super bool
	if err := db.QueryRow(`SELECT current_setting('is_superuser') = 'on'`).Scan(&super); err != nil {
		qs.Close()
		db.Close()
		return nil, fmt.Errorf("open postgres store: %w", err)
	}
	w := &pgWriter{QuadWriter: single, qs: qs, db: db, opts: cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}, noFK: super}
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
	// noFK turns off the foreign-key triggers of quads while we insert
	// quads and free nodes (session_replication_role = replica, which only
	// a superuser may set). The checks are redundant there: the nodes are
	// written first in the same transaction, and only nodes that no quad
	// names any more are freed. They cost about half of the insert, and
	// freeing a node checks label_hash, which has no index: a scan of
	// quads per node.
	noFK bool
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

// Close closes Cayley's writer and our connection pool.
func (w *pgWriter) Close() error {
	return errors.Join(w.QuadWriter.Close(), w.db.Close())
}

// quadKey is a quad as Cayley's hashes (label all zero when absent).
type quadKey [4]refs.ValueHash

func (k quadKey) row() []any {
	r := make([]any, 4)
	for i, h := range k {
		r[i] = csql.NodeHash{ValueHash: h}.SQLValue() // nil for no label
	}
	return r
}

// hashQuads dedups qs by hash and collects their node values.
func hashQuads(qs []quad.Quad, nodes map[refs.ValueHash]quad.Value) ([]quadKey, error) {
	seen := make(map[quadKey]bool, len(qs))
	out := make([]quadKey, 0, len(qs))
	for _, q := range qs {
		if q.Subject == nil || q.Predicate == nil || q.Object == nil {
			return nil, fmt.Errorf("invalid quad %v: %w", q, quad.ErrInvalid)
		}
		var k quadKey
		for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v == nil {
				continue
			}
			k[i] = refs.HashOf(v)
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
	pgTempNodes = `CREATE TEMP TABLE zhkg_n (hash bytea, value bytea, value_string text, datatype text,
		language text, iri boolean, bnode boolean, value_int bigint, value_bool boolean,
		value_float double precision, value_time timestamp with time zone) ON COMMIT DROP`
	pgTempQuads   = `CREATE TEMP TABLE zhkg_q (s bytea NOT NULL, p bytea NOT NULL, o bytea NOT NULL, l bytea) ON COMMIT DROP`
	pgTempDel     = `CREATE TEMP TABLE zhkg_d (s bytea NOT NULL, p bytea NOT NULL, o bytea NOT NULL, l bytea) ON COMMIT DROP`
	pgTempChanged = `CREATE TEMP TABLE zhkg_ch (s bytea, p bytea, o bytea, l bytea, n int) ON COMMIT DROP`
	// pgAdd inserts the quads of zhkg_q that are not stored yet and, in
	// the same statement, the nodes they name, with refs counted from the
	// quads actually inserted. A node already stored gets its refs
	// raised; a node whose quads were all stored already is left alone.
	// The foreign-key checks of quads run at the end of the statement,
	// when the nodes are there.
	//
	// Stored quads are skipped with anti-joins on Cayley's two partial
	// unique indexes rather than ON CONFLICT, whose speculative insertion
	// costs about as much again as the insert itself; the rows go in
	// sorted, so the (s,p,o) indexes are written in order. A writer of
	// another program adding the same quad meanwhile makes the statement
	// fail on the unique index (nothing is written); zhkg's own writers
	// are kept out by the advisory lock.
	pgAdd = `WITH ins AS (
		INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts)
		SELECT s, p, o, l, now() FROM (
			SELECT s, p, o, l FROM zhkg_q x WHERE l IS NULL AND NOT EXISTS (
				SELECT 1 FROM quads q WHERE q.subject_hash = x.s AND q.predicate_hash = x.p
				AND q.object_hash = x.o AND q.label_hash IS NULL)
			UNION ALL
			SELECT s, p, o, l FROM zhkg_q x WHERE l IS NOT NULL AND NOT EXISTS (
				SELECT 1 FROM quads q WHERE q.subject_hash = x.s AND q.predicate_hash = x.p
				AND q.object_hash = x.o AND q.label_hash = x.l)) n
		ORDER BY s, p, o, l
		RETURNING subject_hash, predicate_hash, object_hash, label_hash),
	r AS (SELECT h, count(*) AS n FROM (
		SELECT subject_hash AS h FROM ins UNION ALL SELECT predicate_hash FROM ins
		UNION ALL SELECT object_hash FROM ins UNION ALL SELECT label_hash FROM ins WHERE label_hash IS NOT NULL) x
		GROUP BY h),
	up AS (UPDATE nodes SET refs = nodes.refs + r.n FROM r WHERE nodes.hash = r.h)
	INSERT INTO nodes (hash, refs, value, value_string, datatype, language, iri, bnode,
		value_int, value_bool, value_float, value_time)
	SELECT n.hash, r.n, n.value, n.value_string, n.datatype, n.language, n.iri, n.bnode,
		n.value_int, n.value_bool, n.value_float, n.value_time
	FROM r JOIN zhkg_n n ON n.hash = r.h
	WHERE NOT EXISTS (SELECT 1 FROM nodes WHERE nodes.hash = r.h)`
	pgDeleteQuads = `WITH del AS (
		DELETE FROM quads q USING zhkg_d d
		WHERE q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o
		  AND (q.label_hash = d.l OR (q.label_hash IS NULL AND d.l IS NULL))
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
	err = pgTx(ctx, w.db, func(tx *sql.Tx) error {
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
func (w *pgWriter) add(ctx context.Context, tx *sql.Tx, keys []quadKey, nodes map[refs.ValueHash]quad.Value) error {
	exec := func(q string) error {
		_, err := tx.ExecContext(ctx, q)
		return err
	}
	nodeList := make([]refs.ValueHash, 0, len(nodes))
	for h := range nodes {
		nodeList = append(nodeList, h)
	}
	if err := exec(pgTempNodes); err != nil {
		return err
	}
	err := copyRows(ctx, tx, "zhkg_n", nodeColumns, len(nodeList), func(i int) ([]any, error) {
		return nodeRow(nodeList[i], nodes[nodeList[i]])
	})
	if err != nil {
		return fmt.Errorf("copy nodes: %w", err)
	}
	if err := exec(pgTempQuads); err != nil {
		return err
	}
	err = copyRows(ctx, tx, "zhkg_q", []string{"s", "p", "o", "l"}, len(keys), func(i int) ([]any, error) {
		return keys[i].row(), nil
	})
	if err != nil {
		return fmt.Errorf("copy quads: %w", err)
	}
	if err := w.withoutFK(exec, pgAdd); err != nil {
		return fmt.Errorf("insert quads and nodes: %w", err)
	}
	return nil
}

// delete removes the quads keys (deduplicated; absent ones are skipped)
// in tx, lowers the refs of their nodes and frees the nodes no quad names
// any more.
func (w *pgWriter) delete(ctx context.Context, tx *sql.Tx, keys []quadKey) error {
	exec := func(q string) error {
		_, err := tx.ExecContext(ctx, q)
		return err
	}
	for _, q := range []string{pgTempChanged, pgTempDel} {
		if err := exec(q); err != nil {
			return err
		}
	}
	err := copyRows(ctx, tx, "zhkg_d", []string{"s", "p", "o", "l"}, len(keys), func(i int) ([]any, error) {
		return keys[i].row(), nil
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
	if err := w.withoutFK(exec, pgFreeNodes); err != nil {
		return fmt.Errorf("delete unused nodes: %w", err)
	}
	return nil
}

// withoutFK runs q with the foreign-key triggers off when w.noFK.
func (w *pgWriter) withoutFK(exec func(string) error, q string) error {
	if !w.noFK {
		return exec(q)
	}
	if err := exec(`SET LOCAL session_replication_role = replica`); err != nil {
		return err
	}
	if err := exec(q); err != nil {
		return err
	}
	return exec(`SET LOCAL session_replication_role = origin`)
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
