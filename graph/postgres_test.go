package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/graph/server"
)

// pgEnv names the variable with the URL of a PostgreSQL server whose user
// may create databases (.ci/postgres.sh sets it).
const pgEnv = "ZHKG_TEST_POSTGRES"

// pgURL creates a fresh database on the test server and returns its URL;
// the database is dropped when the test ends. Without the server the test
// is skipped.
func pgURL(tb testing.TB) string {
	tb.Helper()
	admin := os.Getenv(pgEnv)
	if admin == "" {
		tb.Skipf("%s is not set: no PostgreSQL server to test against (.ci/run starts one)", pgEnv)
	}
	u, err := url.Parse(admin)
	if err != nil {
		tb.Fatalf("%s: %v", pgEnv, err)
	}
	b := make([]byte, 6)
	rand.Read(b)
	name := "zhkg_test_" + hex.EncodeToString(b)
	db, err := sql.Open("postgres", admin)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := db.Exec(`CREATE DATABASE ` + name); err != nil {
		db.Close()
		tb.Fatalf("create test database: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := db.Exec(`DROP DATABASE IF EXISTS ` + name + ` WITH (FORCE)`); err != nil {
			tb.Errorf("drop test database %s: %v", name, err)
		}
		db.Close()
	})
	u.Path = "/" + name
	return u.String()
}

