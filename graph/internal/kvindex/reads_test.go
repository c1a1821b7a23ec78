package kvindex

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/kv/btree"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/zhkg/zhkg/queries"
)

// countingKV counts the reads of Cayley's log bucket, where every quad
// and node lives: one read per quad an iterator meets or value it names.
type countingKV struct {
	hkv.KV
	reads atomic.Int64
	txs   atomic.Int64 // transactions begun
	sizes atomic.Int64 // reads of the store's size (Cayley's meta bucket)
}

func (c *countingKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	c.txs.Add(1)
	tx, err := c.KV.Tx(ctx, rw)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, c: c}, nil
}

func (c *countingKV) View(ctx context.Context, fn func(hkv.Tx) error) error {
	tx, err := c.Tx(ctx, false)
	if err != nil {
		return err
	}
	defer tx.Close()
	return fn(tx)
}

func (c *countingKV) Update(ctx context.Context, fn func(hkv.Tx) error) error {
	tx, err := c.Tx(ctx, true)
	if err != nil {
		return err
	}
	defer tx.Close()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit(ctx)
}

type countingTx struct {
	hkv.Tx
	c *countingKV
}

func (tx *countingTx) count(keys ...hkv.Key) {
	for _, k := range keys {
		if len(k) > 0 && bytes.Equal(k[0], []byte("log")) {
			tx.c.reads.Add(1)
		}
		if len(k) > 1 && bytes.Equal(k[0], []byte("meta")) && bytes.Equal(k[1], []byte("size")) {
			tx.c.sizes.Add(1)
		}
	}
}

func (tx *countingTx) Get(ctx context.Context, k hkv.Key) (hkv.Value, error) {
	tx.count(k)
	return tx.Tx.Get(ctx, k)
}

func (tx *countingTx) GetBatch(ctx context.Context, keys []hkv.Key) ([]hkv.Value, error) {
	tx.count(keys...)
	return tx.Tx.GetBatch(ctx, keys)
}

// countedStore returns a key-value store holding qq and its read counter.
func countedStore(t testing.TB, qq []quad.Quad) (*kv.QuadStore, *countingKV) {
	t.Helper()
	c := &countingKV{KV: btree.New()}
	if err := kv.Init(c, nil); err != nil {
		t.Fatal(err)
	}
	qs, err := kv.New(c, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	w, err := qs.NewQuadWriter()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteQuads(qq); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return qs.(*kv.QuadStore), c
}

// runOrdered runs a Gizmo query and returns its rows in the order they
// came, with the number of log reads it made.
func runOrdered(t *testing.T, qs cgraph.QuadStore, c *countingKV, text string) ([]string, int64) {
	t.Helper()
	before := c.reads.Load()
	rows := run(t, qs, text, false)
	return rows, c.reads.Load() - before
}

// hubQuads is a county named in many articles: 60 people work in it, each
// fact under three article labels, and every article repeats its label
// and type; one person also holds a post, and two people have labels
// repeated by a hundred articles.
func hubQuads() []quad.Quad {
	var qq []quad.Quad
	add := func(s, p, o, l string) {
		qq = append(qq, quad.Make(quad.IRI(s), quad.IRI(p), quad.IRI(o), quad.IRI(l)))
	}
	for a := 0; a < 200; a++ {
		l := "article/" + string(rune('a'+a%26)) + string(rune('a'+a/26))
		add("county", "label", "countyName", l)
		add("county", "type", "Place", l)
		add(l, "mentions", "county", l)
	}
	for i := 0; i < 60; i++ {
		p := "person/" + string(rune('A'+i%26)) + string(rune('A'+i/26))
		for _, l := range []string{"article/x", "article/y", "article/z"} {
			add(p, "worksAt", "county", l)
		}
	}
	add("person/AA", "post", "mayor", "article/x")
	add("town", "locatedIn", "county", "article/x")
	add("town", "type", "Place", "article/x")
	// two people named in many articles, each repeating their label
	for a := 0; a < 100; a++ {
		l := "article/p" + string(rune('a'+a%26)) + string(rune('a'+a/26))
		add("person/AA", "label", "nameAA", l)
		add("person/AB", "label", "nameAB", l)
	}
	return qq
}

// TestExactLookup: a check of one value against a step (is() after out(),
// has()) reads the quads of one exact index key; Cayley's own check reads
// every quad of the value. Rows, in their order, are the same.
func TestExactLookup(t *testing.T) {
	qs, c := countedStore(t, hubQuads())
	for _, tc := range []struct {
		q   string
		max int64 // log reads allowed on the wrapped store
	}{
		{`g.V("<person/AA>", "<person/AB>").has("<worksAt>", "<county>").all()`, 16},
		{`g.V("<person/AA>", "<person/AB>").tag("p").has("<worksAt>", "<county>").tag("q").all()`, 24},
		{`g.V("<town>", "<person/AA>").has("<type>", "<Place>").all()`, 12},
		{`g.V("<person/AB>", "<town>").out("<locatedIn>", "<worksAt>").has("<type>", "<Place>").all()`, 700},
	} {
		t.Run(tc.q, func(t *testing.T) {
			want, plain := runOrdered(t, qs, c, tc.q)
			got, wrapped := runOrdered(t, Wrap(qs), c, tc.q)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("rows (-plain +wrapped):\n%s", diff)
			}
			if len(want) == 0 {
				t.Fatal("no rows: the query does not exercise the check")
			}
			if wrapped > tc.max || plain <= tc.max {
				t.Errorf("log reads: wrapped %d (want ≤ %d), plain %d (want more)", wrapped, tc.max, plain)
			}
		})
	}
}

