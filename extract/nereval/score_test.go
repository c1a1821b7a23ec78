package nereval

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// fixture is a small set: one MSRA-style document with a place chain, a
// person and an organization, a document without names and a CLUENER-style
// one with an excluded work title.
func fixture() *Set {
	return &Set{Name: "fixture", Types: []string{PER, LOC, ORG, TITLE}, Docs: []Document{{
		ID:   "d1",
		Text: "湖南省长沙市的李华在湖南大学任教授",
		Gold: []Mention{
			{Start: 0, End: 3, Type: LOC, Label: LOC},
			{Start: 3, End: 6, Type: LOC, Label: LOC},
			{Start: 7, End: 9, Type: PER, Label: PER},
			{Start: 10, End: 14, Type: ORG, Label: ORG},
			{Start: 15, End: 17, Type: TITLE, Label: TITLE},
		},
	}, {
		ID:   "d2",
		Text: "今天天气好",
	}, {
		ID:       "d3",
		Text:     "王芳看了电影《张三的故事》",
		Gold:     []Mention{{Start: 0, End: 2, Type: PER, Label: "name"}},
		Excluded: []Mention{{Start: 6, End: 13, Label: "movie"}},
	}}}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name   string
		sys    string // mentions, one "DOC START END TYPE" a line
		byType map[string]Counts
		kinds  []string // error kinds in order
		check  func(t *testing.T, r *Report)
	}{{
		name: "all exact",
		sys:  "d1 0 3 LOC\nd1 3 6 LOC\nd1 7 9 PER\nd1 10 14 ORG\nd1 15 17 TITLE\nd3 0 2 PER",
		byType: map[string]Counts{
			PER: {Gold: 2, System: 2, Correct: 2}, LOC: {Gold: 2, System: 2, Correct: 2},
			ORG: {Gold: 1, System: 1, Correct: 1}, TITLE: {Gold: 1, System: 1, Correct: 1},
		},
	}, {
		name: "place chain as one LOC is boundary-only against both gold places",
		sys:  "d1 0 6 LOC",
		byType: map[string]Counts{
			PER: {Gold: 2}, LOC: {Gold: 2, System: 1, Boundary: 1, GoldBoundary: 2},
			ORG: {Gold: 1}, TITLE: {Gold: 1},
		},
		kinds: []string{KindBoundary, KindMissed, KindMissed, KindMissed, KindMissed, KindMissed, KindMissed},
	}, {
		name: "one boundary mention, one exact, a place nested in the ORG, a type confusion, a spurious one",
		sys:  "d1 0 2 LOC\nd1 3 6 LOC\nd1 10 12 LOC\nd1 7 9 ORG\nd2 0 2 PER",
		byType: map[string]Counts{
			PER: {Gold: 2, System: 1},
			LOC: {Gold: 2, System: 3, Correct: 1, Boundary: 1, Nested: 1, GoldBoundary: 1},
			ORG: {Gold: 1, System: 1, TypeOnly: 1}, TITLE: {Gold: 1},
		},
		check: func(t *testing.T, r *Report) {
			got := map[string]int{}
			for _, e := range r.Errors {
				got[e.Kind]++
			}
			want := map[string]int{KindBoundary: 1, KindNested: 1, KindType: 1, KindSpurious: 1, KindMissed: 5}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("error kinds (-want +got):\n%s", diff)
			}
			if c := r.Total(PER, LOC, ORG); c.Correct != 1 || c.System != 5 || c.Gold != 5 {
				t.Errorf("PER+LOC+ORG %+v", c)
			}
		},
	}, {
		name: "duplicates once, unscored types, unknown documents, out of range, excluded overlaps",
		sys:  "d3 0 2 PER\nd3 0 2 PER\nd3 7 9 PER\nd3 0 2 MISC\nd9 0 1 PER\nd2 3 9 LOC",
		byType: map[string]Counts{
			PER: {Gold: 2, System: 1, Correct: 1, Ignored: 1}, LOC: {Gold: 2}, ORG: {Gold: 1}, TITLE: {Gold: 1},
		},
		check: func(t *testing.T, r *Report) {
			if r.Duplicates != 1 || r.UnknownDoc != 1 || r.OutOfRange != 1 || r.Unscored["MISC"] != 1 {
				t.Errorf("duplicates %d unknown %d out of range %d unscored %v", r.Duplicates, r.UnknownDoc, r.OutOfRange, r.Unscored)
			}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(fixture(), parseSys(t, tt.sys))
			if diff := cmp.Diff(tt.byType, r.ByType); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
			if tt.check != nil {
				tt.check(t, r)
			} else {
				var kinds []string
				for _, e := range r.Errors {
					kinds = append(kinds, e.Kind)
				}
				if diff := cmp.Diff(tt.kinds, kinds); diff != "" {
					t.Errorf("error kinds (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func parseSys(t *testing.T, s string) []Mention {
	t.Helper()
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if line != "" {
			b.WriteString(strings.Join(strings.Fields(line), "\t") + "\n")
		}
	}
	ms, err := ReadMentions(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

func TestCounts_Scores(t *testing.T) {
	c := Counts{Gold: 10, System: 8, Correct: 6, Boundary: 1, GoldBoundary: 2}
	near := func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
	if !near(c.P(), 0.75) || !near(c.R(), 0.6) || !near(c.F1(), 2*0.75*0.6/1.35) {
		t.Errorf("P %v R %v F1 %v", c.P(), c.R(), c.F1())
	}
	if p, r := 7.0/8, 8.0/10; !near(c.OverlapF1(), 2*p*r/(p+r)) {
		t.Errorf("overlap F1 %v", c.OverlapF1())
	}
	var zero Counts
	if zero.P() != 0 || zero.R() != 0 || zero.F1() != 0 || zero.OverlapF1() != 0 {
		t.Errorf("empty counts score %v %v %v", zero.P(), zero.R(), zero.F1())
	}
}

func TestReport_WriteTable(t *testing.T) {
	sys := parseSys(t, "d1 0 6 LOC\nd1 7 9 PER\nd1 10 14 ORG\nd1 10 12 LOC\nd3 7 9 PER\nd3 0 2 PER\nd1 15 17 TITLE\nd2 0 2 TITLE")
	set := fixture()
	set.Types = []string{PER, LOC, ORG}
	var b strings.Builder
	if err := Score(set, sys).WriteTable(&b, "test system"); err != nil {
		t.Fatal(err)
	}
	golden(t, "table.golden", b.String())
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

func TestReadMentions(t *testing.T) {
	in := "# comment\nd1\t0\t3\tLOC\t湖南省\n\nd1\t7\t9\tPER\t李\t华\r\nd2\t1\t2\tORG\n"
	ms, err := ReadMentions(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Mention{
		{Doc: "d1", Start: 0, End: 3, Type: LOC, Text: "湖南省"},
		{Doc: "d1", Start: 7, End: 9, Type: PER, Text: "李\t华"},
		{Doc: "d2", Start: 1, End: 2, Type: ORG},
	}
	if diff := cmp.Diff(want, ms); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var b strings.Builder
	if err := WriteMentions(&b, want[:1]); err != nil || b.String() != "d1\t0\t3\tLOC\t湖南省\n" {
		t.Errorf("WriteMentions = %q, %v", b.String(), err)
	}
	for _, bad := range []string{"d1\t0\t3\n", "d1\tx\t3\tLOC\n", "d1\t3\t3\tLOC\n", "d1\t-1\t3\tLOC\n"} {
		if _, err := ReadMentions(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadMentions(%q) succeeded", bad)
		}
	}
}
