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
