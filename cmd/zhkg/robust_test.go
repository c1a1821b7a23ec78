package main

// Tests of the README table "What zhkg does with bad input" that run zhkg
// in this process (Main). The tests that need a real process (SIGKILL,
// SIGINT, a locked store, a 50 MB file, the HTTP server under load) are in
// process_test.go.

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// robustText is an article of our own; its facts are checked in every
// encoding.
const robustText = "浙江省丽水市庆元县委书记周明远在大会上说，香菇是庆元县的主导产业。\n"

// runIn runs zhkg in dir with a time limit, so that a hang fails the test
// instead of stalling the suite.
func runIn(t testing.TB, dir string, limit time.Duration, args ...string) (int, string, string) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	var out, errb bytes.Buffer
	code := Main(ctx, args, strings.NewReader(""), &out, &errb)
	if ctx.Err() != nil {
		t.Fatalf("zhkg %v did not finish within %v\n%s\n%s", args, limit, out.String(), errb.String())
	}
	return code, out.String(), errb.String()
}

func writeBytes(t testing.TB, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// facts returns the TSV lines of an extraction without their document
// column, sorted.
func facts(tsv string) []string {
	var out []string
	for _, l := range strings.Split(strings.TrimSpace(tsv), "\n") {
		if _, rest, ok := strings.Cut(l, "\t"); ok {
			out = append(out, rest)
		}
	}
	sort.Strings(out)
	return out
}

func utf16Bytes(s string, big bool) []byte {
	var b bytes.Buffer
	if big {
		b.Write([]byte{0xFE, 0xFF})
	} else {
		b.Write([]byte{0xFF, 0xFE})
	}
	for _, u := range utf16.Encode([]rune(s)) {
		var two [2]byte
		if big {
			binary.BigEndian.PutUint16(two[:], u)
		} else {
			binary.LittleEndian.PutUint16(two[:], u)
		}
		b.Write(two[:])
	}
	return b.Bytes()
}

func TestBadInput_Encodings(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(robustText)
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(robustText)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"utf8.txt":    []byte(robustText),
		"utf8bom.txt": append([]byte{0xEF, 0xBB, 0xBF}, robustText...),
		"gb18030.txt": []byte(gb),
		"gbk.txt":     []byte(gbk),
		"utf16le.txt": utf16Bytes(robustText, false),
		"utf16be.txt": utf16Bytes(robustText, true),
	}
	in := filepath.Join(dir, "in")
	for name, b := range files {
		writeBytes(t, filepath.Join(in, name), b)
	}
	want := facts(MustRun(t, dir, "extract", filepath.Join(in, "utf8.txt")))
	for _, w := range []string{"周明远\t职务\t县委书记", "庆元县\t产业\t香菇"} {
		if !contains(want, w) {
			t.Fatalf("the UTF-8 version lacks %q: %q", w, want)
		}
	}
	for name := range files {
		t.Run(name, func(t *testing.T) {
			got := facts(MustRun(t, dir, "extract", filepath.Join(in, name)))
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("facts differ from the UTF-8 version:\n got %q\nwant %q", got, want)
			}
		})
	}
	code, out, errs := runIn(t, dir, time.Minute, "build", in)
	if code != 0 || !strings.Contains(out, fmt.Sprintf("documents: %d (added %d", len(files), len(files))) {
		t.Errorf("build: exit %d\n%s\n%s", code, out, errs)
	}
}

