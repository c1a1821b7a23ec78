package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/zhkg/zhkg/queries"
)

const testBase = "http://zhkg.example.org/"

// MustHandle loads the queries package's fixture graph into a memstore.
func MustHandle(tb testing.TB, wrap func(cgraph.QuadStore) cgraph.QuadStore) *cgraph.Handle {
	tb.Helper()
	f, err := os.Open("../../queries/testdata/fixture.nq")
	if err != nil {
		tb.Fatalf("open fixture: %v", err)
	}
	defer f.Close()
	all, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		tb.Fatalf("read fixture: %v", err)
	}
	var qs cgraph.QuadStore = memstore.New(all...)
	if wrap != nil {
		qs = wrap(qs)
	}
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		tb.Fatalf("writer: %v", err)
	}
	return &cgraph.Handle{QuadStore: qs, QuadWriter: qw}
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func mustServer(tb testing.TB, h *cgraph.Handle, opts Options) *httptest.Server {
	tb.Helper()
	if opts.Logger == nil {
		opts.Logger = quietLogger()
	}
	srv := httptest.NewServer(New(h, &sync.RWMutex{}, opts))
	tb.Cleanup(srv.Close)
	return srv
}

type reply struct {
	code   int
	header http.Header
	body   string
}

func do(tb testing.TB, method, url, body string, hdr map[string]string) reply {
	tb.Helper()
	// A bound, not a timing assertion: a hung server fails instead of blocking the suite.
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, method, url, strings.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	if body == "" {
		req.Body = http.NoBody
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return reply{resp.StatusCode, resp.Header, string(b)}
}

func errorOf(tb testing.TB, r reply) string {
	tb.Helper()
	var e struct {
		Error string `json:"error"`
	}
	if err := json.Unmarshal([]byte(r.body), &e); err != nil || e.Error == "" {
		tb.Fatalf("want a JSON error, got %d %q", r.code, r.body)
	}
	return e.Error
}

var ldJSON = map[string]string{"Accept": "application/ld+json"}

// TestQuery_SameAsInProcess: a catalogue query over HTTP returns exactly
// the rows the same text gives when run in process.
func TestQuery_SameAsInProcess(t *testing.T) {
	h := MustHandle(t, nil)
	srv := mustServer(t, h, Options{})
	for _, c := range []struct {
		name string
		args map[string]string
	}{
		{"officials", map[string]string{"place": "巴中市"}},
		{"neighbourhood", map[string]string{"entity": "通江县"}},
		{"path", map[string]string{"from": "李华", "to": "赵强"}},
	} {
		q, _ := queries.Get(c.name)
		text, err := q.Render(c.args, testBase)
		if err != nil {
			t.Fatal(err)
		}
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", text, ldJSON)
		if r.code != 200 || r.header.Get("Content-Type") != "application/ld+json" {
			t.Fatalf("%s: %d %s %s", c.name, r.code, r.header.Get("Content-Type"), r.body)
		}
		var got struct{ Result []any }
		if err := json.Unmarshal([]byte(r.body), &got); err != nil {
			t.Fatal(err)
		}
		want := inProcess(t, h.QuadStore, text)
		if len(want) == 0 {
			t.Fatalf("%s: no rows in process", c.name)
		}
		gb, _ := json.Marshal(got.Result)
		wb, _ := json.Marshal(want)
		if string(gb) != string(wb) {
			t.Errorf("%s over HTTP:\n%s\nin process:\n%s", c.name, gb, wb)
		}
	}
}

func inProcess(tb testing.TB, qs cgraph.QuadStore, text string) []any {
	tb.Helper()
	ctx := context.Background()
	it, err := query.GetLanguage("gizmo").Session(qs).Execute(ctx, text, query.Options{Collation: query.JSONLD, Limit: 1000})
	if err != nil {
		tb.Fatal(err)
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	if err := it.Err(); err != nil {
		tb.Fatal(err)
	}
	// round-trip through JSON, as the server does
	b, _ := json.Marshal(out)
	var back []any
	_ = json.Unmarshal(b, &back)
	return back
}

func TestQuery_GetAndErrors(t *testing.T) {
	srv := mustServer(t, MustHandle(t, nil), Options{})
	r := do(t, "GET", srv.URL+"/api/v2/query?lang=gizmo&qu="+urlEscape(`g.V("<`+testBase+`place/511921>").out("<`+testBase+`schema/locatedIn>").all()`), "", nil)
	if r.code != 200 || !strings.Contains(r.body, `"id":"<`+testBase+`place/511900>"`) {
		t.Errorf("GET query: %d %s", r.code, r.body)
	}
	if r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", "g.V(", nil); r.code != 400 || !strings.Contains(errorOf(t, r), "SyntaxError") {
		t.Errorf("syntax error: %d %s", r.code, r.body)
	}
	if r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", "  ", nil); r.code != 400 {
		t.Errorf("empty query: %d %s", r.code, r.body)
	}
	if r := do(t, "POST", srv.URL+"/api/v2/query?lang=nosuch", "x", nil); r.code != 400 {
		t.Errorf("unknown language: %d %s", r.code, r.body)
	}
}

func urlEscape(s string) string {
	return strings.NewReplacer("%", "%25", "&", "%26", "+", "%2B", "#", "%23", " ", "%20").Replace(s)
}

func TestQuery_Limit(t *testing.T) {
	srv := mustServer(t, MustHandle(t, nil), Options{QueryLimit: 3})
	r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", "g.V().all()", nil)
	var got struct{ Result []any }
	if err := json.Unmarshal([]byte(r.body), &got); err != nil || len(got.Result) != 3 {
		t.Errorf("limit 3: %d rows, %v: %s", len(got.Result), err, r.body)
	}
}

const newQuad = `<http://zhkg.example.org/person/新人> <http://www.w3.org/2000/01/rdf-schema#label> "新人"@zh .` + "\n"

func countLabel(tb testing.TB, url, label string) int {
	tb.Helper()
	r := do(tb, "POST", url+"/api/v2/query?lang=gizmo", `g.emit(g.V(lang("`+label+`","zh")).in("<http://www.w3.org/2000/01/rdf-schema#label>").count())`, nil)
	var got struct{ Result []int }
	if err := json.Unmarshal([]byte(r.body), &got); err != nil || len(got.Result) != 1 {
		tb.Fatalf("count: %d %s", r.code, r.body)
	}
	return got.Result[0]
}

func TestWrite_RefusedUnlessWritable(t *testing.T) {
	ro := mustServer(t, MustHandle(t, nil), Options{})
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		r := do(t, "POST", ro.URL+p, newQuad, map[string]string{"Content-Type": "application/n-quads"})
		if r.code != http.StatusForbidden || !strings.Contains(errorOf(t, r), "read-only") {
			t.Errorf("read-only %s: %d %s", p, r.code, r.body)
		}
	}
	if n := countLabel(t, ro.URL, "新人"); n != 0 {
		t.Errorf("read-only server stored the quad (%d)", n)
	}

	rw := mustServer(t, MustHandle(t, nil), Options{Writable: true})
	r := do(t, "POST", rw.URL+"/api/v2/write", newQuad, map[string]string{"Content-Type": "application/n-quads"})
	if r.code != 200 {
		t.Fatalf("writable write: %d %s", r.code, r.body)
	}
	if n := countLabel(t, rw.URL, "新人"); n != 1 {
		t.Errorf("after write: %d nodes labelled 新人, want 1", n)
	}
	if r := do(t, "POST", rw.URL+"/api/v2/delete", newQuad, map[string]string{"Content-Type": "application/n-quads"}); r.code != 200 {
		t.Fatalf("writable delete: %d %s", r.code, r.body)
	}
	if n := countLabel(t, rw.URL, "新人"); n != 0 {
		t.Errorf("after delete: %d nodes labelled 新人, want 0", n)
	}
}

