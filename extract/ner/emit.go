package ner

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// emit writes the stage's findings into the Doc in text order.
func (w *work) emit() {
	ms := make([]extract.Mention, 0, len(w.titles)+len(w.newPlaces)+len(w.orgs)+len(w.people))
	mk := func(sp span, key string) extract.Mention {
		return extract.Mention{Span: w.v.span(sp.s, sp.e), Type: sp.typ, Text: w.v.text[sp.s:sp.e], Key: key, Rule: sp.rule}
	}
	for _, t := range w.titles {
		ms = append(ms, mk(t, ""))
	}
	for _, p := range w.newPlaces {
		ms = append(ms, mk(p, p.key))
		if p.rule == "ner.place.park" {
			w.d.AddEntity(extract.Entity{Key: p.key, Type: extract.Place, Label: w.v.text[p.s:p.e]})
		}
	}
	alias := w.orgAliases()
	for _, o := range w.orgs {
		name := w.v.text[o.s:o.e]
		if o.rule == "ner.org.bare" {
			// 市委, 县政府: a mention for the relations, not an entity
			ms = append(ms, mk(o, ""))
			continue
		}
		if full, ok := alias[name]; ok {
			m := mk(o, "org/"+full)
			m.Rule = "ner.org.alias"
			ms = append(ms, m)
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
	// in text order, longest first: the stable sort of kept then ms,
	// done as a merge of the two sorted (kept is sorted already when the
	// earlier stages left their mentions in order)
	sortMentions(kept)
	ms = sortedMentions(ms)
	out := make([]extract.Mention, 0, len(kept)+len(ms))
	i, j := 0, 0
	for i < len(kept) && j < len(ms) {
		if extract.MentionOrder(ms[j], kept[i]) < 0 {
			out = append(out, ms[j])
			j++
		} else {
			out = append(out, kept[i])
			i++
		}
	}
	out = append(out, kept[i:]...)
	w.d.Mentions = append(out, ms[j:]...)
}

// sortedMentions returns ms sorted stably by extract.MentionOrder: the indexes
// are sorted, then the mentions gathered, which moves far less memory
// than sorting the mentions themselves.
func sortedMentions(ms []extract.Mention) []extract.Mention {
	if slices.IsSortedFunc(ms, extract.MentionOrder) {
		return ms
	}
	idx := make([]int32, len(ms))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return extract.MentionOrder(ms[a], ms[b]) })
	out := make([]extract.Mention, len(ms))
	for i, k := range idx {
		out[i] = ms[k]
	}
	return out
}

// sortMentions sorts ms stably by extract.MentionOrder.
func sortMentions(ms []extract.Mention) {
	if !slices.IsSortedFunc(ms, extract.MentionOrder) {
		slices.SortStableFunc(ms, extract.MentionOrder)
	}
}

// orgAliases maps the short names of organizations to the full names the
// article also uses: 青禾合作社 is 上海青禾果蔬专业合作社 when both end with
// the same ending and the short name's own words stand in the full name.
func (w *work) orgAliases() map[string]string {
	names := map[string]bool{}
	for _, o := range w.orgs {
		if o.rule != "ner.org.bare" {
			names[w.v.text[o.s:o.e]] = true
		}
	}
	out := map[string]string{}
	for short := range names {
		suf, ss, _, ok := w.st.lex.OrgSuffixEndingAt(short, len(short))
		if !ok || utf8.RuneCountInString(short[:ss]) < 2 {
			continue
		}
		head := short[:ss]
		best := ""
		for full := range names {
			if full == short || !lexicon.HasSuffix(full, suf) || len(full) <= len(short) {
				continue
			}
			if strings.Contains(strings.TrimSuffix(full, suf), head) && (best == "" || full < best) {
				best = full
			}
		}
		if best != "" {
			out[short] = best
		}
	}
	// a full name may itself be a short form of a longer one (区人民医院 →
	// 东坡区人民医院 → 眉山市东坡区人民医院): follow to the end, where
	// the entity is
	for short, full := range out {
		for n := 0; n < len(out); n++ {
			longer, ok := out[full]
			if !ok {
				break
			}
			full = longer
		}
		out[short] = full
	}
	return out
}
