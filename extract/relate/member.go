package relate

import (
	"regexp"
	"strings"

	"github.com/zhkg/zhkg/extract"
)

// underRe is what may stand between 旗下 and the first of the
// organizations it introduces (旗下的, 旗下拥有, 旗下全资子公司).
var underRe = regexp.MustCompile(`^(?:的)?(?:拥有|现有|有|包括)?(?:的)?(?:全资|控股)?(?:子公司|企业|单位)?\s*(?:——|—|：|:)?\s*`)

// groupsUnder reads the organizations after 旗下 (and 所属, 下属, 直属)
// where the parent is not a name written right before it (membership reads
// that one): a name followed by the note of its short name (X集团（以下简称
// “Y”）旗下的Z, X公司（以下简称“Y”）所属的Z), the parent referred to by its
// kind (集团旗下的Z, 该集团下属Z) or, after 旗下 only, the organization that
// opens the sentence (X集团成立于1998年，旗下拥有Z、W).
func (w *work) groupsUnder() {
	for _, head := range underHeads {
		w.groupsUnderHead(head)
	}
}

// underHeads are the words that put organizations under a parent named
// before them; only after 旗下 and 下辖 may the parent be the sentence's
// subject (X是一家…企业，下辖A、B等6家子公司).
var underHeads = []string{"旗下", "所属", "下属", "直属", "下辖"}

func (w *work) groupsUnderHead(head string) {
	text := w.d.Text
	for s := range occurrences(text, head) {
		at := w.skipSpaceBack(s)
		if _, ok := w.before(at, extract.Org); ok {
			continue // membership's
		}
		var parent extract.Mention
		found := false
		if k := aliasNoteBefore(text, at); k >= 0 {
			parent, found = w.before(k, extract.Org)
		}
		if !found {
			if o, ok := w.anaphor(at); ok && o.Type == extract.Org {
				parent, found = o, true
			}
		}
		if !found && (head == "旗下" || head == "下辖") && strings.HasSuffix(text[:at], "，") {
			parent, found = w.sentenceOrg(at)
		}
		if !found || parent.Key == "" {
			continue
		}
		off := s + len(head)
		off += len(underRe.FindString(text[off:]))
		for {
			child, ok := w.after(off, extract.Org)
			if !ok || child.Key == parent.Key {
				break
			}
			w.add(child.Key, extract.PartOf, parent.Key, false, "relate.member.under", child.Span, parent.Span)
			if !strings.HasPrefix(text[child.End:], "、") {
				break
			}
			off = child.End + len("、")
		}
	}
}

// sentenceOrg returns the organization that opens the sentence of off,
// its subject, when no other organization or person is named between it
// and off (X集团成立于1998年，旗下…).
func (w *work) sentenceOrg(off int) (extract.Mention, bool) {
	sent := w.d.SentenceOf(extract.Span{Start: off, End: off})
	var subj extract.Mention
	found := false
	for i := w.firstAt(sent.Start); i < len(w.ms) && w.ms[i].Start < off; i++ {
		m := w.ms[i]
		if found && m.End <= subj.End {
			continue // inside the subject's name
		}
		if found || m.Type != extract.Org || m.Start-sent.Start > 3*6 {
			return extract.Mention{}, false
		}
		subj, found = m, true
	}
	return subj, found
}
