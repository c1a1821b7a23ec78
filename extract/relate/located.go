package relate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/places"
)

// ---- where the text states an organization is ----

// placeOfWords put the organization after them in the place before them:
// X的Y (河南省郑州市的仁和医院, 位于X的Y, 来自X的Y) and, after 在, X投资建设的Y
// (在合肥市投资建设的Y).
var placeOfWords = []string{"的"}

// placeOfWithin may stand between X and 的 (X境内的Y, X辖区内的Y).
var placeOfWithin = []string{"境内", "辖区内", "辖区"}

// placeOfBuilt are the words between 在X and the organization Y built
// there.
var placeOfBuilt = []string{"投资建设的", "投资兴建的", "建设的", "兴建的", "设立的", "创办的", "成立的"}

// orgLocatingWords put the place after them where the organization before
// them is: Y位于X, Y坐落在X, Y落户X, Y总部设在X, Y是一家位于X的企业.
// Words of business (销往, 走进, 来到, 与X合作) are none of them.
var orgLocatingWords = []string{
	"位于", "坐落于", "坐落在", "地处", "落户", "落户于", "落户在",
	"总部设在", "总部设于", "总部位于",
	"是一家位于", "是一所位于", "是一家坐落于", "是一所坐落于", "是一家坐落在", "是一所坐落在",
	"正式落户", "成功落户", "入驻", "正式入驻", "成功入驻", "扎根",
}

// appositionWords open an apposition after the organization and a comma
// (Y，位于X，是…).
var appositionWords = []string{"位于", "坐落于", "坐落在", "地处"}

// locatedOrgs writes 位于 from an organization to the place where the text
// states it is: a division or a named zone, the last of a chain of places
// (江苏省常州市武进区). An organization whose name begins with another place
// is left: its name tells where it was registered, the text may tell
// where one branch is.
func (w *work) locatedOrgs() {
	var found []located
	for _, o := range w.ms {
		if o.Type == extract.Place && o.Rule == places.RuleNatural {
			w.locateNatural(o)
			continue
		}
		if o.Type != extract.Org || o.Key == "" {
			continue
		}
		// a government body is where its name's place is (bodies); one
		// named by its kind alone (雅安市的财政局) is a name many places share
		if w.isGovBody(w.text(o)) {
			continue
		}
		if p, ok := w.placeBeforeOrg(o); ok && w.orgMayBeIn(o, p) {
			found = append(found, located{o, p, "relate.located.of"})
		}
		if p, ok := w.placeAfterOrg(o); ok && w.orgMayBeIn(o, p) {
			found = append(found, located{o, p, "relate.located.stated"})
		}
		if p, ok := w.placeIsOne(o); ok && w.orgMayBeIn(o, p) {
			found = append(found, located{o, p, "relate.located.one-of"})
		}
		if p, ok := w.placeInParens(o); ok && w.orgMayBeIn(o, p) {
			found = append(found, located{o, p, "relate.located.paren"})
		}
	}
	// an organization the article places in two divisions neither of
	// which holds the other (北京市的Y … 上海市的Y) has branches: none
	for i, a := range found {
		apart := false
		for _, b := range found {
			if a.org.Key == b.org.Key && a.place.Key != b.place.Key && w.isDivision(a.place) && w.isDivision(b.place) && !w.sameLine(a.place, b.place) {
				apart = true
				break
			}
		}
		if !apart {
			w.add(a.org.Key, extract.LocatedIn, a.place.Key, false, found[i].rule, a.org.Span, a.place.Span)
		}
	}
}

// located is an organization and the place a sentence states it is in.
type located struct {
	org, place extract.Mention
	rule       string
}

// orgMayBeIn reports whether o may be 位于 p: not where o's name begins
// with a division or zone that is neither p nor one of p's parents
// (山东鲁丰农业科技有限公司 in 山东省潍坊市寿光市 is; 上海银行 in 成都市 is not;
// 成都市的锦江区教育局 is the 锦江区's, which its name says).
func (w *work) orgMayBeIn(o, p extract.Mention) bool {
	for i, hi := w.startRange(o.Start); i < hi; i++ {
		if m := w.ms[i]; m.Type == extract.Place && m.End == o.End {
			return false // the place's own name read as an organization too
		}
		if m := w.ms[i]; m.Type == extract.Place && m.End < o.End && m.Key != p.Key && w.locatable(m) && (!w.sameLine(m, p) || w.inside(m, p)) {
			// another place, or one inside p that says more
			// (江苏省的南京市宏泰公司, 成都市的锦江区教育局)
			return false
		}
	}
	return true
}

