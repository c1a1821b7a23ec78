package relate

import (
	"regexp"
	"strings"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// mainRe is what a company does most (以葡萄酒生产为主, 以苹果种植、加工和
// 销售为主): the products, the verbs of making after them and 为主.
var mainRe = regexp.MustCompile(`以(种植|养殖|生产)?([\p{Han}、和及]{2,20}?)(?:的)?(?:(?:研发|生产|种植|养殖|加工|制造|销售)[、和与及]?)*为主`)

// mainMaking reads the products a company makes most of, written after it
// (X公司以葡萄酒生产为主; 该公司以…为主) or in what it is (X是一家以苹果
// 种植、加工和销售为主的民营企业): the items of the list that are products
// of the lexicon. A place's economy (X县以农业为主) is no company's; what a
// place grows or raises most is its own (X村以种植茶叶为主).
func (w *work) mainMaking(sent extract.Span, s string, c cues) {
	if !c.any(cueMain) || !c.any(cueYi) {
		return
	}
	for _, m := range mainRe.FindAllStringSubmatchIndex(s, -1) {
		var prods []string
		for _, it := range splitList(s[m[4]:m[5]]) {
			if w.st.lex.IsProduct(it) {
				prods = append(prods, it)
			}
		}
		if len(prods) == 0 {
			continue
		}
		at := sent.Start + m[0]
		subj, ok := w.before(at, extract.Org)
		if !ok {
			subj, ok = w.anaphor(at)
		}
		if !ok && strings.HasSuffix(s[:m[0]], "一家") {
			subj, ok = w.companyBefore(sent, at)
		}
		if !ok && m[2] >= 0 && s[m[2]:m[3]] != "生产" {
			// 龙凤村以种植茶叶为主: what a place grows most
			if p, found := w.subjectIn(sent.Start, at); found && p.Type == extract.Place && !w.residentOf(p) && !w.personBetween(p.End, at) {
				subj, ok = p, true
			}
		}
		if !ok || subj.Type == extract.Org && w.isGovBody(w.text(subj)) {
			continue
		}
		for _, p := range prods {
			w.add(subj.Key, extract.Industry, p, true, "relate.industry.main", sent)
		}
	}
}

// makerNouns name a company by what it makes (锂电池制造商, 花生油生产企业).
var makerNouns = []string{"制造商", "生产商", "供应商", "生产企业", "制造企业", "加工企业", "生产厂家", "生产厂商"}

// makers reads what a company is said to make in a few more ways: the
// maker it is (X公司是全球领先的锂电池制造商, 是全国最大的花生油生产企业之一,
// 是一家芒果加工企业),
// what it makes a year (X公司年产花生油50万吨) and what it makes that sells
// far (X公司生产的花生油远销海外). The product is one of the lexicon and the
// company is named right before the verb, before 是, or referred to by
// its kind (该公司).
func (w *work) makers(sent extract.Span, s string, c cues) {
	if c.any(cueMaker) {
		for it := (wordIter{s: s, words: makerNouns}); ; {
			at, end, more := it.next()
			if !more {
				break
			}
			if strings.HasPrefix(s[end:], "的") {
				continue // 锂电池制造商的合作银行: another's
			}
			k := w.productBefore(s, at)
			// 是全国最大的花生油生产企业, 是一家芒果加工企业: the maker after
			// a rating and 的, or after 一家
			if k < 0 || !endsWithAny(s[:k], []string{"的", "一家", "一家专业"}) || !lexicon.Contains(s[:k], "是") {
				continue
			}
			subj, ok := w.companyBefore(sent, sent.Start+k)
			if !ok || !startsWithAny(w.d.Text[w.skipAliasNote(subj.End):], []string{"是", "系"}) {
				if a, found := w.anaphor(sent.Start + strings.LastIndex(s[:k], "是")); found {
					subj, ok = a, true
				} else {
					ok = false
				}
			}
			if ok && subj.Type == extract.Org {
				w.add(subj.Key, extract.Industry, w.kindName(s[k:at], sent.Start+k), true, "relate.industry.maker", sent)
			}
		}
	}
	if c.any(cueYearMade) {
		for it := (wordIter{s: s, words: []string{"年产", "生产的"}}); ; {
			at, end, more := it.next()
			if !more {
				break
			}
			p, e, ok := w.st.lex.ProductStartingAt(s, end)
			if !ok {
				continue
			}
			if s[at:end] == "年产" && !startsDigit(s[e:]) || s[at:end] == "生产的" && !w.saidFamous(sent.Start+e) {
				continue // 年产值, 生产的Y质量…: no statement
			}
			subj, found := w.before(sent.Start+at, extract.Org)
			if !found {
				subj, found = w.anaphor(sent.Start + at)
			}
			if found && subj.Type == extract.Org {
				w.add(subj.Key, extract.Industry, w.kindName(p, sent.Start+end), true, "relate.industry.maker", sent)
			}
		}
	}
}
