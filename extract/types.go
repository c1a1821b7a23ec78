package extract

import (
	"cmp"
	"context"
	"fmt"
	"sort"
)

// Span is the half-open byte range [Start, End) of a Doc's Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Type is the kind of a mention or an entity.
type Type string

// Mention and entity types. The first three are the entity types of the
// schema; Title marks a post (职务) mention.
const (
	Person Type = "PER"
	Place  Type = "LOC"
	Org    Type = "ORG"
	Title  Type = "TITLE"
)

// Label returns the Chinese name of an entity type as used by the schema's
// 类型 predicate (人物, 地点, 机构), or "" for a type that is not an entity.
func (t Type) Label() string {
	switch t {
	case Person:
		return "人物"
	case Place:
		return "地点"
	case Org:
		return "机构"
	}
	return ""
}

// Predicate is a relation of the schema, named by its Chinese label.
type Predicate string

// The predicates of the schema (see the extraction guide).
const (
	TypeOf     Predicate = "类型"
	PostOf     Predicate = "职务"
	WorksAt    Predicate = "任职于"
	LocatedIn  Predicate = "位于"
	PartOf     Predicate = "隶属"
	Industry   Predicate = "产业"
	ShortName  Predicate = "简称"
	LivesIn    Predicate = "居住于"
	Age        Predicate = "年龄"
	AuthoredBy Predicate = "作者"
)

// Predicates lists the schema's predicates in a fixed order.
var Predicates = []Predicate{TypeOf, PostOf, WorksAt, LocatedIn, PartOf, Industry, ShortName, LivesIn, Age, AuthoredBy}

// ArticleSubject is the subject key that stands for the article itself, as
// in (article, 作者, person).
const ArticleSubject = "article"

// Token is one word of the segmented text.
type Token struct {
	Span
	Text string `json:"text"`
	POS  string `json:"pos"` // jieba-style tag from gse (n, nr, ns, nt, v, ...)
}

// Mention is a stretch of text that names an entity or a post.
type Mention struct {
	Span
	Type Type   `json:"type"`
	Text string `json:"text"` // the surface text with layout spaces removed
	Key  string `json:"key"`  // the entity key ("" for titles)
	Rule string `json:"rule"` // the rule that found it
}

// MentionOrder orders mentions as a Doc keeps them, in text order: by
// start, the longest first. For slices.SortStableFunc.
func MentionOrder(a, b Mention) int {
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	return cmp.Compare(b.End, a.End)
}

// Entity is a node of the graph found in a document.
type Entity struct {
	Key   string `json:"key"`
	Type  Type   `json:"type"`
	Label string `json:"label"` // the name used as rdfs:label (full official name for divisions)
	Code  string `json:"code,omitempty"`
}

// Triple is one fact: Subject and, unless Literal is set, Object are entity
// keys (or ArticleSubject); a literal object is a plain value such as a
// title, a product or an age.
type Triple struct {
	Subject   string    `json:"subject"`
	Predicate Predicate `json:"predicate"`
	Object    string    `json:"object"`
	Literal   bool      `json:"literal,omitempty"`
	Evidence  Span      `json:"evidence"`        // the sentence it was read from
	Spans     []Span    `json:"spans,omitempty"` // the mentions it rests on
	Rule      string    `json:"rule"`
}

// Doc is one article flowing through the pipeline.
type Doc struct {
	ID     string `json:"id"`     // unique article id: Name, or Name#N for the N-th article of a page (N from 1)
	Name   string `json:"name"`   // the input document name (file base name without extension, or JSON-lines id)
	Source string `json:"source"` // the file it was read from ("-" for stdin)
	Index  int    `json:"index"`  // position of the article in its source, from 0
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Text   string `json:"text"`

	// Origin maps Text back to the source: Origin[i] is the byte offset in
	// the source of the piece of Text that starts at OriginAt[i]. Empty
	// means Text is the source itself.
	Origin   []int `json:"-"`
	OriginAt []int `json:"-"`

	Sentences []Span    `json:"sentences,omitempty"`
	Tokens    []Token   `json:"-"`
	Mentions  []Mention `json:"mentions,omitempty"`
	Entities  []Entity  `json:"entities,omitempty"`
	Triples   []Triple  `json:"triples,omitempty"`

	entityAt map[string]int     // key → index into Entities
	tripleIn map[tripleKey]bool // the triples already added
}

type tripleKey struct {
	s, o    string
	p       Predicate
	literal bool
}