// TestPredicateSets: a step along several predicates (both([p1, p2]), as
// the path query's probes) or along one predicate saved under a tag scans
// one index prefix per node and predicate instead of every quad of the
// node; rows and their order are Cayley's.
func TestPredicateSets(t *testing.T) {
	qs, c := countedStore(t, hubQuads())
	for _, tc := range []struct {
		q   string
		max int64
	}{
		{`g.V("<county>").both(["<locatedIn>", "<post>"]).all()`, 12},
		{`g.V("<county>").in(["<locatedIn>", "<label>"]).all()`, 12},
		{`g.V("<person/AA>", "<county>").tag("x").out(["<post>", "<locatedIn>", "<post>"]).tag("y").all()`, 12},
		{`g.V("<county>", "<person/AA>").both(["<locatedIn>", "<post>"]).toArray()`, 12},
		{`g.V("<county>").tag("c").in(["<type>", "<locatedIn>"], "p").all()`, 12},
		// one predicate saved under a tag
		{`g.V("<county>").in("<locatedIn>", "p").all()`, 12},
	} {
		t.Run(tc.q, func(t *testing.T) {
			want, plain := runOrdered(t, qs, c, tc.q)
			got, wrapped := runOrdered(t, Wrap(qs), c, tc.q)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("rows (-plain +wrapped):\n%s", diff)
			}
			if len(want) == 0 {
				t.Fatal("no rows: the query does not exercise the step")
			}
			if wrapped > tc.max || plain <= tc.max {
				t.Errorf("log reads: wrapped %d (want ≤ %d), plain %d (want more)", wrapped, tc.max, plain)
			}
		})
	}
}

// fixtureStore loads the queries' fixture into a counted key-value store.
func fixtureStore(t *testing.T) (*kv.QuadStore, *countingKV) {
	t.Helper()
	f, err := os.Open("../../../queries/testdata/fixture.nq")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qq, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatal(err)
	}
	return countedStore(t, qq)
}

