package relate

import (
	"cmp"
	"context"
	"iter"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// Stage reads relations between mentions. It is safe for concurrent use
// on different Docs.
type Stage struct {
	lex *lexicon.Lexicon
}

// New returns a Stage that uses lex.
func New(lex *lexicon.Lexicon) *Stage { return &Stage{lex: lex} }

type work struct {
	st *Stage
	d  *extract.Doc
	ms []extract.Mention // sorted by start, longest first
	// byEnd holds the indexes into ms ordered by end offset, then index:
	// the mentions that end at an offset are a run of it (endRange); the
	// mentions that start at an offset are a run of ms itself (startRange)
	byEnd []int32

	resolved []extract.Mention // bare bodies resolved to an organization
	cues     []cues            // the cue words of each sentence (sentenceCues)
	// levels memoizes levelPlace, by the level's index in levelChars
	levels [len(levelChars) / 3]levelMemo
}

// levelChars are the levels levelPlace resolves, three bytes each.
const levelChars = "省市县区旗州镇乡村"

type levelMemo struct {
	n   int // 1 + len(ms) when computed, or 0
	key string
}

// index sorts the mentions and indexes them by start and end.
func (w *work) index() {
	slices.SortStableFunc(w.ms, extract.MentionOrder)
	w.byEnd = w.byEnd[:0]
	for i := range w.ms {
		w.byEnd = append(w.byEnd, int32(i))
	}
	slices.SortFunc(w.byEnd, func(a, b int32) int {
		if c := cmp.Compare(w.ms[a].End, w.ms[b].End); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
}

// startRange returns the indexes [lo, hi) into ms of the mentions that
// start at off, in index order.
func (w *work) startRange(off int) (int, int) {
	lo := w.firstAt(off)
	hi := lo
	for hi < len(w.ms) && w.ms[hi].Start == off {
		hi++
	}
	return lo, hi
}

// endRange returns the positions [lo, hi) in byEnd of the mentions that
// end at off, in index order.
func (w *work) endRange(off int) (int, int) {
	lo := sort.Search(len(w.byEnd), func(k int) bool { return w.ms[w.byEnd[k]].End >= off })
	hi := lo
	for hi < len(w.byEnd) && w.ms[w.byEnd[hi]].End == off {
		hi++
	}
	return lo, hi
}

// Process implements extract.Stage.
func (st *Stage) Process(ctx context.Context, d *extract.Doc) error {
	if strings.TrimSpace(d.Text) == "" {
		return nil
	}
	w := &work{st: st, d: d}
	w.ms = append(w.ms, d.Mentions...)
	w.index()
	w.shortNames()
	w.posts()
	w.dropBareRepeats()
	if err := ctx.Err(); err != nil {
		return err
	}
	w.authors()
	w.residence()
	w.ages()
	w.pronounFacts()
	w.industries()
	w.dropInnerProducts()
	w.membership()
	w.bodies()
	w.locatedOrgs()
	// a resolved body (市人大 → 宣城市人大) is a mention of that organization
	for _, r := range w.resolved {
		for i := range d.Mentions {
			if d.Mentions[i].Span == r.Span && (d.Mentions[i].Key == "" || r.Rule == "relate.parent-body") {
				d.Mentions[i].Key = r.Key
			}
		}
	}
	return nil
}

// gap returns the text between byte offsets a and b of the Doc with white
// space removed ("" when b <= a).
func (w *work) gap(a, b int) string {
	if b <= a {
		return ""
	}
	s := w.d.Text[a:b]
	for i := 0; i < len(s); {
		r, ok := lexicon.Decode3(s, i) // most characters, inline
		n := 3
		if !ok {
			r, n = lexicon.DecodeRune(s, i)
		}
		if r == utf8.RuneError || isSpace(r) {
			return dropSpaces(s, i)
		}
		i += n
	}
	return s // strings.Map returns s itself when it changes nothing
}

// dropSpaces returns strings.Map(dropSpace, s) for s whose first space or
// U+FFFD (written, or a byte that is not UTF-8) is at i: the white space
// dropped, a byte that is not UTF-8 written as U+FFFD, the rest copied.
func dropSpaces(s string, i int) string {
	buf := make([]byte, 0, len(s)+8)
	buf = append(buf, s[:i]...)
	for i < len(s) {
		r, n := lexicon.DecodeRune(s, i)
		switch {
		case r == utf8.RuneError && n == 1:
			buf = utf8.AppendRune(buf, utf8.RuneError)
		case !isSpace(r):
			buf = append(buf, s[i:i+n]...)
		}
		i += n
	}
	return string(buf)
}

func dropSpace(r rune) rune {
	if isSpace(r) {
		return -1
	}
	return r
}

// before returns the mention of one of the types that ends right before
// off (white space allowed), preferring the longest.
func (w *work) before(off int, types ...extract.Type) (extract.Mention, bool) {
	var best extract.Mention
	found := false
	for e := off; ; {
		for k, hi := w.endRange(e); k < hi; k++ {
			i := w.byEnd[k]
			m := w.ms[i]
			if m.Start < e && hasType(m.Type, types) && (!found || m.End-m.Start > best.End-best.Start) {
				best, found = m, true
			}
		}
		if found || e == 0 {
			break
		}
		r, n := utf8.DecodeLastRuneInString(w.d.Text[:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return best, found
}

// after returns the mention of one of the types that starts right after
// off (white space allowed), preferring the longest.
func (w *work) after(off int, types ...extract.Type) (extract.Mention, bool) {
	var best extract.Mention
	found := false
	for s := off; ; {
		for i, hi := w.startRange(s); i < hi; i++ {
			m := w.ms[i]
			if hasType(m.Type, types) && (!found || m.End-m.Start > best.End-best.Start) {
				best, found = m, true
			}
		}
		if found || s >= len(w.d.Text) {
			break
		}
		r, n := utf8.DecodeRuneInString(w.d.Text[s:])
		if !isSpace(r) {
			break
		}
		s += n
	}
	return best, found
}

// isSpace reports whether r is white space (unicode.IsSpace, which holds
// U+3000): no rune above U+3000 is, which settles a Han character with
// one comparison.
func isSpace(r rune) bool { return r <= '\u3000' && (unicode.IsSpace(r) || r == '\u3000') }

// skipSpaceBack returns the offset before the white space that ends at off.
func (w *work) skipSpaceBack(off int) int {
	for off > 0 {
		r, n := utf8.DecodeLastRuneInString(w.d.Text[:off])
		if !isSpace(r) {
			break
		}
		off -= n
	}
	return off
}

// firstAt returns the index of the first mention that starts at or after off.
func (w *work) firstAt(off int) int {
	return sort.Search(len(w.ms), func(i int) bool { return w.ms[i].Start >= off })
}

func hasType(t extract.Type, types []extract.Type) bool {
	for _, x := range types {
		if t == x {
			return true
		}
	}
	return false
}

func (w *work) add(subj string, p extract.Predicate, obj string, lit bool, rule string, spans ...extract.Span) {
	if subj == "" || obj == "" || subj == obj {
		return
	}
	ev := spans[0]
	ev = w.d.SentenceOf(ev)
	w.d.AddTriple(extract.Triple{Subject: subj, Predicate: p, Object: obj, Literal: lit, Evidence: ev, Spans: spans, Rule: rule})
}

// text returns the mention's text without white space.
func (w *work) text(m extract.Mention) string { return w.gap(m.Start, m.End) }

// ---- posts ----

type post struct {
	title extract.Mention
	owner *extract.Mention
}

var titleSeps = []string{"、", "，", ",", "兼", "及"}

// titlesBefore reads the chain of titles that ends right before off.
// listedRoles are roles a person's posts may list (县文联主席、作家X).
var listedRoles = []string{"作家", "画家", "书法家", "诗人", "艺术家", "摄影家", "音乐家", "专家", "学者", "企业家"}

// cadreOfBodyBefore reports whether "、" + a body + 干部 (or 职工, 工作人员)
// ends right before off after a title, and returns the offset where that
// title ends.
func (w *work) cadreOfBodyBefore(off int) (int, bool) {
	at := w.skipSpaceBack(off)
	text := w.d.Text[:at]
	var role string
	for _, r := range []string{"干部", "职工", "工作人员"} {
		if strings.HasSuffix(text, r) {
			role = r
			break
		}
	}
	// 县人大常委会原主任、党组书记，离休干部X: a retired cadre after the
	// posts and a comma
	for _, r := range []string{"离休干部", "退休干部", "老干部"} {
		if strings.HasSuffix(text, r) && strings.HasSuffix(text[:len(text)-len(r)], "，") {
			k := len(text) - len(r) - len("，")
			if _, ok := w.before(k, extract.Title); ok {
				return k, true
			}
		}
	}
	start := at - len(role)
	if role == "" {
		// 县文联主席、作家X: a role of the person's listed after a post
		r := lexicon.LongestSuffix(text, listedRoles)
		if r == "" {
			return 0, false
		}
		if t, ok := w.before(at, extract.Title); ok && t.End == at {
			return 0, false // a title the person holds (主任、教授X)
		}
		start = at - len(r)
	} else if o, ok := w.before(start, extract.Org); ok {
		start = o.Start
	} else {
		return 0, false
	}
	if !strings.HasSuffix(w.d.Text[:start], "、") {
		return 0, false
	}
	k := start - len("、")
	if _, ok := w.before(k, extract.Title); !ok {
		return 0, false
	}
	return k, true
}

// skipNoteBack returns the start of a short note in brackets that ends
// right before off (副州长（挂职）X, 副县长(兼)X): one to six Han
// characters that name nothing; off when there is none.
func (w *work) skipNoteBack(off int) int {
	at := w.skipSpaceBack(off)
	text := w.d.Text[:at]
	var closeB, openB string
	switch {
	case strings.HasSuffix(text, "）"):
		closeB, openB = "）", "（"
	case strings.HasSuffix(text, ")"):
		closeB, openB = ")", "("
	default:
		return off
	}
	inner := text[:len(text)-len(closeB)]
	k := strings.LastIndex(inner, openB)
	if k < 0 {
		return off
	}
	note := inner[k+len(openB):]
	n := utf8.RuneCountInString(note)
	if n < 1 || n > 6 {
		return off
	}
	for _, r := range note {
		if !unicode.Is(unicode.Han, r) {
			return off
		}
	}
	if _, ok := w.after(k+len(openB), extract.Person, extract.Place, extract.Org); ok {
		return off
	}
	return k
}

// titleUnits are the units a title is composed with (村委会主任, 党支部
// 书记), which 原 may stand between (村委会原主任).
var titleUnits = []string{"村委会", "居委会", "党支部", "党总支", "党委", "党组", "党工委", "村党支部", "村党总支", "社区党委", "社区党支部"}

// holdVerbs hold a post written before 的 and a name (担任村党支部书记的X).
var holdVerbs = []string{"担任", "挂职", "出任", "现任", "时任", "身为", "作为", "兼任", "任"}

// levelAlone are the levels a post's unit may be written with alone in a
// list of posts (县纪委书记, 市人大常委会副主任, 自治区主席).
var levelAlone = []string{"自治区", "自治州", "自治县", "省", "市", "州", "县", "区", "旗", "镇", "乡",
	// 教授、省级科技特派员: the level of a post that many hold
	"国家级", "省级", "自治区级", "市级", "州级", "县级"}

func (w *work) titlesBefore(off int) []post {
	var out []post
	pos := w.skipNoteBack(off)
	// 党委书记、56岁的王红梅: an age between the posts and the name
	if strings.HasSuffix(w.d.Text[:pos], "岁的") {
		if loc := ageBeforeNameRe.FindStringIndex(w.d.Text[max(0, pos-30):pos]); loc != nil {
			if k := max(0, pos-30) + loc[0]; strings.HasSuffix(w.d.Text[:k], "、") {
				if _, ok := w.before(k-len("、"), extract.Title); ok {
					pos = k - len("、")
				}
			}
		}
	}
	// 挂职闽宁镇党委副书记的陈志强, 担任村党支部书记的王建平: a post held
	// (a verb of holding before it) joined to the name by 的
	if at := w.skipSpaceBack(pos); strings.HasSuffix(w.d.Text[:at], "的") {
		if t, ok := w.before(at-len("的"), extract.Title); ok && t.End == at-len("的") {
			start := t.Start
			if o, ok := w.ownerOf(t); ok && o.Start < start {
				start = w.chainStart(o).Start
			}
			if endsWithAny(w.d.Text[:start], holdVerbs) {
				pos = at - len("的")
			}
		}
	}
	// 驻村工作队队长、县林业和草原局干部X: a body's cadre listed after a
	// post; the post is X's
	if k, ok := w.cadreOfBodyBefore(pos); ok {
		pos = k
	}
	// 记者：韦东海, 通讯员｜覃小燕: a press post labels the name after a
	// colon or a bar
	if lab := lexicon.LongestSuffix(w.d.Text[:w.skipSpaceBack(pos)], []string{"：", ":", "｜", "|"}); lab != "" {
		if t, ok := w.before(w.skipSpaceBack(pos)-len(lab), extract.Title); ok {
			if ti, ok := w.st.lex.IsTitle(w.text(t)); ok && ti.Class == lexicon.Press {
				return []post{{title: t}}
			}
		}
	}
	for {
		t, ok := w.before(pos, extract.Title)
		if !ok {
			break
		}
		p := post{title: t}
		pos = t.Start
		// 村党支部原书记, 村委会原主任: a former post of the unit before 原
		if at := w.skipSpaceBack(pos); strings.HasSuffix(w.d.Text[:at], "原") && !w.coveredAt(at-len("原")) {
			pos = at - len("原")
			// the unit a title is composed with, written before 原
			if u := lexicon.LongestSuffix(w.d.Text[:pos], titleUnits); u != "" && !w.coveredAt(pos-len(u)) {
				pos -= len(u)
			}
		}
		if o, ok := w.ownerOf(t); ok {
			p.owner = &o
			if o.Start < pos {
				pos = o.Start
			}
		} else if _, us, _, ok := w.st.lex.OrgSuffixEndingAt(w.d.Text, w.skipSpaceBack(pos)); ok {
			// a unit of an organ written alone (政法委书记, 办公室主任): part
			// of the post's phrase, not an organization of its own
			pos = w.unitAfterTitle(us)
		} else if us := groupBefore(w.d.Text, w.skipSpaceBack(pos)); us >= 0 {
			// 县茶业发展领导小组组长: a working group no stage names
			pos = w.unitAfterTitle(us)
		}
		out = append(out, p)
		// a separator and another title
		sep := false
		p0 := w.skipSpaceBack(pos)
		// 县委常委、县纪委书记: a level written alone before the title,
		// no mention of its own, after the separator
		if lv := lexicon.LongestSuffix(w.d.Text[:p0], levelAlone); lv != "" && !w.coveredAt(p0-len(lv)) {
			n := len(lv)
			for _, s := range titleSeps {
				if lexicon.HasSuffix(w.d.Text[:p0-n], s) {
					p0 -= n
					break
				}
			}
		}
		for _, s := range titleSeps {
			if lexicon.HasSuffix(w.d.Text[:p0], s) {
				k := p0 - len(s)
				if _, ok := w.before(k, extract.Title); ok {
					pos = k
					sep = true
				}
				break
			}
		}
		if !sep {
			break
		}
	}
	return out
}

// groupEndings end the name of a working group, a body that a post can
// belong to and that no stage names (县茶业发展领导小组组长).
// The boards of a body (理事会主任, 监事会主席) and the national research
// systems of a crop or a breed (国家大豆产业技术体系岗位科学家) are such units.
var groupEndings = []string{"领导小组", "工作小组", "小组", "指挥部", "工作专班", "专班", "工作组", "工作队", "服务队", "理事会", "监事会", "董事会", "产业技术体系"}

// groupBefore returns the start of a group's ending that ends at off, or -1.
func groupBefore(text string, off int) int {
	for _, e := range groupEndings {
		if lexicon.HasSuffix(text[:off], e) {
			return off - len(e)
		}
	}
	return -1
}

// unitAfterTitle returns the start of the name of an unnamed unit whose
// ending starts at us (县茶业发展领导小组, 市委政法委): where at most ten
// Chinese characters before it, no mention among them, follow a title
// and 、 (副县长、县茶业发展领导小组组长), the offset right after the 、,
// so that the chain of titles goes on; else us.
func (w *work) unitAfterTitle(us int) int {
	k := us
	for n := 0; n < 10 && k > 0; n++ {
		r, sz := utf8.DecodeLastRuneInString(w.d.Text[:k])
		if r == '、' {
			if n > 0 && w.titleEndsAt(w.skipSpaceBack(k-sz)) {
				return k
			}
			break
		}
		if !unicode.Is(unicode.Han, r) || w.coveredAt(k-sz) {
			break
		}
		k -= sz
	}
	return us
}

// villageInSentence returns the village named last before the title t in
// its sentence, outside an organization's name, when t is a village's
// post written without its village (村党支部书记, 村委会主任).
//
// Where copula is false, the title must open its clause or follow a
// conjunction (与村党支部书记Y), not a list of posts (X村党支部书记、村委会
// 主任Y: the chain's); where it is true the caller read it after a copula
// (Y当选村委会主任).
func (w *work) villageInSentence(t extract.Mention, copula bool) (extract.Mention, bool) {
	if !strings.HasPrefix(w.text(t), "村") {
		return extract.Mention{}, false
	}
	if at := w.skipSpaceBack(t.Start); at > 0 && !copula {
		if r, _ := utf8.DecodeLastRuneInString(w.d.Text[:at]); !strings.ContainsRune("，,与和同跟及：:；;\n", r) {
			return extract.Mention{}, false
		}
	}
	lo := 0
	if k := strings.LastIndexAny(w.d.Text[:t.Start], "。！？!?\n"); k >= 0 {
		lo = k + 1
	}
	for i := w.firstAt(t.Start) - 1; i >= 0; i-- {
		m := w.ms[i]
		if m.Start < lo {
			break
		}
		if m.Type == extract.Place && m.End <= t.Start && w.isVillage(m.Key) && !w.insideOrg(m) {
			return m, true
		}
	}
	return extract.Mention{}, false
}

// schoolSubjects are the subjects written before 教师 (语文教师).
var schoolSubjects = []string{"语文", "数学", "英语", "外语", "体育", "音乐", "美术", "物理", "化学", "生物", "历史", "地理", "政治", "科学", "信息技术", "舞蹈", "书法"}

// ownerOf finds the organization or place a title belongs to: right before
// it, or a place whose level character the title starts with (通江县委书记).
func (w *work) ownerOf(t extract.Mention) (extract.Mention, bool) {
	// X镇党委原副书记, X县政协原副主席: a former post of the body before 原
	if at := w.skipSpaceBack(t.Start); strings.HasSuffix(w.d.Text[:at], "原") {
		t.Start = at - len("原")
	}
	// 县一中数学教师: the subject a teacher teaches, between the school and
	// the post
	if w.text(t) == "教师" {
		if s := lexicon.LongestSuffix(w.d.Text[:t.Start], schoolSubjects); s != "" && !w.coveredAt(t.Start-len(s)) {
			t.Start -= len(s)
		}
	}
	if o, ok := w.before(t.Start, extract.Org, extract.Place); ok {
		if z, ok := w.zoneOfCommittee(o); ok {
			return z, true
		}
		// 省林业局驻羊排村第一书记, 派驻羊排村第一书记: a post in the
		// village a body sends its cadre to
		if o.Type == extract.Place && strings.HasSuffix(w.d.Text[:o.Start], "驻") && w.isVillage(o.Key) {
			return o, true
		}
		// 俄罗斯驻沈阳总领事: the post is the country's, posted in the city
		if o.Type == extract.Place && strings.HasSuffix(w.d.Text[:o.Start], "驻") {
			if c, ok := w.before(o.Start-len("驻"), extract.Place, extract.Org); ok {
				return c, true
			}
			return extract.Mention{}, false
		}
		return o, true
	}
	// 坂头村驻村第一书记Y: a village and 驻村 before the title
	if at := w.skipSpaceBack(t.Start); strings.HasSuffix(w.d.Text[:at], "驻村") {
		if o, ok := w.before(at-len("驻村"), extract.Place); ok && w.isVillage(o.Key) {
			return o, true
		}
	}
	// 浏阳市人民医院的院长Y: an organization and 的 before the title
	if at := w.skipSpaceBack(t.Start); strings.HasSuffix(w.d.Text[:at], "的") {
		if o, ok := w.before(at-len("的"), extract.Org); ok {
			return o, true
		}
	}
	// 该院院长, 中心副主任: a body referred to by its kind
	if o, ok := w.anaphor(t.Start); ok {
		return o, true
	}
	if o, ok := w.levelAnaphor(t); ok {
		return o, true
	}
	// 经开区党工委书记: the one zone of the article with that ending
	if o, ok := w.zoneAlone(t.Start); ok {
		return o, true
	}
	// 检察院第二检察部主任, 人民医院心内科主任: a department of the
	// organization before it
	if k := departmentBefore(w.d.Text, t.Start); k >= 0 {
		if o, ok := w.before(k, extract.Org); ok {
			return o, true
		}
		if o, ok := w.anaphor(k); ok && o.Type == extract.Org {
			return o, true // 该院心内科主任
		}
	}
	// 农业农村委员会（以下简称“农业农村委”）副主任: the body before the
	// note of its short name
	if k := aliasNoteBefore(w.d.Text, t.Start); k >= 0 {
		if o, ok := w.before(k, extract.Org, extract.Place); ok {
			return o, true
		}
	}
	for e := t.Start + 1; e <= t.End; e++ {
		for k, hi := w.endRange(e); k < hi; k++ {
			i := w.byEnd[k]
			if m := w.ms[i]; m.Type == extract.Place && m.Start < t.Start {
				return m, true
			}
		}
	}
	// 在三甲村，调研组与村党支部书记Y交流: a village's post written
	// without its village, in the sentence that names the village
	if o, ok := w.villageInSentence(t, false); ok {
		return o, true
	}
	return extract.Mention{}, false
}

// departmentEndings end the name of a department inside an organization.
var departmentEndings = []string{"科", "处", "室", "股", "庭", "检察部", "业务部", "事业部", "车间"}

// departmentBefore returns the start of a department's name of two to
// eight characters that ends right at off (心内科, 第二检察部, 民一庭,
// 就业帮扶车间), or -1.
func departmentBefore(text string, off int) int {
	pre := text[:off]
	for _, e := range departmentEndings {
		if !lexicon.HasSuffix(pre, e) {
			continue
		}
		k, n := off-len(e), utf8.RuneCountInString(e)
		for n < 8 {
			r, size := utf8.DecodeLastRuneInString(pre[:k])
			if !unicode.Is(unicode.Han, r) && !unicode.IsDigit(r) || strings.ContainsRune(departmentStops, r) {
				break
			}
			k -= size
			n++
		}
		if n >= 2 && k < off-len(e) {
			return k
		}
	}
	return -1
}

// departmentStops end a department's name looking back: function words,
// and endings of organizations, so the name stops where the body's ends.
const departmentStops = "的了在和与及是为将把被对从向以等各并或到让使由于这那其院局厅委会社所校司行厂站场矿"

// committeeEndings end the name of a zone's administrative committee.
var committeeEndings = []string{"管委会", "管理委员会"}

// zoneOfCommittee returns the zone whose administrative committee o is
// (郎溪经济开发区管委会, 经开区管委会 after the zone is named): a post in the
// committee is a post of the zone.
func (w *work) zoneOfCommittee(o extract.Mention) (extract.Mention, bool) {
	if o.Type != extract.Org {
		return extract.Mention{}, false
	}
	name := w.text(o)
	for _, e := range committeeEndings {
		if !strings.HasSuffix(name, e) {
			continue
		}
		end := o.End - len(e)
		for i, hi := w.startRange(o.Start); i < hi; i++ {
			if m := w.ms[i]; m.Type == extract.Place && m.End == end && m.Rule == "zone" { // places.RuleZone
				return m, true
			}
		}
		return w.zoneAlone(end)
	}
	return extract.Mention{}, false
}

// zoneWords name a zone by its kind alone once the article has named it.
var zoneWords = []string{"高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区", "工业园区", "产业园区", "产业园", "示范区", "新区", "自贸区", "综合保税区", "保税区"}

// zoneAlone resolves a zone's kind written alone right before off
// (经开区党工委书记) to the one zone of the article whose name ends with
// it (合肥市经开区), as a mention of that zone over the word.
func (w *work) zoneAlone(off int) (extract.Mention, bool) {
	pre := w.d.Text[:off]
	for _, z := range zoneWords {
		if !lexicon.HasSuffix(pre, z) {
			continue
		}
		start := off - len(z)
		if w.hanBefore(start) && !w.titleEndsAt(start) {
			return extract.Mention{}, false // part of a longer name
		}
		key := ""
		for _, m := range w.ms {
			if m.Type != extract.Place || !strings.HasSuffix(w.text(m), z) || m.Rule != "zone" { // places.RuleZone
				continue
			}
			if key != "" && key != m.Key {
				return extract.Mention{}, false // two zones: no telling
			}
			key = m.Key
		}
		if key == "" {
			return extract.Mention{}, false
		}
		return extract.Mention{Span: extract.Span{Start: start, End: off}, Type: extract.Place, Text: z, Key: key, Rule: "relate.zone-alone"}, true
	}
	return extract.Mention{}, false
}

// titleEndsAt reports whether a title mention ends at off (市委常委经开区…).
func (w *work) titleEndsAt(off int) bool {
	_, ok := w.before(off, extract.Title)
	return ok
}

// aliasNotes open the bracketed note that gives an entity's short name.
var aliasNotes = []string{"以下简称", "以下称", "下称", "简称"}

// aliasNoteBefore returns the start of a bracketed short-name note that
// ends right at off (（以下简称“区农业农村委”）), or -1.
func aliasNoteBefore(text string, off int) int {
	pre := strings.TrimRightFunc(text[:off], unicode.IsSpace)
	var open string
	switch {
	case strings.HasSuffix(pre, "）"):
		open = "（"
	case strings.HasSuffix(pre, ")"):
		open = "("
	default:
		return -1
	}
	k := strings.LastIndex(pre, open)
	if k < 0 || len(pre)-k > 90 {
		return -1
	}
	if !startsWithAny(pre[k+len(open):], aliasNotes) {
		return -1
	}
	return k
}

// Gov endings that make a body the place itself for a post (县委书记, 市政府副市长).
var placeBodies = []string{"人民政府", "政府", "委"}

// ownerKey returns the entity a post belongs to.
func (w *work) ownerKey(o extract.Mention) string {
	if o.Type == extract.Place || o.Rule == ruleAnaphor {
		return o.Key
	}
	name := w.text(o)
	for _, b := range placeBodies {
		if !lexicon.HasSuffix(name, b) {
			continue
		}
		head := strings.TrimSuffix(name, b)
		// a place written before the ending, or a chain of places whose
		// last one ends there (宜昌市夷陵区人民政府: 夷陵区)
		for _, m := range w.ms {
			if m.Type == extract.Place && m.Start == o.Start && w.text(m) == head {
				return m.Key
			}
		}
		if m, ok := w.chainTo(o.Start, o.End-len(b)); ok {
			return m.Key
		}
		// a level alone: 市政府, 县委
		if k := w.levelPlace(head); k != "" {
			return k
		}
	}
	if k := w.parentBody(o, name); k != "" {
		return k
	}
	if o.Key == "" {
		// 市人大, 县政协: the body of the one division of that level the
		// article names, named in full (宣城市人大)
		lv, n := utf8.DecodeRuneInString(name)
		if k := w.levelPlace(string(lv)); k != "" {
			if e := w.d.Entity(k); e != nil {
				// the body of every term is one: 县第十届人大常委会 is the
				// county's 人大常委会
				full := e.Label + dropSessionOrdinal(name[n:])
				key := "org/" + full
				w.d.AddEntity(extract.Entity{Key: key, Type: extract.Org, Label: full})
				w.add(key, extract.LocatedIn, k, false, "relate.located.level-body", o.Span)
				w.resolved = append(w.resolved, extract.Mention{Span: o.Span, Type: extract.Org, Text: name, Key: key, Rule: "relate.level-body"})
				return key
			}
		}
	}
	return o.Key
}

// dropSessionOrdinal removes a term's ordinal (第十届) that opens s.
func dropSessionOrdinal(s string) string {
	if !strings.HasPrefix(s, "第") {
		return s
	}
	rest := s[len("第"):]
	k := 0
	for k < len(rest) {
		r, n := utf8.DecodeRuneInString(rest[k:])
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		k += n
	}
	if k == 0 || !strings.HasPrefix(rest[k:], "届") || len(rest[k:]) == len("届") {
		return s
	}
	return rest[k+len("届"):]
}

// chainTo returns the last place of a chain of places written one right
// after the other from start that ends exactly at end (宜昌市夷陵区).
func (w *work) chainTo(start, end int) (extract.Mention, bool) {
	var last extract.Mention
	found := false
	for at := start; at < end; {
		next := false
		for i, hi := w.startRange(at); i < hi; i++ {
			if m := w.ms[i]; m.Type == extract.Place && m.End <= end {
				last, found, next = m, true, true
				at = m.End
				break
			}
		}
		if !next {
			return extract.Mention{}, false
		}
	}
	return last, found
}

// Characters that stand alone for the organization an article is about
// when written before one of its bodies: 局关工委, 厅机关党委, 院团委.
const parentChars = "局厅委院校所站馆社部行办"

// Bodies inside an organization that news names after their parent,
// shortened: 局关工委, 厅机关党委, 院团委.
var innerBodies = []string{"关工委", "团委", "党委", "机关党委", "机关工委", "工会", "妇委会", "纪委", "党组", "党总支", "党支部", "办公室"}

// parentBody resolves a body written after the name of the organization
// it belongs to, shortened (局关工委, 水产局关工委), to the organization's
// body: one the article names in full that ends with what is written
// (省海洋与渔业局关工委), or else, for one of innerBodies after a single
// character of parentChars written alone (局团委), the body of the one
// organization of the article whose name ends with that character (局 →
// 省海洋与渔业局团委). It returns "" when nothing is resolved.
func (w *work) parentBody(o extract.Mention, name string) string {
	var head, body string
	alone := false
	if c, n := utf8.DecodeRuneInString(name); strings.ContainsRune(parentChars, c) && slices.Contains(innerBodies, name[n:]) && !w.hanBefore(w.skipSpaceBack(o.Start)) {
		// the parent's character inside the mention: 局团委
		head, body, alone = name[:n], name[n:], true
	} else {
		// a body named alone is short and begins with no place
		if utf8.RuneCountInString(name) > 6 || w.placeStartsAt(o.Start) {
			return ""
		}
		// the characters before the mention that no mention covers
		at := w.skipSpaceBack(o.Start)
		from := at
		for k := 0; k < 10 && from > 0; k++ {
			r, sz := utf8.DecodeLastRuneInString(w.d.Text[:from])
			if !unicode.Is(unicode.Han, r) || w.coveredAt(from-sz) {
				break
			}
			from -= sz
		}
		if from == at {
			return ""
		}
		head, body = w.d.Text[from:at], name
		alone = utf8.RuneCountInString(head) == 1 && !w.hanBefore(from)
	}
	// a body the article names in full: the longest common ending
	bestKey, bestLen, tie := "", 0, false
	seen := map[string]bool{o.Key: true}
	for _, m := range w.ms {
		if m.Type != extract.Org || m.Key == "" || seen[m.Key] {
			continue
		}
		seen[m.Key] = true
		full := w.text(m)
		if !lexicon.HasSuffix(full, body) || len(full) == len(body) {
			continue
		}
		pre := strings.TrimSuffix(full, body)
		l := 0 // characters pre and head end with
		for i, j := len(pre), len(head); i > 0 && j > 0; {
			a, sa := utf8.DecodeLastRuneInString(pre[:i])
			b, sb := utf8.DecodeLastRuneInString(head[:j])
			if a != b {
				break
			}
			i, j, l = i-sa, j-sb, l+1
		}
		switch {
		case l == 0:
		case l > bestLen:
			bestKey, bestLen, tie = m.Key, l, false
		case l == bestLen:
			tie = true
		}
	}
	if bestLen >= 2 || bestLen == 1 && alone {
		if tie {
			return ""
		}
		w.resolve(o, name, bestKey)
		return bestKey
	}
	c, _ := utf8.DecodeRuneInString(head)
	if !alone || !strings.ContainsRune(parentChars, c) || !slices.Contains(innerBodies, body) {
		return ""
	}
	// 局 alone: the body of the article's one organization ending with 局
	parent := ""
	for _, m := range w.ms {
		if m.Type == extract.Org && m.Key != "" && m.Key != o.Key && strings.HasSuffix(w.text(m), head) {
			if parent != "" && parent != m.Key {
				return ""
			}
			parent = m.Key
		}
	}
	e := w.d.Entity(parent)
	if e == nil {
		return ""
	}
	full := e.Label + body
	key := "org/" + full
	w.d.AddEntity(extract.Entity{Key: key, Type: extract.Org, Label: full})
	w.resolve(o, name, key)
	return key
}

// placeStartsAt reports whether a place mention starts at off.
func (w *work) placeStartsAt(off int) bool {
	for i, hi := w.startRange(off); i < hi; i++ {
		if w.ms[i].Type == extract.Place {
			return true
		}
	}
	return false
}

// resolve records that the mention o is one of the organization key.
func (w *work) resolve(o extract.Mention, name, key string) {
	w.resolved = append(w.resolved, extract.Mention{Span: o.Span, Type: extract.Org, Text: name, Key: key, Rule: "relate.parent-body"})
}

// coveredAt reports whether a mention covers the byte at off.
func (w *work) coveredAt(off int) bool {
	for i := w.firstAt(max(0, off-120)); i < len(w.ms) && w.ms[i].Start <= off; i++ {
		if w.ms[i].End > off {
			return true
		}
	}
	return false
}

// hanBefore reports whether a Chinese character ends right at off.
func (w *work) hanBefore(off int) bool {
	r, _ := utf8.DecodeLastRuneInString(w.d.Text[:off])
	return unicode.Is(unicode.Han, r)
}

// levelPlace resolves a level word (市, 县, 区, 省) written alone to the one
// division of that level the article names (a 社区 is no 区).
func (w *work) levelPlace(level string) string {
	i := strings.Index(levelChars, level)
	if utf8.RuneCountInString(level) != 1 || i < 0 {
		return ""
	}
	m := &w.levels[i/3]
	if m.n != 1+len(w.ms) {
		m.n, m.key = 1+len(w.ms), w.countLevel(level)
	}
	return m.key
}

// countLevel is levelPlace without the memo.
func (w *work) countLevel(level string) string {
	count := map[string]int{}
	first := true
	locator := "" // the one division of the level written only to locate another
	for i, m := range w.ms {
		if m.Type != extract.Place || !strings.HasPrefix(m.Key, "place/") {
			continue
		}
		if e := w.d.Entity(m.Key); e != nil && (e.Code != "" || level == "村") && lexicon.HasSuffix(e.Label, level) && !strings.HasSuffix(e.Label, "社区") {
			// a division written right before one of its own
			// (宁德市福鼎市) locates it: the article is set in the other
			if i+1 < len(w.ms) && w.locatesNext(e, i) {
				if locator == "" || locator == m.Key {
					locator = m.Key
				} else {
					locator = "-"
				}
				continue
			}
			count[m.Key]++
			// the first division of the level that the article names (in
			// its title or its lead) is where it is likely set
			if first {
				count[m.Key] += 2
				first = false
			}
			// a place whose own committee or government the article names
			// (福安市委书记) is the article's home at that level
			if strings.HasSuffix(w.text(m), level) && startsWithAny(w.d.Text[m.End:], []string{"委", "政府", "人民政府", "人大"}) {
				count[m.Key] += 3
			}
		}
	}
	if len(count) == 0 && locator != "-" {
		return locator
	}
	best, n, second := "", 0, 0
	for k, c := range count {
		switch {
		case c > n || c == n && k < best:
			best, n, second = k, c, n
		case c > second:
			second = c
		}
	}
	// the article's home division must stand out
	if n < 2*second {
		return ""
	}
	return best
}

// locatesNext reports whether the division e of the place mention w.ms[i]
// is written right before a division under it (宁德市 in 宁德市福鼎市).
func (w *work) locatesNext(e *extract.Entity, i int) bool {
	m, n := w.ms[i], w.ms[i+1]
	if n.Start != m.End || n.Type != extract.Place || e.Code == "" {
		return false
	}
	c := w.d.Entity(n.Key)
	if c == nil || c.Code == "" || c.Code == e.Code {
		return false
	}
	return codeWithin(c.Code, e.Code)
}

// groupHead reports whether title is 负责人 or 主要负责人 of a group that
// names no body (有关部门负责人, 各乡镇主要负责人).
func (w *work) groupHead(title extract.Mention) bool {
	t := w.text(title)
	if t != "负责人" && t != "主要负责人" {
		return false
	}
	before := w.d.Text[max(0, title.Start-12):title.Start]
	return endsWithAny(before, []string{"部门", "单位", "乡镇", "企业", "街道", "村", "社区", "有关", "相关"})
}

func (w *work) posts() {
	w.pastPostsNext()
	var prev *extract.Mention
	var prevPosts []post
	var last *extract.Mention // the person before, with posts read before the name
	var lastPosts []post
	var lastShared string // the owner that person's posts share with the one before
	for i := range w.ms {
		p := w.ms[i]
		if p.Type != extract.Person {
			continue
		}
		if strings.HasPrefix(p.Rule, listLineRule) {
			// 钟华平 宏达家具有限公司车间主任: a list of people one a
			// line; the title at the end of the line before is another's
			w.listLinePost(p)
			prev, prevPosts, last, lastPosts, lastShared = nil, nil, nil, nil, ""
			continue
		}
		ps := w.titlesBefore(p.Start)
		// 县直有关部门负责人、副县长X: the heads of unnamed bodies listed
		// before another post are other people
		if len(ps) > 1 {
			last := 0
			for _, x := range ps {
				last = max(last, x.title.Start)
			}
			ps = slices.DeleteFunc(ps, func(x post) bool { return x.title.Start < last && w.groupHead(x.title) })
		}
		var shared string
		if len(ps) == 0 && prev != nil && w.listed(*prev, p) && w.lineListGoesOn(*prev, p) {
			ps = prevPosts // a list of names after one title
			if last == prev {
				shared = lastShared
			}
		} else if len(ps) > 0 && last != nil {
			shared = w.sharedOwner(*last, lastPosts, lastShared, ps)
		}
		var sharedOrg string
		if shared == "" && len(ps) > 0 && last != nil {
			sharedOrg = w.sharedOrgOwner(*last, lastPosts, ps)
		}
		for _, x := range ps {
			w.add(p.Key, extract.PostOf, w.text(x.title), true, "relate.post.before", x.title.Span, p.Span)
			if x.owner != nil && !w.isOwnMedia(*x.owner) {
				w.add(p.Key, extract.WorksAt, w.ownerKey(*x.owner), false, "relate.post.owner", x.owner.Span, x.title.Span, p.Span)
			} else if x.owner == nil && shared != "" && titleLevel(w.text(x.title)) != 0 {
				w.add(p.Key, extract.WorksAt, shared, false, "relate.post.shared-owner", x.title.Span, p.Span)
			} else if x.owner == nil && sharedOrg != "" && w.headTitle(x.title) {
				w.add(p.Key, extract.WorksAt, sharedOrg, false, "relate.post.shared-org", x.title.Span, p.Span)
			}
		}
		if len(ps) > 0 {
			last, lastPosts, lastShared = &w.ms[i], ps, shared
		} else {
			last, lastPosts, lastShared = nil, nil, ""
		}
		// a title after the name: 李玉院士, 李强总理 — unless the title
		// announces the next name (何平 记者袁小峰) or opens the next line
		// (作者：赵 明↵记者从…获悉)
		if t, ok := w.after(p.End, extract.Title); ok && t.Start-p.End <= 3 && !strings.Contains(w.d.Text[p.End:t.Start], "\n") && !w.personAfter(t.End) && !w.pressLabelAfter(t) {
			w.add(p.Key, extract.PostOf, w.text(t), true, "relate.post.after", t.Span, p.Span)
			if o, ok := w.before(p.Start, extract.Org); ok {
				w.add(p.Key, extract.WorksAt, w.ownerKey(o), false, "relate.post.after-owner", o.Span, t.Span, p.Span)
			}
			w.appointed(p, t.End)
		} else {
			w.appointed(p, p.End)
		}
		// 张立义是青石铺村党支部书记兼村委会主任
		w.postsAfter(p)
		if len(ps) > 0 {
			prev, prevPosts = &w.ms[i], ps
		} else if prev == nil || !w.listed(*prev, p) || !w.lineListGoesOn(*prev, p) {
			prev, prevPosts = nil, nil
		} else {
			prev = &w.ms[i]
		}
	}
}

// pressLabelAfter reports whether t, a title right after a name, is a
// press post that labels the next credit of a byline (记者 张帆 通讯员 赵磊,
// 记者：韦东海　通讯员：覃小燕): white space, a colon or a bar before it
// or after it, or the end of the line after it.
func (w *work) pressLabelAfter(t extract.Mention) bool {
	ti, ok := w.st.lex.IsTitle(w.text(t))
	if !ok || ti.Class != lexicon.Press {
		return false
	}
	rest := w.d.Text[t.End:]
	if rest == "" || startsWithAny(rest, []string{" ", "\u3000", "：", ":", "｜", "|", "/", "\n", "\t"}) {
		return true
	}
	before := w.d.Text[:t.Start]
	return endsWithAny(before, []string{" ", "\u3000", "\t"})
}

// sharedOwner returns the division that the posts ps of a person share
// with the person q before, posts written with the owner once (秦安县委书记
// 赵永红，县长钱卫东; 绥阳镇党委书记高长林、镇长吴春梅): where only 、, ， or
// 和 stands between q's name and the first of ps, the first of ps has no
// owner and starts with a level (县长, 副县长, 县委副书记), and one of q's
// posts belongs to a division of that level, or q's posts share one
// (qShared: 县委书记A，县长B，副县长C); else "".
func (w *work) sharedOwner(q extract.Mention, qs []post, qShared string, ps []post) string {
	first := ps[len(ps)-1]
	if first.owner != nil || first.title.Start <= q.End {
		return ""
	}
	switch w.gap(q.End, first.title.Start) {
	case "、", "，", ",", "和":
	default:
		return ""
	}
	level := titleLevel(w.text(first.title))
	if level == 0 {
		return ""
	}
	if e := w.d.Entity(qShared); qShared != "" && e != nil && lastRune(e.Label) == level {
		return qShared
	}
	for _, x := range qs {
		if x.owner == nil || x.owner.Type != extract.Place && x.owner.Type != extract.Org {
			continue
		}
		key := w.ownerKey(*x.owner)
		if !strings.HasPrefix(key, "place/") {
			continue
		}
		// the level as the list names it or as the text writes it
		// (高村乡 for the renamed 高村镇)
		if e := w.d.Entity(key); e != nil && (lastRune(e.Label) == level || lastRune(w.text(*x.owner)) == level) && titleLevel(w.text(x.title)) == level {
			return key
		}
	}
	return ""
}

// sharedOrgOwner returns the organization that the posts ps of a person
// share with the person q before, posts of one body written with its name
// once (县人民医院党委书记A、院长B; 宏达公司董事长A，总经理B): where only 、, ，
// or 和 stands between q's name and the first of ps, the first of ps has no
// owner and is the post of a head in an organization (院长, 总经理, not 县长
// or 记者), and one of q's posts belongs to an organization; else "".
func (w *work) sharedOrgOwner(q extract.Mention, qs []post, ps []post) string {
	first := ps[len(ps)-1]
	if first.owner != nil || first.title.Start <= q.End || !w.headTitle(first.title) {
		return ""
	}
	switch w.gap(q.End, first.title.Start) {
	case "、", "，", ",", "和":
	default:
		return ""
	}
	for _, x := range qs {
		if x.owner != nil && x.owner.Type == extract.Org && !w.isOwnMedia(*x.owner) {
			return w.ownerKey(*x.owner)
		}
	}
	return ""
}

// headTitle reports whether the title t is the post of a head in an
// organization (院长, 副院长, 总经理), not of a division's government or a
// party committee's level, nor of the press.
func (w *work) headTitle(t extract.Mention) bool {
	name := w.text(t)
	if titleLevel(name) != 0 {
		return false
	}
	for _, p := range []string{"常务副", "副", "代", "执行"} {
		name = strings.TrimPrefix(name, p)
	}
	tt, ok := w.st.lex.IsTitle(name)
	return ok && tt.Class == lexicon.Head
}

// titleLevel returns the level a title of a division's party committee or
// government starts with (县长, 副县长, 县委副书记, 镇党委书记: 县, 镇), or 0.
func titleLevel(t string) rune {
	for _, p := range []string{"常务副", "副", "代"} {
		t = strings.TrimPrefix(t, p)
	}
	r, n := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("省市县区镇乡旗州盟村", r) || n == len(t) {
		return 0
	}
	return r
}

// lastRune returns the last character of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// listLineRule names the rule of the ner stage that reads the names of a
// list of people one a line (钟华平 宏达家具有限公司车间主任).
const listLineRule = "ner.person.list-line"

// listLinePost reads the post on the line of a list that a person's name
// opens: the title that ends the line, and the organization or the chain
// of places right after the name (a note in brackets and white space
// between), where at most four characters that name a unit of it stand
// between the two (宏达家具有限公司车间主任, 县人民医院骨科主任).
func (w *work) listLinePost(p extract.Mention) {
	text := w.d.Text
	le := strings.IndexByte(text[p.End:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += p.End
	}
	end := le
	for end > p.End {
		r, n := utf8.DecodeLastRuneInString(text[:end])
		if unicode.Is(unicode.Han, r) {
			break
		}
		end -= n
	}
	var t extract.Mention
	ok := false
	for i := w.firstAt(p.End); i < len(w.ms) && w.ms[i].Start < end; i++ {
		if m := w.ms[i]; m.Type == extract.Title && m.End == end {
			t, ok = m, true
		}
	}
	if !ok {
		return
	}
	off := p.End
	for off < t.Start {
		r, n := utf8.DecodeRuneInString(text[off:])
		if unicode.Is(unicode.Han, r) && !strings.ContainsRune("女男族", r) {
			break
		}
		off += n
	}
	w.add(p.Key, extract.PostOf, w.text(t), true, "relate.post.list-line", t.Span, p.Span)
	o, ok := w.after(off, extract.Org, extract.Place)
	if !ok || o.End > t.Start {
		return
	}
	o = w.innermost(o)
	if o.End > t.Start || utf8.RuneCountInString(text[o.End:t.Start]) > 4 {
		return
	}
	for k := o.End; k < t.Start; {
		r, n := utf8.DecodeRuneInString(text[k:])
		if !unicode.Is(unicode.Han, r) || w.coveredAt(k) {
			return
		}
		k += n
	}
	w.add(p.Key, extract.WorksAt, w.ownerKey(o), false, "relate.post.list-line-owner", o.Span, t.Span, p.Span)
}

// pastPostsNext reads a sentence of past posts that follows a sentence
// opened by a person's name, the subject it leaves out (Y同志1938年出生…。
// 历任A县县长，B市市委常委、秘书长等职。).
func (w *work) pastPostsNext() {
	sents := w.sentences()
	for i := 1; i < len(sents); i++ {
		s := min(w.skipSpace(sents[i].Start), sents[i].End)
		v := lexicon.LongestPrefix(w.d.Text[s:sents[i].End], bioPastVerbs)
		if seg := w.d.Text[s:sents[i].End]; v == "" && startsWithAny(seg, []string{"他", "她"}) {
			// 他早年在乡村任教，后历任A、B: the verb after clauses of the
			// pronoun's, no other person among them
			k, vv := lastOfAny(seg, bioPastVerbs)
			if k < 0 || w.mentionIn(s, s+k, extract.Person) {
				continue
			}
			s, v = s+k, vv
		}
		if v == "" {
			continue
		}
		prev := sents[i-1]
		k := w.firstAt(prev.Start)
		if k >= len(w.ms) || w.ms[k].Type != extract.Person || w.ms[k].Start >= prev.End || strings.TrimSpace(w.d.Text[prev.Start:w.ms[k].Start]) != "" {
			continue
		}
		w.postChain(w.ms[k], s+len(v), false, false, true)
	}
}

// personAfter reports whether a person's name starts right after off.
func (w *work) personAfter(off int) bool {
	_, ok := w.after(off, extract.Person)
	return ok
}

// lineListGoesOn reports whether q, listed after p, is one more name of
// the list where a line break stands between them: q must end its line
// (记者 马立卫\n侯晓玉\n), not open a sentence (新华社记者 赵晓明\n罗永红，男，…).
func (w *work) lineListGoesOn(p, q extract.Mention) bool {
	if !strings.Contains(w.d.Text[p.End:q.Start], "\n") {
		return true
	}
	for i := q.End; i < len(w.d.Text); {
		r, n := lexicon.DecodeRune(w.d.Text, i)
		if r == '\n' {
			return true
		}
		if !isSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// listed reports whether q follows p in a list of names: separated by 、
// or by white space alone (记者 马立卫 侯晓玉).
func (w *work) listed(p, q extract.Mention) bool {
	if q.Start <= p.End {
		return false
	}
	// g := w.gap(p.End, q.Start); g == "、" || g == "", read without
	// building g: at most one character other than white space, and that
	// one 、 (U+FFFD, written or for a broken byte, is never 、)
	s := w.d.Text[p.End:q.Start]
	other := rune(-1)
	for i := 0; i < len(s); {
		r, n := lexicon.DecodeRune(s, i)
		i += n
		if isSpace(r) {
			continue
		}
		if other >= 0 || r != '、' {
			return false
		}
		other = r
	}
	return true
}

// Verbs after a name that introduce the person's posts, held now or
// before (曾任, 历任: a past post is the person's post as much as 原 before
// a title is).
var copulas = []string{"现任", "担任过", "担任", "出任", "兼任", "曾任", "曾担任", "历任", "先后任", "先后担任过", "先后担任", "此前任", "此前担任", "原任",
	"当选为", "当选", "被推选为", "被选为", "被选举为", "被任命为", "新任", "已调任", "调任", "升任", "改任", "转任", "是", "系", "任"}

// Verbs of an appointment or a removal before a name in personnel
// notices, and what comes between the name and the post: 任命X为Y,
// 免去X的Y职务.
var appointVerbs = []string{"任命", "聘任", "提名", "免去", "免除", "选举", "补选", "推选", "推举", "增补"}

// postsAfter reads posts stated after a name: 张三是X村党支部书记兼村委会主任.
func (w *work) postsAfter(p extract.Mention) {
	rest := w.d.Text[p.End:]
	at := p.End
	if w.postAtOrg(p, rest) {
		return
	}
	// 李红今年47岁，是…: an age clause before the copula
	if loc := ageClauseRe.FindStringIndex(rest); loc != nil {
		rest, at = rest[loc[1]:], p.End+loc[1]
	}
	// 潘某以高票当选, 以412票当选, 全票当选: the vote before an election's verb
	if head := rest[:min(len(rest), 48)]; (strings.Contains(head, "当选") || strings.Contains(head, "连任")) && !startsWithAny(rest, []string{"当选", "连任"}) {
		if loc := voteRe.FindStringIndex(head); loc != nil && loc[1] > 0 && startsWithAny(rest[loc[1]:], []string{"当选", "连任", "再次当选"}) {
			rest, at = rest[loc[1]:], at+loc[1]
		}
	}
	off, commas := -1, false
	for _, c := range copulas {
		if lexicon.HasPrefix(rest, c) {
			off, commas = at+len(c), lexicon.LongestPrefix(c, bioPastVerbs) != ""
			break
		}
	}
	if off < 0 && strings.HasPrefix(w.d.Text[p.End:], "、") {
		// 赵一、钱二、孙三当选为副县长: the people listed before an
		// election's verb share the post
		if _, last := w.appointList(p); last.End > p.End {
			if c := lexicon.LongestPrefix(w.d.Text[last.End:], []string{"当选为", "当选", "被选举为", "被任命为"}); c != "" {
				off = last.End + len(c)
			}
		}
	}
	if off < 0 {
		rest = w.d.Text[p.End:]
	}
	// 任命蒲海涛为X局局长, 免去谯光明的X局局长职务
	if off < 0 {
		// the verb before the name, or the heading of the notice's list
		// the name's line belongs to (免去：↵X的X局局长职务；); several
		// people named in a list share the post (补选A、B为X副主任)
		first, last := w.appointList(p)
		verb := lexicon.LongestSuffix(w.d.Text[:first.Start], appointVerbs)
		if verb == "" {
			verb = lexicon.AppointListVerb(w.d.Text, first.Start)
		}
		if verb == "" {
			verb = lexicon.AppointClauseVerb(w.d.Text, first.Start) // 任命X为A，Y为B
		}
		tail := w.d.Text[last.End:]
		if verb != "" && strings.HasPrefix(tail, "为") {
			off = last.End + len("为")
		} else if (verb == "免去" || verb == "免除") && strings.HasPrefix(tail, "的") {
			off = last.End + len("的")
		}
	}
	// Y（X公司总经理）: the parentheses hold the post and nothing else
	paren := false
	if off < 0 {
		for _, o := range []string{"（", "("} {
			if lexicon.HasPrefix(rest, o) {
				off, paren = p.End+len(o), true
			}
		}
	}
	var past []int
	if off < 0 {
		off = w.bioPost(p, &past)
	}
	for _, o := range past {
		w.postChain(p, o, false, false, true)
	}
	// Y，X医院院长，: an apposition after a comma, the owner right after it
	appos := false
	if off < 0 {
		if c := lexicon.LongestPrefix(rest, []string{"，", ","}); c != "" {
			at := p.End + len(c)
			// Y，原X局局长，涉嫌…: a former post
			if strings.HasPrefix(w.d.Text[at:], "原") {
				at += len("原")
			}
			if _, ok := w.after(at, extract.Org, extract.Place); ok {
				off, appos = at, true
			}
		}
	}
	if off < 0 {
		return
	}
	w.postChain(p, off, paren, appos, commas)
}

// postAtOrg reads a post held at an organization named before the verb of
// holding it, right after the name (Y在县人民医院当护士, Y曾在畜牧兽医站当过五
// 年防疫员, Y在X公司担任总经理): the post, and the organization the person
// works at. rest is the text after the name.
func (w *work) postAtOrg(p extract.Mention, rest string) bool {
	in := lexicon.LongestPrefix(rest, []string{"曾经在", "曾在", "一直在", "现在", "在"})
	if in == "" {
		return false
	}
	o, ok := w.after(p.End+len(in), extract.Org)
	if !ok || o.Start != p.End+len(in) {
		return false
	}
	k := o.End
	v := lexicon.LongestPrefix(w.d.Text[k:], []string{"当过", "当", "担任过", "担任", "任", "做"})
	if v == "" {
		return false
	}
	k += len(v)
	// 当过五年防疫员, 当了一名护士: a time or a measure word before the post
	if loc := postSpanRe.FindStringIndex(w.d.Text[k:min(len(w.d.Text), k+24)]); loc != nil {
		k += loc[1]
	}
	t, ok := w.after(k, extract.Title)
	if !ok || t.Start != k {
		return false
	}
	w.add(p.Key, extract.PostOf, w.text(t), true, "relate.post.at-org", t.Span, p.Span)
	w.add(p.Key, extract.WorksAt, w.ownerKey(o), false, "relate.post.at-org", o.Span, t.Span, p.Span)
	return true
}

// postSpanRe is a time or a measure word between a verb of holding a post
// and the post (五年, 了一名).
var postSpanRe = regexp.MustCompile(`^(?:了)?(?:[0-9一二三四五六七八九十两几]+(?:多)?年)?(?:的)?(?:一名|一位)?`)

// appointList returns the first and the last person of the list of names
// joined by 、 that p stands in (补选A、B、C为…), p itself when it stands
// alone.
func (w *work) appointList(p extract.Mention) (first, last extract.Mention) {
	first, last = p, p
	for n := 0; n < 20; n++ {
		sep := w.skipSpaceBack(first.Start)
		if !strings.HasSuffix(w.d.Text[:sep], "、") {
			break
		}
		q, ok := w.before(sep-len("、"), extract.Person)
		if !ok {
			break
		}
		first = q
	}
	for n := 0; n < 20 && strings.HasPrefix(w.d.Text[last.End:], "、"); n++ {
		q, ok := w.after(last.End+len("、"), extract.Person)
		if !ok {
			break
		}
		last = q
	}
	return first, last
}

// ageBeforeNameRe is an age written between a list of posts and the
// name (、56岁的, 、今年72岁的), at the end of the text before the name.
var ageBeforeNameRe = regexp.MustCompile(`(?:今年|现年)?[0-9一二三四五六七八九十]+岁的$`)

// voteRe is the vote between a name and an election's verb (以高票, 以412票,
// 全票, 顺利).
var voteRe = regexp.MustCompile(`^(?:以)?(?:[0-9一二三四五六七八九十百千]+票)?(?:高票|全票|满票)?(?:顺利|再次)?`)

// ageClauseRe is an age between a name and a copula (今年47岁，是…).
var ageClauseRe = regexp.MustCompile(`^[，,]?(?:今年|现年)?[0-9]{1,3}岁[，,]`)

// Endings of the units inside a body (护理部, 骨科, 车间), which name no
// organization of their own.
var unitEndings = []string{"部", "科", "室", "处", "股", "车间", "中心", "站", "所", "队", "组"}

// titleAfterUnit returns the title after the name of a unit written
// alone that starts at off (组织部部长, 办公室主任, 护理部主任): at most six
// Chinese characters that no mention covers and that end with an
// organization ending or, two characters or more, a unit's ending.
func (w *work) titleAfterUnit(off int) (extract.Mention, bool) {
	k := off
	for n := 0; n < 6 && k < len(w.d.Text); n++ {
		r, sz := utf8.DecodeRuneInString(w.d.Text[k:])
		if !unicode.Is(unicode.Han, r) || w.coveredAt(k) {
			return extract.Mention{}, false
		}
		k += sz
		if t, ok := w.after(k, extract.Title); ok && t.Start == k {
			if _, us, _, ok := w.st.lex.OrgSuffixEndingAt(w.d.Text, k); ok && us >= off || k-off >= 2*3 && endsWithAny(w.d.Text[:k], unitEndings) {
				return t, true
			}
			return extract.Mention{}, false
		}
	}
	return extract.Mention{}, false
}

// postAt reports whether a post starts at off: a title, or an
// organization or a place and a title (postFrom).
func (w *work) postAt(off int) bool {
	_, _, ok := w.postFrom(off)
	return ok
}

// postFrom reads the post that starts at off: a title, or its owner (an
// organization or a chain of places) and the title after it, or a title
// that starts inside the owner's last place (青石铺村党支部书记, 铁岭市委常委).
func (w *work) postFrom(off int) (extract.Mention, *extract.Mention, bool) {
	// 是一名主任医师: a measure word before the post
	if q := lexicon.LongestPrefix(w.d.Text[off:], []string{"一名", "一位"}); q != "" {
		off += len(q)
	}
	var owner *extract.Mention
	if o, ok := w.after(off, extract.Org, extract.Place); ok {
		o = w.innermost(o)
		owner = &o
	}
	// 担任该校常务副校长: a body referred to by its kind before the title
	if owner == nil && strings.HasPrefix(w.d.Text[off:], "该") {
		for _, a := range anaphorKinds {
			k := off + len("该") + len(a.word)
			if !strings.HasPrefix(w.d.Text[off+len("该"):], a.word) {
				continue
			}
			if t, ok := w.after(k, extract.Title); ok {
				if o, ok := w.anaphor(t.Start); ok {
					return t, &o, true
				}
			}
		}
	}
	t, ok := w.after(off, extract.Title)
	if !ok && owner != nil {
		t, ok = w.after(owner.End, extract.Title)
		if !ok && strings.HasPrefix(w.d.Text[owner.End:], "的") {
			// 是通江县人民医院的主治医师
			t, ok = w.after(owner.End+len("的"), extract.Title)
		}
		if !ok {
			// 是县第二中学的数学教师: the subject a teacher teaches
			k := owner.End
			if strings.HasPrefix(w.d.Text[k:], "的") {
				k += len("的")
			}
			if s := lexicon.LongestPrefix(w.d.Text[k:], schoolSubjects); s != "" {
				if m, mok := w.after(k+len(s), extract.Title); mok && m.Start == k+len(s) && w.text(m) == "教师" {
					t, ok = m, true
				}
			}
		}
		if !ok {
			// the title may start inside the place (青石铺村党支部书记)
			for i, hi := w.startRange(owner.End - len("村")); i < hi; i++ {
				if w.ms[i].Type == extract.Title {
					t, ok = w.ms[i], true
				}
			}
			if !ok {
				for e := owner.Start + 1; e < owner.End && !ok; e++ {
					for i, hi := w.startRange(e); i < hi; i++ {
						if m := w.ms[i]; m.Type == extract.Title && m.End > owner.End {
							t, ok = m, true
						}
					}
				}
			}
			if !ok {
				// 县人民医院护理部主任: a unit of the owner that no stage
				// names before the title
				t, ok = w.titleAfterUnit(owner.End)
			}
		}
	}
	return t, owner, ok
}

// postChain reads the chain of posts that starts at off, stated after
// the person p (a copula, parentheses, an apposition or a biography). In
// parentheses (paren) and an apposition (appos) the chain must end them.
// After 历任 (commas) the chain goes on over commas where another post
// follows (历任A县县长，B市市委常委、秘书长等职).
func (w *work) postChain(p extract.Mention, off int, paren, appos, commas bool) {
	var found []post
	commit := func() {
		for _, x := range found {
			w.add(p.Key, extract.PostOf, w.text(x.title), true, "relate.post.copula", x.title.Span, p.Span)
			if x.owner != nil && x.owner.Start < x.title.Start {
				w.add(p.Key, extract.WorksAt, w.ownerKey(*x.owner), false, "relate.post.copula-owner", x.owner.Span, x.title.Span, p.Span)
			} else if v, ok := w.villageInSentence(x.title, true); ok && x.owner == nil {
				// 麻料村举行换届选举，Y当选村委会主任
				w.add(p.Key, extract.WorksAt, v.Key, false, "relate.post.copula-owner", v.Span, x.title.Span, p.Span)
			}
		}
	}
	// a chain that stops inside parentheses or an apposition is no post
	// of the person's
	defer func() {
		if !paren && !appos {
			commit()
		}
	}()
	for n := 0; n < 4 || commas && n < 12; n++ {
		t, owner, ok := w.postFrom(off)
		if !ok && owner == nil && n > 0 {
			// 县委常委、组织部部长: a unit of the organ written alone
			// before the next title of the chain
			t, ok = w.titleAfterUnit(off)
		}
		if !ok {
			return
		}
		if n == 0 && appos && owner == nil {
			return
		}
		found = append(found, post{title: t, owner: owner})
		next := t.End
		r := w.d.Text[next:]
		switch {
		case strings.HasPrefix(r, "兼"):
			off = next + len("兼")
		case strings.HasPrefix(r, "、"):
			off = next + len("、")
		case commas && strings.HasPrefix(r, "，") && w.postAt(next+len("，")):
			off = next + len("，")
		default:
			// in parentheses or an apposition, the chain of posts must
			// end the parentheses or the clause (Y，X报社党组书记、社长Z:
			// Z's posts)
			if paren && startsWithAny(r, []string{"）", ")"}) || appos && startsWithAny(r, []string{"，", ",", "。", "；", ";"}) {
				commit()
			}
			return
		}
	}
}

// bioPost returns the offset after 现任 in a short biography that follows
// a name in its sentence (Y，男，汉族，1970年出生，现任X公司董事长), or -1:
// clauses of at most twelve characters before it or clauses a
// biography is made of (2001年7月参加工作, 加入中国共产党, 大学学历,
// 曾任X局副局长), and no other person. The offsets after 曾任 or 历任 in
// such clauses before it, or in place of it, are added to past.
func (w *work) bioPost(p extract.Mention, past *[]int) int {
	if r, _ := lexicon.DecodeRune(w.d.Text, p.End); r != '，' && r != ',' {
		return -1
	}
	sent := w.d.SentenceOf(p.Span)
	end := min(sent.End, p.End+160*3)
	if end <= p.End {
		return -1
	}
	seg := w.d.Text[p.End:end]
	if !strings.HasPrefix(seg, "，") && !strings.HasPrefix(seg, ",") {
		return -1
	}
	// the clauses after the name, up to the one that states the post
	at, k := -1, len(seg)
	var earlier []int
	for c := 0; c < len(seg); {
		n := strings.IndexAny(seg[c:], "，,")
		if n < 0 {
			n = len(seg) - c
		}
		clause := strings.TrimSpace(seg[c:][:n])
		switch {
		case clause == "":
		case strings.HasPrefix(clause, "现任"):
			at, k = c+strings.Index(seg[c:], "现任")+len("现任"), c
		case bioClause(clause):
			if v := lexicon.LongestPrefix(clause, bioPastVerbs); v != "" {
				earlier = append(earlier, c+strings.Index(seg[c:], v)+len(v))
			} else if loc := datedPostRe.FindStringIndex(clause); loc != nil {
				// 2021年起任X, 今年1月任X: a post taken at a date
				earlier = append(earlier, c+strings.Index(seg[c:], clause)+loc[1])
			}
		default:
			k = c
		}
		if k < len(seg) {
			break
		}
		c += n
		if c < len(seg) {
			_, sz := utf8.DecodeRuneInString(seg[c:])
			c += sz
		}
	}
	// X，男，汉族，1975年5月生，…参加工作。现任Y: a biography's sentence
	// of nothing but its clauses, then the current post opening the next
	if at < 0 && k == len(seg) && end == sent.End {
		rest := strings.TrimLeft(w.d.Text[end:min(len(w.d.Text), end+12)], "。 \u3000")
		if strings.HasPrefix(rest, "现任") {
			at = len(w.d.Text[p.End:end]) + strings.Index(w.d.Text[end:], "现任") + len("现任")
		}
	}
	if at < 0 && len(earlier) == 0 {
		return -1
	}
	for i := w.firstAt(p.End); i < len(w.ms) && w.ms[i].Start < p.End+k; i++ {
		if w.ms[i].Type == extract.Person {
			return -1
		}
	}
	for _, e := range earlier {
		*past = append(*past, p.End+e)
	}
	if at < 0 {
		return -1
	}
	return p.End + at
}

// Verbs that open a clause of past posts in a biography.
var bioPastVerbs = []string{"曾任", "曾担任", "历任", "先后任", "先后担任"}

// (commas: after 历任 or 先后任 only, a list of past posts)

// bioEndings end the clauses a biography is made of besides short ones
// (a birthplace: 察布查尔锡伯自治县孙扎齐牛录镇人).
var bioEndings = []string{"参加工作", "加入中国共产党", "入党", "学历", "学位", "毕业", "出生", "生", "人"}

// datedPostRe opens a clause of a biography that states a post taken at a
// date (2021年起任, 今年1月任, 2019年3月至今任).
var datedPostRe = regexp.MustCompile(`^(?:\d{4}年|今年|去年)(?:\d{1,2}月)?(?:起|至今|以来)?(?:任|担任)`)

// bioClause reports whether a clause of a biography before the current
// post may stand there: a short one (男, 汉族, 湖南衡阳人), one of the
// usual clauses (2003年6月加入中国共产党, 在职研究生学历) or one of past
// posts (曾任X局副局长).
func bioClause(c string) bool {
	return utf8.RuneCountInString(c) <= 12 || endsWithAny(c, bioEndings) && utf8.RuneCountInString(c) <= 24 || lexicon.LongestPrefix(c, bioPastVerbs) != "" || datedPostRe.MatchString(c)
}

// innermost follows a chain of places written one after the other from
// o (天津市武清区大良镇田水铺村) to its last place, or to an organization
// that the chain's last place begins (万荣县农业农村局): a post after the
// chain belongs to that one.
func (w *work) innermost(o extract.Mention) extract.Mention {
	for o.Type == extract.Place {
		next, ok := w.after(o.End, extract.Place, extract.Org)
		if !ok {
			break
		}
		o = next
	}
	return o
}

// appointed reads "担任 X" after a person: 担任首席顾问.
func (w *work) appointed(p extract.Mention, off int) {
	rest := w.d.Text[off:]
	for _, v := range []string{"担任", "出任", "兼任", "任"} {
		if lexicon.HasPrefix(rest, v) {
			if t, ok := w.after(off+len(v), extract.Title); ok && t.Start-(off+len(v)) <= 18 {
				w.add(p.Key, extract.PostOf, w.text(t), true, "relate.post.appointed", t.Span, p.Span)
			}
			return
		}
	}
}

// isOwnMedia reports whether an owner is the paper itself (本报记者: no 任职于).
func (w *work) isOwnMedia(o extract.Mention) bool {
	return strings.HasPrefix(w.text(o), "本报")
}

// dropBareRepeats drops a post read from a title after the name (吴春泉
// 书记强调) when the same person holds a post that ends with it (县委书记):
// the bare title repeats the post, it is none of its own.
func (w *work) dropBareRepeats() {
	posts := map[string][]string{} // person → posts
	for _, t := range w.d.Triples {
		if t.Predicate == extract.PostOf {
			posts[t.Subject] = append(posts[t.Subject], t.Object)
		}
	}
	kept := w.d.Triples[:0]
	for _, t := range w.d.Triples {
		if t.Predicate == extract.PostOf && t.Rule == "relate.post.after" && longerPostEndingWith(posts[t.Subject], t.Object) {
			continue
		}
		kept = append(kept, t)
	}
	w.d.Triples = kept
}

// dropInnerProducts keeps one of two industries of the same subject read
// from one sentence where one ends with the other and every occurrence of
// the shorter in the sentence lies inside the longer: two rules read one
// product at two lengths. The longer is kept (乡村旅游, not 旅游), unless
// what it adds is the subject's own name (盐池滩羊 of 盐池县: 滩羊, as
// 通江银耳 of 通江县 is 银耳).
func (w *work) dropInnerProducts() {
	type key struct {
		subj string
		sent extract.Span
	}
	prods := map[key][]string{}
	for _, t := range w.d.Triples {
		if t.Predicate == extract.Industry {
			k := key{t.Subject, t.Evidence}
			prods[k] = append(prods[k], t.Object)
		}
	}
	if len(prods) == 0 {
		return
	}
	// drop reports whether p gives way to another product of k
	drop := func(k key, p string) bool {
		if k.sent.Start < 0 || k.sent.End > len(w.d.Text) || k.sent.Start > k.sent.End {
			return false
		}
		sent := w.d.Text[k.sent.Start:k.sent.End]
		label := k.subj
		if e := w.d.Entity(k.subj); e != nil {
			label = e.Label
		}
		for _, q := range prods[k] {
			long, short := q, p
			if len(long) < len(short) {
				long, short = short, long
			}
			if len(long) == len(short) || !lexicon.HasSuffix(long, short) || strings.Count(sent, short) != strings.Count(sent, long) {
				continue
			}
			named := strings.HasPrefix(label, long[:len(long)-len(short)])
			if p == short && !named || p == long && named {
				return true
			}
		}
		return false
	}
	kept := w.d.Triples[:0]
	for _, t := range w.d.Triples {
		if t.Predicate == extract.Industry && drop(key{t.Subject, t.Evidence}, t.Object) {
			continue
		}
		kept = append(kept, t)
	}
	w.d.Triples = kept
}

func longerPostEndingWith(posts []string, p string) bool {
	for _, q := range posts {
		if len(q) > len(p) && lexicon.HasSuffix(q, p) {
			return true
		}
	}
	return false
}

// ---- bylines ----

var editorLabels = []string{"责任编辑", "编辑", "责编", "审核", "终审", "校对", "审校", "监制", "策划", "美编", "值班", "版式", "编审", "排版", "美术编辑"}

func (w *work) authors() {
	text := w.d.Text
	n := len(text)
	prevEnd, prevRule := -1, "" // the author before, for names listed after it
	for _, m := range w.ms {
		if m.Type != extract.Person {
			continue
		}
		if w.isEditor(m) {
			continue
		}
		rule := ""
		switch {
		case strings.Contains(m.Rule, "byline"), strings.Contains(m.Rule, "signature"):
			rule = "relate.author.byline"
		default:
			after := w.gap(m.End, min(n, m.End+18))
			if strings.HasPrefix(after, "报道") || strings.HasPrefix(after, "摄") || strings.HasPrefix(after, "采写") {
				rule = "relate.author.report"
			} else if startsWithAny(after, creditMarks) || m.Rule != nerPersonLabel && w.creditLabelBefore(m.Start) {
				rule = "relate.author.credit"
			} else if t, ok := w.before(m.Start, extract.Title); ok {
				if tt, ok := w.st.lex.IsTitle(w.text(t)); ok && tt.Class == lexicon.Press && (m.Start < 120 || n-m.End < 120 || strings.HasPrefix(after, "）") || strings.HasPrefix(after, ")") || pressNext(after) || w.bracketByline(t, m)) {
					rule = "relate.author.press"
				}
			}
			// 记者 梁 冰 蒙 丽: a name listed right after an author's
			// 本报记者 牛惠婧 通讯员 解俊宇: a press title between them
			if rule == "" && prevEnd >= 0 && prevEnd <= m.Start && pressLabels[strings.Trim(text[prevEnd:m.Start], " \u3000\u00a0、")] {
				rule = prevRule
			}
		}
		if rule != "" && !strings.Contains(w.gap(max(0, m.Start-30), m.Start), "采访") {
			w.add(extract.ArticleSubject, extract.AuthoredBy, m.Key, false, rule, m.Span)
			prevEnd, prevRule = m.End, rule
		}
	}
}

// bracketByline reports whether the press title t opens a bracket
// (（记者 龙 腾 石秀娟）, 讯（记者X、Y）) that closes after the name m and a
// few more names, with nothing but names, spaces, 、 and a credit (文/图)
// between.
func (w *work) bracketByline(t, m extract.Mention) bool {
	if !strings.HasSuffix(strings.TrimRight(w.d.Text[max(0, t.Start-3):t.Start], " \u3000"), "（") {
		return false
	}
	rest := w.d.Text[m.End:min(len(w.d.Text), m.End+40)]
	k := strings.IndexAny(rest, "）)")
	if k < 0 {
		return false
	}
	between := rest[:k]
	if utf8.RuneCountInString(strings.Join(strings.Fields(between), "")) > 9 {
		return false
	}
	for _, r := range between {
		// 文/图: a credit of the text and the photos
		if !unicode.Is(unicode.Han, r) && r != ' ' && r != '\u3000' && r != '、' && r != '/' && r != '／' {
			return false
		}
	}
	return true
}

// pressNext reports whether after, the text after a name, goes on with
// another press label of the byline (记者潘福珊 通讯员钱倩巧).
func pressNext(after string) bool {
	after = strings.TrimLeft(after, " \u3000\u00a0")
	return strings.HasPrefix(after, "通讯员") || strings.HasPrefix(after, "记者") || strings.HasPrefix(after, "见习记者")
}

// pressLabels may stand between two names of one byline (记者 梁 冰 蒙 丽,
// 记者 X 通讯员 Y).
var pressLabels = map[string]bool{"": true, "通讯员": true, "记者": true, "本报记者": true, "见习记者": true, "实习生": true, "特约记者": true}

// nerPersonLabel is the rule of a person that ner read after a label that
// credits nobody there (图：李明正在查看苗情, a caption naming who is in the
// photo; 诗集的作者：张海燕是…).
const nerPersonLabel = "ner.person.label"

// creditMarks follow a name credited for the article or its photos
// (张三/文 李四/图, （王五 供图）, 赵六 文/图).
var creditMarks = []string{"/文", "／文", "/图", "／图", "/摄", "／摄", "供图", "文/图", "文／图", "图/文", "图／文"}

// creditLabels come before a name credited for the article or its
// photos (文/张三 图/李四, 摄影：王五, 撰文：赵六).
var creditLabels = []string{"文/", "文／", "图/", "图／", "文图/", "文图／", "图文/", "文:", "文：", "图:", "图：", "摄影:", "摄影：", "摄影/", "摄影／", "撰文:", "撰文：", "作者:", "作者：", "供图:", "供图：", "摄:", "摄：", "文字:", "文字：", "图片:", "图片：", "视频:", "视频："}

// creditLabelBefore reports whether one of creditLabels ends right before
// off (white space allowed), itself at the start of a line or after white
// space or an opening bracket, not inside a sentence (如图：).
func (w *work) creditLabelBefore(off int) bool {
	at := w.skipSpaceBack(off)
	if r, _ := utf8.DecodeLastRuneInString(w.d.Text[:at]); r != '/' && r != '／' && r != ':' && r != '：' {
		return false // every label ends with one of them
	}
	pre := w.d.Text[max(0, at-8*3):at]
	l := lexicon.LongestSuffix(pre, creditLabels)
	if l == "" {
		return false
	}
	start := at - len(l)
	if start == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(w.d.Text[:start])
	return isSpace(r) || r == '（' || r == '(' || r == '|' || r == '丨'
}

func (w *work) isEditor(m extract.Mention) bool {
	before := w.gap(max(0, m.Start-15), m.Start)
	before = strings.TrimRight(before, ":：｜|丨 \u3000")
	for _, l := range editorLabels {
		if lexicon.HasSuffix(before, l) {
			return true
		}
	}
	return false
}

// ---- short names ----

// madeOf reports whether at least two thirds of the characters of short
// occur in name (两江新区 of 重庆两江新区, 市场监管总局 of 国家市场监督管理总局).
func madeOf(short, name string) bool {
	n, in := 0, 0
	for _, r := range short {
		n++
		if strings.ContainsRune(name, r) {
			in++
		}
	}
	return n > 0 && 3*in >= 2*n
}

// shortCommaRe is the note of a short name between commas: ，简称“X”，
// ，以下简称X。，以下称“X”，
var shortCommaRe = regexp.MustCompile(`^[，,]\s*(?:` + strings.Join(aliasNotes, "|") + `)[:：]?\s*[“"「]?([^）)”"」，,、。；\s]{2,20})[”"」]?\s*[，,。；]`)

var shortRe = regexp.MustCompile(`^[（(]\s*(?:` + strings.Join(aliasNotes, "|") + `)[:：]?\s*[“"「]?([^）)”"」，,、。]{2,20})[”"」]?\s*[）)]`)

// bareShortRe is a name in brackets right after another, with no note.
var bareShortRe = regexp.MustCompile(`^[（(]\s*[“"「]?(\p{Han}{2,12})[”"」]?\s*[）)]`)

// abbreviates reports whether short abbreviates name: at least two
// characters fewer, and its characters are the name's in their order, the
// first of them the name's first (长沙经开区 of 长沙经济技术开发区, 北大 of
// 北京大学; not 湖南 of 宏达湖南分公司).
func abbreviates(short, name string) bool {
	if utf8.RuneCountInString(short)+2 > utf8.RuneCountInString(name) {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(short)
	n0, _ := utf8.DecodeRuneInString(name)
	if r0 != n0 {
		return false
	}
	rest := name
	for _, r := range short {
		k := strings.IndexRune(rest, r)
		if k < 0 {
			return false
		}
		rest = rest[k+utf8.RuneLen(r):]
	}
	return true
}

func (w *work) shortNames() {
	aliases := map[string]string{} // short name → key
	for _, m := range w.ms {
		if m.Type != extract.Org && m.Type != extract.Place {
			continue
		}
		r, _ := lexicon.DecodeRune(w.d.Text, m.End)
		var sub []string
		switch r {
		case '（', '(':
			sub = shortRe.FindStringSubmatch(w.d.Text[m.End:])
			// 长沙经济技术开发区（长沙经开区）: a short name alone in brackets,
			// made of the name's characters in their order
			if sub == nil {
				if sub = bareShortRe.FindStringSubmatch(w.d.Text[m.End:]); sub != nil && !abbreviates(sub[1], w.text(m)) {
					sub = nil
				}
			}
		case '，', ',':
			// 重庆两江新区，简称两江新区，是…: between commas, the short
			// name must be made of the name's characters
			if sub = shortCommaRe.FindStringSubmatch(w.d.Text[m.End:]); sub != nil && !madeOf(sub[1], w.text(m)) {
				sub = nil
			}
		}
		if sub == nil {
			continue
		}
		// a line break of the page inside the note is no part of the name
		// (以下简称“永寿农商\n行”)
		short := strings.Map(dropSpace, sub[1])
		w.add(m.Key, extract.ShortName, short, true, "relate.shortname", m.Span)
		aliases[short] = m.Key
	}
	if len(aliases) == 0 {
		return
	}
	// mentions of the short name are the same entity
	for i := range w.d.Mentions {
		m := &w.d.Mentions[i]
		if k, ok := aliases[w.text(*m)]; ok && m.Key != k && (m.Type == extract.Org || m.Type == extract.Place) {
			old := m.Key
			m.Key = k
			if w.dropEntity(old) {
				// the facts found of it are the entity's (a zone's 位于
				// read from the short name in a headline)
				w.d.MoveTriples(old, k)
			}
		}
	}
	// and a short name no stage recognised becomes a mention; the short
	// names are taken longest first, then in byte order, so that which
	// one covers a place of the text does not depend on map order
	shorts := make([]string, 0, len(aliases))
	for short := range aliases {
		shorts = append(shorts, short)
	}
	slices.SortFunc(shorts, func(a, b string) int { return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b)) })
	added := false
	for _, short := range shorts {
		k := aliases[short]
		for s, off := range occurrences(w.d.Text, short) {
			covered := false
			for _, m := range w.d.Mentions {
				if m.Start <= s && off <= m.End {
					covered = true
					break
				}
			}
			if !covered {
				typ := extract.Org
				if e := w.d.Entity(k); e != nil {
					typ = e.Type
				}
				w.d.Mentions = append(w.d.Mentions, extract.Mention{Span: extract.Span{Start: s, End: off}, Type: typ, Text: short, Key: k, Rule: "relate.shortname.alias"})
				added = true
			}
		}
	}
	if added {
		// in text order, the longest first, as the other stages leave them
		slices.SortStableFunc(w.d.Mentions, extract.MentionOrder)
	}
	w.ms = w.ms[:0]
	w.ms = append(w.ms, w.d.Mentions...)
	w.index()
}

// occurrences yields the start and end of each occurrence of name in
// text, left to right, none overlapping the one before.
func occurrences(text, name string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		if len(name) >= 2 && name[0] >= 0xC0 {
			// a name that begins with a multi-byte character is found by
			// the bytes after its lead byte, which are far more selective
			// in a Chinese text (of the lead bytes, a few lead most of
			// its characters), then by the lead byte before them
			for off := 0; off < len(text); {
				k := strings.Index(text[off+1:], name[1:])
				if k < 0 {
					return
				}
				s := off + k // text[s+1:] begins with name[1:]
				if text[s] != name[0] {
					off = s + 1
					continue
				}
				off = s + len(name)
				if !yield(s, off) {
					return
				}
			}
			return
		}
		for off := 0; ; {
			k := strings.Index(text[off:], name)
			if k < 0 {
				return
			}
			s := off + k
			off = s + len(name)
			if !yield(s, off) {
				return
			}
		}
	}
}

// dropEntity removes the entity key when no mention stands for it any
// more, and reports whether it did.
func (w *work) dropEntity(key string) bool {
	for _, m := range w.d.Mentions {
		if m.Key == key {
			return false
		}
	}
	for i, e := range w.d.Entities {
		if e.Key == key {
			w.d.Entities = append(w.d.Entities[:i], w.d.Entities[i+1:]...)
			return true
		}
	}
	return false
}

// ---- residence and age ----

// lineSentence returns the sentence of sp, begun at the start of the
// sentence before where a line break the layout left splits a sentence
// (…二虎头社区的63岁老\n人袁秀高兴地说, 今年28\n岁的Y: the line before ends
// with a Chinese character or a digit, no mark that ends a sentence).
func (w *work) lineSentence(sp extract.Span) extract.Span {
	sent := w.d.SentenceOf(sp)
	k := sent.Start
	for k > 0 {
		r, n := lexicon.DecodeLastRune(w.d.Text, k)
		if r != ' ' && r != '\t' && r != '\u3000' {
			break
		}
		k -= n
	}
	if k == 0 || w.d.Text[k-1] != '\n' {
		return sent
	}
	if r, _ := lexicon.DecodeLastRune(w.d.Text, k-1); !unicode.Is(unicode.Han, r) && (r < '0' || r > '9') || k-1 == 0 {
		return sent
	}
	prev := w.d.SentenceOf(extract.Span{Start: k - 1 - 1, End: k - 1})
	if prev.End > sent.Start || prev.Start >= sent.Start {
		return sent
	}
	return extract.Span{Start: prev.Start, End: sent.End}
}

// isVillage reports whether a place key is a village or community (a
// twelve-digit division code).
func (w *work) isVillage(key string) bool {
	code := strings.TrimPrefix(key, "place/")
	if len(code) == 12 && strings.Trim(code, "0123456789") == "" {
		return true
	}
	// a village the division list does not hold, keyed under its
	// township (place/511923108/水口村)
	parent, name, ok := strings.Cut(code, "/")
	return ok && len(parent) == 9 && strings.Trim(parent, "0123456789") == "" && !strings.Contains(name, "/") &&
		(strings.HasSuffix(name, "村") || strings.HasSuffix(name, "社区") || strings.HasSuffix(name, "嘎查"))
}

var villagerWords = []string{"村民", "居民", "社区居民", "牧民", "渔民", "市民"}

// farmerWords name a person by the farm work or the lot of a household:
// after a village or a community they say where the person lives
// (X村脱贫户Y, X村种植户Y), after a larger place not.
var farmerWords = []string{"脱贫户", "贫困户", "低保户", "种植户", "养殖户", "农户", "果农", "茶农", "菜农", "种粮大户", "梅农", "牧民", "参农", "枣农", "梨农", "桃农", "橘农", "瓜农", "花农", "菇农", "蜂农", "药农", "椒农", "烟农", "蚕农", "棉农"}

// villagerKinds name a villager by their sex, age or work after the village
// (X村壮族妇女Y, X村的哈尼族小伙Y, X村种植大户Y).
var villagerKinds = append([]string{"妇女", "小伙子", "小伙", "姑娘", "汉子", "老人", "老汉", "大爷", "大妈", "阿姨", "大姐", "大哥",
	"老党员", "党员", "种植大户", "养殖大户", "种粮大户", "致富带头人", "返乡青年", "大学生", "青年", "能人", "乡贤", "村医",
	"老兵", "退伍军人", "残疾人", "花农", "老农", "农民"}, append(farmerWords, villagerWords...)...)

// villagerGapRe is what may stand between a village and a villager's name.
var villagerGapRe = regexp.MustCompile(`^(?:的)?(?:今年)?(?:[0-9]{1,3}岁的?)?(?:\p{Han}{1,3}族)?(?:老)?(?:` + strings.Join(villagerKinds, "|") + `)?$`)

// villageRightBefore returns the village or community named right before
// p with only 的, an age, a people and a word for a villager between them
// (villagerGapRe), and at least one of them.
func (w *work) villageRightBefore(p extract.Mention) (extract.Mention, bool) {
	var best extract.Mention
	found := false
	for i := w.firstAt(max(0, p.Start-60)); i < len(w.ms) && w.ms[i].Start < p.Start; i++ {
		m := w.ms[i]
		if m.Type != extract.Place || m.Key == "" || m.End > p.Start || m.End == p.Start || !w.isVillage(m.Key) {
			continue
		}
		if villagerGapRe.MatchString(w.gap(m.End, p.Start)) {
			best, found = m, true
		}
	}
	return best, found
}

// skipAgeBack returns where an age and 的 that end at off start (82岁的
// in 水口村82岁的村民Y), or off.
func (w *work) skipAgeBack(off int) int {
	pre := w.d.Text[max(0, off-8*3):off]
	rest, ok := strings.CutSuffix(pre, "岁的")
	if !ok {
		return off
	}
	k := len(rest)
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(rest[:k])
		if !(r >= '0' && r <= '9') && !strings.ContainsRune("一二两三四五六七八九十", r) {
			break
		}
		k -= n
	}
	if k == len(rest) || !validAge(rest[k:]) {
		return off
	}
	return off - len(pre) + k
}

// afterProfile returns the offset after a name and at most two clauses of
// the person's age, sex, ethnic group or party that follow it, each after
// a comma (Y，男，82岁，…: the comma before …), or the name's end.
func (w *work) afterProfile(p extract.Mention) int {
	off := p.End
	for n := 0; n < 3; n++ {
		rest := w.d.Text[off:min(len(w.d.Text), off+12*3)]
		c := lexicon.LongestPrefix(rest, []string{"，", ","})
		if c == "" {
			break
		}
		k := strings.IndexAny(rest[len(c):], "，,")
		if k < 0 || !isAgeOrSex(rest[len(c):len(c)+k]) {
			break
		}
		off += len(c) + k
	}
	return off
}

// liveWords put where a person lives after them (家住X的Y, 现居X的Y,
// Y住在X), longest first.
var liveWords = []string{"家住在", "居住在", "定居在", "家住", "家在", "现居", "住在", "定居"}

// liveWordsAndFrom are liveWords and 来自, which names a home only at a
// village's or a township's level.
var liveWordsAndFrom = append([]string{"来自"}, liveWords...)

// lastOfAny returns the start of the last occurrence in s of one of
// words and the word, or -1.
func lastOfAny(s string, words []string) (int, string) {
	best, word := -1, ""
	for _, w := range words {
		// (lexicon.Contains skips most words at less than LastIndex's cost)
		if !lexicon.Contains(s, w) {
			continue
		}
		if k := strings.LastIndex(s, w); k > best {
			best, word = k, w
		}
	}
	return best, word
}

// livesAfter returns the offset after a word of where the person p lives
// that follows the name (Y家住X, Y，家住X, Y住在X), after at most two short
// clauses of the person's age or sex (Y，今年58岁，家住X; Y，女，62岁，家住X;
// Y今年58岁，家住X),
// or -1.
func (w *work) livesAfter(p extract.Mention) int {
	off := p.End
	for n := 0; ; n++ {
		rest := w.d.Text[off:min(len(w.d.Text), off+12*3)]
		if r := lexicon.LongestPrefix(rest, []string{"，", ","}); r != "" {
			rest, off = rest[len(r):], off+len(r)
		}
		if wd := lexicon.LongestPrefix(rest, liveWords); wd != "" {
			return off + len(wd)
		}
		if n == 2 {
			return -1
		}
		// a clause of the age or sex: 今年58岁, 女, 62岁; right after the
		// name only the age (Y今年58岁，家住X)
		k := strings.IndexAny(rest, "，,")
		if k < 0 || !isAgeOrSex(rest[:k]) || off == p.End && !strings.HasSuffix(rest[:k], "岁") {
			return -1
		}
		off += k
	}
}

// nameSoonAfter reports whether a person is named within the eight
// characters after off, in the clause (的六旬老人Y).
func (w *work) nameSoonAfter(off int) bool {
	for i := w.firstAt(off); i < len(w.ms) && w.ms[i].Start < off+8*3; i++ {
		if w.ms[i].Type == extract.Person {
			return !strings.ContainsAny(w.d.Text[off:w.ms[i].Start], "，,。；;")
		}
	}
	return false
}

// isAgeOrSex reports whether a clause gives a person's age or sex (男,
// 女, 58岁, 今年58岁, 现年七十岁).
func isAgeOrSex(c string) bool {
	if c == "男" || c == "女" || c == "中共党员" || strings.HasSuffix(c, "族") && utf8.RuneCountInString(c) <= 5 && utf8.RuneCountInString(c) >= 2 {
		return true
	}
	n, ok := strings.CutSuffix(c, "岁")
	if !ok {
		return false
	}
	for _, pre := range []string{"今年", "现年", "年仅", "时年"} {
		n = strings.TrimPrefix(n, pre)
	}
	for _, pre := range []string{"已经", "已满", "已", "满"} {
		n = strings.TrimPrefix(n, pre)
	}
	return validAge(n)
}

// Words between a person and the village the person is a villager of
// (Y是X村村民, Y系X村村民, Y，X村村民).
var residentCopulas = []string{"是", "系", "，", ","}

// roleAfterVillager returns the offset of a villager word's end where a
// role of two to six Han characters after 、 stands between it and the
// name at s (吉山村村民、护鸟志愿者Y), or -1.
func (w *work) roleAfterVillager(s int) int {
	t := w.d.Text
	j := strings.LastIndex(t[max(0, s-7*3):s], "、")
	if j < 0 {
		return -1
	}
	j += max(0, s-7*3)
	role := t[j+len("、") : s]
	if n := utf8.RuneCountInString(role); n < 2 || n > 6 || strings.IndexFunc(role, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
		return -1
	}
	for _, vw := range villagerWords {
		if strings.HasSuffix(t[:j], vw) {
			return j
		}
	}
	return -1
}

func (w *work) residence() {
	for _, p := range w.ms {
		if p.Type != extract.Person {
			continue
		}
		// X村村民Y, X村82岁的村民Y, X村脱贫户Y; X村村民、72岁的Y
		end := p.Start
		if q := w.skipAgeBack(p.Start); q < p.Start && strings.HasSuffix(w.d.Text[:q], "、") {
			end = q - len("、")
		} else if q := w.roleAfterVillager(p.Start); q >= 0 {
			end = q // X村村民、护林员Y
		}
		for _, vw := range villagerWords {
			k := end - len(vw)
			if k < 0 || w.d.Text[k:end] != vw {
				continue
			}
			if pl, ok := w.before(w.skipAgeBack(k), extract.Place); ok {
				w.add(p.Key, extract.LivesIn, pl.Key, false, "relate.residence.villager", pl.Span, p.Span)
			} else if pl, ok := w.before(k+len("市"), extract.Place); ok && vw == "市民" && w.text(pl) != "市" {
				// 成都市民Y: the city's 市 is the word's
				w.add(p.Key, extract.LivesIn, pl.Key, false, "relate.residence.villager", pl.Span, p.Span)
			}
		}
		if fw := lexicon.LongestSuffix(w.d.Text[max(0, p.Start-4*3):p.Start], farmerWords); fw != "" {
			if pl, ok := w.before(w.skipAgeBack(p.Start-len(fw)), extract.Place); ok && w.isVillage(pl.Key) {
				w.add(p.Key, extract.LivesIn, pl.Key, false, "relate.residence.villager", pl.Span, p.Span)
			}
		}
		// 家住X的(…)Y: look back in the sentence
		sent := w.lineSentence(p.Span)
		if p.Start-sent.Start > 90 {
			sent.Start = p.Start - 90
			for sent.Start < p.Start && !utf8.RuneStart(w.d.Text[sent.Start]) {
				sent.Start++
			}
		}
		seg := w.d.Text[sent.Start:p.Start]
		k, word := lastOfAny(seg, liveWordsAndFrom)
		if k < 0 {
			continue
		}
		from := sent.Start + k + len(word)
		de := strings.Index(w.d.Text[from:p.Start], "的")
		if de < 0 || strings.ContainsAny(w.d.Text[from+de:p.Start], "，,；;") {
			continue // 定居X的第二年，Y…: the clause of 的 ends before the name
		}
		// no other person in between
		other := false
		var last *extract.Mention
		for i := w.firstAt(from); i < len(w.ms) && w.ms[i].Start < p.Start; i++ {
			m := w.ms[i]
			if m.Start >= from && m.End <= from+de {
				if m.Type == extract.Place {
					last = &w.ms[i]
				}
			}
			if m.Type == extract.Person && m.Start > from && m.End < p.Start && m.Key != p.Key {
				other = true
			}
		}
		// 来自X村的Y, 来自X镇的牧民Y: where one comes from is one's home
		// only at a village's or a township's level (not 来自X县的专家)
		if last != nil && word == "来自" && !w.isVillage(last.Key) && extract.DivisionLevel(strings.TrimPrefix(last.Key, "place/")) != 4 {
			continue
		}
		if last != nil && !other {
			w.add(p.Key, extract.LivesIn, last.Key, false, "relate.residence.jiazhu", last.Span, p.Span)
		}
	}
	// X村的Y, X村壮族妇女Y, X村种植大户Y, X村的哈尼族小伙Y: a village or
	// a community right before the person, and between them only 的, an
	// age, a people and a word for a villager
	for _, p := range w.ms {
		if p.Type != extract.Person {
			continue
		}
		if pl, ok := w.villageRightBefore(p); ok {
			w.add(p.Key, extract.LivesIn, pl.Key, false, "relate.residence.villager", pl.Span, p.Span)
		}
	}
	// 在X村的大棚里，村民Y / 在X社区，71岁的独居老人Y: a villager or a
	// resident in a sentence that names one village or community
	for _, p := range w.ms {
		if p.Type != extract.Person || !w.roleBefore(p.Start) {
			continue
		}
		sent := w.d.SentenceOf(p.Span)
		village, n := w.villagesIn(sent.Start, p.Start)
		if n == 0 && endsWithAny(w.gap(max(0, p.Start-4*3), p.Start), []string{"村民", "居民", "牧民"}) {
			// 走进X村，…。村民Y正在…: the one village of the paragraph
			// before the sentence
			start := strings.LastIndexByte(w.d.Text[:sent.Start], '\n') + 1
			village, n = w.villagesIn(start, sent.Start)
		}
		if n == 1 {
			w.add(p.Key, extract.LivesIn, village.Key, false, "relate.residence.village", village.Span, p.Span)
		}
	}
	// Y是X村村民, Y，X村村民，: the villager word after the village, and
	// no other name after it (Y，X村村民Z is Z's)
	for _, p := range w.ms {
		if p.Type != extract.Person {
			continue
		}
		// Y，男，82岁，X村村民: after the clauses of a profile
		k := w.afterProfile(p)
		if c := lexicon.LongestPrefix(w.d.Text[k:], residentCopulas); c != "" {
			k += len(c)
		} else {
			continue
		}
		pl, ok := w.after(k, extract.Place)
		if !ok {
			continue
		}
		for {
			next, ok := w.after(pl.End, extract.Place)
			if !ok {
				break
			}
			pl = next
		}
		if vw := lexicon.LongestPrefix(w.d.Text[pl.End:], villagerWords); vw != "" && !w.personAfter(pl.End+len(vw)) {
			w.add(p.Key, extract.LivesIn, pl.Key, false, "relate.residence.is-villager", pl.Span, p.Span)
		}
	}
	// Y，家住X / Y家住X / Y住在X / Y，今年58岁，家住X
	for _, p := range w.ms {
		if p.Type != extract.Person {
			continue
		}
		if k := w.livesAfter(p); k >= 0 {
			if pl, ok := w.after(k, extract.Place); ok {
				// the innermost of a nested chain
				end := pl
				for _, m := range w.ms {
					if m.Type == extract.Place && m.Start >= pl.Start && m.Start <= end.End && w.gap(end.End, m.Start) == "" && m.Start >= end.End {
						end = m
					}
				}
				if strings.HasPrefix(w.d.Text[end.End:], "的") && w.nameSoonAfter(end.End) {
					continue // Y，住在X的Z: Z's home
				}
				w.add(p.Key, extract.LivesIn, end.Key, false, "relate.residence.jiazhu", end.Span, p.Span)
			}
		}
	}
}

var (
	// an age in digits or in Chinese numerals (68, 六十八); 多 after it
	// (六十多岁) makes it rough, and the patterns then fail
	ageBeforeRe = regexp.MustCompile(`(?:^|[^\d一二两三四五六七八九十])(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:周)?岁(?:的)?(?:[^\P{Han}岁]{0,20})$`)
	ageAfterRe  = regexp.MustCompile(`^\s*(?:[，,（(]\s*(?:(?:[男女]|化名)[，,、]\s*)?(?:\p{Han}{1,4}族[，,、]\s*)?(?:\d{4}年(?:\d{1,2}月)?出?生[，,、]\s*)?(?:今年|现年|年仅|时年)?(?:已年满|年满|已经|已|刚满|已满|满)?|(?:今年|现年)(?:已经|已|刚满|已满|满)?|年已|年仅|时年|已年满|年满|已经|已|才|只有|仅|(?:已是|是)(?:一名|一位|一个)?)(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:周)?岁`)
	ageDeathRe  = regexp.MustCompile(`^\s*(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:周)?岁`)
	ageSelfRe   = regexp.MustCompile(`^[^。！？]{0,20}?(?:今年|已经)(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:岁|了)`)
)

func (w *work) ages() {
	for _, p := range w.ms {
		if p.Type != extract.Person {
			continue
		}
		// thirty characters: an age, 的 and a title after its owner, or
		// after a chain of divisions (现年45岁的X街道Y村党支部书记)
		from := max(0, p.Start-90)
		for from < p.Start && !utf8.RuneStart(w.d.Text[from]) {
			from++
		}
		if sent := w.lineSentence(p.Span); sent.Start > from && sent.Start <= p.Start {
			from = sent.Start
		}
		seg := w.d.Text[from:p.Start]
		// the patterns run only where their literal words stand
		if lexicon.Contains(seg, "岁") {
			if strings.Contains(seg, "\n") {
				seg = w.gap(from, p.Start) // 63岁老\n人Y: a line break the layout left
			}
			if sub := ageBeforeRe.FindStringSubmatch(seg); sub != nil && validAge(sub[1]) {
				// the words between the age and the name must be a role (老人, 村民) or nothing
				tail := seg[strings.LastIndex(seg, "岁")+len("岁"):]
				tail = strings.TrimPrefix(tail, "的")
				// 82岁高龄的抗战老兵
				tail = strings.TrimPrefix(strings.TrimPrefix(tail, "高龄"), "的")
				// 45岁的瑶族妇女Y, 56岁的X镇X村村民Y: an ethnic group or
				// the places the person is from before the role
				role := w.trimPlacesBefore(p.Start, trimEthnic(tail))
				if tail == "" || w.isRole(tail) || w.isRole(role) || w.titleTail(p.Start, tail) {
					w.add(p.Key, extract.Age, ageText(sub[1]), true, "relate.age.before", p.Span)
					continue
				}
			}
		}
		rest := w.d.Text[p.End:]
		// 李桂兰老人今年86岁: a role word after the name; 小芳（化名）今年
		// 26岁: the note of a pseudonym
		if r := lexicon.LongestPrefix(rest, afterRoles); r != "" {
			rest = rest[len(r):]
		} else if r := lexicon.LongestPrefix(rest, pseudonymNotes); r != "" {
			rest = rest[len(r):]
		}
		// Y家住X，今年82岁; Y，家住X，今年82岁: after the clause of the home
		// (Y今年8岁，家住X: the age first, before the home)
		rests := []string{rest}
		if k := w.livesAfter(p); k >= 0 {
			if c := strings.IndexAny(w.d.Text[k:min(len(w.d.Text), k+30*3)], "，,。；;"); c >= 0 && (w.d.Text[k+c] == ',' || strings.HasPrefix(w.d.Text[k+c:], "，")) {
				rests = append(rests, w.d.Text[k+c:])
			}
		}
		for _, rest := range rests {
			if !ageAfterCue(rest) {
				continue
			}
			// not Y，今年82岁的老伴Z: after a comma, an age before 的 is
			// of the one named after it (Y是一位72岁的老党员 is Y's)
			if loc := ageAfterRe.FindStringSubmatchIndex(rest); loc != nil && validAge(rest[loc[2]:loc[3]]) && !(strings.HasPrefix(rest[loc[1]:], "的") && startsWithAny(strings.TrimLeft(rest, "\t\n\f\r "), []string{"，", ","})) &&
				(containsAny(rest[:loc[2]], nowWords) || ageClauseEnds(rest[loc[1]:])) && !startsWithAny(rest[loc[1]:], roughAfter) {
				w.add(p.Key, extract.Age, ageText(rest[loc[2]:loc[3]]), true, "relate.age.after", p.Span)
				break
			}
		}
	}
	// an age stated by the speaker: “别看我今年69了”，Y说 / Y：“…我今年69岁…”
	people := map[extract.Span]map[string]bool{} // sentence → people in it
	for _, m := range w.ms {
		if m.Type == extract.Person {
			sent := w.d.SentenceOf(m.Span)
			if people[sent] == nil {
				people[sent] = map[string]bool{}
			}
			people[sent][m.Key] = true
		}
	}
	// Y同志因病医治无效，于…逝世，享年86岁: the age at death of the one
	// person of the sentence
	for _, sent := range w.sentences() {
		keys := people[sent]
		if len(keys) != 1 {
			continue
		}
		raw := w.d.Text[sent.Start:sent.End]
		for _, cue := range []string{"享年", "终年"} {
			k := lexicon.Index(raw, cue)
			if k < 0 {
				continue
			}
			if sub := ageDeathRe.FindStringSubmatch(raw[k+len(cue):]); sub != nil && validAge(sub[1]) {
				for key := range keys {
					w.add(key, extract.Age, ageText(sub[1]), true, "relate.age.death", sent)
				}
			}
			break
		}
	}
	w.thisAged(people)
	// 今年47岁的他，…: the age of the one person of the sentence before,
	// in a sentence that names no one
	sents0 := w.sentences()
	for i := 1; i < len(sents0); i++ {
		if len(people[sents0[i]]) != 0 || len(people[sents0[i-1]]) != 1 {
			continue
		}
		raw := w.d.Text[sents0[i].Start:sents0[i].End]
		k := lexicon.Index(raw, "岁的他")
		if k < 0 {
			k = lexicon.Index(raw, "岁的她")
		}
		if k < 0 {
			continue
		}
		loc := ageBeforeRe.FindStringSubmatchIndex(raw[:k+len("岁的")])
		if loc == nil || !validAge(raw[loc[2]:loc[3]]) {
			continue
		}
		sub := []string{"", raw[loc[2]:loc[3]]}
		// the age opens the sentence or follows 今年 or 现年 (not 比他小10岁的她)
		if pre := strings.TrimSpace(raw[:loc[2]]); pre != "" && !endsWithAny(pre, []string{"今年", "现年", "，", "已经"}) {
			continue
		}
		// the pronoun opens the clause (今年47岁的他，; not 比他大10岁的她)
		if r, _ := utf8.DecodeRuneInString(raw[k+len("岁的他"):]); r != '，' && r != ',' && r != '是' && r != '已' && r != '依' && r != '仍' && r != '还' && r != '每' && r != '一' {
			continue
		}
		for key := range people[sents0[i-1]] {
			w.add(key, extract.Age, ageText(sub[1]), true, "relate.age.pronoun", sents0[i])
		}
	}
	for _, p := range w.ms {
		if p.Type != extract.Person {
			continue
		}
		sent := w.d.SentenceOf(p.Span)
		quote := w.d.Text[sent.Start:sent.End]
		k := lexicon.Index(quote, "我")
		if k < 0 || len(people[sent]) != 1 {
			// the speaker must be the only person of the sentence
			continue
		}
		if sub := ageSelfRe.FindStringSubmatch(quote[k:min(len(quote), k+90)]); sub != nil && validAge(sub[1]) {
			w.add(p.Key, extract.Age, ageText(sub[1]), true, "relate.age.self", p.Span)
		}
	}
	// Y笑着说：“…！”“别看我今年69了…”: a quote of no person's sentence
	// that goes on the quote of the one person of the sentence before
	sents := w.sentences()
	for i := 1; i < len(sents); i++ {
		// the cheap tests first: gap copies a text with spaces
		if raw := w.d.Text[sents[i].Start:sents[i].End]; !lexicon.Contains(raw, "我") || !lexicon.Contains(raw, "“") {
			continue
		}
		prev := sents[i-1]
		if len(people[sents[i]]) != 0 || len(people[prev]) != 1 {
			continue
		}
		quote, said := w.gap(sents[i].Start, sents[i].End), w.gap(prev.Start, prev.End)
		if !strings.HasPrefix(quote, "“") || !strings.HasSuffix(said, "”") || !containsAny(said, []string{"：“", ":“"}) {
			continue
		}
		k := lexicon.Index(quote, "我")
		sub := ageSelfRe.FindStringSubmatch(quote[k:min(len(quote), k+90)])
		if sub == nil || !validAge(sub[1]) {
			continue
		}
		for key := range people[prev] {
			w.add(key, extract.Age, ageText(sub[1]), true, "relate.age.self-next", prev)
		}
	}
	// “我今年70岁了…”村民Y说: a quote of no person's sentence said by the
	// one person of the sentence after it, who opens it (a role before the
	// name at most) and says it (Y说, Y笑着说, Y表示)
	for i := 0; i+1 < len(sents); i++ {
		if raw := w.d.Text[sents[i].Start:sents[i].End]; !strings.HasPrefix(strings.TrimLeftFunc(raw, isSpace), "“") || !lexicon.Contains(raw, "我") {
			continue
		}
		next := sents[i+1]
		if len(people[sents[i]]) != 0 || len(people[next]) > 1 {
			continue
		}
		quote := w.gap(sents[i].Start, sents[i].End)
		if !strings.HasSuffix(strings.TrimRight(quote, "。"), "”") {
			continue
		}
		var speaker *extract.Mention
		if len(people[next]) == 0 {
			// “…我今年60了…”贾珍笑着说: the name of a person of the
			// article that opens the sentence where no stage marked it
			speaker = w.personOpening(next)
		}
		for k := w.firstAt(next.Start); speaker == nil && k < len(w.ms) && w.ms[k].Start < next.End; k++ {
			if w.ms[k].Type == extract.Person {
				speaker = &w.ms[k]
				break
			}
		}
		if speaker == nil || utf8.RuneCountInString(w.gap(next.Start, speaker.Start)) > 6 ||
			!startsWithAny(w.gap(speaker.End, min(next.End, speaker.End+8*3)), speechVerbs) {
			continue
		}
		k := lexicon.Index(quote, "我")
		if sub := ageSelfRe.FindStringSubmatch(quote[k:min(len(quote), k+90)]); sub != nil && validAge(sub[1]) {
			w.add(speaker.Key, extract.Age, ageText(sub[1]), true, "relate.age.self-before", next)
		}
	}
}

// thisAged reads 这位82岁的老人, 这名72岁的老党员 and 这个29岁的小伙子: the age of the one
// person the sentence names before the phrase, or where it names none
// there, of the one person of the sentence before (记者见到Y时，这位82岁的
// 老人正在…; Y坚持巡河十年。这位72岁的老党员说…). people holds the people
// of each sentence.
func (w *work) thisAged(people map[extract.Span]map[string]bool) {
	sents := w.sentences()
	for i, sent := range sents {
		raw := w.d.Text[sent.Start:sent.End]
		if !lexicon.Contains(raw, "岁") || !lexicon.Contains(raw, "这位") && !lexicon.Contains(raw, "这名") && !lexicon.Contains(raw, "这个") {
			continue
		}
		for _, this := range []string{"这位", "这名", "这个"} {
			for _, off := range occurrences(raw, this) {
				rest := raw[off:]
				if p := lexicon.LongestPrefix(rest, []string{"今年", "已经", "已"}); p != "" {
					rest = rest[len(p):] // 这位今年82岁的老人
				}
				j := strings.Index(rest[:min(len(rest), 4*3)], "岁")
				if j <= 0 || !validAge(rest[:j]) || !strings.HasPrefix(rest[j+len("岁"):], "的") {
					continue
				}
				if !w.roleOpens(rest[j+len("岁的"):]) {
					continue // 这位82岁的儿子 … : no role of the person
				}
				var key string
				n := 0
				for q := w.firstAt(sent.Start); q < len(w.ms) && w.ms[q].Start < sent.Start+off; q++ {
					if m := w.ms[q]; m.Type == extract.Person && m.Key != key {
						key, n = m.Key, n+1
					}
				}
				if n == 0 && i > 0 && len(people[sents[i-1]]) == 1 {
					for p := range people[sents[i-1]] {
						key, n = p, 1
					}
				}
				if n == 1 {
					w.add(key, extract.Age, ageText(rest[:j]), true, "relate.age.this", sent)
				}
			}
		}
	}
}

// roleOpens reports whether s opens with a role word of at most six
// characters (老人正在…, 独居老人说, 老党员说).
func (w *work) roleOpens(s string) bool {
	end := 0
	for n := 0; n < 6 && end < len(s); n++ {
		r, sz := lexicon.DecodeRune(s, end)
		if !unicode.Is(unicode.Han, r) {
			break
		}
		end += sz
		if n >= 1 && w.isRole(s[:end]) {
			return true
		}
	}
	return false
}

// personOpening returns a mention of the person of the article whose
// name opens the sentence sp, after white space, where no stage marked
// it, or nil; the longest name wins.
func (w *work) personOpening(sp extract.Span) *extract.Mention {
	at := sp.Start
	for at < sp.End {
		r, n := lexicon.DecodeRune(w.d.Text, at)
		if !isSpace(r) {
			break
		}
		at += n
	}
	var best *extract.Mention
	for i := range w.ms {
		m := w.ms[i]
		if m.Type != extract.Person || m.Key == "" || m.End-m.Start < 2*3 {
			continue
		}
		if name := w.text(m); strings.HasPrefix(w.d.Text[at:sp.End], name) && (best == nil || len(name) > best.End-best.Start) {
			best = &extract.Mention{Span: extract.Span{Start: at, End: at + len(name)}, Type: extract.Person, Key: m.Key, Text: name}
		}
	}
	return best
}

// roughAfter after an age make it rough (30岁出头, 50岁左右).
var roughAfter = []string{"出头", "左右", "上下", "开外"}

// nowWords before an age say it is the person's age now (今年, 现年 …).
var nowWords = []string{"今年", "现年", "年仅", "时年", "已", "满", "是", "才", "只有", "仅"}

// ageClauseEnds reports whether the text after an age of a profile ends
// its clause (Y，男，58岁，…; Y（58岁）): an age before more words is the
// age of an event (Y，男，1942年生，18岁开始学医).
func ageClauseEnds(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s == "" || strings.ContainsRune("，,。；;）)、！？ \t\n", r) || startsWithAny(s, []string{"了", "高龄"})
}

// Verbs right after a speaker's name that say the quote before it is the
// speaker's.
var speechVerbs = []string{"说", "笑着说", "笑道", "表示", "告诉记者", "介绍", "感慨", "自豪地说", "高兴地说"}

// ageAfterCue reports whether s starts as ageAfterRe needs: after ASCII
// white space (\s), a comma, a parenthesis, 今年, 现年, 年已, 年仅, 时年,
// 已 or 是.
func ageAfterCue(s string) bool {
	s = strings.TrimLeft(s, "\t\n\f\r ")
	return startsWithAny(s, []string{"，", ",", "（", "(", "今年", "现年", "年满", "年已", "年仅", "时年", "已", "是", "才", "只有", "仅"})
}

// Notes of a pseudonym right after a name, before its age (小芳（化名）今年26岁).
var pseudonymNotes = []string{"（化名）", "(化名)"}

// Role words written right after a name, before its age (李桂兰老人今年86岁).
var afterRoles = []string{"老人", "大爷", "大妈", "大娘", "老汉", "阿姨", "老师傅", "老党员"}

// titleModRe matches the level and list written before a heritage
// bearer's title (国家级非遗, 自治区级非物质文化遗产项目).
var titleModRe = regexp.MustCompile(`^(?:国家级|省级|自治区级|市级|州级|盟级|地级|县级|区级|旗级)(?:非遗|非物质文化遗产)?(?:项目)?$|^(?:非遗|非物质文化遗产)(?:项目)?$`)

// genericOwners name a title's owner by its kind (公司董事长, 村党支部书记
// is named by the places stage).
var genericOwners = map[string]bool{"公司": true, "集团": true, "企业": true, "合作社": true, "协会": true, "工厂": true, "厂里": true, "学校": true, "医院": true}

// titleTail reports whether tail, the words between an age and a name
// that ends at off, is the title right before the name (村党支部书记),
// possibly after the place or organization it belongs to (东文村党支部书记).
func (w *work) titleTail(off int, tail string) bool {
	t, ok := w.before(off, extract.Title)
	if !ok || t.End != off {
		return false
	}
	title := w.text(t)
	if tail == title {
		return true
	}
	head, ok := strings.CutSuffix(tail, title)
	if !ok {
		return false
	}
	// 58岁的自治区级非遗代表性传承人Y, 63岁的公司董事长Y: a level of a
	// heritage list, or a word that names the owner by its kind
	if titleModRe.MatchString(head) || genericOwners[head] {
		return true
	}
	// the owner, or a chain of divisions ending with it, is all of head
	o, ok := w.ownerOf(t)
	if !ok || o.End > t.Start+len("村") {
		return false
	}
	first, ok := w.after(t.Start-len(head), extract.Place, extract.Org)
	return ok && first.Start == t.Start-len(head) && w.innermost(first).Span == o.Span
}

var (
	// 他今年47岁, 她家住X: a pronoun opening a clause, then an age or a home
	pronounAgeRe  = regexp.MustCompile(`^(?:他|她)(?:今年|现年|已经|已)(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:周)?岁`)
	pronounAgeRe2 = regexp.MustCompile(`(?:今年|现年)(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:周)?岁的(?:他|她)$`)
)

// pronounFacts reads an age or a home stated of 他 or 她 (他今年47岁,
// 今年28岁的她, 她家住X村) for the one person the sentence before names,
// when the pronoun's own sentence names nobody before it.
func (w *work) pronounFacts() {
	text := w.d.Text
	sents := w.sentences()
	for si, sent := range sents {
		if si == 0 {
			continue
		}
		s := text[sent.Start:sent.End]
		if !strings.Contains(s, "他") && !strings.Contains(s, "她") {
			continue
		}
		for _, pr := range []string{"他", "她"} {
			for k := range occurrences(s, pr) {
				at := sent.Start + k
				// the pronoun opens the sentence or a clause, or closes an
				// age (今年28岁的她)
				var age string
				if m := pronounAgeRe2.FindStringSubmatch(text[sent.Start : at+len(pr)]); m != nil {
					age = m[1]
				} else if before := strings.TrimRight(text[sent.Start:at], " \u3000"); before != "" && !endsWithAny(before, []string{"，", "：", "。"}) {
					continue
				} else if m := pronounAgeRe.FindStringSubmatch(text[at:min(len(text), at+24)]); m != nil {
					age = m[1]
				}
				home := strings.HasPrefix(text[at+len(pr):], "家住")
				if age == "" && !home {
					continue
				}
				p, ok := w.onePersonBefore(sents[si-1], sent, at)
				if !ok {
					continue
				}
				if age != "" && validAge(age) {
					w.add(p.Key, extract.Age, ageText(age), true, "relate.age.pronoun", p.Span)
				}
				if home {
					off := at + len(pr) + len("家住")
					if end, ok := w.homeAt(off); ok {
						w.add(p.Key, extract.LivesIn, end.Key, false, "relate.residence.pronoun", end.Span, p.Span)
					}
				}
			}
		}
	}
}

// onePersonBefore returns the one person that the sentence prev names,
// when the sentence cur names no person before off.
func (w *work) onePersonBefore(prev, cur extract.Span, off int) (extract.Mention, bool) {
	var p extract.Mention
	found := false
	for i := w.firstAt(prev.Start); i < len(w.ms) && w.ms[i].Start < off; i++ {
		m := w.ms[i]
		if m.Type != extract.Person || m.Key == "" {
			continue
		}
		if m.Start >= cur.Start {
			return extract.Mention{}, false
		}
		if found && m.Key != p.Key {
			return extract.Mention{}, false
		}
		p, found = m, true
	}
	return p, found
}

// homeAt returns the innermost place of the chain of places that starts
// at off (家住X镇X村: the village).
func (w *work) homeAt(off int) (extract.Mention, bool) {
	var end extract.Mention
	found := false
	for {
		m, ok := w.after(off, extract.Place)
		if !ok || m.Start != off || m.Key == "" {
			return end, found
		}
		end, found, off = m, true, m.End
	}
}

func validAge(s string) bool {
	n, ok := ageValue(s)
	return ok && n > 0 && n < 120
}

// ageValue reads an age written in digits or in Chinese numerals up to
// 九十九 (十, 十五, 四十, 六十八).
func ageValue(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	digit := func(r rune) int { return strings.IndexRune("零一二三四五六七八九", r) / 3 }
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10, true
	case len(rs) == 2 && rs[0] == '十' && digit(rs[1]) > 0:
		return 10 + digit(rs[1]), true
	case len(rs) == 2 && rs[1] == '十' && digit(rs[0]) > 1:
		return 10 * digit(rs[0]), true
	case len(rs) == 3 && rs[1] == '十' && digit(rs[0]) > 1 && digit(rs[2]) > 0:
		return 10*digit(rs[0]) + digit(rs[2]), true
	case len(rs) == 1 && digit(rs[0]) > 0:
		return digit(rs[0]), true
	case s == "两":
		return 2, true
	}
	return 0, false
}

// ageText returns the age as digits.
func ageText(s string) string {
	n, _ := ageValue(s)
	return strconv.Itoa(n)
}

// roleWords are the words for people before a name (58岁的村民Y): the
// lexicon's (lexicon.PersonRoles), which the person extractor reads too,
// and words it does not take as a cue of a name alone.
var roleWords = append(slices.Clip(lexicon.PersonRoles), "老太", "退休教师", "工匠", "手艺人", "军人", "能人", "代表", "艺人", "公公", "农人", "汉子")

// Last characters of the words for people by their trade or their lot
// (社员, 护林员, 网格员; 贫困户, 农户; 茶农; 环卫工, 农民工; 渔民):
// the words for people that end with them are many.
var roleFinals = []string{"员", "户", "农", "工", "民"}

// isRole reports whether s is a role word, possibly with a modifier
// (独居老人, 返乡大学生, 生态护林员), and nothing that links two people (孩子和母亲,
// 儿子的父亲).
// trimEthnic drops an ethnic group of one to four characters and 族
// from the start of tail (瑶族妇女: 妇女).
func trimEthnic(tail string) string {
	if k := strings.Index(tail, "族"); k > 0 && utf8.RuneCountInString(tail[:k]) <= 4 && k+len("族") < len(tail) {
		return tail[k+len("族"):]
	}
	return tail
}

// trimPlacesBefore drops from the start of tail, the text that ends at
// end, the places that follow one another there (X镇X村村民: 村民).
func (w *work) trimPlacesBefore(end int, tail string) string {
	off := end - len(tail)
	for off < end {
		m, ok := w.after(off, extract.Place)
		if !ok || m.Start != off || m.End >= end {
			break
		}
		off = m.End
	}
	return w.d.Text[off:end]
}

func (w *work) isRole(s string) bool {
	if utf8.RuneCountInString(s) > 6 || strings.ContainsAny(s, "的和与及、，") {
		return false
	}
	return endsWithAny(s, roleWords) || endsWithAny(s, roleFinals)
}

// roleBefore reports whether a role word that introduces residents ends
// right before off (村民张三, 独居老人李四).
func (w *work) roleBefore(off int) bool {
	before := w.gap(max(0, off-18), off)
	for _, r := range []string{"村民", "居民", "老人", "老党员", "牧民", "渔民", "种植户", "养殖户", "果农", "菜农", "脱贫户", "农户", "老汉", "大爷", "大妈", "阿姨"} {
		if lexicon.HasSuffix(before, r) {
			return true
		}
	}
	return false
}

func startsWithAny(s string, words []string) bool {
	for _, w := range words {
		if lexicon.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// villagesIn returns the last village or community mentioned from from
// up to to, and how many villages are named there, counting each run of
// mentions of one village once (X村…Y村: 2).
func (w *work) villagesIn(from, to int) (*extract.Mention, int) {
	var village *extract.Mention
	n := 0
	for i := w.firstAt(from); i < len(w.ms) && w.ms[i].Start < to; i++ {
		m := w.ms[i]
		if m.Type == extract.Place && w.isVillage(m.Key) {
			if village == nil || village.Key != m.Key {
				n++
			}
			village = &w.ms[i]
		}
	}
	return village, n
}