func TestBadInput_NotText(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	in := filepath.Join(dir, "in")
	rng := rand.New(rand.NewSource(1))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(1 + rng.Intn(255)) // no NUL: the encoding check must catch it
	}
	cases := []struct {
		file, reason string
		data         []byte
	}{
		{"report.txt", "PDF", []byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")},
		{"photo.txt", "PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10")},
		{"random.txt", "encoding", random},
		{"nul.txt", "NUL", append([]byte("庆元县的香菇"), 0, 0, 0, 'a', 'b')},
	}
	for _, c := range cases {
		writeBytes(t, filepath.Join(in, c.file), c.data)
	}
	writeFile(t, filepath.Join(in, "good.txt"), robustText)
	code, out, errs := runIn(t, dir, time.Minute, "build", in)
	if code != 2 {
		t.Fatalf("exit %d, want 2\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, "documents: 1 (added 1") || !strings.Contains(out, fmt.Sprintf("failed: %d", len(cases))) {
		t.Errorf("summary:\n%s", out)
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			var line string
			for _, l := range strings.Split(out, "\n") {
				if strings.Contains(l, c.file) {
					line = l
				}
			}
			if line == "" {
				t.Fatalf("the summary does not name %s:\n%s", c.file, out)
			}
			if !strings.Contains(line, "not a text file") || !strings.Contains(line, c.reason) {
				t.Errorf("reason for %s: %q, want %q", c.file, line, c.reason)
			}
		})
	}
	if strings.Contains(MustRun(t, dir, "export"), "Catalog") {
		t.Errorf("bytes of the PDF reached the graph")
	}
}

