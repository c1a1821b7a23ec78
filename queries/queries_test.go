package queries

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/google/go-cmp/cmp"
)

// mustStore loads testdata/fixture.nq into a memstore.
func mustStore(tb testing.TB) graph.QuadStore {
	tb.Helper()
	f, err := os.Open(fixturePath)
	if err != nil {
		tb.Fatalf("open fixture: %v", err)
	}
	defer f.Close()
	qs, err := quad.ReadAll(nquads.NewReader(f, false))
	if err != nil {
		tb.Fatalf("read fixture: %v", err)
	}
	return memstore.New(qs...)
}

// mustRun renders q and runs it, returning its rows as JSON strings.
func mustRun(tb testing.TB, qs graph.QuadStore, name string, args map[string]string, col query.Collation) []string {
	tb.Helper()
	q, ok := Get(name)
	if !ok {
		tb.Fatalf("no query %q", name)
	}
	text, err := q.Render(args, testBase)
	if err != nil {
		tb.Fatalf("render %s: %v", name, err)
	}
	rows, err := run(qs, text, col)
	if err != nil {
		tb.Fatalf("run %s: %v\n%s", name, err, text)
	}
	return rows
}

func run(qs graph.QuadStore, text string, col query.Collation) ([]string, error) {
	ctx := context.Background()
	it, err := query.GetLanguage("gizmo").Session(qs).Execute(ctx, text, query.Options{Collation: col, Limit: 1000})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []string
	for it.Next(ctx) {
		b, err := json.Marshal(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, it.Err()
}

// queryCases run each catalogue query on the fixture. The expected rows are
// in testdata/golden/<case>.jsonl (reviewed by hand; -update rewrites them)
// and must come out the same under the JSON and the JSON-LD collation.
var queryCases = []struct {
	file string
	name string
	args map[string]string
}{
	{"officials-county", "officials", map[string]string{"place": "通江县"}},
	{"officials-city", "officials", map[string]string{"place": "巴中市"}},
	{"officials-by-key", "officials", map[string]string{"place": "place/511921104"}},
	{"person", "person", map[string]string{"person": "张明"}},
	{"place-county", "place", map[string]string{"place": "通江县"}},
	{"place-city", "place", map[string]string{"place": "巴中市"}},
	{"industries", "industries", map[string]string{"place": "巴中市"}},
	{"mentions", "mentions", map[string]string{"entity": "张明"}},
	{"neighbourhood-1", "neighbourhood", map[string]string{"entity": "通江县", "depth": "1"}},
	{"neighbourhood-2", "neighbourhood", map[string]string{"entity": "李华"}},
	{"path", "path", map[string]string{"from": "李华", "to": "赵强"}},
	{"path-too-far", "path", map[string]string{"from": "李华", "to": "赵强", "depth": "4"}},
	{"path-reverse", "path", map[string]string{"from": "赵强", "to": "李华"}},
	{"path-exact-depth", "path", map[string]string{"from": "李华", "to": "赵强", "depth": "5"}},
	{"path-via-post", "path", map[string]string{"from": "王芳", "to": "张明"}},
	{"path-self", "path", map[string]string{"from": "张明", "to": "person/张明"}},
	{"cooccurring", "cooccurring", map[string]string{"entity": "张明", "top": "3"}},
	{"cooccurring-all", "cooccurring", map[string]string{"entity": "张明"}},
	{"cooccurring-top1", "cooccurring", map[string]string{"entity": "张明", "top": "1"}},
	{"unknown-label", "officials", map[string]string{"place": "不存在县"}},
}

func TestQueries(t *testing.T) {
	qs := mustStore(t)
	for _, tt := range queryCases {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "golden", tt.file+".jsonl")
			got := mustRun(t, qs, tt.name, tt.args, query.JSONLD)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				text := strings.Join(got, "\n")
				if text != "" {
					text += "\n"
				}
				if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden (run with -update to create it): %v", err)
			}
			want := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
			if len(data) == 0 {
				want = nil
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("JSON-LD rows (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(want, mustRun(t, qs, tt.name, tt.args, query.JSON)); diff != "" {
				t.Errorf("JSON rows (-want +got):\n%s", diff)
			}
		})
	}
}

func colName(c query.Collation) string {
	if c == query.JSON {
		return "json"
	}
	return "jsonld"
}
