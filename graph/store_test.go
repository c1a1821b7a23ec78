package graph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"

	"github.com/zhkg/zhkg/extract"
)

var testBackends = []string{"memstore", "bolt", "leveldb"}

func TestStore_Put_Idempotent(t *testing.T) {
	for _, be := range testBackends {
		t.Run(be, func(t *testing.T) {
			s := mustOpen(t, be)
			a, b := docA(t, false), docB(t)
			res := mustPut(t, s, a, b)
			for _, r := range res {
				if r.Status != Added || r.Quads == 0 {
					t.Errorf("first put %s: %+v, want added", r.Path, r)
				}
			}
			st1, err := s.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			exp1 := exported(t, s)
			if d := exp1.diff(expected(s.Base(), a, b)); d != "" {
				t.Fatalf("store after first put:\n%s", d)
			}
			res = mustPut(t, s, a, b)
			for _, r := range res {
				if r.Status != Unchanged {
					t.Errorf("second put %s: %v, want unchanged", r.Path, r.Status)
				}
			}
			st2, _ := s.Stats(context.Background())
			if st1.Quads != st2.Quads || st1.DocumentQuads != st2.DocumentQuads || st2.Documents != 2 || st2.Articles != 3 {
				t.Errorf("stats changed or wrong: %+v then %+v", st1, st2)
			}
			if d := exported(t, s).diff(exp1); d != "" {
				t.Errorf("export changed after identical put:\n%s", d)
			}
		})
	}
}

// hasTriple reports whether any quad of set has the triple s p o.
func hasTriple(set quadSet, s, p, o quad.Value) bool {
	prefix := quad.Quad{Subject: s, Predicate: p, Object: o}.NQuad()
	prefix = strings.TrimSuffix(prefix, " .")
	for k := range set {
		if strings.HasPrefix(k, prefix+" ") {
			return true
		}
	}
	return false
}

func TestStore_Put_ReplacesChangedDocument(t *testing.T) {
	for _, be := range testBackends {
		t.Run(be, func(t *testing.T) {
			s := mustOpen(t, be)
			base := s.Base()
			a1, a2, b := docA(t, false), docA(t, true), docB(t)
			mustPut(t, s, a1, b)
			res := mustPut(t, s, a2)
			if res[0].Status != Replaced || res[0].Removed == 0 {
				t.Fatalf("put changed doc: %+v", res[0])
			}
			got := exported(t, s)
			if d := got.diff(expected(base, a2, b)); d != "" {
				t.Fatalf("store after replace:\n%s", d)
			}
			wang := quad.IRI(EntityIRI(base, "person/王秀兰"))
			if hasTriple(got, wang, quad.IRI(PredicateIRI(base, extract.Age)), quad.Int(72)) {
				t.Error("removed fact (王秀兰, 年龄, 72) is still stored")
			}
			post := quad.IRI(PredicateIRI(base, extract.PostOf))
			if !hasTriple(got, quad.IRI(EntityIRI(base, "person/张明远")), post, quad.IRI(EntityIRI(base, "title/县委书记"))) {
				t.Error("fact (张明远, 职务, 县委书记) held by the other document was lost")
			}
			st, _ := s.Stats(context.Background())
			if st.Entities["PER"] != 2 || st.Entities["LOC"] != 3 || st.Entities["ORG"] != 1 || st.Entities["TITLE"] != 1 || st.Entities["PRODUCT"] != 1 {
				t.Errorf("entities by type after replace: %v", st.Entities)
			}
			if n := st.Predicates[PredicateIRI(base, extract.Age)]; n != 0 {
				t.Errorf("age quads after replace = %d, want 0", n)
			}
			if n := st.Predicates[PredicateIRI(base, extract.PostOf)]; n != 1 {
				t.Errorf("post quads after replace = %d, want 1", n)
			}
		})
	}
}

func TestStore_Delete(t *testing.T) {
	s := mustOpen(t, "bolt")
	a, b := docA(t, false), docB(t)
	// A copy of b under another path: same bytes, same article IRIs.
	c := b
	c.Path = "copy/b02.txt"
	mustPut(t, s, a, b, c)
	if err := s.Delete(context.Background(), a.Path); err != nil {
		t.Fatal(err)
	}
	if d := exported(t, s).diff(expected(s.Base(), b, c)); d != "" {
		t.Fatalf("after deleting a:\n%s", d)
	}
	if err := s.Delete(context.Background(), b.Path); err != nil {
		t.Fatal(err)
	}
	if d := exported(t, s).diff(expected(s.Base(), c)); d != "" {
		t.Fatalf("after deleting b, its copy must stay whole:\n%s", d)
	}
	if err := s.Delete(context.Background(), b.Path); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	if err := s.Delete(context.Background(), c.Path); err != nil {
		t.Fatal(err)
	}
	st, _ := s.Stats(context.Background())
	if st.Quads != 0 || st.Documents != 0 || st.Articles != 0 || len(st.Entities) != 0 || len(st.Predicates) != 0 {
		t.Errorf("stats of an emptied store: %+v", st)
	}
}