// SourceOffset maps a byte offset of d.Text to the byte offset in the
// source document it was read from.
func (d *Doc) SourceOffset(off int) int {
	if len(d.OriginAt) == 0 {
		return off
	}
	// last piece starting at or before off
	lo, hi := 0, len(d.OriginAt)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.OriginAt[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return d.Origin[lo] + off - d.OriginAt[lo]
}

// SentenceOf returns the sentence span that holds sp, or sp itself when no
// sentence does. Sentences are in text order.
func (d *Doc) SentenceOf(sp Span) Span {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > sp.Start })
	for ; i < len(d.Sentences) && d.Sentences[i].Start <= sp.Start; i++ {
		if d.Sentences[i].Contains(sp) {
			return d.Sentences[i]
		}
	}
	return sp
}

// Entity returns the entity with the given key, or nil.
func (d *Doc) Entity(key string) *Entity {
	if d.entityAt == nil || len(d.entityAt) != len(d.Entities) {
		d.entityAt = make(map[string]int, len(d.Entities))
		for i, e := range d.Entities {
			if _, ok := d.entityAt[e.Key]; !ok {
				d.entityAt[e.Key] = i
			}
		}
		if d.entityAt == nil || len(d.entityAt) != len(d.Entities) {
			// duplicate keys (set by hand): fall back to a scan
			for i := range d.Entities {
				if d.Entities[i].Key == key {
					return &d.Entities[i]
				}
			}
			return nil
		}
	}
	if i, ok := d.entityAt[key]; ok && i < len(d.Entities) && d.Entities[i].Key == key {
		return &d.Entities[i]
	}
	return nil
}

// AddEntity adds e unless an entity with its key is already present, and
// returns the stored entity.
func (d *Doc) AddEntity(e Entity) *Entity {
	if x := d.Entity(e.Key); x != nil {
		return x
	}
	d.Entities = append(d.Entities, e)
	if d.entityAt != nil {
		d.entityAt[e.Key] = len(d.Entities) - 1
	}
	return &d.Entities[len(d.Entities)-1]
}

// AddTriple appends t unless the same (subject, predicate, object) is
// already present.
func (d *Doc) AddTriple(t Triple) {
	k := tripleKey{t.Subject, t.Object, t.Predicate, t.Literal}
	if d.tripleIn == nil || len(d.tripleIn) != len(d.Triples) {
		d.tripleIn = make(map[tripleKey]bool, len(d.Triples))
		for _, x := range d.Triples {
			d.tripleIn[tripleKey{x.Subject, x.Object, x.Predicate, x.Literal}] = true
		}
	}
	if d.tripleIn[k] {
		return
	}
	d.tripleIn[k] = true
	d.Triples = append(d.Triples, t)
}

// MoveTriples points the triples about entity old at entity nw instead
// (old was found to be nw: a short name's mentions, a body named twice),
// dropping those that become a loop (nw 位于 nw) or repeat another.
func (d *Doc) MoveTriples(old, nw string) {
	out := d.Triples[:0]
	d.tripleIn = make(map[tripleKey]bool, len(d.Triples))
	for _, t := range d.Triples {
		if t.Subject == old {
			t.Subject = nw
		}
		if !t.Literal && t.Object == old {
			t.Object = nw
		}
		k := tripleKey{t.Subject, t.Object, t.Predicate, t.Literal}
		if !t.Literal && t.Subject == t.Object || d.tripleIn[k] {
			continue
		}
		d.tripleIn[k] = true
		out = append(out, t)
	}
	clear(d.Triples[len(out):])
	d.Triples = out
}

// A Stage reads what earlier stages left in d and appends its own findings.
// Finding nothing is not an error. Process must be safe to call on
// different Docs concurrently.
type Stage interface {
	Process(ctx context.Context, d *Doc) error
}

// StageFunc adapts a function to the Stage interface.
type StageFunc func(ctx context.Context, d *Doc) error

// Process calls f(ctx, d).
func (f StageFunc) Process(ctx context.Context, d *Doc) error { return f(ctx, d) }

// Pipeline runs its stages in order.
type Pipeline []Stage

// Process runs every stage on d and stops at the first error or when ctx
// is done.
func (p Pipeline) Process(ctx context.Context, d *Doc) error {
	for i, s := range p {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Process(ctx, d); err != nil {
			return fmt.Errorf("extract %s: stage %d (%T): %w", d.ID, i, s, err)
		}
	}
	return nil
}
