package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// emit writes the stage's findings into the Doc in text order.
func (w *work) emit() {
	ms := make([]extract.Mention, 0, len(w.titles)+len(w.newPlaces)+len(w.orgs)+len(w.people))
	mk := func(sp span, key string) extract.Mention {
		return extract.Mention{Span: w.v.span(sp.s, sp.e), Type: sp.typ, Text: spaceless(w.v.text[sp.s:sp.e]), Key: key, Rule: sp.rule}
	}
	for _, t := range w.titles {
		ms = append(ms, mk(t, ""))
	}
	for _, p := range w.newPlaces {
		ms = append(ms, mk(p, p.key))
		if p.rule == "ner.place.park" || p.rule == "ner.place.river" {
			w.d.AddEntity(extract.Entity{Key: p.key, Type: extract.Place, Label: w.v.text[p.s:p.e]})
		}
	}
	alias := w.orgAliases()
	for _, o := range w.orgs {
		name := hanJoined(w.v.text[o.s:o.e])
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
		if full := w.levelBody(name); full != "" {
			// 县中医院 in an article about 政和县: 政和县中医院
			key := "org/" + full
			m := mk(o, key)
			m.Rule = "ner.org.level-body"
			ms = append(ms, m)
			w.d.AddEntity(extract.Entity{Key: key, Type: extract.Org, Label: full})
			continue
		}
		if kindNames[name] {
			continue // 中医医院 alone, no short name of a full one: a kind
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
			names[hanJoined(w.v.text[o.s:o.e])] = true
		}
	}
	out := map[string]string{}
	for short := range names {
		suf, ss, _, ok := w.st.lex.OrgSuffixEndingAt(short, len(short))
		if !ok {
			continue
		}
		if utf8.RuneCountInString(short[:ss]) < 2 {
			// 中医院 alone: the one name of the article that is a
			// division's and the whole short name (政和县中医院)
			if full := w.placeBody(names, short); full != "" {
				out[short] = full
			}
			continue
		}
		head := short[:ss]
		best := ""
		for full := range names {
			if full == short || !lexicon.HasSuffix(full, suf) || len(full) <= len(short) {
				continue
			}
			// 甘孜州委 is no short form of 甘孜州纪委监委: a party
			// committee's 委 is not the end of another committee's ending
			// (纪委, 监委, 政法委)
			if fsuf, _, _, ok := w.st.lex.OrgSuffixEndingAt(full, len(full)); ok && suf == "委" && len(fsuf) > len(suf) {
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
	// 黔西南州人民医院 and 贵州省黔西南布依族苗族自治州人民医院: the same body
	// after the same division, written short and in full
	w.divisionBodyAliases(names, out)
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

// levelBodyLevels are the levels a body's name may begin with alone
// (县中医院, 区人民医院, 镇卫生院, 乡农业综合服务中心).
const levelBodyLevels = "县区镇乡"

// levelBody returns the full name of a body written with a level alone and
// its kind (县中医院, 镇卫生院, 乡农业综合服务中心) in an article that names
// one division of that level and the body by its full name too: the
// division's name and the kind (政和县中医院); else "". The one county of
// the article's townships and villages stands for a county it does not
// name (我县城关镇…县中医院).
func (w *work) levelBody(name string) string {
	lv, n := utf8.DecodeRuneInString(name)
	if !strings.ContainsRune(levelBodyLevels, lv) || utf8.RuneCountInString(name[n:]) < 3 {
		return ""
	}
	// the kind holds no level of its own (县镇卫生院) and is no
	// government's body (县政府, 镇党委: the relations read those)
	if r, _ := utf8.DecodeRuneInString(name[n:]); strings.ContainsRune("省市县区镇乡村", r) {
		return ""
	}
	// a company's trade name may begin with the character (乡红生物科技
	// 股份有限公司 of 杞乡红): no body of a level
	if strings.HasSuffix(name, "公司") || strings.HasSuffix(name, "集团") || strings.HasSuffix(name, "合作社") {
		return ""
	}
	var one, parent string
	many, parents := false, false
	for _, m := range w.d.Mentions {
		if m.Type != extract.Place {
			continue
		}
		e := w.d.Entity(m.Key)
		if e == nil || len(e.Code) < 6 {
			continue
		}
		if runeBefore(e.Label, len(e.Label)) == lv && len(e.Code) == codeLen(lv) && (len(e.Code) != 6 || !strings.HasSuffix(e.Code, "00")) {
			switch one {
			case "", e.Label:
				one = e.Label
			default:
				many = true
			}
		}
		if lv == '县' && len(e.Code) > 6 {
			if c := w.d.Entity("place/" + e.Code[:6]); c != nil && runeBefore(c.Label, len(c.Label)) == lv {
				switch parent {
				case "", c.Label:
					parent = c.Label
				default:
					parents = true
				}
			}
		}
	}
	full := ""
	switch {
	case one != "" && !many:
		full = one + name[n:]
	case one == "" && parent != "" && !parents:
		full = parent + name[n:]
	}
	// The guide names an organization as written: the short name stands
	// for the full one only where the article writes the full one too.
	if full == "" || !w.orgNamed(full) {
		return ""
	}
	return full
}

// orgNamed reports whether the article names an organization name.
func (w *work) orgNamed(name string) bool {
	for _, o := range w.orgs {
		if hanJoined(w.v.text[o.s:o.e]) == name {
			return true
		}
	}
	return false
}

// codeLen is the length of the codes of the divisions of a level: six
// for counties and districts (a province's or a prefecture's code ends
// with 00: 广西壮族自治区 is no district), nine for townships.
func codeLen(lv rune) int {
	if lv == '县' || lv == '区' {
		return 6
	}
	return 9
}

// divisionBodyAliases adds to out the organizations of names that are the
// same body after the same division, the division written in two forms
// (黔西南州人民医院, 贵州省黔西南布依族苗族自治州人民医院: 522300 and 人民医院):
// the shorter names are aliases of the longest.
func (w *work) divisionBodyAliases(names map[string]bool, out map[string]string) {
	type sig struct{ key, body string }
	type entry struct {
		name string
		sg   sig
	}
	longest := map[sig]string{}
	var seen []entry
	for _, o := range w.orgs {
		if o.rule == "ner.org.bare" {
			continue
		}
		// the last division that ends inside the name, and the body after it
		var last *span
		for i := range w.places {
			p := &w.places[i]
			if p.s >= o.s && p.e < o.e && isDivisionKey(p.key) {
				last = p
			}
		}
		if last == nil {
			continue
		}
		name := hanJoined(w.v.text[o.s:o.e])
		body := hanJoined(w.v.text[last.e:o.e])
		if utf8.RuneCountInString(body) < 2 {
			continue
		}
		sg := sig{last.key, body}
		if l, ok := longest[sg]; !ok || len(name) > len(l) || len(name) == len(l) && name < l {
			longest[sg] = name
		}
		seen = append(seen, entry{name, sg})
	}
	for _, x := range seen {
		if l := longest[x.sg]; l != x.name && names[l] {
			if _, ok := out[x.name]; !ok {
				out[x.name] = l
			}
		}
	}
}

// placeBody returns the one name of names that is the name of a
// division, ending with 县, 市, 区, 镇 or 乡, and short after it
// (政和县中医院 for 中医院), or "" where there is none or more than one.
func (w *work) placeBody(names map[string]bool, short string) string {
	best := ""
	for full := range names {
		head, ok := strings.CutSuffix(full, short)
		if !ok || head == "" || !strings.ContainsRune("县市区镇乡", runeBefore(head, len(head))) || (w.st.placeName == nil || !w.st.placeName(head)) {
			continue
		}
		if best != "" {
			return ""
		}
		best = full
	}
	return best
}

// hanJoined removes the white space of the page between two Han
// characters (城关\n镇卫生院 is 城关镇卫生院); other spaces stay (Apple Inc).
// spaceless returns s without its white space: a mention's text as
// written, whatever spaces, tabs or line breaks the page put inside it
// (工\t委 of a name whose ending the page split).
func spaceless(s string) string {
	if strings.IndexFunc(s, unicode.IsSpace) < 0 {
		return s
	}
	return strings.Join(strings.Fields(s), "")
}

func hanJoined(s string) string {
	if !strings.ContainsAny(s, " \t\n\r\u3000\u00a0") {
		return s
	}
	var b strings.Builder
	var last rune
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
			next, _ := utf8.DecodeRuneInString(s[j:])
			if !(isHan(last) && isHan(next)) {
				b.WriteString(s[i:j])
			}
			i = j
			continue
		}
		b.WriteRune(r)
		last = r
		i += n
	}
	return b.String()
}
