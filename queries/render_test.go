package queries

import (
	"errors"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/query"
)

func TestList(t *testing.T) {
	if err := LoadError(); err != nil {
		t.Fatalf("catalogue: %v", err)
	}
	want := []string{"cooccurring", "industries", "mentions", "neighbourhood", "officials", "path", "person", "place"}
	var got []string
	for _, q := range List() {
		got = append(got, q.Name)
		if q.Doc == "" || len(q.Params) == 0 {
			t.Errorf("%s: doc %q, %d params", q.Name, q.Doc, len(q.Params))
		}
		for _, p := range q.Params {
			if p.Doc == "" {
				t.Errorf("%s: param %s has no doc", q.Name, p.Name)
			}
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("List() = %v, want %v", got, want)
	}
	if _, ok := Get("_prelude"); ok {
		t.Error("the prelude is listed as a query")
	}
}

func TestGet_Params(t *testing.T) {
	q, ok := Get("neighbourhood")
	if !ok {
		t.Fatal("no neighbourhood query")
	}
	want := []Param{
		{Name: "entity", Doc: "the entity's label, e.g. 通江县 (or an IRI <…>, or a key such as place/511921)"},
		{Name: "depth", Doc: "how many steps to follow, in either direction (default: 2)", Default: "2", Optional: true},
	}
	if len(q.Params) != len(want) {
		t.Fatalf("params = %+v", q.Params)
	}
	for i := range want {
		if q.Params[i] != want[i] {
			t.Errorf("param %d = %+v, want %+v", i, q.Params[i], want[i])
		}
	}
	if got := q.Usage(); got != "neighbourhood entity=… [depth=2]" {
		t.Errorf("Usage() = %q", got)
	}
}

func TestRender_Errors(t *testing.T) {
	q, _ := Get("path")
	tests := []struct {
		args   map[string]string
		target error
		naming string
	}{
		{map[string]string{"from": "张明"}, ErrMissingParam, "to"},
		{map[string]string{"from": "张明", "to": "李华", "plcae": "x"}, ErrUnknownParam, "plcae"},
	}
	for _, tt := range tests {
		_, err := q.Render(tt.args, testBase)
		if !errors.Is(err, tt.target) || !strings.Contains(err.Error(), tt.naming) {
			t.Errorf("Render(%v) error = %v, want %v naming %q", tt.args, err, tt.target, tt.naming)
		}
	}
	if _, err := q.Render(map[string]string{"from": "a", "to": "b"}, ""); err == nil {
		t.Error("Render with an empty base succeeded")
	}
}

func TestRender_Defaults(t *testing.T) {
	q, _ := Get("path")
	text, err := q.Render(map[string]string{"from": "张明", "to": "李华"}, testBase)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`var BASE = "http://zhkg.example.org/";`, `var from = "张明";`, `var depth = "6";`} {
		if !strings.Contains(text, want) {
			t.Errorf("rendered text lacks %s", want)
		}
	}
}

// TestRender_Escaping runs a query whose argument tries to close its string
// and emit a row of its own: the argument must stay data.
func TestRender_Escaping(t *testing.T) {
	qs := mustStore(t)
	for _, evil := range []string{
		`"; g.emit({pwned: 1}); var x = "`,
		"\\\"; g.emit({pwned: 2}); //",
		"a\u2028g.emit({pwned: 3})",
		"</script><script>g.emit({pwned: 4})</script>",
	} {
		rows := mustRun(t, qs, "officials", map[string]string{"place": evil}, query.JSONLD)
		if len(rows) != 0 {
			t.Errorf("argument %q produced rows %v", evil, rows)
		}
	}
}

func TestParse_BadHeader(t *testing.T) {
	for _, text := range []string{
		"// doc: no name\ng.V()\n",
		"// name: x\ng.V()\n",
		"// name: x\n// doc: d\n// param: BASE — clashes\n",
		"// name: x\n// doc: d\n// param: two words — bad\n",
	} {
		if _, err := parse("t.js", text); !errors.Is(err, ErrBadHeader) {
			t.Errorf("parse(%q) error = %v, want ErrBadHeader", text, err)
		}
	}
}
