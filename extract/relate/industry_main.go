package relate

import (
	"regexp"
	"strings"

	"github.com/zhkg/zhkg/extract"
)

// mainRe is what a company does most (以葡萄酒生产为主, 以苹果种植、加工和
// 销售为主): the products, the verbs of making after them and 为主.
var mainRe = regexp.MustCompile(`以([\p{Han}、和及]{2,20}?)(?:的)?(?:(?:研发|生产|种植|养殖|加工|制造|销售)[、和与及]?)*为主`)

// mainMaking reads the products a company makes most of, written after it
// (X公司以葡萄酒生产为主; 该公司以…为主) or in what it is (X是一家以苹果
// 种植、加工和销售为主的民营企业): the items of the list that are products
// of the lexicon. A place's economy (X县以农业为主) is no company's.
func (w *work) mainMaking(sent extract.Span, s string, c cues) {
	if !c.any(cueMain) || !c.any(cueYi) {
		return
	}
	for _, m := range mainRe.FindAllStringSubmatchIndex(s, -1) {
		var prods []string
		for _, it := range splitList(s[m[2]:m[3]]) {
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
		if !ok || subj.Type != extract.Org || w.isGovBody(w.text(subj)) {
			continue
		}
		for _, p := range prods {
			w.add(subj.Key, extract.Industry, p, true, "relate.industry.main", sent)
		}
	}
}
