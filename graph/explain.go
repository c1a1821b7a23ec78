package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/zhkg/zhkg/extract"
)

// Evidence is where one stored fact was read: one article and one sentence.
type Evidence struct {
	Fact      string `json:"fact"`      // the evidence node's IRI
	Subject   string `json:"subject"`   // IRI (or literal text) of the subject
	Predicate string `json:"predicate"` // predicate IRI
	Object    string `json:"object"`    // IRI, or the literal's text
	Article   string `json:"article"`   // article IRI
	Title     string `json:"title"`     // the article's rdfs:label (title or Name#N)
	Name      string `json:"name"`      // document name ("d00")
	Source    string `json:"source"`    // the document's path
	Index     int    `json:"index"`     // article index in the document
	Sentence  string `json:"sentence"`
	Start     int    `json:"start"` // byte offsets of the sentence in the source file
	End       int    `json:"end"`
	Rule      string `json:"rule"`

	// Labels of the subject, the predicate and the object (their
	// rdfs:label; a literal object's text).
	SubjectLabel   string `json:"subject_label"`
	PredicateLabel string `json:"predicate_label"`
	ObjectLabel    string `json:"object_label"`
}

// Explain returns the evidence of the stored facts that match subject,
// predicate and object. subject and object may be a label ("李玉甫"), an
// IRI written "<http://...>" or "http://...", or an entity key
// ("person/李玉甫"); an object may also be a literal's text ("81",
// "哈尔滨片区"). predicate may be a schema name ("职务") or an IRI. An empty
// argument matches anything, but at least one must be given. Results are
// ordered by source, article and offset.
func (s *Store) Explain(ctx context.Context, subject, predicate, object string) ([]Evidence, error) {
	if subject == "" && predicate == "" && object == "" {
		return nil, fmt.Errorf("explain: %w: give a subject, a predicate or an object", ErrQuery)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed || s.h == nil {
		return nil, fmt.Errorf("explain: %w", ErrClosed)
	}
	qs := s.h.QuadStore
	var subs, objs []quad.Value
	var pred quad.Value
	var err error
	if subject != "" {
		if subs, err = s.resolve(ctx, subject, false); err != nil {
			return nil, fmt.Errorf("explain: %w", err)
		}
		if len(subs) == 0 {
			return nil, nil
		}
	}
	if object != "" {
		if objs, err = s.resolve(ctx, object, true); err != nil {
			return nil, fmt.Errorf("explain: %w", err)
		}
		if len(objs) == 0 {
			return nil, nil
		}
	}
	if predicate != "" {
		if iri := PredicateIRI(s.base, extract.Predicate(predicate)); iri != "" {
			pred = quad.IRI(iri)
		} else if v, ok := asIRI(predicate); ok {
			pred = v
		} else {
			return nil, fmt.Errorf("explain: %w: unknown predicate %q", ErrQuery, predicate)
		}
	}
	pSub, pPred, pObj := quad.IRI(s.base+schemaSubject), quad.IRI(s.base+schemaPredicate), quad.IRI(s.base+schemaObject)
	var p *path.Path
	switch {
	case subs != nil:
		p = path.StartPath(qs, subs...).In(pSub)
	case objs != nil:
		p = path.StartPath(qs, objs...).In(pObj)
	default:
		p = path.StartPath(qs, pred).In(pPred)
	}
	if pred != nil {
		p = p.Has(pPred, pred)
	}
	if objs != nil {
		p = p.Has(pObj, objs...)
	}
	facts, err := p.Unique().Iterate(ctx).AllValues(qs)
	if err != nil {
		return nil, fmt.Errorf("explain: %w", err)
	}
	arts := make(map[quad.Value]map[quad.IRI][]quad.Value)
	labels := labelCache{}
	var out []Evidence
	for _, f := range facts {
		props, err := outQuads(ctx, qs, f)
		if err != nil {
			return nil, fmt.Errorf("explain: %w", err)
		}
		get := func(local string) quad.Value { return first(props[quad.IRI(s.base+local)]) }
		ev := Evidence{
			Fact: text(f), Subject: text(get(schemaSubject)), Predicate: text(get(schemaPredicate)),
			Object: text(get(schemaObject)), Sentence: text(get(schemaSentence)), Rule: text(get(schemaRule)),
			Start: number(get(schemaStart)), End: number(get(schemaEnd)),
		}
		ev.SubjectLabel = labels.of(ctx, qs, get(schemaSubject))
		ev.PredicateLabel = labels.of(ctx, qs, get(schemaPredicate))
		ev.ObjectLabel = labels.of(ctx, qs, get(schemaObject))
		if a := get(schemaArticleP); a != nil {
			ev.Article = text(a)
			ap, ok := arts[a]
			if !ok {
				if ap, err = outQuads(ctx, qs, a); err != nil {
					return nil, fmt.Errorf("explain: %w", err)
				}
				arts[a] = ap
			}
			ev.Title = text(first(ap[rdfsLabel]))
			ev.Name = text(first(ap[quad.IRI(s.base+schemaName)]))
			ev.Source = text(first(ap[quad.IRI(s.base+schemaSource)]))
			ev.Index = number(first(ap[quad.IRI(s.base+schemaIndex)]))
		}
		out = append(out, ev)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Index != b.Index {
			return a.Index < b.Index
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.Fact < b.Fact
	})
	return out, nil
}

// resolve finds the nodes (and, with literals, the literal values) that a
// user's string names.
func (s *Store) resolve(ctx context.Context, x string, literals bool) ([]quad.Value, error) {
	if v, ok := asIRI(x); ok {
		return []quad.Value{v}, nil
	}
	if strings.HasPrefix(x, "_:") {
		return []quad.Value{quad.BNode(x[2:])}, nil
	}
	lits := []quad.Value{zh(x), str(x)}
	vals, err := path.StartPath(s.h.QuadStore, lits...).In(quad.IRI(rdfsLabel)).Unique().Iterate(ctx).AllValues(s.h.QuadStore)
	if err != nil {
		return nil, err
	}
	if strings.Contains(x, "/") {
		vals = append(vals, quad.IRI(EntityIRI(s.base, x)))
	}
	if literals {
		vals = append(vals, lits...)
		if n, err := strconv.Atoi(x); err == nil {
			vals = append(vals, quad.Int(n))
		}
	}
	return vals, nil
}

// asIRI recognises "<iri>" and absolute http(s) IRIs.
func asIRI(x string) (quad.IRI, bool) {
	if len(x) > 2 && x[0] == '<' && x[len(x)-1] == '>' {
		return quad.IRI(x[1 : len(x)-1]), true
	}
	if strings.HasPrefix(x, "http://") || strings.HasPrefix(x, "https://") {
		return quad.IRI(x), true
	}
	return "", false
}

// outQuads returns the outgoing edges of node, by predicate.
func outQuads(ctx context.Context, qs cgraph.QuadStore, node quad.Value) (map[quad.IRI][]quad.Value, error) {
	it := shape.FilterQuads([]quad.Value{node}, nil, nil, nil).BuildIterator(qs).Iterate()
	r := cgraph.NewResultReader(qs, it)
	defer r.Close()
	out := make(map[quad.IRI][]quad.Value)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if p, ok := q.Predicate.(quad.IRI); ok {
			out[p] = append(out[p], q.Object)
		}
	}
}

