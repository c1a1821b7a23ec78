package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// run runs zhkg in dir with args and returns its exit status and output.
func run(t testing.TB, dir, stdin string, args ...string) (int, string, string) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	var out, errb bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// MustRun is run that fails the test on a non-zero exit.
func MustRun(t testing.TB, dir string, args ...string) string {
	t.Helper()
	code, out, errs := run(t, dir, "", args...)
	if code != 0 {
		t.Fatalf("zhkg %v: exit %d\n%s", args, code, errs)
	}
	return out
}

func examples(t testing.TB) string {
	t.Helper()
	p, err := filepath.Abs("../../examples/news")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func writeFile(t testing.TB, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBuild_QueryExport(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	out := MustRun(t, dir, "build", examples(t))
	if !strings.Contains(out, "documents: 4 (added 4") {
		t.Fatalf("first build summary:\n%s", out)
	}
	export1 := MustRun(t, dir, "export")

	// a rebuild of unchanged documents adds nothing
	out = MustRun(t, dir, "build", examples(t))
	if !strings.Contains(out, "unchanged 4") {
		t.Fatalf("second build summary:\n%s", out)
	}
	if export2 := MustRun(t, dir, "export"); export2 != export1 {
		t.Fatalf("export changed after an idempotent rebuild")
	}

	// the export is valid N-Quads that parses back into as many quads, each
	// with an article as its graph label
	r := nquads.NewReader(strings.NewReader(export1), false)
	n := 0
	for {
		q, err := r.ReadQuad()
		if err != nil {
			break
		}
		n++
		if _, ok := q.Label.(quad.IRI); !ok && q.Label != nil {
			t.Fatalf("label of %v is not an IRI", q)
		}
		if _, ok := q.Subject.(quad.IRI); !ok {
			if _, ok := q.Subject.(quad.BNode); !ok {
				t.Fatalf("subject of %v is a literal", q)
			}
		}
	}
	if want := strings.Count(export1, "\n"); n != want || n == 0 {
		t.Fatalf("parsed %d quads of %d lines", n, want)
	}
	if rapper, err := exec.LookPath("rapper"); err == nil {
		p := filepath.Join(dir, "g.nq")
		writeFile(t, p, export1)
		cmd := exec.Command(rapper, "-q", "-i", "nquads", "-c", p)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("rapper rejects the export: %v\n%s", err, b)
		}
	} else {
		t.Log("rapper not installed: the export was checked with the Cayley parser only")
	}

	// a Gizmo query finds the county secretary of the example page and his post
	q := `g.V("<http://zhkg.example.org/person/周明远>").Out("<http://zhkg.example.org/schema/post>").Out("<http://www.w3.org/2000/01/rdf-schema#label>").All()`
	if out := MustRun(t, dir, "query", q); !strings.Contains(out, "县委书记") {
		t.Fatalf("query: %s", out)
	}
	// the catalogue query by label
	if out := MustRun(t, dir, "query", "--name", "officials", "--arg", "place=庆元县"); !strings.Contains(out, "周明远") {
		t.Fatalf("officials query: %s", out)
	}
	// explain names the sentence and the rule
	out = MustRun(t, dir, "explain", "周明远", "职务")
	if !strings.Contains(out, "县委书记") || !strings.Contains(out, "rule:") || !strings.Contains(out, "page-01") {
		t.Fatalf("explain: %s", out)
	}
	stats := MustRun(t, dir, "stats")
	if !strings.Contains(stats, "documents: 4") {
		t.Fatalf("stats: %s", stats)
	}
}

func TestBuild_ChangedDocumentReplacesFacts(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	in := filepath.Join(dir, "in", "a.txt")
	writeFile(t, in, "河南省信阳市光山县委书记吕文川到泼陂河镇调研茶叶生产。\n")
	MustRun(t, dir, "build", filepath.Join(dir, "in"))
	if out := MustRun(t, dir, "explain", "吕文川"); !strings.Contains(out, "县委书记") {
		t.Fatalf("explain before: %s", out)
	}
	writeFile(t, in, "河南省信阳市光山县县长秦立华到泼陂河镇调研茶叶生产。\n")
	out := MustRun(t, dir, "build", filepath.Join(dir, "in"))
	if !strings.Contains(out, "replaced 1") {
		t.Fatalf("summary: %s", out)
	}
	if out := MustRun(t, dir, "explain", "吕文川"); strings.Contains(out, "县委书记") {
		t.Fatalf("old fact survived the change: %s", out)
	}
	if out := MustRun(t, dir, "explain", "秦立华", "职务"); !strings.Contains(out, "县长") {
		t.Fatalf("new fact missing: %s", out)
	}
}

func TestExtract_Formats(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	page := filepath.Join(examples(t), "page-01.txt")
	tsv := MustRun(t, dir, "extract", page)
	for _, want := range []string{"page-01\t周明远\t职务\t县委书记", "page-01\t庆元县\t位于\t丽水市", "page-01\t郑桂兰\t年龄\t79"} {
		if !strings.Contains(tsv, want+"\n") {
			t.Errorf("tsv lacks %q:\n%s", want, tsv)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(tsv), "\n") {
		if n := len(strings.Split(line, "\t")); n != 4 {
			t.Fatalf("tsv line with %d fields: %q", n, line)
		}
	}
	// mentions: rune offsets into the file's text
	text, _ := os.ReadFile(page)
	runes := []rune(string(text))
	ments := MustRun(t, dir, "extract", "--format", "mentions", page)
	found := false
	for _, line := range strings.Split(strings.TrimSpace(ments), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			t.Fatalf("mention line %q", line)
		}
		var s, e int
		if _, err := fmtSscan(f[1], &s); err != nil {
			t.Fatal(err)
		}
		if _, err := fmtSscan(f[2], &e); err != nil {
			t.Fatal(err)
		}
		if s < 0 || e > len(runes) || s >= e {
			t.Fatalf("span out of bounds: %q", line)
		}
		if strings.ReplaceAll(strings.ReplaceAll(string(runes[s:e]), "\n", ""), " ", "") != f[4] {
			t.Errorf("span %d–%d is %q, mention says %q", s, e, string(runes[s:e]), f[4])
		}
		if f[3] == "PER" && f[4] == "郑桂兰" {
			found = true
		}
	}
	if !found {
		t.Errorf("no PER mention of 郑桂兰:\n%s", ments)
	}
	// the same output whatever the number of workers
	one := MustRun(t, dir, "extract", "--workers", "1", examples(t))
	four := MustRun(t, dir, "extract", "--workers", "4", examples(t))
	if one != four {
		t.Errorf("output differs between 1 and 4 workers")
	}
	// stdin
	code, out, _ := run(t, dir, "福建省宁德市福鼎市委书记柯宏伟说，白茶产业是福鼎市的主导产业。\n", "extract", "-")
	if code != 0 || !strings.Contains(out, "柯宏伟\t职务\t市委书记") {
		t.Errorf("stdin: exit %d\n%s", code, out)
	}
}

func TestBuild_BadInput(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "good.txt"), "山西省运城市万荣县的苹果今年丰收。\n")
	writeFile(t, filepath.Join(in, "bad.jsonl"), "{\"id\":\"x1\",\"text\":\"浙江省杭州市西湖区的龙井茶开采。\"}\n{not json\n")
	code, out, errs := run(t, dir, "", "build", in)
	if code != 2 {
		t.Fatalf("exit %d, want 2 (some inputs failed)\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out+errs, "bad.jsonl:2") {
		t.Errorf("the error does not name file and line:\n%s\n%s", out, errs)
	}
	if !strings.Contains(out, "documents: 2") {
		t.Errorf("good inputs were not built:\n%s", out)
	}
	// --fail-fast stops with status 1
	code, _, _ = run(t, dir, "", "build", "--fail-fast", in)
	if code != 1 {
		t.Errorf("--fail-fast: exit %d, want 1", code)
	}
}

