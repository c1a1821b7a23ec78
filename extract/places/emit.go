package places

import (
	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/gazetteer"
)

// Key returns the entity key of a division: "place/<code>".
func Key(code string) string { return "place/" + code }

func ruleOf(m *match) string {
	switch m.kind {
	case kVillage:
		return RuleVillage
	case kForeign:
		return RuleForeign // or RuleNatural: emit tells them apart
	case kZone:
		return RuleZone
	case kUnlisted:
		return RuleUnlisted
	}
	switch m.chosen.Form {
	case gazetteer.Full:
		return RuleFull
	case gazetteer.Alt:
		return RuleAlt
	case gazetteer.Short:
		return RuleShort
	}
	return RuleWeak
}

// emit writes the accepted matches to d: one mention each, the entities of
// the places and of their parents, and 位于 triples along each chain.
func (s *Stage) emit(d *extract.Doc, v view, ms []*match, cc *codeCache) {
	for _, m := range ms {
		if !m.ok {
			continue
		}
		sp := v.span(m.start, m.end)
		ev := d.SentenceOf(sp)
		text := v.text[m.start:m.end]
		switch m.kind {
		case kDivision, kVillage:
			key := Key(m.chosen.Code)
			d.Mentions = append(d.Mentions, extract.Mention{Span: sp, Type: extract.Place, Text: text, Key: key, Rule: ruleOf(m)})
			cc.chain(d, m.chosen.Code, ev, sp)
		case kForeign:
			key := "place/" + m.name
			rule := RuleForeign
			if s.natural[m.name] || m.natural {
				rule = RuleNatural
			}
			d.Mentions = append(d.Mentions, extract.Mention{Span: sp, Type: extract.Place, Text: text, Key: key, Rule: rule})
			d.AddEntity(extract.Entity{Key: key, Type: extract.Place, Label: m.name})
		case kUnlisted:
			key := "place/" + m.in + "/" + m.name
			d.Mentions = append(d.Mentions, extract.Mention{Span: sp, Type: extract.Place, Text: text, Key: key, Rule: RuleUnlisted})
			d.AddEntity(extract.Entity{Key: key, Type: extract.Place, Label: m.name})
			if cc.info(m.in).ok {
				cc.chain(d, m.in, ev, sp)
				d.AddTriple(extract.Triple{Subject: key, Predicate: extract.LocatedIn, Object: Key(m.in),
					Evidence: ev, Spans: []extract.Span{sp}, Rule: RuleUnlisted})
			}
		case kZone:
			key := zoneKey(m)
			d.Mentions = append(d.Mentions, extract.Mention{Span: sp, Type: extract.Place, Text: text, Key: key, Rule: RuleZone})
			// 长沙经开区 in the headline, 长沙经济技术开发区 in the body: the
			// zone is named by its full name
			if e := d.AddEntity(extract.Entity{Key: key, Type: extract.Place, Label: m.name}); len(m.name) > len(e.Label) && fullZoneCore(e.Label) != e.Label {
				e.Label = m.name
			}
			switch {
			case m.inZone != "" && m.inZone != key:
				d.AddTriple(extract.Triple{Subject: key, Predicate: extract.LocatedIn, Object: m.inZone,
					Evidence: ev, Spans: []extract.Span{sp}, Rule: RuleZoneIn})
			case m.in != "":
				if cc.info(m.in).ok {
					cc.chain(d, m.in, ev, sp)
					d.AddTriple(extract.Triple{Subject: key, Predicate: extract.LocatedIn, Object: Key(m.in),
						Evidence: ev, Spans: []extract.Span{sp}, Rule: RuleZoneIn})
				}
			}
		}
	}
}

// chain adds the entity of the division code and of its parents, and a
// 位于 triple from each to its parent. A chain written once is not written
// again: every entity and triple of it is there.
func (cc *codeCache) chain(d *extract.Doc, code string, ev, sp extract.Span) {
	ci := cc.info(code)
	if ci.written {
		return
	}
	ci.written = true
	ds := cc.g.Chain(code)
	for i, x := range ds {
		d.AddEntity(extract.Entity{Key: Key(x.Code), Type: extract.Place, Label: x.Name, Code: x.Code})
		if i+1 < len(ds) {
			d.AddTriple(extract.Triple{Subject: Key(x.Code), Predicate: extract.LocatedIn, Object: Key(ds[i+1].Code),
				Evidence: ev, Spans: []extract.Span{sp}, Rule: RuleChain})
		}
	}
}