// render renders a Gizmo body after the catalogue's prelude.
func render(t *testing.T, body string) string {
	t.Helper()
	text, err := queries.Query{Name: "test", Doc: "test", Body: body}.Render(nil, "http://zhkg.example.org/")
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// TestReach: the prelude's zReach finds what followRecursive finds, in the
// same order and at the same depths, and on the wrapped store reads less:
// followRecursive builds each level's step without the store's optimiser,
// so it reads every quad of every node it passes.
func TestReach(t *testing.T) {
	qs, c := fixtureStore(t)
	for _, start := range []string{"place/510000", "place/511900", "place/511921104", "person/张明"} {
		node := "<http://zhkg.example.org/" + start + ">"
		for _, tc := range []struct{ recursive, reach string }{
			{`var r = g.V("` + node + `").followRecursive(g.M().in(P_LOCATED_IN), -1, ["depth"]).tagArray();
for (var i = 0; i < r.length; i++) { g.emit({node: zIRI(r[i].id), depth: r[i].depth}); }`,
				`var r = zReach(["` + node + `"], zInOf(P_LOCATED_IN));
for (var i = 0; i < r.length; i++) { g.emit(r[i]); }`},
			{`var r = g.V("` + node + `").followRecursive(P_LOCATED_IN, -1, ["depth"]).tagArray();
for (var i = 0; i < r.length; i++) { g.emit({node: zIRI(r[i].id), depth: r[i].depth}); }`,
				`var r = zReach(["` + node + `"], zOutOf(P_LOCATED_IN));
for (var i = 0; i < r.length; i++) { g.emit(r[i]); }`},
		} {
			// each on a new wrapped store, so neither finds the other's reads
			want, recReads := runOrdered(t, Wrap(qs), c, render(t, tc.recursive))
			got, reachReads := runOrdered(t, Wrap(qs), c, render(t, tc.reach))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: zReach rows (-followRecursive +zReach):\n%s", start, diff)
			}
			if len(want) > 0 && reachReads >= recReads {
				t.Errorf("%s: zReach read %d quads, followRecursive %d", start, reachReads, recReads)
			}
		}
	}
}

// TestCatalogue runs every query of the catalogue on the queries'
// fixture, held in a key-value store: the wrapped store returns the same
// rows in the same order and reads no more than the plain one.
func TestCatalogue(t *testing.T) {
	qs, c := fixtureStore(t)
	args := map[string]string{"place": "通江县", "entity": "通江县", "person": "张明", "from": "李华", "to": "赵强"}
	for _, place := range []string{"通江县", "巴中市", "四川省"} {
		args["place"], args["entity"] = place, place
		for _, q := range queries.List() {
			a := map[string]string{}
			for _, p := range q.Params {
				if v, ok := args[p.Name]; ok {
					a[p.Name] = v
				}
			}
			text, err := q.Render(a, "http://zhkg.example.org/")
			if err != nil {
				t.Fatal(err)
			}
			t.Run(place+"/"+q.Name, func(t *testing.T) {
				want, plain := runOrdered(t, qs, c, text)
				got, wrapped := runOrdered(t, Wrap(qs), c, text)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("rows (-plain +wrapped):\n%s", diff)
				}
				if wrapped > plain {
					t.Errorf("log reads: wrapped %d, plain %d", wrapped, plain)
				}
			})
		}
	}
}

// TestReadsOnDemand: a scan reads a quad of the log when the iteration
// reaches it, so the first value of a step from a node with hundreds of
// copies of a quad costs one read (Cayley's iterator reads a hundred).
func TestReadsOnDemand(t *testing.T) {
	qs, c := countedStore(t, hubQuads())
	for _, tc := range []struct {
		q   string
		max int64
	}{
		{`g.emit(g.V("<county>").out("<label>").toArray(1).length)`, 3},
		{`g.emit(g.V("<county>").in("<mentions>").toArray(2).length)`, 4},
		{`g.emit(g.V("<county>").has("<type>", "<Place>").toArray(1).length)`, 3},
	} {
		t.Run(tc.q, func(t *testing.T) {
			want, plain := runOrdered(t, qs, c, tc.q)
			got, wrapped := runOrdered(t, Wrap(qs), c, tc.q)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("rows (-plain +wrapped):\n%s", diff)
			}
			if wrapped > tc.max || plain <= tc.max {
				t.Errorf("log reads: wrapped %d (want ≤ %d), plain %d (want more)", wrapped, tc.max, plain)
			}
		})
	}
}

