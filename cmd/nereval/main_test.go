package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun_WriteInputAndScore(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "test.bio.txt")
	bio := "张\tB-PER\n三\tI-PER\n在\tO\n长\tB-LOC\n沙\tI-LOC\n\n好\tO\n\n"
	if err := os.WriteFile(data, []byte(bio), 0o644); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "in.jsonl")
	var out, errb bytes.Buffer
	if code := run([]string{"-set", "msra", "-data", data, "-write-input", in}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	b, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), `{"id":"msra-0001","text":"张三在长沙"`) || strings.Count(string(b), "\n") != 2 {
		t.Errorf("input file:\n%s", b)
	}

	sys := "msra-0001\t0\t2\tPER\t张三\nmsra-0001\t3\t4\tLOC\t长\nmsra-0002\t0\t1\tTITLE\t好\n"
	out.Reset()
	// the written .jsonl is read back as the set
	if code := run([]string{"-set", "msra", "-data", in, "-system", "-", "-name", "mine", "-errors", "5"}, strings.NewReader(sys), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, want := range []string{
		"mine on msra",
		"| PER | 1 | 1 | 1 | 1.000 | 1.000 | 1.000 | 0 | 0 | 0 | 1.000 |",
		"| LOC | 1 | 1 | 0 | 0.000 | 0.000 | 0.000 | 1 | 0 | 0 | 1.000 |",
		"1 of type TITLE, which msra does not annotate",
		"boundary LOC\tmsra-0001\tLOC\t3-4 长\tgold LOC 3-5 长沙",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRun_Usage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"-set", "msra"},
		{"-set", "msra", "extra"},
		{"-bogus"},
	} {
		var out, errb bytes.Buffer
		if code := run(args, nil, &out, &errb); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
	var out, errb bytes.Buffer
	if code := run([]string{"-set", "conll", "-baseline", "gse"}, nil, &out, &errb); code != 1 || !strings.Contains(errb.String(), "unknown set") {
		t.Errorf("unknown set: exit %d, %q", code, errb.String())
	}
	if code := run([]string{"-set", "msra", "-data", filepath.Join(t.TempDir(), "none"), "-system", "-"}, strings.NewReader(""), &out, &errb); code != 1 {
		t.Errorf("missing data: exit %d", code)
	}
}
