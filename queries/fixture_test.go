package queries

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

var update = flag.Bool("update", false, "rewrite testdata/fixture.nq")

const testBase = "http://zhkg.example.org/"

// The fixture is a small graph of invented news facts, written exactly as
// the graph model (notes/graphmodel.md) prescribes: entity IRIs from keys,
// @zh labels, types, provenance labels on every article quad and one
// evidence node per fact.
const fixturePath = "testdata/fixture.nq"

type fxEntity struct {
	key, label, class, code string
	level                   int
}

type fxFact struct {
	s, p, o  string // keys; p is a schema local name
	sentence string
	rule     string
}

type fxArticle struct {
	hash     string
	index    int
	name     string
	title    string
	date     string
	authors  []string
	entities []string // keys mentioned
	facts    []fxFact
}

var fxEntities = []fxEntity{
	{key: "place/510000", label: "四川省", class: "Place", code: "510000", level: 1},
	{key: "place/511900", label: "巴中市", class: "Place", code: "511900", level: 2},
	{key: "place/511921", label: "通江县", class: "Place", code: "511921", level: 3},
	{key: "place/511902", label: "巴州区", class: "Place", code: "511902", level: 3},
	{key: "place/511921104", label: "诺水河镇", class: "Place", code: "511921104", level: 4},
	{key: "org/通江县农业农村局", label: "通江县农业农村局", class: "Organization"},
	{key: "person/张明", label: "张明", class: "Person"},
	{key: "person/李华", label: "李华", class: "Person"},
	{key: "person/王芳", label: "王芳", class: "Person"},
	{key: "person/赵强", label: "赵强", class: "Person"},
	{key: "person/陈红", label: "陈红", class: "Person"},
	{key: "title/县委书记", label: "县委书记", class: "Title"},
	{key: "title/市委常委", label: "市委常委", class: "Title"},
	{key: "title/镇长", label: "镇长", class: "Title"},
	{key: "title/局长", label: "局长", class: "Title"},
	{key: "title/区长", label: "区长", class: "Title"},
	{key: "title/记者", label: "记者", class: "Title"},
	{key: "product/银耳", label: "银耳", class: "Product"},
	{key: "product/茶叶", label: "茶叶", class: "Product"},
}

// Sentences are written for this test; they quote no real article.
var fxArticles = []fxArticle{
	{
		hash: "0123456789abcdef", index: 0, name: "t01", title: "银耳产业调研", date: "2024-03-01",
		authors:  []string{"person/陈红"},
		entities: []string{"place/511921", "place/511900", "person/张明", "person/王芳", "org/通江县农业农村局", "product/银耳", "product/茶叶", "person/陈红"},
		facts: []fxFact{
			{"person/张明", "post", "title/县委书记", "县委书记张明来到通江县的银耳基地。", "title-before-name"},
			{"person/张明", "worksAt", "place/511921", "县委书记张明来到通江县的银耳基地。", "title-before-name"},
			{"person/王芳", "post", "title/局长", "通江县农业农村局局长王芳介绍了茶叶种植情况。", "org-title-name"},
			{"person/王芳", "worksAt", "org/通江县农业农村局", "通江县农业农村局局长王芳介绍了茶叶种植情况。", "org-title-name"},
			{"org/通江县农业农村局", "locatedIn", "place/511921", "通江县农业农村局局长王芳介绍了茶叶种植情况。", "org-prefix"},
			{"place/511921", "industry", "product/银耳", "通江县把银耳作为主导产业。", "industry"},
			{"place/511921", "industry", "product/茶叶", "通江县的茶叶也在扩大种植。", "industry"},
			{"person/陈红", "post", "title/记者", "记者陈红报道。", "byline"},
			{"place/511921", "locatedIn", "place/511900", "", "division"},
			{"place/511900", "locatedIn", "place/510000", "", "division"},
		},
	},
	{
		hash: "0123456789abcdef", index: 1, name: "t01", title: "乡镇换届", date: "2024-04-15",
		entities: []string{"place/511921104", "place/511902", "person/李华", "person/赵强"},
		facts: []fxFact{
			{"person/李华", "post", "title/镇长", "诺水河镇镇长李华主持会议。", "place-title-name"},
			{"person/李华", "worksAt", "place/511921104", "诺水河镇镇长李华主持会议。", "place-title-name"},
			{"person/赵强", "post", "title/区长", "巴州区区长赵强出席。", "place-title-name"},
			{"person/赵强", "worksAt", "place/511902", "巴州区区长赵强出席。", "place-title-name"},
			{"place/511921104", "locatedIn", "place/511921", "", "division"},
			{"place/511921", "locatedIn", "place/511900", "", "division"},
			{"place/511902", "locatedIn", "place/511900", "", "division"},
			{"place/511900", "locatedIn", "place/510000", "", "division"},
		},
	},
	{
		hash: "fedcba9876543210", index: 0, name: "t02", title: "市委常委会议", date: "2025-01-10",
		entities: []string{"place/511900", "person/张明"},
		facts: []fxFact{
			{"person/张明", "post", "title/市委常委", "巴中市委常委张明出席会议。", "place-title-name"},
			{"person/张明", "worksAt", "place/511900", "巴中市委常委张明出席会议。", "place-title-name"},
			{"place/511900", "locatedIn", "place/510000", "", "division"},
		},
	},
}