// locatable reports whether a place can hold an organization here: a
// Chinese division or a named zone (not a river or a mountain).
func (w *work) locatable(m extract.Mention) bool {
	return m.Rule == places.RuleZone || w.isDivision(m)
}

// placeBeforeOrg returns the place of X的Y right before the organization.
func (w *work) placeBeforeOrg(o extract.Mention) (extract.Mention, bool) {
	start := w.skipSpaceBack(o.Start)
	if start < len("的") {
		return extract.Mention{}, false
	}
	// over a line break the organization's line must be no byline that
	// layout moved between (…的 / 改则融媒体中心记者 Y / 阿里地区…公司)
	if strings.Contains(w.d.Text[start:o.Start], "\n") {
		if _, ok := w.after(o.End, extract.Title); ok {
			return extract.Mention{}, false
		}
	}
	if strings.HasSuffix(w.d.Text[:start], "的") {
		e := start - len("的")
		for _, x := range placeOfWithin {
			if strings.HasSuffix(w.d.Text[:e], x) {
				e -= len(x)
				break
			}
		}
		if p, ok := w.before(e, extract.Place); ok && w.locatable(p) {
			// 驻X的Y记者: a reporter stationed in X, Y is elsewhere
			if strings.HasSuffix(w.d.Text[:w.skipSpaceBack(w.chainStart(p).Start)], "驻") {
				return extract.Mention{}, false
			}
			return p, true
		}
	}
	for _, b := range placeOfBuilt {
		if !strings.HasSuffix(w.d.Text[:start], b) {
			continue
		}
		p, ok := w.before(start-len(b), extract.Place)
		if !ok || !w.locatable(p) {
			return extract.Mention{}, false
		}
		// the chain of places must follow 在
		first := w.chainStart(p)
		if strings.HasSuffix(w.d.Text[:w.skipSpaceBack(first.Start)], "在") {
			return p, true
		}
		return extract.Mention{}, false
	}
	return extract.Mention{}, false
}

// placeAfterOrg returns the last place of the chain after Y位于 and the
// other orgLocatingWords, also in an apposition (Y，位于X，…; not Y，位于X的Z,
// which is Z's place).
func (w *work) placeAfterOrg(o extract.Mention) (extract.Mention, bool) {
	at := w.skipSpace(o.End)
	comma := strings.HasPrefix(w.d.Text[at:], "，")
	if comma {
		at += len("，")
	}
	rest := w.d.Text[at:min(len(w.d.Text), at+len("是一家坐落于"))]
	var verb string
	for _, v := range orgLocatingWords {
		if strings.HasPrefix(rest, v) && len(v) > len(verb) && (!comma || slices.Contains(appositionWords, v)) {
			verb = v
		}
	}
	if verb == "" {
		return extract.Mention{}, false
	}
	p, ok := w.after(at+len(verb), extract.Place)
	if !ok {
		return extract.Mention{}, false
	}
	p = w.lastOfChain(p)
	if comma && strings.HasPrefix(w.d.Text[w.skipSpace(p.End):], "的") {
		return extract.Mention{}, false
	}
	return p, w.locatable(p)
}

// lastOfChain returns the last place of the chain of places that begins
// at the place p.
func (w *work) lastOfChain(p extract.Mention) extract.Mention {
	for {
		q, ok := w.after(p.End, extract.Place)
		if !ok || q.Start < p.End {
			return p
		}
		p = q
	}
}

// oneOfWords follow the place of Y是X的一家…企业 (Y是X的一所学校, Y是X一家…,
// Y是X最大的…企业, Y是X的龙头企业).
var oneOfWords = []string{"的一家", "的一所", "一家", "一所", "最大的", "规模最大的", "的龙头企业", "唯一一家", "首家"}

// placeIsOne returns the place of Y是X的一家…: the last of the chain
// after 是, followed by one of oneOfWords (not Y是X的合作伙伴).
func (w *work) placeIsOne(o extract.Mention) (extract.Mention, bool) {
	at := w.skipSpace(o.End)
	if !strings.HasPrefix(w.d.Text[at:], "是") {
		return extract.Mention{}, false
	}
	p, ok := w.after(at+len("是"), extract.Place)
	if !ok {
		return extract.Mention{}, false
	}
	p = w.lastOfChain(p)
	if !w.locatable(p) || !startsWithAny(w.d.Text[w.skipSpace(p.End):], oneOfWords) {
		return extract.Mention{}, false
	}
	return p, true
}