func first(vs []quad.Value) quad.Value {
	if len(vs) == 0 {
		return nil
	}
	return vs[0]
}

// text returns an IRI's string or a literal's lexical text.
func text(v quad.Value) string {
	switch x := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(x)
	case quad.String:
		return string(x)
	case quad.LangString:
		return string(x.Value)
	case quad.TypedString:
		return string(x.Value)
	case quad.Int:
		return strconv.FormatInt(int64(x), 10)
	}
	return v.String()
}

func number(v quad.Value) int {
	switch x := v.(type) {
	case quad.Int:
		return int(x)
	case quad.Float:
		return int(x)
	}
	n, _ := strconv.Atoi(text(v))
	return n
}

// labelCache looks up and remembers the rdfs:label of nodes.
type labelCache map[quad.Value]string

// of returns the label of an IRI node (its text when it has none) or the
// text of a literal.
func (c labelCache) of(ctx context.Context, qs cgraph.QuadStore, v quad.Value) string {
	if v == nil {
		return ""
	}
	if l, ok := c[v]; ok {
		return l
	}
	l := text(v)
	if _, ok := v.(quad.IRI); ok {
		if props, err := outQuads(ctx, qs, v); err == nil {
			if lab := first(props[rdfsLabel]); lab != nil {
				l = text(lab)
			}
		}
	}
	c[v] = l
	return l
}