func TestConfig_UnknownKey(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	writeFile(t, filepath.Join(dir, "zhkg.yaml"), "db: bolt\nworkerz: 3\n")
	code, _, errs := run(t, dir, "", "stats")
	if code == 0 || !strings.Contains(errs, "workerz") {
		t.Fatalf("exit %d, stderr %q: want an error naming workerz", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "zhkg.db")); err == nil {
		t.Errorf("a store was created despite the bad configuration")
	}
	writeFile(t, filepath.Join(dir, "zhkg.yaml"), "db: memstore\n")
	out := MustRun(t, dir, "config")
	if !strings.Contains(out, "memstore") || !strings.Contains(out, "zhkg.yaml") {
		t.Errorf("config output: %s", out)
	}
}

func TestExtract_Traditional(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	p := filepath.Join(dir, "trad.txt")
	writeFile(t, p, "四川省巴中市通江縣委書記李明華表示，通江銀耳產業發展迅速。\n")
	out := MustRun(t, dir, "extract", p)
	for _, want := range []string{"李明华\t职务\t县委书记", "李明华\t任职于\t通江县", "通江县\t产业\t银耳"} {
		if !strings.Contains(out, want) {
			t.Errorf("traditional text: missing %q in\n%s", want, out)
		}
	}
	// the evidence keeps the characters as written
	js := MustRun(t, dir, "extract", "--format", "jsonl", p)
	if !strings.Contains(js, "通江縣委書記李明華") {
		t.Errorf("the article text lost its traditional characters:\n%s", js)
	}
}
