package ner

import (
	"sort"

	"github.com/zhkg/zhkg/extract"
)

// emit writes the stage's findings into the Doc in text order.
func (w *work) emit() {
	var ms []extract.Mention
	mk := func(sp span, key string) extract.Mention {
		return extract.Mention{Span: w.v.span(sp.s, sp.e), Type: sp.typ, Text: w.v.text[sp.s:sp.e], Key: key, Rule: sp.rule}
	}
	for _, t := range w.titles {
		ms = append(ms, mk(t, ""))
	}
	for _, p := range w.newPlaces {
		ms = append(ms, mk(p, p.key))
	}
	for _, o := range w.orgs {
		name := w.v.text[o.s:o.e]
		if o.rule == "ner.org.bare" {
			// 市委, 县政府: a mention for the relations, not an entity
			ms = append(ms, mk(o, ""))
			continue
		}
		key := "org/" + name
		ms = append(ms, mk(o, key))
		w.d.AddEntity(extract.Entity{Key: key, Type: extract.Org, Label: name})
	}
	for _, p := range w.people {
		name := w.v.text[p.s:p.e]
		key := "person/" + name
		ms = append(ms, mk(p, key))
		w.d.AddEntity(extract.Entity{Key: key, Type: extract.Person, Label: name})
	}
	// drop mentions of earlier stages that this stage re-found
	kept := w.d.Mentions[:0]
	for _, m := range w.d.Mentions {
		if m.Type == extract.Person || m.Type == extract.Org {
			continue
		}
		kept = append(kept, m)
	}
	w.d.Mentions = append(kept, ms...)
	sort.SliceStable(w.d.Mentions, func(i, j int) bool {
		a, b := w.d.Mentions[i], w.d.Mentions[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
}