// parenNext are the characters that may follow Y（X） where X is where Y
// is, and not the rest of Y's name (华信（深圳）科技有限公司).
const parenNext = "也都将已在于是和与等"

// placeInParens returns the place of Y（X）: a chain of divisions alone in
// parentheses right after the organization (鼎新药业（山东济南）), followed by
// punctuation or one of parenNext.
func (w *work) placeInParens(o extract.Mention) (extract.Mention, bool) {
	at := w.skipSpace(o.End)
	open := ""
	for _, b := range []string{"（", "("} {
		if strings.HasPrefix(w.d.Text[at:], b) {
			open = b
		}
	}
	if open == "" {
		return extract.Mention{}, false
	}
	p, ok := w.after(at+len(open), extract.Place)
	if !ok {
		return extract.Mention{}, false
	}
	for {
		if !w.isDivision(p) {
			return extract.Mention{}, false
		}
		q, ok := w.after(p.End, extract.Place)
		if !ok || q.Start < p.End {
			break
		}
		p = q
	}
	end := w.skipSpace(p.End)
	closing := ""
	for _, b := range []string{"）", ")"} {
		if strings.HasPrefix(w.d.Text[end:], b) {
			closing = b
		}
	}
	if closing == "" {
		return extract.Mention{}, false
	}
	r, _ := utf8.DecodeRuneInString(w.d.Text[end+len(closing):])
	if unicode.Is(unicode.Han, r) && !strings.ContainsRune(parenNext, r) {
		return extract.Mention{}, false
	}
	return p, true
}

// skipSpace returns the offset after the white space that begins at off.
func (w *work) skipSpace(off int) int {
	for off < len(w.d.Text) {
		r, n := utf8.DecodeRuneInString(w.d.Text[off:])
		if !isSpace(r) {
			break
		}
		off += n
	}
	return off
}

// chainStart returns the first place of the chain of places that ends
// with the place p.
func (w *work) chainStart(p extract.Mention) extract.Mention {
	for {
		q, ok := w.before(p.Start, extract.Place)
		if !ok || q.End > p.Start {
			return p
		}
		p = q
	}
}

// sameLine reports whether one of the divisions a and b lies inside the
// other (山东省 and 寿光市), by their codes.
func (w *work) sameLine(a, b extract.Mention) bool {
	ea, eb := w.d.Entity(a.Key), w.d.Entity(b.Key)
	if ea == nil || eb == nil || ea.Code == "" || eb.Code == "" {
		return false
	}
	return codeWithin(ea.Code, eb.Code) || codeWithin(eb.Code, ea.Code)
}

// inside reports whether the division a lies inside the division b.
func (w *work) inside(a, b extract.Mention) bool {
	ea, eb := w.d.Entity(a.Key), w.d.Entity(b.Key)
	return ea != nil && eb != nil && ea.Code != "" && eb.Code != "" && ea.Code != eb.Code && codeWithin(ea.Code, eb.Code)
}

// codeWithin reports whether the division code lies inside the division
// anc: a code of six digits drops the 00 of the levels below it
// (370000 → 37), a longer one is a prefix as it is.
func codeWithin(code, anc string) bool {
	if len(anc) == 6 {
		for len(anc) > 2 && strings.HasSuffix(anc, "00") {
			anc = anc[:len(anc)-2]
		}
	}
	return strings.HasPrefix(code, anc)
}

// naturalVerbs state where a natural place is: Y位于X.
var naturalVerbs = []string{"位于", "坐落于", "坐落在", "地处"}

// locateNatural writes 位于 from a named natural place to the division
// the text states it is in with a verb of location right after it:
// 玉龙雪山位于丽江市. Before the place (位于X的Y) the name may be only the
// start of a longer one no stage found (地处雷山县的西江千户苗寨), so that
// form is not read; a natural place that begins a zone's name
// (漓江生态文化旅游产业园位于…) has no verb right after it.
func (w *work) locateNatural(n extract.Mention) {
	if n.Key == "" {
		return
	}
	at := w.skipSpace(n.End)
	for _, v := range naturalVerbs {
		if !strings.HasPrefix(w.d.Text[at:], v) {
			continue
		}
		if p, ok := w.after(at+len(v), extract.Place); ok {
			if p = w.lastOfChain(p); w.isDivision(p) {
				w.add(n.Key, extract.LocatedIn, p.Key, false, "relate.located.natural", n.Span, p.Span)
			}
		}
		break
	}
}