// TestConcurrent_ReadsAndWrites runs queries and writes at once on a
// memstore, which crashes the process ("concurrent map read and map write")
// unless the server's lock keeps them apart.
func TestConcurrent_ReadsAndWrites(t *testing.T) {
	srv := mustServer(t, MustHandle(t, nil), Options{Writable: true})
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				if w%2 == 0 {
					q := fmt.Sprintf("<%sperson/p%d_%d> <http://www.w3.org/2000/01/rdf-schema#label> \"p%d\"@zh .\n", testBase, w, i, i)
					if r := do(t, "POST", srv.URL+"/api/v2/write", q, nil); r.code != 200 {
						t.Errorf("write: %d %s", r.code, r.body)
					}
				} else if r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", "g.V().out().all()", nil); r.code != 200 {
					t.Errorf("query: %d %s", r.code, r.body)
				}
			}
		}(w)
	}
	wg.Wait()
}

func TestQuery_TimeoutStopsEndlessQuery(t *testing.T) {
	srv := mustServer(t, MustHandle(t, nil), Options{QueryTimeout: 200 * time.Millisecond})
	for _, q := range []string{"while(true){}", "for(;;){ g.V().count() }"} {
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", q, nil)
		if r.code != http.StatusGatewayTimeout || !strings.Contains(errorOf(t, r), "time limit") {
			t.Errorf("%s: %d %s", q, r.code, r.body)
		}
	}
	if r := do(t, "GET", srv.URL+"/health", "", nil); r.code != http.StatusNoContent {
		t.Errorf("health after timeouts: %d", r.code)
	}
}

