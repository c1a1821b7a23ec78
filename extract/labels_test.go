package extract

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// labelDoc is an article of page name with one person, mentioned, who
// holds post.
func labelDoc(name, id, person, post string) *Doc {
	return &Doc{
		ID: id, Name: name, Text: person + post,
		Mentions: []Mention{{Span: Span{Start: 0, End: len(person)}, Type: Person, Text: person, Key: "p:" + person}},
		Entities: []Entity{{Key: "p:" + person, Type: Person, Label: person}},
		Triples:  []Triple{{Subject: "p:" + person, Predicate: PostOf, Object: post, Literal: true}},
	}
}

func TestWriteTSV(t *testing.T) {
	tests := []struct {
		name string
		docs []*Doc
		want string
	}{
		{
			name: "one article",
			docs: []*Doc{labelDoc("p1", "p1", "韩立新", "镇长")},
			want: "p1\t韩立新\t类型\t人物\np1\t韩立新\t职务\t镇长\n",
		},
		{
			// two articles of one page naming the same person: rows once
			name: "rows repeated across the articles of a page",
			docs: []*Doc{labelDoc("p2", "p2#1", "韩立新", "镇长"), labelDoc("p2", "p2#2", "韩立新", "镇长")},
			want: "p2\t韩立新\t类型\t人物\np2\t韩立新\t职务\t镇长\n",
		},
		{
			name: "a tab or line break inside a field",
			docs: []*Doc{labelDoc("p3", "p3", "韩立新", "副\t镇长\n")},
			want: "p3\t韩立新\t类型\t人物\np3\t韩立新\t职务\t副 镇长 \n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteTSV(&buf, tt.docs); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, buf.String()); diff != "" {
				t.Errorf("WriteTSV (-want +got):\n%s", diff)
			}
		})
	}
}

// A caller's bufio.Writer is written to, not flushed for each document:
// zhkg extract writes every document through one buffer.
func TestWriteTSV_CallersBuffer(t *testing.T) {
	var buf bytes.Buffer
	bw := bufio.NewWriterSize(&buf, 1<<16)
	for i := range 3 {
		if err := WriteTSV(bw, []*Doc{labelDoc("p", "p", "韩立新", "镇长")}); err != nil {
			t.Fatal(err)
		}
		if buf.Len() != 0 {
			t.Fatalf("document %d: %d bytes flushed before the caller flushed", i, buf.Len())
		}
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "p\t韩立新\t类型\t人物\np\t韩立新\t职务\t镇长\n"
	if got := buf.String(); got != want+want+want {
		t.Errorf("got %q", got)
	}
}

// A division named only inside an organization's name is no mention, and
// its chain of parents is not written either; the chain of a division the
// article mentions, or states a fact of, is.
func TestLabelView_ChainOfMentionedDivisions(t *testing.T) {
	text := "南京土壤研究所专家来到东海县。"
	d := &Doc{ID: "d", Name: "d", Text: text,
		Mentions: []Mention{
			{Span: Span{Start: 0, End: 21}, Type: Org, Text: "南京土壤研究所", Key: "org/南京土壤研究所"},
			{Span: Span{Start: 0, End: 6}, Type: Place, Text: "南京", Key: "place/320100"},
			{Span: Span{Start: 33, End: 42}, Type: Place, Text: "东海县", Key: "place/320722"},
		},
		Entities: []Entity{
			{Key: "org/南京土壤研究所", Type: Org, Label: "南京土壤研究所"},
			{Key: "place/320100", Type: Place, Label: "南京市", Code: "320100"},
			{Key: "place/320000", Type: Place, Label: "江苏省", Code: "320000"},
			{Key: "place/320722", Type: Place, Label: "东海县", Code: "320722"},
			{Key: "place/320700", Type: Place, Label: "连云港市", Code: "320700"},
		},
		Triples: []Triple{
			{Subject: "place/320100", Predicate: LocatedIn, Object: "place/320000", Rule: RuleChain},
			{Subject: "place/320722", Predicate: LocatedIn, Object: "place/320700", Rule: RuleChain},
			{Subject: "place/320700", Predicate: LocatedIn, Object: "place/320000", Rule: RuleChain},
		},
	}
	got := map[string]bool{}
	for _, r := range LabelView(d) {
		got[r[1]+" "+r[2]+" "+r[3]] = true
	}
	for _, w := range []string{"东海县 位于 连云港市", "连云港市 位于 江苏省", "南京土壤研究所 类型 机构", "东海县 类型 地点"} {
		if !got[w] {
			t.Errorf("missing %s", w)
		}
	}
	for _, n := range []string{"南京市 位于 江苏省", "南京市 类型 地点"} {
		if got[n] {
			t.Errorf("unexpected %s", n)
		}
	}
	// a fact of it makes it needed: the organization 位于 南京市
	d.Triples = append(d.Triples, Triple{Subject: "org/南京土壤研究所", Predicate: LocatedIn, Object: "place/320100", Rule: "relate.located"})
	got = map[string]bool{}
	for _, r := range LabelView(d) {
		got[r[1]+" "+r[2]+" "+r[3]] = true
	}
	if !got["南京市 位于 江苏省"] {
		t.Error("missing 南京市 位于 江苏省 once a fact names 南京市")
	}
}
