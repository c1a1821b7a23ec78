package nereval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The public sets live outside the repository (../shared/eval/public from
// its root); these tests check the converters against the counts their
// PROVENANCE.md gives, and skip when the files are absent or with -short.
var publicDir = filepath.Join("..", "..", "..", "shared", "eval", "public")

func openPublic(t *testing.T, rel string) *os.File {
	t.Helper()
	if testing.Short() {
		t.Skip("public sets skipped with -short")
	}
	f, err := os.Open(filepath.Join(publicDir, rel))
	if err != nil {
		t.Skipf("public set not here: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func countTypes(s *Set, by func(Mention) string) map[string]int {
	n := map[string]int{}
	for _, d := range s.Docs {
		for _, m := range d.Gold {
			n[by(m)]++
		}
		for _, m := range d.Excluded {
			n[by(m)]++
		}
	}
	return n
}

func TestPublic_MSRA(t *testing.T) {
	s, err := ReadMSRA(openPublic(t, "msra/test.bio.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Docs) != 3442 || s.Runes() != 172601 {
		t.Errorf("%d sentences, %d characters; want 3442, 172601", len(s.Docs), s.Runes())
	}
	want := map[string]int{PER: 1973, LOC: 2886, ORG: 1331}
	if diff := cmp.Diff(want, countTypes(s, func(m Mention) string { return m.Type })); diff != "" {
		t.Errorf("mentions per type (-want +got):\n%s", diff)
	}
}

func TestPublic_CLUENER(t *testing.T) {
	s, err := ReadCLUENER(openPublic(t, "cluener2020/dev.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Docs) != 1343 || s.Runes() != 50260 {
		t.Errorf("%d records, %d characters; want 1343, 50260", len(s.Docs), s.Runes())
	}
	want := map[string]int{"name": 465, "address": 373, "scene": 209, "government": 247, "organization": 367,
		"company": 378, "position": 433, "book": 154, "game": 295, "movie": 151}
	if diff := cmp.Diff(want, countTypes(s, func(m Mention) string { return m.Label })); diff != "" {
		t.Errorf("mentions per label (-want +got):\n%s", diff)
	}
}
