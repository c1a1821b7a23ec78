package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/zhkg/zhkg/extract"
)

// Source is one input document and the articles processed from it.
type Source struct {
	Path string         // the document's path; the key under which it is stored
	Hash string         // sha256 hex of the file bytes (see HashBytes)
	Docs []*extract.Doc // its processed articles
}

// HashBytes returns the sha256 hex digest of b, the value expected in Source.Hash.
func HashBytes(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func (src Source) validate() error {
	if src.Path == "" {
		return fmt.Errorf("source: %w: empty path", ErrBadSource)
	}
	if len(src.Hash) < 16 {
		return fmt.Errorf("source %q: %w: hash %q is shorter than 16 hex digits", src.Path, ErrBadSource, src.Hash)
	}
	return nil
}

// ArticleIRI returns the IRI of the index-th article of the document whose
// bytes hash to hash: base + "article/" + hash[:16] + "/" + index.
func ArticleIRI(base, hash string, index int) string {
	if len(hash) > 16 {
		hash = hash[:16]
	}
	return NormalizeBase(base) + "article/" + escapeIRI(hash) + "/" + strconv.Itoa(index)
}

// classOf returns the class local name and its Chinese label for a type.
func classOf(t extract.Type) (string, string) {
	switch t {
	case extract.Person:
		return schemaPerson, "人物"
	case extract.Place:
		return schemaPlace, "地点"
	case extract.Org:
		return schemaOrg, "机构"
	}
	return "", ""
}

// typeOfKey guesses an entity type from its key prefix.
func typeOfKey(key string) extract.Type {
	switch {
	case strings.HasPrefix(key, "person/"):
		return extract.Person
	case strings.HasPrefix(key, "place/"):
		return extract.Place
	case strings.HasPrefix(key, "org/"):
		return extract.Org
	}
	return ""
}

var (
	reDate   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	reDigits = regexp.MustCompile(`^\d+$`)
)

// builder accumulates the quads of one article without duplicates.
type builder struct {
	base    string
	label   quad.IRI
	seen    map[quad.Quad]struct{}
	out     []quad.Quad
	classes map[string]bool
	preds   map[extract.Predicate]bool
}

func (b *builder) iri(local string) quad.IRI { return quad.IRI(b.base + local) }

func (b *builder) add(s quad.Value, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	if _, ok := b.seen[q]; ok {
		return
	}
	b.seen[q] = struct{}{}
	b.out = append(b.out, q)
}

// class adds an rdf:type quad and, once per article, the class's label.
func (b *builder) class(node quad.Value, local, label string) {
	cls := b.iri(local)
	b.add(node, rdfType, cls)
	if !b.classes[local] {
		b.classes[local] = true
		b.add(cls, rdfsLabel, zh(label))
	}
}

// entity adds the label and type quads of an entity node.
func (b *builder) entity(e extract.Entity) quad.IRI {
	n := quad.IRI(EntityIRI(b.base, e.Key))
	t := e.Type
	if t == "" {
		t = typeOfKey(e.Key)
	}
	if e.Label != "" {
		b.add(n, rdfsLabel, zh(e.Label))
	}
	if local, label := classOf(t); local != "" {
		b.class(n, local, label)
	}
	if e.Code != "" {
		b.add(n, b.iri(schemaCode), str(e.Code))
		if lv := extract.DivisionLevel(e.Code); lv > 0 {
			b.add(n, b.iri(schemaLevel), quad.Int(lv))
		}
	}
	return n
}

// node returns the node for an entity key, adding its label and type from
// the document's entity list, or guessed from the key when it is missing.
func (b *builder) node(d *extract.Doc, key string, art quad.IRI) quad.Value {
	if key == extract.ArticleSubject {
		return art
	}
	if e := d.Entity(key); e != nil {
		return b.entity(*e)
	}
	e := extract.Entity{Key: key, Type: typeOfKey(key)}
	if i := strings.IndexByte(key, '/'); i >= 0 && e.Type != "" && !reDigits.MatchString(key[i+1:]) {
		e.Label = key[i+1:]
	}
	return b.entity(e)
}

// object resolves the object of a triple.
func (b *builder) object(d *extract.Doc, t extract.Triple, art quad.IRI) quad.Value {
	if !t.Literal {
		return b.node(d, t.Object, art)
	}
	switch t.Predicate {
	case extract.PostOf:
		n := quad.IRI(EntityIRI(b.base, "title/"+t.Object))
		b.add(n, rdfsLabel, zh(t.Object))
		b.class(n, schemaTitle, "职务名称")
		return n
	case extract.Industry:
		n := quad.IRI(EntityIRI(b.base, "product/"+t.Object))
		b.add(n, rdfsLabel, zh(t.Object))
		b.class(n, schemaProduct, "产品")
		return n
	case extract.Age:
		if reDigits.MatchString(t.Object) && len(t.Object) < 10 {
			n, _ := strconv.Atoi(t.Object)
			return quad.Int(n)
		}
	case extract.TypeOf:
		for _, typ := range []extract.Type{extract.Person, extract.Place, extract.Org} {
			if t.Object == typ.Label() || t.Object == string(typ) {
				local, _ := classOf(typ)
				return b.iri(local)
			}
		}
	}
	return zh(t.Object)
}

// span returns d.Text[sp] when sp is a valid range, or "".
func span(d *extract.Doc, sp extract.Span) string {
	if sp.Start < 0 || sp.End > len(d.Text) || sp.Start >= sp.End {
		return ""
	}
	return d.Text[sp.Start:sp.End]
}

// factIRI returns the evidence node of (s, p, o) in an article.
func factIRI(base string, art quad.IRI, s quad.Value, p quad.IRI, o quad.Value) quad.IRI {
	h := sha256.Sum256([]byte(string(art) + "|" + s.String() + "|" + p.String() + "|" + o.String()))
	return quad.IRI(base + "fact/" + hex.EncodeToString(h[:8]))
}

// articleQuads returns the quads of one article, every one labelled with
// the article's IRI (see graphmodel in doc.go).
func articleQuads(base string, src Source, d *extract.Doc) []quad.Quad {
	art := quad.IRI(ArticleIRI(base, src.Hash, d.Index))
	b := &builder{base: base, label: art, seen: make(map[quad.Quad]struct{}),
		classes: make(map[string]bool), preds: make(map[extract.Predicate]bool)}

	b.class(art, schemaArticle, "文章")
	title := d.Title
	if title == "" {
		title = d.ID
	}
	if title == "" {
		title = d.Name + "#" + strconv.Itoa(d.Index+1)
	}
	b.add(art, rdfsLabel, zh(title))
	b.add(art, b.iri(schemaName), str(d.Name))
	b.add(art, b.iri(schemaSource), str(src.Path))
	b.add(art, b.iri(schemaIndex), quad.Int(d.Index))
	if d.Title != "" {
		b.add(art, b.iri(schemaTitleP), zh(d.Title))
	}
	if d.Date != "" {
		if reDate.MatchString(d.Date) {
			b.add(art, b.iri(schemaDate), quad.TypedString{Value: quad.String(d.Date), Type: xsdDate})
		} else {
			b.add(art, b.iri(schemaDate), str(d.Date))
		}
	}
	b.add(art, b.iri(schemaHash), str(src.Hash))
	b.preds[extract.TypeOf] = true

	for _, e := range d.Entities {
		n := b.entity(e)
		b.add(art, b.iri(schemaMentions), n)
	}

	for _, t := range d.Triples {
		pi := PredicateIRI(base, t.Predicate)
		if pi == "" {
			continue
		}
		p := quad.IRI(pi)
		s := b.node(d, t.Subject, art)
		o := b.object(d, t, art)
		b.add(s, p, o)
		b.preds[t.Predicate] = true

		f := factIRI(base, art, s, p, o)
		b.add(f, b.iri(schemaSubject), s)
		b.add(f, b.iri(schemaPredicate), p)
		b.add(f, b.iri(schemaObject), o)
		b.add(f, b.iri(schemaArticleP), art)
		if sent := span(d, t.Evidence); sent != "" {
			b.add(f, b.iri(schemaSentence), zh(sent))
			b.add(f, b.iri(schemaStart), quad.Int(d.SourceOffset(t.Evidence.Start)))
			b.add(f, b.iri(schemaEnd), quad.Int(d.SourceOffset(t.Evidence.End)))
		}
		if t.Rule != "" {
			b.add(f, b.iri(schemaRule), str(t.Rule))
		}
	}

	for _, p := range extract.Predicates {
		if b.preds[p] {
			pi := quad.IRI(PredicateIRI(base, p))
			b.add(pi, rdfsLabel, zh(string(p)))
			b.add(pi, rdfType, quad.IRI(rdfProperty))
		}
	}
	return b.out
}

// quads converts a processed document into quads following the graph
// model. The same Source always gives the same quads in the same order.
func quads(base string, src Source) []quad.Quad {
	base = NormalizeBase(base)
	var out []quad.Quad
	for _, d := range src.Docs {
		if d == nil {
			continue
		}
		out = append(out, articleQuads(base, src, d)...)
	}
	return out
}