func mustOpenPG(tb testing.TB, dbURL string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), Options{Backend: "postgres", Path: dbURL})
	if err != nil {
		tb.Fatalf("Open postgres: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func pgDB(tb testing.TB, dbURL string) *sql.DB {
	tb.Helper()
	db, err := sql.Open("postgres", dbURL)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// pgNodes returns Cayley's nodes table as sorted text rows (hash, refs
// and every value column).
func pgNodes(tb testing.TB, db *sql.DB) []string {
	tb.Helper()
	rows, err := db.Query(`SELECT concat_ws('|', encode(hash, 'hex'), refs, encode(value, 'hex'), value_string,
		datatype, language, iri, bnode, value_int, value_bool, value_float, value_time) FROM nodes ORDER BY 1`)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			tb.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// pgCheckRefs fails unless every node's refs equals the number of quad
// positions naming it, and every node is named by some quad.
func pgCheckRefs(tb testing.TB, db *sql.DB) {
	tb.Helper()
	var bad int
	err := db.QueryRow(`WITH r AS (
		SELECT h, count(*) AS n FROM (
			SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
			UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL) x
		GROUP BY h)
	SELECT count(*) FROM nodes FULL JOIN r ON nodes.hash = r.h
	WHERE nodes.hash IS NULL OR r.h IS NULL OR nodes.refs <> r.n`).Scan(&bad)
	if err != nil {
		tb.Fatal(err)
	}
	if bad != 0 {
		tb.Errorf("%d nodes with refs that do not match the quads (or unused nodes)", bad)
	}
}

// cayleyStore opens dbURL with Cayley's own store and "single" writer.
func cayleyStore(tb testing.TB, dbURL string) *cgraph.Handle {
	tb.Helper()
	if err := cgraph.InitQuadStore("postgres", dbURL, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		tb.Fatal(err)
	}
	qs, err := cgraph.NewQuadStore("postgres", dbURL, nil)
	if err != nil {
		tb.Fatal(err)
	}
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		tb.Fatal(err)
	}
	h := &cgraph.Handle{QuadStore: qs, QuadWriter: qw}
	tb.Cleanup(func() { h.Close() })
	return h
}

// readAll returns every quad of qs through Cayley's reader.
func readAll(tb testing.TB, qs cgraph.QuadStore) quadSet {
	tb.Helper()
	r := cgraph.NewQuadStoreReader(qs)
	defer r.Close()
	all, err := quad.ReadAll(r)
	if err != nil {
		tb.Fatal(err)
	}
	return setOf(all)
}

// gizmoRows runs a Gizmo query through Cayley's session and returns its
// results as sorted strings.
func gizmoRows(tb testing.TB, qs cgraph.QuadStore, q string) []string {
	tb.Helper()
	it, err := gizmo.NewSession(qs).Execute(context.Background(), q, query.Options{Collation: query.JSONLD})
	if err != nil {
		tb.Fatal(err)
	}
	defer it.Close()
	var out []string
	for it.Next(context.Background()) {
		out = append(out, fmt.Sprint(it.Result()))
	}
	if err := it.Err(); err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	sort.Strings(out)
	return out
}

func exactStats(tb testing.TB, qs cgraph.QuadStore) (nodes, quads int64) {
	tb.Helper()
	st, err := qs.Stats(context.Background(), true)
	if err != nil {
		tb.Fatal(err)
	}
	return st.Nodes.Value, st.Quads.Value
}

// TestPostgres_CayleyReadsBulk writes the same quads with our bulk writer
// and with Cayley's own writer into two databases, and checks that
// Cayley's code reads the same graph from both, that the nodes tables
// (values and refcounts) are identical, and that deletions by either
// writer keep them so.
func TestPostgres_CayleyReadsBulk(t *testing.T) {
	ours := mustOpenPG(t, pgURL(t))
	theirsURL := pgURL(t)
	theirs := cayleyStore(t, theirsURL)
	oursDB, theirsDB := pgDB(t, ours.opts.Path), pgDB(t, theirsURL)

	srcs := append([]Source{docA(t, false), docB(t)}, genSources(8)...)
	var all []quad.Quad
	for _, src := range srcs {
		all = append(all, quads(DefaultBase, src)...)
	}
	// Awkward values: no label, a NUL byte, the characters COPY escapes,
	// an int, floats, a bool, a time, a typed and a language string, a
	// blank node.
	odd := []quad.Quad{
		{Subject: quad.IRI("http://x/s"), Predicate: quad.IRI("http://x/p"), Object: quad.String("a\x00b")},
		{Subject: quad.IRI("http://x/s"), Predicate: quad.IRI("http://x/p"), Object: quad.String("tab\tline\nback\\slash\rreturn \\N")},
		{Subject: quad.IRI("http://x/s"), Predicate: quad.IRI("http://x/p"), Object: quad.Int(-42), Label: quad.IRI("http://x/l")},
		{Subject: quad.IRI("http://x/s"), Predicate: quad.IRI("http://x/p"), Object: quad.Float(1e300)},
		{Subject: quad.IRI("http://x/s"), Predicate: quad.IRI("http://x/p"), Object: quad.Float(2.5), Label: quad.IRI("http://x/l")},
		{Subject: quad.IRI("http://x/s"), Predicate: quad.IRI("http://x/p"), Object: quad.Bool(true), Label: quad.IRI("http://x/l")},
		{Subject: quad.IRI("http://x/s"), Predicate: quad.IRI("http://x/p"), Object: quad.Time(time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC))},
		{Subject: quad.BNode("b1"), Predicate: quad.IRI("http://x/p"), Object: quad.TypedString{Value: "2024-05-06", Type: "http://www.w3.org/2001/XMLSchema#date"}},
		{Subject: quad.BNode("b1"), Predicate: quad.IRI("http://x/p"), Object: quad.LangString{Value: "县委书记", Lang: "zh"}, Label: quad.IRI("http://x/l")},
	}
	all = append(all, odd...)
	w := ours.h.QuadWriter
	if _, ok := w.(*pgWriter); !ok {
		t.Fatalf("postgres store writes through %T, want *pgWriter", w)
	}
	for i := 0; i < len(all); i += 300 {
		chunk := all[i:min(i+300, len(all))]
		if err := w.AddQuadSet(chunk); err != nil {
			t.Fatal(err)
		}
		if err := theirs.AddQuadSet(chunk); err != nil {
			t.Fatal(err)
		}
	}
	want := setOf(all)
	compare := func(stage string) {
		t.Helper()
		got, ref := readAll(t, ours.h.QuadStore), readAll(t, theirs.QuadStore)
		if d := got.diff(ref); d != "" {
			t.Fatalf("%s: quads read by Cayley differ:\n%s", stage, d)
		}
		n1, q1 := exactStats(t, ours.h.QuadStore)
		n2, q2 := exactStats(t, theirs.QuadStore)
		if n1 != n2 || q1 != q2 || q1 != int64(len(got)) {
			t.Errorf("%s: Stats ours %d nodes %d quads, Cayley's %d nodes %d quads (%d read)", stage, n1, q1, n2, q2, len(got))
		}
		a, b := pgNodes(t, oursDB), pgNodes(t, theirsDB)
		if strings.Join(a, "\n") != strings.Join(b, "\n") {
			t.Errorf("%s: nodes tables differ (%d vs %d rows)", stage, len(a), len(b))
		}
		pgCheckRefs(t, oursDB)
		for _, q := range []string{
			fmt.Sprintf(`g.V("<%s>").out().all()`, EntityIRI(DefaultBase, "person/张明远")),
			fmt.Sprintf(`g.V("<%s>").in().tag("src").out("<%s>").all()`, EntityIRI(DefaultBase, "place/510822"), PredicateIRI(DefaultBase, extract.WorksAt)),
			`g.V("<http://x/s>").out("<http://x/p>").all()`,
			`g.emit(g.V().count())`,
			fmt.Sprintf(`g.V().has("<%s>", "<%s>").count()`, rdfType, DefaultBase+schemaPerson),
		} {
			if a, b := gizmoRows(t, ours.h.QuadStore, q), gizmoRows(t, theirs.QuadStore, q); strings.Join(a, "\n") != strings.Join(b, "\n") {
				t.Errorf("%s: %s:\n ours %v\nCayley %v", stage, q, a, b)
			}
		}
	}
	compare("after add")
	if d := readAll(t, ours.h.QuadStore).diff(want); d != "" {
		t.Fatalf("bulk add stored other quads:\n%s", d)
	}

	// Adding everything again changes nothing on our side.
	before := pgNodes(t, oursDB)
	if err := w.AddQuadSet(all); err != nil {
		t.Fatal(err)
	}
	if after := pgNodes(t, oursDB); strings.Join(before, "\n") != strings.Join(after, "\n") {
		t.Error("a duplicate bulk add changed the nodes table")
	}

	// Cayley's writer deletes a document written by our bulk path; ours
	// deletes another one and the odd quads; the twin database gets the
	// same deletions from Cayley's writer.
	delCayley := quads(DefaultBase, srcs[0])
	delOurs := append(quads(DefaultBase, srcs[2]), odd...)
	if err := ours.Update(func(h *cgraph.Handle) error {
		tx := cgraph.NewTransaction()
		for _, q := range delCayley {
			tx.RemoveQuad(q)
		}
		// Cayley's own writer, not ours: the "single" writer inside pgWriter.
		return h.QuadWriter.(*pgWriter).QuadWriter.ApplyTransaction(tx)
	}); err != nil {
		t.Fatal(err)
	}
	tx := cgraph.NewTransaction()
	for _, q := range delOurs {
		tx.RemoveQuad(q)
	}
	if err := w.ApplyTransaction(tx); err != nil {
		t.Fatal(err)
	}
	for _, del := range [][]quad.Quad{delCayley, delOurs} {
		tx := cgraph.NewTransaction()
		for _, q := range del {
			tx.RemoveQuad(q)
		}
		if err := theirs.ApplyTransaction(tx); err != nil {
			t.Fatal(err)
		}
	}
	compare("after deletes")

	// Our writer deletes the rest: nothing may be left behind.
	tx = cgraph.NewTransaction()
	for _, q := range all {
		tx.RemoveQuad(q)
	}
	if err := w.ApplyTransaction(tx); err != nil {
		t.Fatal(err)
	}
	if n, q := exactStats(t, ours.h.QuadStore); n != 0 || q != 0 {
		t.Errorf("after deleting everything: %d nodes, %d quads", n, q)
	}
}

// TestPostgres_MixedBatch adds, in one batch, quads already stored,
// quads not stored whose nodes all are (with and without a label, which
// Cayley's two partial unique indexes tell apart), quads naming new nodes
// and repeats within the batch: the bulk writer must store exactly the
// new quads, with the refs Cayley's writer gives them.
func TestPostgres_MixedBatch(t *testing.T) {
	ours := mustOpenPG(t, pgURL(t))
	theirsURL := pgURL(t)
	theirs := cayleyStore(t, theirsURL)
	oursDB, theirsDB := pgDB(t, ours.opts.Path), pgDB(t, theirsURL)
	w := ours.h.QuadWriter

	srcs := genSources(8)
	var first []quad.Quad
	for _, src := range srcs[:4] {
		first = append(first, quads(DefaultBase, src)...)
	}
	for _, h := range []cgraph.QuadWriter{w, theirs} {
		if err := h.AddQuadSet(first); err != nil {
			t.Fatal(err)
		}
	}
	// New triples of stored nodes: the subject of one stored quad with the
	// predicate and object of another, once under a stored label and once
	// without a label; then the same without a label again (stored by
	// now only under the label).
	a, b := first[0], first[len(first)-1]
	unlabelled := quad.Quad{Subject: a.Subject, Predicate: b.Predicate, Object: b.Object}
	labelled := unlabelled
	labelled.Label = a.Label
	fresh := []quad.Quad{labelled, unlabelled}
	for _, src := range srcs[4:] {
		fresh = append(fresh, quads(DefaultBase, src)...)
	}
	var batch []quad.Quad
	for i, q := range fresh {
		batch = append(batch, q)
		if i < len(first) {
			batch = append(batch, first[i]) // stored
		}
		if i%7 == 0 {
			batch = append(batch, q) // repeated in the batch
		}
	}
	if err := w.AddQuadSet(batch); err != nil {
		t.Fatal(err)
	}
	if err := theirs.AddQuadSet(fresh); err != nil {
		t.Fatal(err)
	}
	got, want := readAll(t, ours.h.QuadStore), readAll(t, theirs.QuadStore)
	if d := got.diff(want); d != "" {
		t.Fatalf("quads read by Cayley differ:\n%s", d)
	}
	if d := got.diff(setOf(append(first, fresh...))); d != "" {
		t.Fatalf("stored other quads than added:\n%s", d)
	}
	if a, b := pgNodes(t, oursDB), pgNodes(t, theirsDB); strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("nodes tables differ (%d vs %d rows)", len(a), len(b))
	}
	pgCheckRefs(t, oursDB)
}