func TestStore_Put_CrashConsistency(t *testing.T) {
	for _, step := range []string{"pending", "removed", "written"} {
		t.Run(step, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "db")
			ctx := context.Background()
			s, err := Open(ctx, Options{Backend: "bolt", Path: dir})
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
			st, _ := s.Stats(ctx)
			if st.Pending != 1 {
				t.Errorf("pending after failure = %d, want 1", st.Pending)
			}
			s.Close()

			s, err = Open(ctx, Options{Backend: "bolt", Path: dir})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if d := exported(t, s).diff(expected(s.Base(), a2, b)); d != "" {
				t.Fatalf("store after recovery:\n%s", d)
			}
			got, _ := s.Stats(ctx)
			fresh := mustOpen(t, "bolt")
			mustPut(t, fresh, a2, b)
			want, _ := fresh.Stats(ctx)
			got.Nodes, want.Nodes = 0, 0
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("stats after recovery:\n got %+v\nwant %+v", got, want)
			}
			if r, err := s.Put(ctx, a2); err != nil || r.Status != Unchanged {
				t.Errorf("put after recovery: %+v, %v; want unchanged", r, err)
			}
		})
	}
}

func TestStore_Put_RecoversOnNextWrite(t *testing.T) {
	s := mustOpen(t, "memstore")
	a1, a2, b := docA(t, false), docA(t, true), docB(t)
	mustPut(t, s, a1)
	s.failAt = func(st string) error {
		if st == "removed" {
			return errors.New("boom")
		}
		return nil
	}
	if _, err := s.Put(context.Background(), a2); err == nil {
		t.Fatal("want an error")
	}
	s.failAt = nil
	mustPut(t, s, b)
	if d := exported(t, s).diff(expected(s.Base(), a2, b)); d != "" {
		t.Fatalf("after the next put:\n%s", d)
	}
}

func TestStore_Export_RoundTrip(t *testing.T) {
	s := mustOpen(t, "bolt")
	a, b := docA(t, false), docB(t)
	mustPut(t, s, a, b)
	var buf bytes.Buffer
	if _, err := s.Export(context.Background(), &buf, "nquads"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"72"^^<http://www.w3.org/2001/XMLSchema#integer>`) {
		t.Error("export does not write integers with the full xsd:integer IRI")
	}
	if d := setOf(parseNQuads(t, buf.Bytes())).diff(expected(s.Base(), a, b)); d != "" {
		t.Fatalf("N-Quads round trip:\n%s", d)
	}
	// Without a store, WriteNQuads renders the same quads.
	var w bytes.Buffer
	if err := WriteNQuads(&w, s.Base(), a, b); err != nil {
		t.Fatal(err)
	}
	if d := setOf(parseNQuads(t, w.Bytes())).diff(expected(s.Base(), a, b)); d != "" {
		t.Fatalf("WriteNQuads round trip:\n%s", d)
	}

	buf.Reset()
	n, err := s.Export(context.Background(), &buf, "jsonld")
	if err != nil {
		t.Fatal(err)
	}
	qs, err := quad.ReadAll(jsonld.NewReader(&buf))
	if err != nil {
		t.Fatalf("read JSON-LD back: %v", err)
	}
	if len(qs) != n {
		t.Errorf("JSON-LD: wrote %d quads, read %d back", n, len(qs))
	}
	if _, err := s.Export(context.Background(), &buf, "turtle"); !errors.Is(err, ErrFormat) {
		t.Errorf("unknown format: %v", err)
	}
}

