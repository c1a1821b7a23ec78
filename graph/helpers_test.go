package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/zhkg/zhkg/extract"
)

// sent returns the span of the first occurrence of sub in text.
func sent(tb testing.TB, text, sub string) extract.Span {
	tb.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		tb.Fatalf("%q not in text", sub)
	}
	return extract.Span{Start: i, End: i + len(sub)}
}

// docA builds the first test article. With dropAge, the age fact and the
// shared post fact are left out (a changed version of the same file).
func docA(tb testing.TB, changed bool) Source {
	tb.Helper()
	s1 := "青川县委书记张明远近日到乔庄镇调研茶叶产业。"
	s2 := "72岁的村民王秀兰家住乔庄镇。"
	s3 := "（记者 李华）"
	text := "本报讯 " + s1 + s2 + s3
	if changed {
		text = "本报讯 " + s1 + s3
	}
	d := &extract.Doc{ID: "a01", Name: "a01", Source: "news/a01.txt", Index: 0, Title: "青川调研茶叶产业", Date: "2024-05-06", Text: text,
		Entities: []extract.Entity{
			{Key: "place/510822", Type: extract.Place, Label: "青川县", Code: "510822"},
			{Key: "place/510800", Type: extract.Place, Label: "广元市", Code: "510800"},
			{Key: "person/张明远", Type: extract.Person, Label: "张明远"},
			{Key: "place/乔庄镇", Type: extract.Place, Label: "乔庄镇"},
			{Key: "person/李华", Type: extract.Person, Label: "李华"},
		}}
	e1 := sent(tb, text, s1)
	d.Triples = []extract.Triple{
		{Subject: "person/张明远", Predicate: extract.WorksAt, Object: "place/510822", Evidence: e1, Rule: "post-place"},
		{Subject: "place/510822", Predicate: extract.LocatedIn, Object: "place/510800", Evidence: e1, Rule: "division-parent"},
		{Subject: "place/510822", Predicate: extract.Industry, Object: "茶叶", Literal: true, Evidence: e1, Rule: "industry"},
		{Subject: extract.ArticleSubject, Predicate: extract.AuthoredBy, Object: "person/李华", Evidence: sent(tb, text, s3), Rule: "byline"},
	}
	if !changed {
		d.Entities = append(d.Entities, extract.Entity{Key: "person/王秀兰", Type: extract.Person, Label: "王秀兰"})
		e2 := sent(tb, text, s2)
		d.Triples = append(d.Triples,
			extract.Triple{Subject: "person/张明远", Predicate: extract.PostOf, Object: "县委书记", Literal: true, Evidence: e1, Rule: "post"},
			extract.Triple{Subject: "person/王秀兰", Predicate: extract.Age, Object: "72", Literal: true, Evidence: e2, Rule: "age"},
			extract.Triple{Subject: "person/王秀兰", Predicate: extract.LivesIn, Object: "place/乔庄镇", Evidence: e2, Rule: "lives-in"},
		)
	}
	return Source{Path: "news/a01.txt", Hash: HashBytes([]byte(text)), Docs: []*extract.Doc{d}}
}

// docB builds a second document with two articles; its first article
// shares the fact (张明远, 职务, 县委书记) with docA.
func docB(tb testing.TB) Source {
	tb.Helper()
	s1 := "会上，县委书记张明远强调要做好防汛工作。"
	s2 := "广元市林业局发布消息，以下简称市林业局。"
	t1 := "青川召开防汛会议\n" + s1
	t2 := s2
	raw := t1 + "\n\n" + t2
	d1 := &extract.Doc{ID: "b02#1", Name: "b02", Source: "news/b02.txt", Index: 0, Title: "青川召开防汛会议", Text: t1,
		Entities: []extract.Entity{{Key: "person/张明远", Type: extract.Person, Label: "张明远"}},
		Triples: []extract.Triple{
			{Subject: "person/张明远", Predicate: extract.PostOf, Object: "县委书记", Literal: true, Evidence: sent(tb, t1, s1), Rule: "post"},
		}}
	off := len(t1) + 2
	d2 := &extract.Doc{ID: "b02#2", Name: "b02", Source: "news/b02.txt", Index: 1, Text: t2,
		Origin: []int{off}, OriginAt: []int{0},
		Entities: []extract.Entity{
			{Key: "org/广元市林业局", Type: extract.Org, Label: "广元市林业局"},
			{Key: "place/510800", Type: extract.Place, Label: "广元市", Code: "510800"},
		},
		Triples: []extract.Triple{
			{Subject: "org/广元市林业局", Predicate: extract.ShortName, Object: "市林业局", Literal: true, Evidence: sent(tb, t2, s2), Rule: "short-name"},
			{Subject: "org/广元市林业局", Predicate: extract.LocatedIn, Object: "place/510800", Evidence: sent(tb, t2, s2), Rule: "org-place"},
		}}
	return Source{Path: "news/b02.txt", Hash: HashBytes([]byte(raw)), Docs: []*extract.Doc{d1, d2}}
}