// TestPostgres_Store runs the Store API on postgres: idempotent rebuild,
// replace, delete (with a copy of a file), export, query and stats.
func TestPostgres_Store(t *testing.T) {
	ctx := context.Background()
	dbURL := pgURL(t)
	s := mustOpenPG(t, dbURL)
	base := s.Base()
	a1, a2, b := docA(t, false), docA(t, true), docB(t)
	c := b
	c.Path = "copy/b02.txt"

	res := mustPut(t, s, a1, b, c)
	for _, r := range res {
		if r.Status != Added {
			t.Errorf("first put %s: %v", r.Path, r.Status)
		}
	}
	// Where the server has lz4, the meta store's values use it.
	db := pgDB(t, dbURL)
	if _, err := db.Exec(`SET default_toast_compression = lz4`); err == nil {
		var method string
		err := db.QueryRow(`SELECT attcompression FROM pg_attribute
			WHERE attrelid = 'zhkg_meta'::regclass AND attname = 'value'`).Scan(&method)
		if err != nil || method != "l" {
			t.Errorf("compression of zhkg_meta.value %q, %v; want l (lz4)", method, err)
		}
	}
	if d := exported(t, s).diff(expected(base, a1, b, c)); d != "" {
		t.Fatalf("after the first put:\n%s", d)
	}
	st1, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if int(st1.Quads) != len(expected(base, a1, b, c)) || st1.Documents != 3 || st1.Articles != 5 || st1.Nodes == 0 {
		t.Errorf("stats after the first put: %+v", st1)
	}
	if res := mustPut(t, s, a1, b, c); res[0].Status != Unchanged || res[2].Status != Unchanged {
		t.Errorf("identical put: %+v", res)
	}
	if st, _ := s.Stats(ctx); fmt.Sprint(st) != fmt.Sprint(st1) {
		t.Errorf("stats changed by an identical put:\n%+v\n%+v", st1, st)
	}

	// Replace, and compare with a fresh store built from the result.
	if res := mustPut(t, s, a2); res[0].Status != Replaced || res[0].Removed == 0 {
		t.Fatalf("put changed doc: %+v", res[0])
	}
	got := exported(t, s)
	if d := got.diff(expected(base, a2, b, c)); d != "" {
		t.Fatalf("after replace:\n%s", d)
	}
	if hasTriple(got, quad.IRI(EntityIRI(base, "person/王秀兰")), quad.IRI(PredicateIRI(base, extract.Age)), quad.Int(72)) {
		t.Error("removed fact (王秀兰, 年龄, 72) is still stored")
	}
	st, _ := s.Stats(ctx)
	fresh := mustOpen(t, "memstore")
	mustPut(t, fresh, a2, b, c)
	want, _ := fresh.Stats(ctx)
	st.Nodes, want.Nodes = 0, 0
	if fmt.Sprint(st) != fmt.Sprint(want) {
		t.Errorf("stats after replace:\n got %+v\nwant %+v (memstore)", st, want)
	}

	// Query and Explain.
	rows, err := s.Query(ctx, fmt.Sprintf(`g.V("<%s>").out("<%s>").out("<http://www.w3.org/2000/01/rdf-schema#label>").all()`,
		EntityIRI(base, "person/张明远"), PredicateIRI(base, extract.WorksAt)), QueryOptions{Timeout: 10 * time.Second})
	if err != nil || len(rows) != 1 || rows[0]["id"] != "青川县" {
		t.Errorf("query: %#v, %v", rows, err)
	}
	if _, err := s.Query(ctx, `g.V(.all()`, QueryOptions{}); !errors.Is(err, ErrQuery) {
		t.Errorf("syntax error: %v, want ErrQuery", err)
	}
	// a2 dropped its post fact; b and its copy c hold one article of it.
	evs, err := s.Explain(ctx, "张明远", "职务", "县委书记")
	if err != nil || len(evs) != 1 || evs[0].Rule != "post" {
		t.Errorf("explain: %#v, %v", evs, err)
	}

	// Deleting b keeps its copy c whole; deleting everything empties the
	// database of quads and nodes.
	if err := s.Delete(ctx, b.Path); err != nil {
		t.Fatal(err)
	}
	if d := exported(t, s).diff(expected(base, a2, c)); d != "" {
		t.Fatalf("after deleting b:\n%s", d)
	}
	if err := s.Delete(ctx, b.Path); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	for _, p := range []string{a2.Path, c.Path} {
		if err := s.Delete(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	st, _ = s.Stats(ctx)
	if st.Quads != 0 || st.Nodes != 0 || st.Documents != 0 || len(st.Entities) != 0 || len(st.Predicates) != 0 {
		t.Errorf("stats of an emptied store: %+v", st)
	}
	pgCheckRefs(t, pgDB(t, dbURL))

	// Reopening finds the meta store and does not re-create anything.
	s.Close()
	s = mustOpenPG(t, dbURL)
	mustPut(t, s, a1)
	if res := mustPut(t, s, a1); res[0].Status != Unchanged {
		t.Errorf("put after reopen: %+v", res[0])
	}
}

func TestPostgres_CrashConsistency(t *testing.T) {
	for _, step := range []string{"pending", "removed", "written"} {
		t.Run(step, func(t *testing.T) {
			ctx := context.Background()
			dbURL := pgURL(t)
			s, err := Open(ctx, Options{Backend: "postgres", Path: dbURL})
			if err != nil {
				t.Fatal(err)
			}
			a1, a2, b := docA(t, false), docA(t, true), docB(t)
			mustPut(t, s, a1, b)
			boom := errors.New("simulated crash")
			s.failAt = func(st string) error {
				if st == step {
					return boom
				}
				return nil
			}
			if _, err := s.Put(ctx, a2); !errors.Is(err, boom) {
				t.Fatalf("put with failure at %s: %v", step, err)
			}
			if st, _ := s.Stats(ctx); st.Pending != 1 {
				t.Errorf("pending after failure = %d, want 1", st.Pending)
			}
			s.Close()
			s = mustOpenPG(t, dbURL)
			if d := exported(t, s).diff(expected(s.Base(), a2, b)); d != "" {
				t.Fatalf("after recovery:\n%s", d)
			}
			if st, _ := s.Stats(ctx); st.Pending != 0 || st.Documents != 2 {
				t.Errorf("stats after recovery: %+v", st)
			}
			pgCheckRefs(t, pgDB(t, dbURL))
		})
	}
}

func TestPostgres_Locked(t *testing.T) {
	ctx := context.Background()
	dbURL := pgURL(t)
	s := mustOpenPG(t, dbURL)
	done := make(chan error, 1)
	go func() {
		s2, err := Open(ctx, Options{Backend: "postgres", Path: dbURL})
		if err == nil {
			s2.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) {
			t.Errorf("second writer: %v, want ErrLocked", err)
		}
	case <-time.After(20 * time.Second): // a hang, not a timing check
		t.Fatal("Open of a locked database hangs")
	}
	if _, err := Open(ctx, Options{Backend: "postgres", Path: dbURL, ReadOnly: true}); !errors.Is(err, ErrLocked) {
		t.Errorf("reader while a writer holds the lock: %v, want ErrLocked", err)
	}
	mustPut(t, s, docA(t, false))
	s.Close()

	// Two readers share the lock; a writer waits for both to leave.
	r1, err := Open(ctx, Options{Backend: "postgres", Path: dbURL, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	r2, err := Open(ctx, Options{Backend: "postgres", Path: dbURL, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if st, err := r2.Stats(ctx); err != nil || st.Documents != 1 {
		t.Errorf("stats of a reader: %+v, %v", st, err)
	}
	if _, err := r1.Put(ctx, docB(t)); !errors.Is(err, ErrReadOnly) {
		t.Errorf("put on a reader: %v", err)
	}
	if _, err := Open(ctx, Options{Backend: "postgres", Path: dbURL}); !errors.Is(err, ErrLocked) {
		t.Errorf("writer while readers hold the lock: %v, want ErrLocked", err)
	}
	r1.Close()
	r2.Close()
	s = mustOpenPG(t, dbURL)
	s.Close()

	// A database without Cayley's tables cannot be opened read-only.
	if _, err := Open(ctx, Options{Backend: "postgres", Path: pgURL(t), ReadOnly: true}); err == nil {
		t.Error("read-only open of an empty database succeeded")
	}
}

// bothBoth is the query that makes Cayley's SQL iterator panic.
func bothBoth(base string) string {
	return fmt.Sprintf(`g.V("<%s>").both().both().all()`, EntityIRI(base, "person/张明远"))
}

// TestPostgres_ServerSurvivesBothBoth: the HTTP server runs Gizmo through
// its guard, so the panic becomes a 500 and the server keeps answering.
func TestPostgres_ServerSurvivesBothBoth(t *testing.T) {
	s := mustOpenPG(t, pgURL(t))
	mustPut(t, s, docA(t, false), docB(t))
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	h := s.Handler(server.Options{QueryTimeout: 20 * time.Second, Logger: quiet})
	ask := func(q string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/api/v2/query?lang=gizmo", strings.NewReader(q))
		req.Host = "127.0.0.1"
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec
	}
	if rec := ask(bothBoth(s.Base())); rec.Code != http.StatusInternalServerError {
		t.Errorf("both().both(): status %d, body %s; want 500", rec.Code, rec.Body)
	}
	rec := ask(fmt.Sprintf(`g.V("<%s>").out("<http://www.w3.org/2000/01/rdf-schema#label>").all()`, EntityIRI(s.Base(), "person/张明远")))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "张明远") {
		t.Errorf("query after the panic: %d %s", rec.Code, rec.Body)
	}
}

// pgSchema returns the indexes and constraints of Cayley's tables as
// sorted DDL text.
func pgSchema(tb testing.TB, db *sql.DB) []string {
	tb.Helper()
	rows, err := db.Query(`SELECT indexdef FROM pg_indexes WHERE tablename IN ('quads', 'nodes')
		UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
		FROM pg_constraint WHERE conrelid IN ('quads'::regclass, 'nodes'::regclass) ORDER BY 1`)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			tb.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// pgDeferredCount is the number of items listed in zhkg_deferred.
func pgDeferredCount(tb testing.TB, db *sql.DB) int {
	tb.Helper()
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM zhkg_deferred`).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

// pgUserURL is pgURL for a database owned by a role that is not a
// superuser, so the foreign-key triggers of quads stay on.
func pgUserURL(tb testing.TB) string {
	tb.Helper()
	u, err := url.Parse(pgURL(tb))
	if err != nil {
		tb.Fatal(err)
	}
	db := pgDB(tb, u.String())
	if _, err := db.Exec(`DO $$ BEGIN
		IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhkg_test_user') THEN
			CREATE ROLE zhkg_test_user LOGIN NOSUPERUSER;
		END IF; END $$`); err != nil {
		tb.Fatal(err)
	}
	if _, err := db.Exec(`ALTER DATABASE ` + strings.TrimPrefix(u.Path, "/") + ` OWNER TO zhkg_test_user`); err != nil {
		tb.Fatal(err)
	}
	u.User = url.User("zhkg_test_user")
	return u.String()
}

// TestPostgres_DeferredIndexes: a large load defers Cayley's secondary
// indexes (and, for a user that is not a superuser, its foreign keys),
// Cayley reads the same quads meanwhile, deletions work, and Close
// rebuilds exactly the schema Cayley creates; a small write into a large
// store keeps the indexes.
func TestPostgres_DeferredIndexes(t *testing.T) {
	for _, user := range []string{"superuser", "owner"} {
		t.Run(user, func(t *testing.T) {
			dbURL := pgURL(t)
			if user == "owner" {
				dbURL = pgUserURL(t)
			}
			refURL := pgURL(t)
			ref := cayleyStore(t, refURL)
			want := pgSchema(t, pgDB(t, refURL))
			db := pgDB(t, dbURL)

			s := mustOpenPG(t, dbURL)
			w := s.h.QuadWriter.(*pgWriter)
			if w.noFK != (user == "superuser") {
				t.Fatalf("noFK = %v for the %s", w.noFK, user)
			}
			w.deferMin, w.idle = 100, time.Hour
			var all []quad.Quad
			for _, src := range genSources(30) {
				all = append(all, quads(DefaultBase, src)...)
			}
			half := len(all) / 2
			if err := w.AddQuadSet(all[:half]); err != nil {
				t.Fatal(err)
			}
			if !w.deferred {
				t.Fatal("a load into an empty store did not defer the indexes")
			}
			deferred := 4
			if user == "owner" {
				deferred = 8
			}
			if n := pgDeferredCount(t, db); n != deferred {
				t.Errorf("%d items deferred, want %d", n, deferred)
			}
			if got := pgSchema(t, db); len(got) != len(want)-deferred {
				t.Errorf("schema while deferred:\n%s", strings.Join(got, "\n"))
			}
			if err := w.AddQuadSet(all[half:]); err != nil {
				t.Fatal(err)
			}
			if err := ref.AddQuadSet(all); err != nil {
				t.Fatal(err)
			}
			if d := readAll(t, s.h.QuadStore).diff(readAll(t, ref.QuadStore)); d != "" {
				t.Fatalf("while deferred, Cayley reads other quads:\n%s", d)
			}
			// Deleting while deferred, from both.
			tx := cgraph.NewTransaction()
			for _, q := range all[:50] {
				tx.RemoveQuad(q)
			}
			if err := w.ApplyTransaction(tx); err != nil {
				t.Fatal(err)
			}
			tx = cgraph.NewTransaction()
			for _, q := range all[:50] {
				tx.RemoveQuad(q)
			}
			if err := ref.ApplyTransaction(tx); err != nil {
				t.Fatal(err)
			}
			pgCheckRefs(t, db)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if got := pgSchema(t, db); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("schema after Close:\n%s\nwant (Cayley's):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if n := pgDeferredCount(t, db); n != 0 {
				t.Errorf("%d items still listed as deferred after Close", n)
			}
			if a, b := pgNodes(t, db), pgNodes(t, pgDB(t, refURL)); strings.Join(a, "\n") != strings.Join(b, "\n") {
				t.Errorf("nodes tables differ (%d vs %d rows)", len(a), len(b))
			}

			// A small batch into a store that large keeps the indexes;
			// the idle timer restores them after a large one.
			s = mustOpenPG(t, dbURL)
			w = s.h.QuadWriter.(*pgWriter)
			w.deferMin, w.idle = 100, 50*time.Millisecond
			if err := w.AddQuadSet(all[:120]); err != nil {
				t.Fatal(err)
			}
			if w.deferred {
				t.Error("120 quads into a store of thousands deferred the indexes")
			}
			var more []quad.Quad
			for _, src := range genSources(80)[30:] {
				more = append(more, quads(DefaultBase, src)...)
			}
			if err := w.AddQuadSet(more); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(20 * time.Second) // a hang, not a timing check
			for pgDeferredCount(t, db) != 0 && time.Now().Before(deadline) {
				time.Sleep(20 * time.Millisecond)
			}
			if got := pgSchema(t, db); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("schema after the idle restore:\n%s", strings.Join(got, "\n"))
			}
			pgCheckRefs(t, db)
		})
	}
}

// TestPostgres_KilledLoad kills (SIGKILL) a process in the middle of a
// load with deferred indexes: every batch it committed is there whole,
// refs are exact, and the next writable open rebuilds the indexes.
func TestPostgres_KilledLoad(t *testing.T) {
	if u := os.Getenv("ZHKG_GRAPH_PG_KILLED"); u != "" {
		os.Exit(pgKilledChild(u))
	}
	dbURL := pgURL(t)
	refURL := pgURL(t)
	cayleyStore(t, refURL)
	want := pgSchema(t, pgDB(t, refURL))
	db := pgDB(t, dbURL)
	cmd := exec.Command(os.Args[0], "-test.run=^TestPostgres_KilledLoad$")
	cmd.Env = append(os.Environ(), "ZHKG_GRAPH_PG_KILLED="+dbURL)
	out := &strings.Builder{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once a few batches are in and indexes are deferred.
	deadline := time.Now().Add(60 * time.Second) // a hang, not a timing check
	for {
		var n int
		err := db.QueryRow(`SELECT CASE WHEN to_regclass('zhkg_deferred') IS NULL THEN 0 ELSE 1 END`).Scan(&n)
		if err == nil && n == 1 {
			db.QueryRow(`SELECT count(*) FROM quads`).Scan(&n)
			if n >= 3*pgKilledBatch {
				break
			}
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the child did not get going:\n%s", out)
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()
	if pgDeferredCount(t, db) == 0 {
		t.Fatal("killed with nothing deferred: the test did not test the crash")
	}
	batches := pgKilledBatches()
	stored := readAllPG(t, dbURL)
	whole := 0
	for i, b := range batches {
		n := 0
		for _, q := range b {
			if stored[q.NQuad()] {
				n++
			}
		}
		switch n {
		case len(b):
			whole++
		case 0:
		default:
			t.Errorf("batch %d: %d of %d quads stored", i, n, len(b))
		}
	}
	if whole == 0 || whole == len(batches) {
		t.Fatalf("%d of %d batches stored: not killed in the middle", whole, len(batches))
	}
	pgCheckRefs(t, db)

	s := mustOpenPG(t, dbURL)
	if got := pgSchema(t, db); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("schema after reopening:\n%s\nwant (Cayley's):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := pgDeferredCount(t, db); n != 0 {
		t.Errorf("%d items still deferred after reopening", n)
	}
	if d := readAll(t, s.h.QuadStore).diff(stored); d != "" {
		t.Errorf("Cayley reads other quads after reopening:\n%s", d)
	}
}

const pgKilledBatch = 2000

// pgKilledBatches are the batches the child of TestPostgres_KilledLoad
// writes, in order.
func pgKilledBatches() [][]quad.Quad {
	var all []quad.Quad
	for _, src := range genSources(400) {
		all = append(all, quads(DefaultBase, src)...)
	}
	// Distinct quads, so that the batches do not overlap.
	seen := make(map[string]bool, len(all))
	uniq := all[:0]
	for _, q := range all {
		if !seen[q.NQuad()] {
			seen[q.NQuad()] = true
			uniq = append(uniq, q)
		}
	}
	all = uniq
	var out [][]quad.Quad
	for i := 0; i < len(all); i += pgKilledBatch {
		out = append(out, all[i:min(i+pgKilledBatch, len(all))])
	}
	return out
}

// pgKilledChild loads the batches until it is killed.
func pgKilledChild(dbURL string) int {
	s, err := Open(context.Background(), Options{Backend: "postgres", Path: dbURL})
	if err != nil {
		fmt.Println("open:", err)
		return 1
	}
	w := s.h.QuadWriter.(*pgWriter)
	w.idle = time.Hour
	for _, b := range pgKilledBatches() {
		if err := w.AddQuadSet(b); err != nil {
			fmt.Println("add:", err)
			return 1
		}
	}
	fmt.Println("finished before it was killed")
	time.Sleep(time.Minute)
	return 1
}

// readAllPG reads every quad of the store at dbURL with Cayley's own store.
func readAllPG(tb testing.TB, dbURL string) quadSet {
	tb.Helper()
	qs, err := cgraph.NewQuadStore("postgres", dbURL, nil)
	if err != nil {
		tb.Fatal(err)
	}
	defer qs.Close()
	return readAll(tb, qs)
}