// TestQueryCache: within one query, a quad or a node value read once is
// not read again; a new query (a new Wrap) reads anew.
func TestQueryCache(t *testing.T) {
	qs, c := countedStore(t, hubQuads())
	// the second step goes from the people found by the first: Cayley's
	// LinksTo asks the store for each person's quads (QuadIterator)
	once := `g.emit(g.V("<county>").tag("c").in("<worksAt>").tag("p").out("<post>").tagArray().length)`
	twice := once + "\n" + once
	for _, tc := range []struct {
		name string
		qs   func() cgraph.QuadStore
		more bool // whether the second step reads again
	}{
		{"plain", func() cgraph.QuadStore { return qs }, true},
		{"wrapped", func() cgraph.QuadStore { return Wrap(qs) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, one := runOrdered(t, tc.qs(), c, once)
			rows, two := runOrdered(t, tc.qs(), c, twice)
			if len(rows) != 2 || rows[0] != rows[1] || rows[0] == `{"value":0}` {
				t.Fatalf("rows %v", rows)
			}
			if (two > one) != tc.more {
				t.Errorf("log reads: %d for one step, %d for two", one, two)
			}
		})
	}
	// a new query reads again
	w := Wrap(qs)
	_, first := runOrdered(t, w, c, once)
	_, again := runOrdered(t, Wrap(qs), c, once)
	if again != first || first == 0 {
		t.Errorf("log reads of a new query: %d, first query %d", again, first)
	}
}

// TestManyNodesOneTransaction: a step from many nodes scans their
// prefixes in one transaction, not one transaction (and iterator) per
// node; rows and their order are those of Cayley's plan.
func TestManyNodesOneTransaction(t *testing.T) {
	qs, c := countedStore(t, hubQuads())
	var nodes []string
	for i := 0; i < 60; i++ {
		nodes = append(nodes, `"<person/`+string(rune('A'+i%26))+string(rune('A'+i/26))+`>"`)
	}
	q := `g.V(` + strings.Join(nodes, ", ") + `).tag("p").out("<worksAt>").tag("c").all()`
	want, _ := runOrdered(t, qs, c, q)
	before := c.txs.Load()
	got, _ := runOrdered(t, Wrap(qs), c, q)
	txs := c.txs.Load() - before
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-plain +wrapped):\n%s", diff)
	}
	if len(want) != 180 {
		t.Fatalf("%d rows, want 180", len(want))
	}
	// Cayley looks up each node's ID and each value it names in a
	// transaction of its own (61 values: the people and the county); the
	// scans add one, or one per node without multiScan
	if max := int64(2*len(nodes) + 10); txs > max {
		t.Errorf("%d transactions for a step from %d nodes, want ≤ %d", txs, len(nodes), max)
	}
	// WrapQuery also reads the values in one transaction
	w, release := WrapQuery(qs)
	before = c.txs.Load()
	got, _ = runOrdered(t, w, c, q)
	release()
	txs = c.txs.Load() - before
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows with WrapQuery (-plain +wrapped):\n%s", diff)
	}
	if max := int64(len(nodes) + 10); txs > max {
		t.Errorf("WrapQuery: %d transactions for a step from %d nodes, want ≤ %d", txs, len(nodes), max)
	}
}