// panicStore panics inside an iterator of the store, in the goroutine
// that runs the Gizmo VM, as cayley's PostgreSQL backend does for
// both().both() (notes/cayley.md §6).
type panicStore struct{ cgraph.QuadStore }

var boom = quad.IRI("http://zhkg.example.org/boom")

func (s panicStore) QuadIterator(d quad.Direction, r refs.Ref) iterator.Shape {
	if v, _ := s.NameOf(r); v == boom {
		return panicShape{s.QuadStore.QuadIterator(d, r)}
	}
	return s.QuadStore.QuadIterator(d, r)
}

type panicShape struct{ iterator.Shape }

func (p panicShape) Iterate() iterator.Scanner { return panicScanner{p.Shape.Iterate()} }

type panicScanner struct{ iterator.Scanner }

func (panicScanner) Next(context.Context) bool {
	var m map[string]int
	m["x"] = 1 // assignment to a nil map: a runtime panic
	return false
}

func TestQuery_PanicAnswers500AndServerLives(t *testing.T) {
	h := MustHandle(t, func(qs cgraph.QuadStore) cgraph.QuadStore {
		if err := qs.ApplyDeltas([]cgraph.Delta{{Quad: quad.MakeIRI(string(boom), testBase+"schema/x", testBase+"y", ""), Action: cgraph.Add}}, cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
		return panicStore{qs}
	})
	srv := mustServer(t, h, Options{})
	for i := 0; i < 3; i++ {
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", `g.V("<`+string(boom)+`>").out().all()`, nil)
		if r.code != http.StatusInternalServerError {
			t.Fatalf("panicking query: %d %s", r.code, r.body)
		}
		errorOf(t, r)
	}
	r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", `g.V("<`+testBase+`place/511921>").out("<`+testBase+`schema/locatedIn>").all()`, nil)
	if r.code != 200 || !strings.Contains(r.body, "place/511900") {
		t.Errorf("query after panics: %d %s", r.code, r.body)
	}
}

func TestBodyLimit(t *testing.T) {
	srv := mustServer(t, MustHandle(t, nil), Options{MaxBody: 1024, Writable: true})
	big := "g.V().all() //" + strings.Repeat("x", 2048)
	if r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", big, nil); r.code != http.StatusRequestEntityTooLarge {
		t.Errorf("big query: %d %s", r.code, r.body)
	}
	// without a Content-Length (chunked), the limit holds while reading
	req, _ := http.NewRequest("POST", srv.URL+"/api/v2/write", io.MultiReader(strings.NewReader(strings.Repeat(newQuad, 50))))
	req.ContentLength = -1
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked big write: %d", resp.StatusCode)
	}
	if n := countLabel(t, srv.URL, "新人"); n != 0 {
		t.Errorf("a refused body was written (%d)", n)
	}
	if r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", "g.V().limit(1).all()", nil); r.code != 200 {
		t.Errorf("small query: %d %s", r.code, r.body)
	}
}

func TestCrossSite(t *testing.T) {
	srv := mustServer(t, MustHandle(t, nil), Options{Writable: true, AllowOrigins: []string{"http://tools.example"}})
	self := srv.URL // http://127.0.0.1:port
	q := "g.V().limit(1).all()"
	tests := []struct {
		name string
		hdr  map[string]string
		code int
	}{
		{"no browser headers", nil, 200},
		{"same origin", map[string]string{"Origin": self, "Sec-Fetch-Site": "same-origin"}, 200},
		{"other site", map[string]string{"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"}, 403},
		{"other port, same host", map[string]string{"Origin": "http://127.0.0.1:1", "Sec-Fetch-Site": "same-site"}, 403},
		{"opaque origin", map[string]string{"Origin": "null"}, 403},
		{"no-cors cross-site", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"allowed origin", map[string]string{"Origin": "http://tools.example", "Sec-Fetch-Site": "cross-site"}, 200},
	}
	for _, tt := range tests {
		r := do(t, "POST", srv.URL+"/api/v2/query?lang=gizmo", q, tt.hdr)
		if r.code != tt.code {
			t.Errorf("%s: %d %s, want %d", tt.name, r.code, r.body, tt.code)
		}
		acao := r.header.Get("Access-Control-Allow-Origin")
		if (tt.name == "allowed origin") != (acao != "") {
			t.Errorf("%s: Access-Control-Allow-Origin = %q", tt.name, acao)
		}
	}
	r := do(t, "POST", srv.URL+"/api/v2/write", newQuad, map[string]string{"Origin": "http://evil.example"})
	if r.code != 403 {
		t.Errorf("cross-site write: %d %s", r.code, r.body)
	}
	if n := countLabel(t, srv.URL, "新人"); n != 0 {
		t.Errorf("a cross-site write went through (%d)", n)
	}
	// DNS rebinding: a page of evil.example resolved to 127.0.0.1 is same-origin for the browser.
	req, _ := http.NewRequest("POST", srv.URL+"/api/v2/query?lang=gizmo", strings.NewReader(q))
	req.Host = "evil.example:80"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host: %d", resp.StatusCode)
	}
	if r := do(t, "OPTIONS", srv.URL+"/api/v2/query", "", map[string]string{"Origin": "http://evil.example"}); r.header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("preflight from a foreign origin got CORS headers")
	}
}