func TestBadInput_HTML(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	page := filepath.Join(dir, "page.html")
	writeFile(t, page, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>庆元县召开香菇产业大会</title>
<style>.lead{color:red} /* 福建省宁德市福鼎市委书记柯宏伟 */</style>
<script>var s = "四川省巴中市通江县委书记王小明"; document.title = s;</script></head>
<body><nav><a href="/">首页</a> 湖南省长沙市岳麓区区长赵一鸣</nav>
<article><h1>庆元县召开香菇产业大会</h1>
<p>浙江省丽水市庆元县委书记周明远在大会上说，香菇是庆元县的主导产业。</p>
<script>track("山西省运城市万荣县县长钱多多");</script></article>
<footer>版权所有 广东省广州市天河区</footer></body></html>
`)
	tsv := MustRun(t, dir, "extract", page)
	for _, w := range []string{"周明远\t职务\t县委书记", "庆元县\t产业\t香菇"} {
		if !strings.Contains(tsv, w) {
			t.Errorf("article text: missing %q in\n%s", w, tsv)
		}
	}
	for _, bad := range []string{"王小明", "通江", "柯宏伟", "福鼎", "赵一鸣", "岳麓", "钱多多", "万荣", "天河"} {
		if strings.Contains(tsv, bad) {
			t.Errorf("text of a script, style, nav or footer reached the facts: %q\n%s", bad, tsv)
		}
	}
	js := MustRun(t, dir, "extract", "--format", "jsonl", page)
	if !strings.Contains(js, `"title":"庆元县召开香菇产业大会"`) {
		t.Errorf("title not taken:\n%s", js)
	}
	if strings.Contains(js, "document.title") || strings.Contains(js, "color:red") {
		t.Errorf("script or style text in the article:\n%s", js)
	}
}

func TestBadInput_EmptyFiles(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	in := filepath.Join(dir, "in")
	writeBytes(t, filepath.Join(in, "empty.txt"), nil)
	writeFile(t, filepath.Join(in, "blank.txt"), " \n\t\r\n\u3000\n\n")
	writeFile(t, filepath.Join(in, "empty.jsonl"), "")
	code, out, errs := runIn(t, dir, time.Minute, "build", in)
	if code != 0 {
		t.Fatalf("only empty inputs: exit %d, want 0\n%s\n%s", code, out, errs)
	}
	writeFile(t, filepath.Join(in, "good.txt"), robustText)
	code, out, errs = runIn(t, dir, time.Minute, "build", in)
	if code != 0 {
		t.Fatalf("empty inputs and a good one: exit %d, want 0\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, "documents: 1 (added 1") || !strings.Contains(out, "failed: 0, empty: 2") {
		t.Errorf("summary:\n%s", out)
	}
	for _, f := range []string{"empty.txt", "blank.txt"} {
		if !strings.Contains(errs, "WARN") || !strings.Contains(errs, filepath.Join(in, f)) {
			t.Errorf("no warning naming %s:\n%s", f, errs)
		}
	}
}

// TestBadInput_ManyFiles reads 20,000 small files in 50 folders created in
// a shuffled order: every one is read once, in name order, whatever the
// number of workers. (100,000 files were tried by hand, see badinput.md.)
func TestBadInput_ManyFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("20,000 files: skipped with -short")
	}
	const folders, files = 50, 20000
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	in := filepath.Join(dir, "in")
	for d := 0; d < folders; d++ {
		if err := os.MkdirAll(filepath.Join(in, fmt.Sprintf("d%02d", d)), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var want []string
	for i := 0; i < files; i++ {
		want = append(want, fmt.Sprintf("d%02d/f%05d", i%folders, i))
	}
	rng := rand.New(rand.NewSource(2))
	order := rng.Perm(files)
	for _, i := range order {
		name := filepath.Join(in, want[i]+".txt")
		if err := os.WriteFile(name, []byte(fmt.Sprintf("第%d期：浙江省丽水市庆元县的香菇丰收。\n", i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(want) // depth first, name order
	docs := func(out string) []string {
		var names []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
			name, _, _ := strings.Cut(l, "\t")
			if len(names) == 0 || names[len(names)-1] != name {
				names = append(names, name)
			}
		}
		return names
	}
	code, one, errs := runIn(t, dir, 2*time.Minute, "extract", "--workers", "1", in)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	got := docs(one)
	if len(got) != files {
		t.Fatalf("%d documents in the output, want %d", len(got), files)
	}
	for i := range got {
		if w := filepath.Base(want[i]); got[i] != w {
			t.Fatalf("document %d is %s, want %s (name order, depth first)", i, got[i], w)
		}
	}
	code, two, errs := runIn(t, dir, 2*time.Minute, "extract", "--workers", "3", in)
	if code != 0 || two != one {
		t.Errorf("output with 3 workers differs from 1 worker (exit %d)\n%s", code, errs)
	}
}

func TestBadInput_SymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "a.txt"), robustText)
	if err := os.MkdirAll(filepath.Join(in, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("..", filepath.Join(in, "sub", "up")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := os.Symlink("self.txt", filepath.Join(in, "self.txt")); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runIn(t, dir, 30*time.Second, "build", in)
	if code != 2 {
		t.Fatalf("exit %d, want 2 (the loops are reported as failed inputs)\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, "documents: 1 (added 1") {
		t.Errorf("the file in the loop was not read exactly once:\n%s", out)
	}
	for _, link := range []string{filepath.Join(in, "sub", "up"), filepath.Join(in, "self.txt")} {
		n := 0
		for _, l := range strings.Split(out, "\n") {
			if strings.Contains(l, link+":") {
				n++
				if !strings.Contains(l, "symbolic link loop") {
					t.Errorf("reason: %q", l)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s reported %d times in the summary, want once:\n%s", link, n, out)
		}
	}
}

// TestBadInput_JSONLinesBroken extends TestBuild_BadInput: several broken
// records in one file are each named by file:line, and every good record
// around them is read.
func TestBadInput_JSONLinesBroken(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	feed := filepath.Join(dir, "feed.jsonl")
	writeFile(t, feed, strings.Join([]string{
		`{"id":"a1","title":"香菇","text":"浙江省丽水市庆元县委书记周明远说，香菇是庆元县的主导产业。"}`,
		`{"id":"a2","text":"山西省运城市万荣县的苹果`, // cut off
		``,
		`{"id":"a3"}`, // no text
		`[1,2,3]`,
		`{"id":7,"content":"河南省信阳市光山县县长秦立华到泼陂河镇调研茶叶生产。"}`,
	}, "\n")+"\n")
	code, out, errs := runIn(t, dir, time.Minute, "build", feed)
	if code != 2 {
		t.Fatalf("exit %d, want 2\n%s\n%s", code, out, errs)
	}
	for _, line := range []string{":2:", ":4:", ":5:"} {
		if !strings.Contains(out, feed+line) {
			t.Errorf("the summary does not name %s%s:\n%s", feed, line, out)
		}
	}
	if strings.Contains(out, feed+":3:") {
		t.Errorf("a blank line is reported as broken:\n%s", out)
	}
	if !strings.Contains(out, "documents: 2 (added 2") || !strings.Contains(out, "failed: 3") {
		t.Errorf("summary:\n%s", out)
	}
	if out := MustRun(t, dir, "explain", "秦立华", "职务"); !strings.Contains(out, "县长") {
		t.Errorf("the record after the broken ones was not stored: %s", out)
	}
}