// TestBolt runs the catalogue on the fixture in a bolt store, which the
// reader reads through bolt's own transactions: the same rows, in the same
// order, as Cayley's plain store.
func TestBolt(t *testing.T) {
	f, err := os.Open("../../../queries/testdata/fixture.nq")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qq, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		t.Fatal(err)
	}
	qq = append(qq, hubQuads()...)
	db, err := hbolt.Open(filepath.Join(t.TempDir(), "indexes.bolt"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := kv.Init(db, nil); err != nil {
		t.Fatal(err)
	}
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		t.Fatal(err)
	}
	// closed at the end, not deferred: with a read transaction left open
	// Close would wait forever
	w, err := qs.NewQuadWriter()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteQuads(qq); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if st := Wrap(qs).(*store); st.r == nil || st.r.bolt == nil {
		t.Fatal("the wrapped bolt store does not read bolt directly")
	}
	texts := []string{
		`g.V("<county>").in("<worksAt>").has("<post>", "<mayor>").all()`,
		`g.V("<county>").tag("c").in(["<type>", "<locatedIn>"], "p").all()`,
		`g.emit(g.V("<county>").out("<label>").toArray(1).length)`,
		`g.V("<nowhere>").in("<worksAt>").all()`,
	}
	args := map[string]string{"place": "巴中市", "entity": "巴中市", "person": "张明", "from": "李华", "to": "赵强"}
	for _, q := range queries.List() {
		a := map[string]string{}
		for _, p := range q.Params {
			if v, ok := args[p.Name]; ok {
				a[p.Name] = v
			}
		}
		text, err := q.Render(a, "http://zhkg.example.org/")
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, text)
	}
	for i, text := range texts {
		want := run(t, qs, text, false)
		if got := run(t, Wrap(qs), text, false); !cmp.Equal(want, got) {
			t.Errorf("query %d: rows (-plain +wrapped):\n%s", i, cmp.Diff(want, got))
		}
		w, release := WrapQuery(qs)
		got := run(t, w, text, false)
		release()
		if !cmp.Equal(want, got) {
			t.Errorf("query %d: rows (-plain +WrapQuery):\n%s", i, cmp.Diff(want, got))
		}
	}
	// released queries hold no transaction: a write that grows the file
	// (bolt remaps it, waiting for every read transaction) finishes
	done := make(chan error, 1)
	go func() {
		var more []quad.Quad
		for i := 0; i < 20000; i++ {
			more = append(more, quad.Make(quad.IRI(fmt.Sprintf("extra/%d", i)), quad.IRI("label"), quad.String(strings.Repeat("x", 200)), nil))
		}
		w, err := qs.NewQuadWriter()
		if err == nil {
			_, err = w.WriteQuads(more)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
		if err := qs.Close(); err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("a write after the queries is blocked: a read transaction was left open")
	}
}

// TestCacheBound: a reader keeps at most maxCached quads; reads past the
// bound are served uncached, with the same rows.
func TestCacheBound(t *testing.T) {
	qs, c := countedStore(t, hubQuads())
	st := Wrap(qs).(*store)
	q := `g.V("<county>").in("<mentions>").all()`
	want := run(t, qs, q, false)
	// fill the cache to the bound with IDs no scan meets
	for i := uint64(0); len(st.r.quads) < maxCached; i++ {
		st.r.quads[1<<40+i] = nil
	}
	before := c.reads.Load()
	got := run(t, st, q, false)
	first := c.reads.Load() - before
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rows (-plain +wrapped):\n%s", diff)
	}
	if len(st.r.quads) != maxCached {
		t.Errorf("%d quads cached, bound %d", len(st.r.quads), maxCached)
	}
	before = c.reads.Load()
	run(t, st, q, false)
	if again := c.reads.Load() - before; again < first/2 || first < 200 {
		t.Errorf("a full cache still served reads: %d reads, then %d", first, again)
	}
}

// TestSizeReadOnce: the planner asks Cayley's all-quads iterators and
// partial index scans for their statistics, which read the store's size
// in a transaction each time; on the wrapped store a query reads it once,
// with the same plans (the same rows in the same order).
func TestSizeReadOnce(t *testing.T) {
	qs, c := fixtureStore(t)
	for _, name := range []string{"officials", "mentions", "industries"} {
		q, ok := queries.Get(name)
		if !ok {
			t.Fatalf("no query %s", name)
		}
		args := map[string]string{}
		for _, p := range q.Params {
			switch p.Name {
			case "place", "entity":
				args[p.Name] = "通江县"
			}
		}
		text, err := q.Render(args, "http://zhkg.example.org/")
		if err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			before := c.sizes.Load()
			want := run(t, qs, text, false)
			plain := c.sizes.Load() - before
			before = c.sizes.Load()
			got := run(t, Wrap(qs), text, false)
			wrapped := c.sizes.Load() - before
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("rows (-plain +wrapped):\n%s", diff)
			}
			if len(want) == 0 {
				t.Fatal("no rows: the query does not exercise the planner")
			}
			if wrapped > 1 || plain <= 1 {
				t.Errorf("reads of the size: wrapped %d (want ≤ 1), plain %d (want more)", wrapped, plain)
			}
		})
	}
}
