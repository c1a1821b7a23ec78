package nereval

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPOSType(t *testing.T) {
	for pos, want := range map[string]string{"nr": PER, "nrfg": PER, "nrt": PER, "ns": LOC, "nt": ORG, "n": "", "nz": "", "x": "", "": ""} {
		if got := POSType(pos); got != want {
			t.Errorf("POSType(%q) = %q, want %q", pos, got, want)
		}
	}
}

func TestWordMentions(t *testing.T) {
	text := "ａ张三在长沙市开会"
	// byte offsets: ａ 0-3, 张三 3-9, 在 9-12, 长沙市 12-21, 开会 21-27
	words := []Word{{0, 3, "x"}, {3, 9, "nr"}, {9, 12, "p"}, {12, 21, "ns"}, {21, 27, "v"}, {30, 33, "ns"}}
	want := []Mention{
		{Start: 1, End: 3, Type: PER, Text: "张三"},
		{Start: 4, End: 7, Type: LOC, Text: "长沙市"},
	}
	if diff := cmp.Diff(want, WordMentions(text, words)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

type fakeTagger map[string][]Mention

func (f fakeTagger) Tag(text string) []Mention { return f[text] }

func TestRun(t *testing.T) {
	set := &Set{Docs: []Document{{ID: "a", Text: "x"}, {ID: "b", Text: "y"}}}
	got := Run(fakeTagger{"y": {{Start: 0, End: 1, Type: LOC}}}, set)
	if diff := cmp.Diff([]Mention{{Doc: "b", Start: 0, End: 1, Type: LOC}}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestGSE loads gse's stock dictionary (about two seconds).
func TestGSE(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's dictionary")
	}
	g, err := NewGSE()
	if err != nil {
		t.Fatal(err)
	}
	// gse v0.80.3's zh_s has both names as words, tagged nt and ns.
	text := "今天北京市政府在天安门广场召开会议"
	want := []Mention{
		{Start: 2, End: 7, Type: ORG, Text: "北京市政府"},
		{Start: 8, End: 13, Type: LOC, Text: "天安门广场"},
	}
	if diff := cmp.Diff(want, g.Tag(text)); diff != "" {
		t.Errorf("gse on %q (-want +got):\n%s", text, diff)
	}
}