func TestNQuads_Rapper(t *testing.T) {
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		t.Skip("rapper not on PATH (Debian package raptor2-utils); N-Quads validity not checked")
	}
	s := mustOpen(t, "memstore")
	mustPut(t, s, docA(t, false), docB(t))
	dir := t.TempDir()
	var buf bytes.Buffer
	n, err := s.Export(context.Background(), &buf, "nquads")
	if err != nil {
		t.Fatal(err)
	}
	// Add a source with awkward strings: quotes, backslashes, spaces and
	// control characters in keys, labels and sentences.
	odd := docB(t)
	odd.Path = "odd \"path\".txt"
	odd.Docs[1].Entities[0].Key = "org/a b<c>\"d\"{e}|f^g`h\\i\x01"
	odd.Docs[1].Entities[0].Label = "tab\there \"quoted\" back\\slash \x02"
	odd.Docs[1].Triples[0].Subject = odd.Docs[1].Entities[0].Key
	odd.Docs[1].Triples[1].Subject = odd.Docs[1].Entities[0].Key
	if err := WriteNQuads(&buf, s.Base(), odd); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "kg.nq")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(rapper, "-i", "nquads", "-c", file).CombinedOutput()
	if err != nil {
		t.Fatalf("rapper rejected the export: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "returned") || n == 0 {
		t.Errorf("unexpected rapper output: %s", out)
	}
}

func TestStore_Query(t *testing.T) {
	s := mustOpen(t, "memstore")
	mustPut(t, s, docA(t, false), docB(t))
	ctx := context.Background()
	base := s.Base()

	rows, err := s.Query(ctx, `g.V().all()`, QueryOptions{Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Errorf("limit 3: got %d rows", len(rows))
	}

	q := fmt.Sprintf(`g.V("<%s>").out("<%s>").all()`, EntityIRI(base, "person/王秀兰"), PredicateIRI(base, extract.Age))
	rows, err = s.Query(ctx, q, QueryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0]["id"] != int64(72) {
		t.Errorf("age query: %#v", rows)
	}

	q = fmt.Sprintf(`g.V("<%s>").tag("s").out("<%s>").tag("o").out("<http://www.w3.org/2000/01/rdf-schema#label>").all()`,
		EntityIRI(base, "person/张明远"), PredicateIRI(base, extract.WorksAt))
	rows, err = s.Query(ctx, q, QueryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"s":  map[string]any{"@id": EntityIRI(base, "person/张明远")},
		"o":  map[string]any{"@id": EntityIRI(base, "place/510822")},
		"id": "青川县",
	}
	if len(rows) != 1 || fmt.Sprint(rows[0]) != fmt.Sprint(want) {
		t.Errorf("tagged query:\n got %#v\nwant %#v", rows, want)
	}

	rows, err = s.Query(ctx, `g.emit(g.V().count()); g.emit({a: 1})`, QueryOptions{})
	if err != nil || len(rows) != 2 || rows[0]["value"] == nil || rows[1]["a"] == nil {
		t.Errorf("emit: %#v, %v", rows, err)
	}

	if _, err := s.Query(ctx, `g.V(.all()`, QueryOptions{}); !errors.Is(err, ErrQuery) {
		t.Errorf("syntax error: %v, want ErrQuery", err)
	}
}

func TestStore_Query_Timeout(t *testing.T) {
	s := mustOpen(t, "memstore")
	mustPut(t, s, docA(t, false))
	_, err := s.Query(context.Background(), `while(true){}`, QueryOptions{Timeout: 100 * time.Millisecond})
	if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrQuery) {
		t.Fatalf("endless query: %v, want ErrQuery and DeadlineExceeded", err)
	}
	// The store is usable afterwards: the read lock was released.
	if _, err := s.Put(context.Background(), docB(t)); err != nil {
		t.Fatal(err)
	}
}

func TestStore_ConcurrentQueryAndWrite(t *testing.T) {
	for _, be := range []string{"bolt", "memstore"} {
		t.Run(be, func(t *testing.T) {
			s := mustOpen(t, be)
			ctx := context.Background()
			mustPut(t, s, docA(t, false))
			var wg sync.WaitGroup
			errs := make(chan error, 100)
			wg.Add(2)
			go func() {
				defer wg.Done()
				for i := 0; i < 12; i++ {
					src := docB(t)
					src.Path = fmt.Sprintf("gen/%03d.txt", i)
					src.Hash = HashBytes([]byte(src.Path))
					if _, err := s.Put(ctx, src); err != nil {
						errs <- err
					}
				}
			}()
			go func() {
				defer wg.Done()
				for i := 0; i < 12; i++ {
					if _, err := s.Query(ctx, `g.V().both().both().count()`, QueryOptions{}); err != nil {
						errs <- err
					}
					if _, err := s.Explain(ctx, "张明远", "", ""); err != nil {
						errs <- err
					}
				}
			}()
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
			}
			st, _ := s.Stats(ctx)
			if st.Documents != 13 {
				t.Errorf("documents = %d, want 13", st.Documents)
			}
		})
	}
}