func TestBadInput_ExitStatus(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "a.txt"), robustText)
	writeFile(t, filepath.Join(in, "c.txt"), "河南省信阳市光山县县长秦立华到泼陂河镇调研茶叶生产。\n")

	// all built: 0
	code, out, errs := runIn(t, dir, time.Minute, "--dbpath", "ok.db", "build", in)
	if code != 0 || !strings.Contains(out, "failed: 0") || strings.Contains(out+errs, "failed inputs") {
		t.Fatalf("all good: exit %d\n%s\n%s", code, out, errs)
	}

	// some failed: 2, the rest built, a summary naming each failure
	writeBytes(t, filepath.Join(in, "b.txt"), []byte("%PDF-1.7\n"))
	code, out, errs = runIn(t, dir, time.Minute, "--dbpath", "some.db", "build", in)
	if code != 2 {
		t.Fatalf("one bad input: exit %d, want 2\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(out, "documents: 2 (added 2") || !strings.Contains(out, "failed inputs:\n  "+filepath.Join(in, "b.txt")+": not a text file") {
		t.Errorf("summary:\n%s", out)
	}
	if !strings.Contains(errs, "some inputs failed: 1 of 3") {
		t.Errorf("stderr does not sum up: %s", errs)
	}

	// --fail-fast: 1, stops at b.txt; a.txt (before it) is stored, c.txt is not
	code, out, errs = runIn(t, dir, time.Minute, "--dbpath", "fast.db", "build", "--fail-fast", in)
	if code != 1 || !strings.Contains(errs, "b.txt") || !strings.Contains(errs, "--fail-fast") {
		t.Fatalf("--fail-fast: exit %d, want 1\n%s\n%s", code, out, errs)
	}
	stats := MustRun(t, dir, "--dbpath", "fast.db", "stats")
	if !strings.Contains(stats, "documents: 1\n") {
		t.Errorf("--fail-fast did not stop at the first failure:\n%s", stats)
	}
	if out := MustRun(t, dir, "--dbpath", "fast.db", "explain", "秦立华"); strings.Contains(out, "县长") {
		t.Errorf("a document after the failure was stored: %s", out)
	}
}

// TestConfig_WrongType extends TestConfig_UnknownKey: a value of the wrong
// type, in the file or in the environment, fails before any work and names
// the key and where it came from.
func TestConfig_WrongType(t *testing.T) {
	cases := []struct {
		name, file, env, val string
		want                 []string
	}{
		{name: "file", file: "workers: many\n", want: []string{"workers", "zhkg.yaml", "many"}},
		{name: "file-duration", file: "query:\n  timeout: 30\n", want: []string{"query.timeout"}},
		{name: "env", env: "ZHKG_WORKERS", val: "abc", want: []string{"workers", "ZHKG_WORKERS", "abc"}},
		{name: "env-duration", env: "ZHKG_QUERY_TIMEOUT", val: "soon", want: []string{"query.timeout", "ZHKG_QUERY_TIMEOUT"}},
		{name: "unknown-nested", file: "serve:\n  adress: 127.0.0.1:1\n", want: []string{"serve.adress"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Setenv("XDG_CONFIG_HOME", dir)
			if c.file != "" {
				writeFile(t, filepath.Join(dir, "zhkg.yaml"), c.file)
			}
			if c.env != "" {
				t.Setenv(c.env, c.val)
			}
			writeFile(t, filepath.Join(dir, "in", "a.txt"), robustText)
			code, out, errs := runIn(t, dir, time.Minute, "build", filepath.Join(dir, "in"))
			if code != 1 {
				t.Fatalf("exit %d, want 1\n%s\n%s", code, out, errs)
			}
			for _, w := range c.want {
				if !strings.Contains(errs, w) {
					t.Errorf("the error does not name %q: %s", w, errs)
				}
			}
			if out != "" {
				t.Errorf("work was done before the configuration was checked:\n%s", out)
			}
			if _, err := os.Stat(filepath.Join(dir, "zhkg.db")); err == nil {
				t.Errorf("a store was created despite the bad configuration")
			}
		})
	}
}
