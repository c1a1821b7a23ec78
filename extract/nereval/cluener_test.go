package nereval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadCLUENER(t *testing.T) {
	in := `{"text": "王小明任青山公司总经理，家住江城市东湖区花园路8号，常读《李白传》，王小明说。", "label": {"name": {"王小明": [[0, 2], [34, 36]]}, "company": {"青山公司": [[4, 7]]}, "position": {"总经理": [[8, 10]]}, "address": {"江城市东湖区花园路8号": [[14, 24]]}, "book": {"《李白传》": [[28, 32]]}}}

{"text": "游客在白云山看日出", "label": {"scene": {"白云山": [[3, 5]]}}}
`
	s, err := ReadCLUENER(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Docs) != 2 || s.Docs[0].ID != "cluener-0001" || s.Docs[1].ID != "cluener-0003" {
		t.Fatalf("docs %+v, want ids cluener-0001 and cluener-0003 (line numbers)", s.Docs)
	}
	want := []Mention{
		{Start: 0, End: 3, Type: PER, Text: "王小明", Label: "name"},
		{Start: 4, End: 8, Type: ORG, Text: "青山公司", Label: "company"},
		{Start: 8, End: 11, Type: TITLE, Text: "总经理", Label: "position"},
		{Start: 14, End: 25, Type: LOC, Text: "江城市东湖区花园路8号", Label: "address"},
		{Start: 34, End: 37, Type: PER, Text: "王小明", Label: "name"},
	}
	if diff := cmp.Diff(want, s.Docs[0].Gold); diff != "" {
		t.Errorf("gold (-want +got):\n%s", diff)
	}
	wantEx := []Mention{{Start: 28, End: 33, Text: "《李白传》", Label: "book"}}
	if diff := cmp.Diff(wantEx, s.Docs[0].Excluded); diff != "" {
		t.Errorf("excluded (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Mention{{Start: 3, End: 6, Type: LOC, Text: "白云山", Label: "scene"}}, s.Docs[1].Gold); diff != "" {
		t.Errorf("scene (-want +got):\n%s", diff)
	}
}

func TestReadCLUENER_Errors(t *testing.T) {
	tests := map[string]string{
		"unknown label":  `{"text": "张三", "label": {"person": {"张三": [[0, 1]]}}}`,
		"span too long":  `{"text": "张三", "label": {"name": {"张三": [[0, 2]]}}}`,
		"wrong text":     `{"text": "张三李四", "label": {"name": {"张三": [[2, 3]]}}}`,
		"broken json":    `{"text": "张三", "label": `,
		"negative start": `{"text": "张三", "label": {"name": {"张三": [[-1, 1]]}}}`,
	}
	for name, in := range tests {
		if _, err := ReadCLUENER(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%s: err = %v, want an error naming line 1", name, err)
		}
	}
}

func TestCLUENERMap_CoversEveryLabelOnce(t *testing.T) {
	labels := []string{"name", "address", "scene", "government", "organization", "company", "position", "book", "game", "movie"}
	for _, l := range labels {
		_, mapped := CLUENERMap[l]
		excluded := false
		for _, e := range CLUENERExcluded {
			excluded = excluded || e == l
		}
		if mapped == excluded {
			t.Errorf("label %s: mapped %v, excluded %v; want exactly one", l, mapped, excluded)
		}
	}
	if len(CLUENERMap)+len(CLUENERExcluded) != len(labels) {
		t.Errorf("%d mapped + %d excluded labels, want %d", len(CLUENERMap), len(CLUENERExcluded), len(labels))
	}
}

func TestSet_WriteJSONL_RoundTrip(t *testing.T) {
	s, err := ReadMSRA(strings.NewReader(bio("张/B-PER 三/I-PER 好/O", "好/O")))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := s.WriteJSONL(&b); err != nil {
		t.Fatal(err)
	}
	want := `{"id":"msra-0001","text":"张三好","gold":[{"start":0,"end":2,"type":"PER","text":"张三","label":"PER"}]}
{"id":"msra-0002","text":"好","gold":[]}
`
	if b.String() != want {
		t.Errorf("WriteJSONL:\n%s\nwant:\n%s", b.String(), want)
	}
	back, err := ReadJSONL(strings.NewReader(b.String()), "msra", MSRATypes)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s.Docs[0], back.Docs[0]); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