func TestStore_Explain(t *testing.T) {
	s := mustOpen(t, "bolt")
	a, b := docA(t, false), docB(t)
	mustPut(t, s, a, b)
	ctx := context.Background()
	evs, err := s.Explain(ctx, "张明远", "职务", "县委书记")
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 {
		t.Fatalf("want 2 pieces of evidence, got %#v", evs)
	}
	raw := map[string]string{a.Path: a.Docs[0].Text, b.Path: b.Docs[0].Text + "\n\n" + b.Docs[1].Text}
	for _, ev := range evs {
		if ev.Rule != "post" || ev.Sentence == "" || ev.Name == "" || ev.Title == "" {
			t.Errorf("incomplete evidence: %+v", ev)
		}
		if got := raw[ev.Source][ev.Start:ev.End]; got != ev.Sentence {
			t.Errorf("source offsets [%d,%d) of %s give %q, want %q", ev.Start, ev.End, ev.Source, got, ev.Sentence)
		}
	}
	// The second article of b is offset in its source file.
	evs, err = s.Explain(ctx, "<"+EntityIRI(s.Base(), "org/广元市林业局")+">", "简称", "")
	if err != nil || len(evs) != 1 {
		t.Fatalf("short name evidence: %#v, %v", evs, err)
	}
	if ev := evs[0]; raw[ev.Source][ev.Start:ev.End] != ev.Sentence || ev.Object != "市林业局" || ev.Index != 1 {
		t.Errorf("short name evidence: %+v", ev)
	}
	evs, err = s.Explain(ctx, "", "年龄", "72")
	if err != nil || len(evs) != 1 || !strings.HasSuffix(evs[0].Subject, "person/王秀兰") {
		t.Errorf("age by object: %#v, %v", evs, err)
	}
	if evs, err := s.Explain(ctx, "无此人", "", ""); err != nil || len(evs) != 0 {
		t.Errorf("unknown subject: %#v, %v", evs, err)
	}
}

func TestOpen_Locked(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "ZHKG_GRAPH_HOLD_LOCK="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stdin.Close(); cmd.Wait() }()
	line, _ := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "locked" {
		t.Fatalf("child: %q", line)
	}
	done := make(chan error, 1)
	go func() {
		s, err := Open(context.Background(), Options{Backend: "bolt", Path: dir})
		if err == nil {
			s.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), dir) {
			t.Errorf("open of a locked store: %v, want ErrLocked naming %s", err, dir)
		}
	case <-time.After(20 * time.Second): // a hang, not a timing check
		t.Fatal("Open of a locked store hangs")
	}
	stdin.Close()
	cmd.Wait()
	s, err := Open(context.Background(), Options{Backend: "bolt", Path: dir})
	if err != nil {
		t.Fatalf("open after the other process left: %v", err)
	}
	s.Close()
}

func TestStore_ReadOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	ctx := context.Background()
	s, err := Open(ctx, Options{Backend: "bolt", Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	mustPut(t, s, docA(t, false))
	s.Close()
	s, err = Open(ctx, Options{Backend: "bolt", Path: dir, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(ctx, docB(t)); !errors.Is(err, ErrReadOnly) {
		t.Errorf("put on read-only store: %v", err)
	}
	if st, err := s.Stats(ctx); err != nil || st.Documents != 1 {
		t.Errorf("stats on read-only store: %+v, %v", st, err)
	}
	if _, err := Open(ctx, Options{Backend: "nosuch"}); !errors.Is(err, ErrUnknownBackend) {
		t.Errorf("unknown backend: %v", err)
	}
}

// TestOpen_SmallHeap: opening a key-value store and writing to it must not
// allocate Cayley's 100-million-entry bloom filters (about 78 MB each),
// which made a small build take 0.9 GB.
func TestOpen_SmallHeap(t *testing.T) {
	for _, backend := range []string{"bolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			s := mustOpen(t, backend)
			mustPut(t, s, docA(t, false), docB(t))
			runtime.ReadMemStats(&after)
			if grew := int64(after.TotalAlloc - before.TotalAlloc); grew > 64<<20 {
				t.Errorf("opening a %s store and writing one source allocated %d MB, want < 64 MB", backend, grew>>20)
			}
		})
	}
}
