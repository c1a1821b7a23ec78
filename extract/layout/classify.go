package layout

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/lexicon"
)

// kind is the role of a paragraph on a page.
type kind int

const (
	kBody      kind = iota // ordinary text
	kLead                  // opens an article: 本报讯…, a byline (□ 本报记者 王 进), 新华社…电
	kTitle                 // a short line without final punctuation: headline, kicker, subhead
	kCaption               // a photo caption ending with a photo credit (… 新华社记者 陈泽国 摄)
	kSignature             // a signature closing an article: （曾 平）
	kCredit                // a credit note for a group of articles: （本组稿件…由本报记者X采写）
	kMeta                  // 来源：, 编辑：, 发布时间：, a bare date
)

func (k kind) String() string {
	return [...]string{"body", "lead", "title", "caption", "signature", "credit", "meta"}[k]
}

var (
	// reLeadStart matches the dateline that opens a news article.
	reLeadStart = regexp.MustCompile(`^(?:本报[^\s，。]{0,16}?讯|新华社[^\s，。]{0,16}?电|[^\s，。]{1,16}(?:讯|消息|电)\s*[（(]\s*(?:本报)?(?:见习)?(?:记者|通讯员)|[（(]\s*(?:本报)?(?:见习)?记者[^）)]{1,24}[）)])`)
	// reByline matches a byline paragraph: a box or bullet, or a reporter credit.
	reByline = regexp.MustCompile(`^(?:[□■●◆▲◇○]\s*\S|(?:本报|新华社|人民日报)?(?:特约|见习|实习|全媒体|融媒体|首席)?(?:记者|通讯员)\s*[\p{Han}][\p{Han}·\s]{1,5}(?:\s|$|报道|摄))`)
	// reBylineEnd matches the end of a byline or photo credit line.
	reBylineEnd = regexp.MustCompile(`(?:\s摄|记者\s*[\p{Han}·\s]{2,10}摄|报道|采写|摄影|供图)$`)
	// reCaption matches a photo credit at the end of a caption.
	reCaption = regexp.MustCompile(`(?:\s摄|记者\s*[\p{Han}·\s]{2,10}摄|[\p{Han}]{2,4}\s*摄影|(?:供图|图片来源[：:]\S+))$`)
	// reSignature matches a signature in brackets: （曾 平）, (张三 李四).
	reSignature = regexp.MustCompile(`^[（(]\s*(?:(?:本报)?(?:见习)?(?:记者|通讯员)\s*)?[\p{Han}·][\p{Han}·\s、,，]{0,22}[）)]$`)
	// reCredit matches a credit note for a group of articles.
	reCredit = regexp.MustCompile(`^[（(【]?\s*(?:本组|本版|以上|此组|该组)?[\p{Han}\s]{0,6}(?:稿件|文章|图文|照片|图片)[^）)】]*(?:采写|撰写|拍摄|提供|供稿|摄)\s*[）)】]?$`)
	// reMeta matches page or web metadata lines.
	reMeta = regexp.MustCompile(`^(?:来源|稿源|作者|编辑|责任编辑|责编|审核|审校|终审|校对|文|图|文图|文/图|文\\图|摄影|策划|统筹|发布时间|发布人|发布日期|发表时间|时间|日期|浏览量|浏览次数|阅读|点击|点击数|原标题|供稿|出处|信息来源|作者单位)\s*[:：]|^\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)
	// reFurniture matches section headers: space separated short labels (一线观察 地方传真).
	reFurniture = regexp.MustCompile(`^[\p{Han}]{2,6}(?:\s+[\p{Han}]{2,6})+$`)
)

// head returns the first n runes of s, tail the last n: the anchored
// patterns only ever look that far, and long paragraphs stay cheap.
func head(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func tail(s string, n int) string {
	i := len(s)
	for ; i > 0 && n > 0; n-- {
		_, size := decodeLastRune(s[:i])
		i -= size
	}
	return s[i:]
}

// Anchored patterns are matched against a head or a tail of this many
// runes; short-line patterns only against lines of at most shortBytes.
const (
	reach      = 48
	shortBytes = 240
)

// The anchored patterns are matched only when a cheap test of what every
// match holds passes (a first character, a suffix, a bracket): most
// paragraphs fail it.

// headBytes is at least the bytes of head(s, reach), for cheap tests of
// what the head holds.
func headBytes(s string) string { return s[:min(len(s), utf8.UTFMax*reach)] }

// tailBytes is at least the bytes of tail(s, reach).
func tailBytes(s string) string { return s[max(0, len(s)-utf8.UTFMax*reach):] }

func leadStart(s string) bool {
	h := headBytes(s)
	// a match starts with 本报, 新华社 or a bracket, or else holds 讯, 消息
	// or 电 and then a bracket
	if !hasAnyPrefix(h, "本报", "新华社", "（", "(") &&
		(!lexicon.Contains(h, "（") && !strings.Contains(h, "(") ||
			!strings.Contains(h, "讯") && !strings.Contains(h, "电") && !strings.Contains(h, "消息")) {
		return false
	}
	return reLeadStart.MatchString(head(s, reach))
}

func byline(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '□', '■', '●', '◆', '▲', '◇', '○': // a box or bullet
	case '本', '新', '人', '特', '见', '实', '记', '通': // 本报, 新华社, 人民日报, 特约, 见习, 实习, 记者, 通讯员
		if pressTitleAt(s) && reByline.MatchString(head(s, reach)) {
			return true
		}
		return namedPressByline(s)
	default:
		return namedPressByline(s)
	}
	return reByline.MatchString(head(s, reach))
}

// maxPress is the longest press name, in characters, that a byline may
// open with (黑龙江日报, 南方都市报, 广播电视台).
const maxPress = 8

// namedPressByline reports whether s is a byline that names its paper,
// agency or station before the press title: 黑龙江日报记者 王 进, 青山晚报
// 通讯员 李明, 县电视台记者 张 敏. The name must end with 报, 社 or 台, so
// a line that only mentions a reporter (据了解记者 …) is none.
func namedPressByline(s string) bool {
	// the press title stands within the first maxPress characters (at
	// most four bytes each): test for it before reading them one by one
	if h := s[:min(len(s), 4*(maxPress+1)+len("通讯员"))]; !lexicon.Contains(h, "记者") && !lexicon.Contains(h, "通讯员") {
		return false
	}
	i, n := 0, 0
	for i < len(s) && n <= maxPress {
		if lexicon.HasPrefix(s[i:], "记者") || lexicon.HasPrefix(s[i:], "通讯员") {
			break
		}
		r, size := decodeRune(s[i:])
		if !isHan(r) {
			return false
		}
		i += size
		n++
	}
	if n < 2 || n > maxPress || i >= len(s) {
		return false
	}
	press := s[:i]
	for _, p := range [...]string{"特约", "见习", "实习"} {
		press = strings.TrimSuffix(press, p)
	}
	if !hasAnySuffix(press, "报", "社", "台") {
		return false
	}
	return reByline.MatchString(head(s[len(press):], reach))
}

// pressTitleAt reports whether s holds 记者 or 通讯员 where reByline
// reads it when s does not start with a bullet: after nothing, 本报,
// 新华社 or 人民日报 (0, 6, 9 or 12 bytes), then after nothing or one of
// 特约, 见习, 实习 (6 bytes more).
func pressTitleAt(s string) bool {
	for _, k := range [...]int{0, 6, 9, 12, 15, 18} {
		if k <= len(s) && (strings.HasPrefix(s[k:], "记者") || strings.HasPrefix(s[k:], "通讯员")) {
			return true
		}
	}
	return false
}

func meta(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r >= '0' && r <= '9': // a date
		if !dateChars(s) {
			return false
		}
	case isMetaHead(r):
		// a label, white space and a colon
		if !metaLabel(s) {
			return false
		}
	default:
		return false
	}
	return reMeta.MatchString(head(s, reach))
}

// dateChars reports whether the first reach characters of s are all ones
// that the date of reMeta is made of (digits, white space, -/.:年月日): a
// line that starts with a digit matches reMeta only as a date, which runs
// to the end of what the pattern reads.
func dateChars(s string) bool {
	n := 0
	for _, r := range s {
		if n == reach {
			break
		}
		n++
		switch {
		case r >= '0' && r <= '9':
		case r < utf8.RuneSelf && (isRESpace(byte(r)) || r == '-' || r == '/' || r == '.' || r == ':'):
		case r == '年' || r == '月' || r == '日':
		default:
			return false
		}
	}
	return true
}

// metaLabels are the labels of reMeta.
var metaLabels = []string{"来源", "稿源", "作者", "编辑", "责任编辑", "责编", "审核", "审校", "终审", "校对", "文", "图", "文图", "文/图", "文\\图",
	"摄影", "策划", "统筹", "发布时间", "发布人", "发布日期", "发表时间", "时间", "日期", "浏览量", "浏览次数", "阅读", "点击", "点击数",
	"原标题", "供稿", "出处", "信息来源", "作者单位"}

// metaLabel reports whether s starts with a label of reMeta followed by
// white space (\s) and a colon.
func metaLabel(s string) bool {
	for _, l := range metaLabels {
		if strings.HasPrefix(s, l) {
			rest := strings.TrimLeft(s[len(l):], "\t\n\f\r ")
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
				return true
			}
		}
	}
	return false
}

// isMetaHead reports whether r is the first character of a label of reMeta.
func isMetaHead(r rune) bool {
	switch r {
	case '来', '稿', '作', '编', '责', '审', '终', '校', '文', '图', '摄', '策', '统', '发', '时', '日', '浏', '阅', '点', '原', '供', '出', '信':
		return true
	}
	return false
}

// lastRune returns the last character of s.
func lastRune(s string) rune {
	r, _ := decodeLastRune(s)
	return r
}

func bylineEnd(s string) bool {
	switch lastRune(s) {
	case '摄', '道', '写', '影', '图':
	default:
		return false
	}
	if !hasAnySuffix(s, "摄", "报道", "采写", "摄影", "供图") {
		return false
	}
	return reBylineEnd.MatchString(tail(s, reach))
}

func caption(s string) bool {
	if !hasAnySuffix(s, "摄", "摄影", "供图") && !lexicon.Contains(tailBytes(s), "图片来源") {
		return false
	}
	return reCaption.MatchString(tail(s, reach))
}

func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if lexicon.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, x := range prefixes {
		if lexicon.HasPrefix(s, x) {
			return true
		}
	}
	return false
}

// isRESpace reports whether b is white space to the regexp package (\s).
func isRESpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

func signature(s string) bool {
	if len(s) > shortBytes || !hasAnyPrefix(s, "（", "(") || !hasAnySuffix(s, "）", ")") {
		return false
	}
	return reSignature.MatchString(s) || editorNote(s)
}

// editorNote reports whether s is an editor's note in brackets that
// closes an article on the page (（责任编辑：肖 娜）, （编辑：X 校对：Y）): it
// ends the article like a signature and is never a headline; its names
// are no authors.
func editorNote(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	in := strings.TrimLeft(s[n:], " \t\u3000")
	return hasAnyPrefix(in, editorLabels...) && reMeta.MatchString(head(in, reach))
}

// editorLabels are the labels of reMeta for the people who edit a page.
var editorLabels = []string{"责任编辑", "编辑", "责编", "审核", "审校", "终审", "校对", "值班编辑", "美编", "版式"}

func credit(s string) bool {
	if len(s) > shortBytes {
		return false
	}
	// a credit line ends with the work done (采写, 摄 …), white space and
	// at most one closing bracket
	t := s
	switch r := lastRune(t); r {
	case '）', ')', '】':
		t = t[:len(t)-utf8.RuneLen(r)]
	}
	for len(t) > 0 && isRESpace(t[len(t)-1]) {
		t = t[:len(t)-1]
	}
	switch lastRune(t) {
	case '写', '摄', '供', '稿':
	default:
		return false
	}
	if !hasAnySuffix(t, "采写", "撰写", "摄", "提供", "供稿") {
		return false
	}
	// a source that supplied the article (赣州市寻乌县融媒体中心供稿)
	if lexicon.HasSuffix(t, "供稿") && reSourceCredit.MatchString(s) {
		return true
	}
	// and names the work (稿件, 照片 …)
	return strings.ContainsAny(s, "稿文图照片") && reCredit.MatchString(s)
}

// reSourceCredit is a line that names the body that supplied the article,
// by the ending of a body's name, and nothing else (（县融媒体中心供稿）, not
// a headline such as 某某稿件今起免费供稿).
var reSourceCredit = regexp.MustCompile(`^[（(【]?\s*[\p{Han}\s]{1,28}(?:中心|局|委|办|部|站|所|社|报|台|院|馆|会|司|厅|团|队|处|网|组)\s*供稿\s*[）)】]?$`)

// maxTitleWidth is the widest paragraph that can be a headline.
const maxTitleWidth = 44

// classify returns the role of paragraph p (trimmed).
func classify(p string) kind {
	w, _ := measure(p)
	return classifyWidth(p, w)
}

// classifyWidth is classify of p of width w.
func classifyWidth(p string, w float64) kind {
	switch {
	case w <= 60 && credit(p):
		return kCredit
	case w <= 14 && signature(p):
		return kSignature
	case meta(p):
		return kMeta
	case leadStart(p):
		return kLead
	case w <= 24 && byline(p) && !endsSentence(p):
		return kLead
	case w > 12 && caption(p):
		return kCaption
	case isTitle(p, w):
		return kTitle
	}
	return kBody
}

// isTitle reports whether p looks like a headline, a kicker or a subhead:
// short, without sentence punctuation inside or at the end.
func isTitle(p string, w float64) bool {
	if w > maxTitleWidth || w < 2 || endsSentence(p) {
		return false
	}
	// (strings.ContainsAny(p, "。！？；"), without decoding p)
	if strings.Contains(p, "。") || strings.Contains(p, "！") || strings.Contains(p, "？") || strings.Contains(p, "；") {
		return false
	}
	if strings.Count(p, "，")+strings.Count(p, ",") > 1 {
		return false
	}
	// a title ends with a word, a closing quote or a dash, not with a comma
	r, _ := decodeLastRune(p)
	return !strings.ContainsRune("，、,：:（(", r)
}

// startsParagraph reports whether a line opens a new paragraph whatever the
// line before it looks like.
// w is the width of s (see measure).
func startsParagraph(s string, w float64) bool {
	if leadStart(s) || credit(s) || meta(s) {
		return true
	}
	if w <= 24 && byline(s) {
		return true
	}
	if isSubtitle(s) {
		return true
	}
	return signature(s)
}

// endsParagraph reports whether a line closes its paragraph whatever
// follows: a sentence end, a byline, a photo credit.
// w is the width of s (see measure).
func endsParagraph(s string, w float64) bool {
	if endsSentence(s) || bylineEnd(s) || signature(s) || credit(s) {
		return true
	}
	if w <= 24 && byline(s) {
		return true
	}
	return isSubtitle(s)
}

// isSubtitle reports whether s is a subtitle line: ——访…, without clause
// punctuation.
func isSubtitle(s string) bool {
	if !strings.HasPrefix(s, "——") && !strings.HasPrefix(s, "—") {
		return false
	}
	w, clause := measure(s)
	return !clause && w <= maxTitleWidth
}

// brokenByline reports whether s ends with a byline cut inside its name:
// a press title (记者, 通讯员) after a press name, alone or with one more
// character, a surname whose given name the next line holds (本报讯 记者谢
// / 云峰报道 …, 新华社记者 / 陈泽国 摄). A line where the title does not
// follow a press name (邀请了多名记者) is no byline.
func brokenByline(s string) bool {
	s = trimRightBlank(s)
	if r, n := decodeLastRune(s); isHan(r) && !hasAnySuffix(s, "记者", "通讯员") {
		s = trimRightBlank(s[:len(s)-n])
	}
	var before string
	switch {
	case strings.HasSuffix(s, "记者"):
		before = strings.TrimSuffix(s, "记者")
	case strings.HasSuffix(s, "通讯员"):
		before = strings.TrimSuffix(s, "通讯员")
	default:
		return false
	}
	for _, p := range []string{"特约", "见习", "实习"} {
		before = strings.TrimSuffix(before, p)
	}
	before = trimRightBlank(before)
	// 本报讯, 本报, 新华社, X电, X日报, X电视台, X通讯社
	return hasAnySuffix(before, "讯", "本报", "社", "电", "报", "台")
}

// trimRightBlank is strings.TrimRight(s, " \t\u3000") without decoding
// every character.
func trimRightBlank(s string) string {
	for {
		switch {
		case strings.HasSuffix(s, " ") || strings.HasSuffix(s, "\t"):
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u3000"):
			s = s[:len(s)-len("\u3000")]
		default:
			return s
		}
	}
}

// startsHan reports whether s begins with a Han character.
func startsHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isHan(r)
}