func TestEndpoints(t *testing.T) {
	srv := mustServer(t, MustHandle(t, nil), Options{})
	if r := do(t, "GET", srv.URL+"/health", "", nil); r.code != 204 {
		t.Errorf("health: %d", r.code)
	}
	if r := do(t, "POST", srv.URL+"/api/v1/shape/gizmo", "g.V()", nil); r.code != 501 {
		t.Errorf("shape: %d %s", r.code, r.body)
	} else {
		errorOf(t, r)
	}
	if r := do(t, "GET", srv.URL+"/api/v2/formats", "", nil); r.code != 200 || !strings.Contains(r.body, "nquads") {
		t.Errorf("formats: %d %s", r.code, r.body)
	}
	if r := do(t, "GET", srv.URL+"/api/v2/read?sub=<"+testBase+"place/511921>", "", nil); r.code != 200 || !strings.Contains(r.body, "通江县") {
		t.Errorf("read: %d %s", r.code, r.body)
	}
}

// mustAssets makes an AssetsDir with the files the server looks for.
func mustAssets(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	for p, body := range map[string]string{
		filepath.Join(monacoDir, "loader.js"):         "/* loader */",
		filepath.Join(iconsDir, "material-icons.css"): "/* icons */",
	} {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(body), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

func TestUI_Patched(t *testing.T) {
	idx := do(t, "GET", mustServer(t, MustHandle(t, nil), Options{}).URL+"/", "", nil)
	if idx.code != 200 || !strings.Contains(idx.body, "<title>Cayley</title>") {
		t.Fatalf("index: %d", idx.code)
	}
	bundle := func(url string) (js, css string) {
		for _, f := range []string{"static/js/main.84d3ab8c.chunk.js", "static/js/2.7d84b3fa.chunk.js"} {
			r := do(t, "GET", url+"/"+f, "", nil)
			if r.code != 200 {
				t.Fatalf("%s: %d", f, r.code)
			}
			js += r.body
		}
		r := do(t, "GET", url+"/static/css/main.72fe53e6.chunk.css", "", nil)
		return js, r.body
	}
	var logs strings.Builder
	offline := mustServer(t, MustHandle(t, nil), Options{AssetsDir: t.TempDir(), Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	js, css := bundle(offline.URL)
	if strings.Contains(js, "localhost:64210") {
		t.Error("bundle still calls localhost:64210")
	}
	if !strings.Contains(js, bundleMonaco) || !strings.Contains(css, bundleIcons) {
		t.Error("without assets the bundle should keep the CDN URLs")
	}
	if !strings.Contains(logs.String(), "level=WARN") || !strings.Contains(logs.String(), "npm ci") {
		t.Errorf("no warning about missing assets in the log: %s", logs.String())
	}

	local := mustServer(t, MustHandle(t, nil), Options{AssetsDir: mustAssets(t)})
	js, css = bundle(local.URL)
	if strings.Contains(js, "localhost:64210") || strings.Contains(js, "cdn.jsdelivr.net") || strings.Contains(css, "fonts.googleapis.com") {
		t.Error("bundle still has remote URLs with local assets")
	}
	if !strings.Contains(js, `monacoLoader:"/monaco/vs/loader.js"`) || !strings.Contains(css, "@import url(/icons/material-icons.css)") {
		t.Error("bundle does not point at the local assets")
	}
	if r := do(t, "GET", local.URL+"/monaco/vs/loader.js", "", nil); r.code != 200 || r.body != "/* loader */" {
		t.Errorf("monaco loader: %d %q", r.code, r.body)
	}
	if r := do(t, "GET", local.URL+"/icons/material-icons.css", "", nil); r.code != 200 {
		t.Errorf("icons css: %d", r.code)
	}
	if r := do(t, "GET", local.URL+"/gizmo.d.ts", "", nil); r.code != 200 {
		t.Errorf("gizmo.d.ts: %d", r.code)
	}
}
