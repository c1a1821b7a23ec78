package synth

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/gazetteer"
)

// art is the state of one article while its sentences are written: the
// places it is about, the people it has named and the facts stated so far.
type art struct {
	w                           *world
	r                           *rng
	county                      *county
	town                        *place // nil until first asked for
	vill                        *place
	noVill                      bool
	prod                        string // the article's farm product
	ind                         string // the article's industry (for companies and zones)
	comp                        string // the article's company, "" until first asked for
	compSh                      string // the company's short name
	zoneName, zoneShort, zoneIn string // the article's development zone
	headPlace                   string // the place the headline names
	usedFill                    map[int]bool
	year                        int
	month                       int
	day                         int

	facts  factSet
	places placeFacts
	people map[string]bool
	quoted []string // people who may speak again
}

// --- places

// mention names a division as a place: its full name, with a required
// 类型 and chain.
func (b *art) mention(d gazetteer.Division) string {
	b.places.note(d, true)
	return d.Name
}

// inName names a division inside an organization's name: its place facts
// are optional.
func (b *art) inName(d gazetteer.Division) string {
	b.places.note(d, false)
	return d.Name
}

// short names a division by its short form when it has one (通江), else by
// its full name; either way it is a mention.
func (b *art) short(d gazetteer.Division) string {
	b.places.note(d, true)
	if s := b.w.shortOf(d); s != "" {
		return s
	}
	return d.Name
}

// chain writes the names of p's chain from the division at level top down
// to p itself (黑龙江省大庆市让胡路区), all mentioned.
func (b *art) chain(p *place, top int) string {
	var sb strings.Builder
	for i := len(p.chain) - 1; i >= 0; i-- {
		if p.chain[i].Level < top {
			continue
		}
		sb.WriteString(b.mention(p.chain[i]))
	}
	return sb.String()
}

// cnty returns the article's county.
func (b *art) cnty() gazetteer.Division { return b.county.Division }

// city returns the prefecture above the county, or false for a county of a
// municipality or one directly under its province.
func (b *art) city() (gazetteer.Division, bool) {
	for _, d := range b.county.chain[1:] {
		if d.Level == gazetteer.City {
			return d, true
		}
	}
	return gazetteer.Division{}, false
}

// prov returns the province of the article.
func (b *art) prov() gazetteer.Division { return b.county.chain[len(b.county.chain)-1] }

// tn returns the article's township.
func (b *art) tn() *place {
	if b.town == nil {
		b.town = pick(b.r, b.w.townsOf(b.county))
	}
	return b.town
}

// vl returns the article's village or community, or nil when its township
// has none.
func (b *art) vl() *place {
	if b.vill == nil && !b.noVill {
		vs := b.w.villagesOf(b.county, b.tn())
		if len(vs) == 0 {
			// try the other townships once, in a fixed order
			for _, t := range b.w.townsOf(b.county) {
				if vs = b.w.villagesOf(b.county, t); len(vs) > 0 {
					b.town = t
					break
				}
			}
		}
		if len(vs) == 0 {
			b.noVill = true
			return nil
		}
		b.vill = pick(b.r, vs)
	}
	return b.vill
}

// countyLevel returns the party-committee level word of the county (县委,
// 区委, 市委, 旗委) and its head of government (县长 …).
func countyLevel(d gazetteer.Division) (committee, head string) {
	last, _ := utf8.DecodeLastRuneInString(d.Name)
	switch last {
	case '区':
		return "区委", "区长"
	case '市':
		return "市委", "市长"
	case '旗':
		return "旗委", "旗长"
	}
	return "县委", "县长"
}

// cityLevel does the same for a prefecture (市委 and 市长, 州委 and 州长 …).
func cityLevel(d gazetteer.Division) (committee, head string) {
	switch {
	case strings.HasSuffix(d.Name, "自治州"):
		return "州委", "州长"
	case strings.HasSuffix(d.Name, "地区"):
		return "地委", "专员"
	case strings.HasSuffix(d.Name, "盟"):
		return "盟委", "盟长"
	}
	return "市委", "市长"
}

// partyPlace returns the name of a county or prefecture as written before
// its committee level: 通江县 + 委 → 通江县委. It is "" for names that do not
// end in the level's character.
func partyPlace(d gazetteer.Division, committee string) string {
	lv, _ := utf8.DecodeRuneInString(committee)
	last, _ := utf8.DecodeLastRuneInString(d.Name)
	if lv == last {
		return d.Name
	}
	return ""
}

// --- people

// person returns a new name, unique in the article, that is not a place
// name, a title or a word the lexicon keeps from being a name.
func (b *art) person() string {
	for {
		s := b.w.surnames[b.r.weighted(b.w.surCum)]
		n := 1
		if b.r.chance(70) {
			n = 2
		}
		if utf8.RuneCountInString(s) == 2 && b.r.chance(70) {
			n = 1
		}
		name := s
		for range n {
			name += pick(b.r, b.w.given)
		}
		if b.people[name] || b.w.g.HasForm(name) || b.w.lex.NotName(name) {
			continue
		}
		if _, ok := b.w.lex.IsTitle(name); ok {
			continue
		}
		if b.people == nil {
			b.people = map[string]bool{}
		}
		b.people[name] = true
		b.fact(name, predType, typePerson)
		return name
	}
}

// official returns a new person with posts, working at org when org is not
// "" (an organization or a place label).
func (b *art) official(org string, titles ...string) string {
	p := b.person()
	for _, t := range titles {
		b.fact(p, predPost, t)
	}
	if org != "" {
		b.fact(p, predWorksAt, org)
	}
	return p
}

// speaker returns someone already named who may speak again, or "".
func (b *art) speaker() string {
	if len(b.quoted) == 0 {
		return ""
	}
	return pick(b.r, b.quoted)
}

// --- organizations

// org states an organization; at, when not "", is where it is (required
// for a government body whose name begins with the place).
func (b *art) org(name, at string) string {
	b.fact(name, predType, typeOrg)
	if at != "" {
		b.fact(name, predLocated, at)
	}
	return name
}

// --- facts

func (b *art) fact(s, p, o string) { b.facts.add(Fact{Subject: s, Predicate: p, Object: o}) }

func (b *art) optional(s, p, o string) {
	b.facts.add(Fact{Subject: s, Predicate: p, Object: o, Optional: true})
}

// author credits a person for the article.
func (b *art) author(name string) { b.fact(DocSubject, predAuthor, name) }

// --- numbers and dates

// num returns a number in [lo, hi] as text.
func (b *art) num(lo, hi int) string { return strconv.Itoa(b.r.between(lo, hi)) }

// dec returns a decimal with one digit after the point in [lo, hi).
func (b *art) dec(lo, hi int) string {
	x := b.r.between(lo*10, hi*10-1)
	return strconv.Itoa(x/10) + "." + strconv.Itoa(x%10)
}

// md returns a month and day near the article's date (3月5日).
func (b *art) md() string {
	return strconv.Itoa(b.month) + "月" + strconv.Itoa(b.day) + "日"
}

// padded marks a name that page layout pads (王 进) when it stands alone in
// a byline or a signature; render removes the marks or pads the name.
func padded(name string) string { return "\x01" + name + "\x02" }