var predLabels = map[string]string{
	"post": "职务", "worksAt": "任职于", "locatedIn": "位于", "industry": "产业", "author": "作者",
}

const (
	rdfType   = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
	rdfsLabel = quad.IRI("http://www.w3.org/2000/01/rdf-schema#label")
	rdfProp   = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#Property")
	xsdInt    = quad.IRI("http://www.w3.org/2001/XMLSchema#integer")
)

func iri(key string) quad.IRI     { return quad.IRI(testBase + key) }
func schema(l string) quad.IRI    { return quad.IRI(testBase + "schema/" + l) }
func zh(s string) quad.LangString { return quad.LangString{Value: quad.String(s), Lang: "zh"} }
func xint(n int) quad.TypedString {
	return quad.TypedString{Value: quad.String(itoa(n)), Type: xsdInt}
}

func itoa(n int) string { return strconv.Itoa(n) }

// buildFixture returns the fixture's quads in a fixed order.
func buildFixture() []quad.Quad {
	var qs []quad.Quad
	add := func(s quad.IRI, p quad.IRI, o quad.Value, label quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
	}
	byKey := map[string]fxEntity{}
	for _, e := range fxEntities {
		byKey[e.key] = e
	}
	classLabels := map[string]string{"Person": "人物", "Place": "地点", "Organization": "机构", "Title": "职务", "Product": "产品", "Article": "文章"}
	for _, c := range []string{"Article", "Organization", "Person", "Place", "Product", "Title"} {
		add(schema(c), rdfsLabel, zh(classLabels[c]), nil)
	}
	for _, p := range []string{"author", "industry", "locatedIn", "post", "worksAt"} {
		add(schema(p), rdfsLabel, zh(predLabels[p]), nil)
		add(schema(p), rdfType, rdfProp, nil)
	}
	for _, a := range fxArticles {
		art := iri("article/" + a.hash + "/" + itoa(a.index))
		add(art, rdfType, schema("Article"), art)
		add(art, rdfsLabel, zh(a.title), art)
		add(art, schema("name"), quad.String(a.name), art)
		add(art, schema("source"), quad.String("news/"+a.name+".txt"), art)
		add(art, schema("index"), xint(a.index), art)
		add(art, schema("title"), zh(a.title), art)
		add(art, schema("date"), quad.String(a.date), art)
		for _, au := range a.authors {
			add(art, schema("author"), iri(au), art)
		}
		seen := map[string]bool{}
		entity := func(key string) {
			if seen[key] {
				return
			}
			seen[key] = true
			e := byKey[key]
			add(iri(key), rdfsLabel, zh(e.label), art)
			add(iri(key), rdfType, schema(e.class), art)
			if e.code != "" {
				add(iri(key), schema("code"), quad.String(e.code), art)
				add(iri(key), schema("level"), xint(e.level), art)
			}
		}
		for _, k := range a.entities {
			entity(k)
			add(art, schema("mentions"), iri(k), art)
		}
		for _, f := range a.facts {
			entity(f.s)
			entity(f.o)
			add(iri(f.s), schema(f.p), iri(f.o), art)
			if f.sentence == "" {
				continue
			}
			sum := sha256.Sum256([]byte(string(art) + "|" + string(iri(f.s)) + "|" + string(schema(f.p)) + "|" + string(iri(f.o))))
			fact := iri("fact/" + hex.EncodeToString(sum[:])[:16])
			add(fact, schema("subject"), iri(f.s), art)
			add(fact, schema("predicate"), schema(f.p), art)
			add(fact, schema("object"), iri(f.o), art)
			add(fact, schema("article"), art, art)
			add(fact, schema("sentence"), zh(f.sentence), art)
			add(fact, schema("start"), xint(0), art)
			add(fact, schema("end"), xint(len(f.sentence)), art)
			add(fact, schema("rule"), quad.String(f.rule), art)
		}
	}
	return qs
}

func fixtureBytes(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := nquads.NewWriter(&buf)
	if _, err := w.WriteQuads(buildFixture()); err != nil {
		t.Fatalf("write fixture: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatalf("close fixture writer: %v", err)
	}
	return buf.Bytes()
}

// TestFixture keeps testdata/fixture.nq in step with buildFixture
// (go test ./queries -run TestFixture -update rewrites it).
func TestFixture(t *testing.T) {
	want := fixtureBytes(t)
	if *update {
		if err := os.MkdirAll(filepath.Dir(fixturePath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(fixturePath, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(fixturePath)
	if err != nil {
		t.Fatalf("read fixture (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale; run go test ./queries -run TestFixture -update", fixturePath)
	}
}
