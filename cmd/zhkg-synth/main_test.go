package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tree reads every file under dir into a map by relative path.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRun_Styles(t *testing.T) {
	for _, tc := range []struct {
		style string
		files func(n int) int // files besides gold.tsv
	}{
		{"web", func(n int) int { return n }},
		{"jsonl", func(n int) int { return 1 }},
		{"pdf", nil},
	} {
		t.Run(tc.style, func(t *testing.T) {
			var outs []map[string][]byte
			for _, workers := range []string{"1", "2"} {
				dir := t.TempDir()
				var log bytes.Buffer
				err := run([]string{"-seed", "3", "-n", "40", "-style", tc.style, "-out", dir, "-workers", workers}, &log)
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(log.String(), "40 articles") {
					t.Errorf("summary %q", log.String())
				}
				outs = append(outs, tree(t, dir))
			}
			a, b := outs[0], outs[1]
			if len(a) != len(b) {
				t.Fatalf("workers 1 and 2 wrote %d and %d files", len(a), len(b))
			}
			for k, v := range a {
				if !bytes.Equal(v, b[k]) {
					t.Fatalf("%s differs between workers 1 and 2", k)
				}
			}
			gold, ok := a["gold.tsv"]
			if !ok || len(gold) == 0 {
				t.Fatal("no gold.tsv")
			}
			docs := map[string]bool{}
			sc := bufio.NewScanner(bytes.NewReader(gold))
			for sc.Scan() {
				f := strings.Split(sc.Text(), "\t")
				if len(f) != 4 {
					t.Fatalf("gold row %q has %d fields", sc.Text(), len(f))
				}
				docs[strings.TrimPrefix(f[0], "?")] = true
			}
			if tc.files != nil && len(a)-1 != tc.files(40) {
				t.Errorf("wrote %d files, want %d", len(a)-1, tc.files(40))
			}
			for k, v := range a {
				if k == "gold.tsv" {
					continue
				}
				switch tc.style {
				case "jsonl":
					if k != "part-0000.jsonl" {
						t.Errorf("unexpected file %s", k)
					}
					lines := strings.Split(strings.TrimSuffix(string(v), "\n"), "\n")
					if len(lines) != 40 {
						t.Errorf("%s holds %d records", k, len(lines))
					}
					for _, l := range lines {
						var rec struct{ ID, Title, Date, Source, Text string }
						if err := json.Unmarshal([]byte(l), &rec); err != nil || rec.Text == "" {
							t.Fatalf("bad record %q: %v", l, err)
						}
						if !docs[rec.ID] {
							t.Errorf("record %s has no gold", rec.ID)
						}
					}
				default:
					if filepath.Dir(k) != "0000" || !strings.HasSuffix(k, ".txt") {
						t.Errorf("unexpected file %s", k)
					}
					if !docs[strings.TrimSuffix(filepath.Base(k), ".txt")] {
						t.Errorf("%s has no gold", k)
					}
				}
			}
		})
	}
}

func TestRun_BadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-n", "5"},
		{"-style", "pdfx", "-out", t.TempDir()},
		{"-n", "-1", "-out", t.TempDir()},
		{"-out", t.TempDir(), "extra"},
		{"-out", t.TempDir(), "-min", "900", "-max", "300"},
	} {
		if err := run(args, &bytes.Buffer{}); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}

func TestRun_Shards(t *testing.T) {
	defer func(d, p int) { perDir, perPart = d, p }(perDir, perPart)
	perDir, perPart = 10, 15
	dir := t.TempDir()
	if err := run([]string{"-n", "35", "-style", "web", "-out", dir}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for k := range tree(t, dir) {
		count[filepath.Dir(k)]++
	}
	want := map[string]int{".": 1, "0000": 10, "0001": 10, "0002": 10, "0003": 5}
	for k, v := range want {
		if count[k] != v {
			t.Errorf("folder %s holds %d files, want %d (all: %v)", k, count[k], v, count)
		}
	}
	dir = t.TempDir()
	if err := run([]string{"-n", "35", "-style", "jsonl", "-out", dir}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	files := tree(t, dir)
	for k, v := range map[string]int{"part-0000.jsonl": 15, "part-0001.jsonl": 15, "part-0002.jsonl": 5} {
		if n := strings.Count(string(files[k]), "\n"); n != v {
			t.Errorf("%s holds %d records, want %d", k, n, v)
		}
	}
}