// mustOpen opens a store of the given backend in a fresh directory.
func mustOpen(tb testing.TB, backend string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), Options{Backend: backend, Path: filepath.Join(tb.TempDir(), "db")})
	if err != nil {
		tb.Fatalf("Open %s: %v", backend, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func mustPut(tb testing.TB, s *Store, srcs ...Source) []PutResult {
	tb.Helper()
	res, err := s.PutMany(context.Background(), srcs)
	if err != nil {
		tb.Fatalf("PutMany: %v", err)
	}
	return res
}

// quadSet is a set of quads keyed by their N-Quads text.
type quadSet map[string]bool

func setOf(qs []quad.Quad) quadSet {
	m := make(quadSet, len(qs))
	for _, q := range qs {
		m[q.NQuad()] = true
	}
	return m
}

func (m quadSet) diff(o quadSet) string {
	var only1, only2 []string
	for k := range m {
		if !o[k] {
			only1 = append(only1, k)
		}
	}
	for k := range o {
		if !m[k] {
			only2 = append(only2, k)
		}
	}
	if len(only1)+len(only2) == 0 {
		return ""
	}
	sort.Strings(only1)
	sort.Strings(only2)
	return fmt.Sprintf("only in got (%d):\n%s\nonly in want (%d):\n%s", len(only1), strings.Join(only1, "\n"),
		len(only2), strings.Join(only2, "\n"))
}

// expected returns the set of quads the store should hold for srcs.
func expected(base string, srcs ...Source) quadSet {
	m := make(quadSet)
	for _, src := range srcs {
		for k := range setOf(quads(base, src)) {
			m[k] = true
		}
	}
	return m
}

func parseNQuads(tb testing.TB, b []byte) []quad.Quad {
	tb.Helper()
	r := nquads.NewReader(bytes.NewReader(b), false)
	var out []quad.Quad
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			tb.Fatalf("parse N-Quads: %v\n%s", err, b)
		}
		out = append(out, q)
	}
}

// exported returns the store's quads, read back from its N-Quads export.
func exported(tb testing.TB, s *Store) quadSet {
	tb.Helper()
	var buf bytes.Buffer
	n, err := s.Export(context.Background(), &buf, "nquads")
	if err != nil {
		tb.Fatalf("Export: %v", err)
	}
	qs := parseNQuads(tb, buf.Bytes())
	if n != len(qs) {
		tb.Fatalf("Export said %d quads, wrote %d", n, len(qs))
	}
	return setOf(qs)
}

func TestMain(m *testing.M) {
	if dir := os.Getenv("ZHKG_GRAPH_HOLD_LOCK"); dir != "" {
		os.Exit(holdLock(dir))
	}
	os.Exit(m.Run())
}

// holdLock is the child process of TestOpen_Locked: it opens the store,
// says so, and keeps it open until its stdin is closed.
func holdLock(dir string) int {
	s, err := Open(context.Background(), Options{Backend: "bolt", Path: dir})
	if err != nil {
		fmt.Println("error:", err)
		return 1
	}
	fmt.Println("locked")
	io.Copy(io.Discard, os.Stdin)
	s.Close()
	return 0
}
