package graph

import (
	"bytes"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/zhkg/zhkg/extract"
)

// FuzzNQuadsRoundTrip builds an article from arbitrary strings, renders it
// as N-Quads and parses it back: the quads must come back unchanged and
// every IRI must be a valid N-Quads IRIREF.
func FuzzNQuadsRoundTrip(f *testing.F) {
	f.Add("张明远", "县委书记", "哈尔滨片区", "县委书记张明远到村里调研。", "post", "d00")
	f.Add("a b<c>", "\"quoted\" \\ tab\t", "line\nbreak\r", "\x00\x01\x7f", "rule with space", "名 字")
	f.Add("\xff\xfe", "%41%", "{}|^`", "\u2028\ufffe", "", "")
	f.Fuzz(func(t *testing.T, name, title, short, sentence, rule, docName string) {
		text := "前言。" + sentence + "后记。"
		ev := extract.Span{Start: len("前言。"), End: len("前言。") + len(sentence)}
		key := "person/" + name
		d := &extract.Doc{ID: docName, Name: docName, Index: 0, Title: title, Text: text,
			Entities: []extract.Entity{{Key: key, Type: extract.Person, Label: name}, {Key: "org/" + short, Type: extract.Org, Label: short}},
			Triples: []extract.Triple{
				{Subject: key, Predicate: extract.PostOf, Object: title, Literal: true, Evidence: ev, Rule: rule},
				{Subject: key, Predicate: extract.WorksAt, Object: "org/" + short, Evidence: ev, Rule: rule},
				{Subject: "org/" + short, Predicate: extract.ShortName, Object: short, Literal: true, Evidence: ev, Rule: rule},
				{Subject: key, Predicate: extract.Age, Object: "81", Literal: true, Evidence: ev, Rule: rule},
			}}
		src := Source{Path: "in/" + docName, Hash: HashBytes([]byte(text)), Docs: []*extract.Doc{d}}
		var buf bytes.Buffer
		if err := WriteNQuads(&buf, DefaultBase, src); err != nil {
			t.Fatal(err)
		}
		got := parseNQuads(t, buf.Bytes())
		want := quads(DefaultBase, src)
		if d := setOf(got).diff(setOf(want)); d != "" {
			t.Fatalf("round trip:\n%s\n--- written:\n%s", d, buf.String())
		}
		if len(got) != len(want) {
			t.Fatalf("wrote %d quads, read %d", len(want), len(got))
		}
		for _, q := range got {
			for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
				iri, ok := v.(quad.IRI)
				if !ok {
					continue
				}
				if i := strings.IndexFunc(string(iri), func(r rune) bool {
					return r <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", r)
				}); i >= 0 {
					t.Fatalf("IRI %q has a forbidden character at %d", iri, i)
				}
			}
			if _, ok := q.Subject.(quad.IRI); !ok {
				t.Fatalf("subject %#v is not an IRI", q.Subject)
			}
			if _, ok := q.Label.(quad.IRI); !ok {
				t.Fatalf("label %#v is not an IRI", q.Label)
			}
		}
	})
}
