package relate

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

const han = `\p{Han}`

var (
	// 打造通江银耳百亿产业: the place is a mention right before the product
	buildRe = regexp.MustCompile(`^(` + han + `{1,6}?)(?:百亿|千亿|万亿|亿元|百亿级|千亿级|全产业链|产业链|产业集群|全产业)?(?:级)?产业`)
	// 特色产业是X / 主导产业为X
	featureRe = regexp.MustCompile(`(?:特色|主导|支柱|优势|传统|富民|首位|主要)产业(?:是|为|有|包括)([` + `\p{Han}、和及` + `]{2,30})`)
	// X是…的特色产业
	isFeatureRe = regexp.MustCompile(`(` + han + `{2,12})(?:产业)?(?:是|成为|已成为|逐渐成为)` + han + `{0,16}?的?(?:“` + han + `{1,8}”)?(?:(?:特色|主导|支柱|优势|传统|富民|首位|第一大|当家|重要|主要|基础){1,2}(?:文化)?(?:产业|农产品)|代表性的?农产品)`)
	// 把X作为主导产业 / 将X产业列为特色产业
	featureAsRe = regexp.MustCompile(`^(?:把|将)([\p{Han}、和及]{1,30}?)(?:产业)?(?:作为|列为|确定为|定为)(?:` + han + `{0,14}?的)?(?:“` + han + `{1,8}”)?(?:特色|主导|支柱|优势|富民|首位|重点|(?:战略性)?新兴){1,3}产业`)
	// 中国X之乡, 中国X之都
	hometownRe = regexp.MustCompile(`中国(` + han + `{1,6})之[乡都]`)
	// “中国X乡” with a product of one or two characters (中国竹乡, 中国枣乡),
	// “中国X城” and “中国X都” with one of up to four (中国香菇城, 中国茶都)
	hometownShortRe = regexp.MustCompile(`“中国(` + han + `{1,2})乡”|“中国(` + han + `{1,4})[城都]”`)
	// 盛产X / 特产X、Y和Z: the list runs to the first character that is
	// no Chinese character or to 等
	specialtyRe = regexp.MustCompile(`(?:盛产|特产有?|主产|特产是)([\p{Han}、]{1,30}?)(?:等|[^\p{Han}、]|$)`)
	// 以X、Y为重点 (industries)
	// 以X、Y为主的特色产业 (products of the lexicon only: 以第三产业为主)
	// 280多户从事汉服加工, 120余户农户发展茶叶种植: households of a place
	// and their trade
	householdsRe = regexp.MustCompile(`[0-9一二三四五六七八九十百千]+(?:多|余)?户(?:` + strings.Join(householdWho, "|") + `)?(?:` + strings.Join(householdVerbs, "|") + `)(\p{Han}{2,6}?)(?:种植|养殖|加工|制作|生产|产业)`)
	// 以X、Y为特色主导产业, 以X为特色产业: a modifier before the kind
	focusRe = regexp.MustCompile(`以(` + `[\p{Han}、和]{2,30}?` + `)(?:产业)?(?:集群)?为(?:(?:特色|优势|传统)?(?:重点|主导|支柱|龙头|核心|主)|(?:特色|优势|富民)产业)`)
)

// Words that are never a product or an industry by themselves.
var notProduct = map[string]bool{
	"经济": true, "发展": true, "产业": true, "特色": true, "主导": true, "支柱": true, "优势": true, "重点": true,
	"现代": true, "新兴": true, "传统": true, "相关": true, "该": true, "全县": true, "全市": true, "全区": true,
	"乡村": true, "农村": true, "富民": true, "百亿": true, "千亿": true, "这": true, "一个": true, "其": true,
	"项目": true, "企业": true, "工作": true, "品牌": true, "文化": true, "振兴": true, "集群": true,
}

// adverbTails are adverbs that stand between a product and the verb after
// it (马铃薯一直是…, 薏仁米则是…).
var adverbTails = []string{"早已", "逐渐", "已经", "已", "也", "正在", "正", "将", "还", "都", "均", "更", "一直", "始终", "一向", "历来", "仍然", "依然", "仍", "则", "便", "就", "亦", "长期", "日益", "渐渐", "逐步", "正逐步"}

// trimAdverbTail removes one of adverbTails that ends s.
func trimAdverbTail(s string) string {
	for _, f := range adverbTails {
		s = strings.TrimSuffix(s, f)
	}
	return s
}

func cleanProduct(s string) string {
	s = strings.TrimSpace(s)
	s = trimAdverbTail(s)
	// 以羊为主的草地畜牧业: what comes before the last 的 describes the product
	if k := strings.LastIndex(s, "的"); k >= 0 && utf8.RuneCountInString(s[k+len("的"):]) >= 2 {
		s = s[k+len("的"):]
	}
	for _, suf := range []string{"产业集群", "产业链", "产业", "集群", "种植业", "基地", "种植", "养殖"} {
		s = strings.TrimSuffix(s, suf)
	}
	for _, pre := range []string{"打造", "发展", "做大", "做强", "培育", "以", "把", "将"} {
		s = strings.TrimPrefix(s, pre)
	}
	// 其中黄桃已成为…, 如今茶叶是…: a connective or a time before the product
	for _, pre := range []string{"其中", "如今", "目前", "现在", "眼下", "近年来", "特别是", "尤其是", "而", "同时"} {
		if rest := strings.TrimPrefix(s, pre); rest != s && utf8.RuneCountInString(rest) >= 2 {
			s = rest
			break
		}
	}
	if n := utf8.RuneCountInString(s); n < 1 || n > 8 || notProduct[s] {
		return ""
	}
	return s
}

// specialtyItems returns the products of a list after 盛产 or 特产: an item
// that begins with a product of the lexicon is that product, and ends the
// list when more follows it (盛产苹果远销全国: 苹果); another item is kept
// when it is short (六安瓜片), a longer one ends the list.
func (w *work) specialtyItems(list string) []string {
	var out []string
	for _, it := range splitList(list) {
		if _, e, ok := w.st.lex.ProductStartingAt(it, 0); ok {
			out = append(out, it[:e])
			if e < len(it) {
				break
			}
			continue
		}
		if utf8.RuneCountInString(it) > 4 {
			break
		}
		out = append(out, it)
	}
	return out
}

func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '与' })
}

// splitLastAnd splits an item at its last 和, 及 or 与 when each side has
// two characters or more (板栗和香菇: 板栗, 香菇; not 和田玉).
func splitLastAnd(item string) []string {
	for i := len(item); i > 0; {
		r, n := utf8.DecodeLastRuneInString(item[:i])
		i -= n
		if (r == '和' || r == '及' || r == '与') && utf8.RuneCountInString(item[:i]) >= 2 && utf8.RuneCountInString(item[i+n:]) >= 2 {
			return []string{item[:i], item[i+n:]}
		}
	}
	return []string{item}
}

// quotedAfter reports whether a quotation opens in s and does not close.
func quotedAfter(s string) bool {
	return strings.LastIndex(s, "“") > strings.LastIndex(s, "”")
}

// resourceVerbs rely on what they name (依托X资源, 借助X品牌): a place
// after them is no subject of an industry.
var resourceVerbs = []string{"依托", "依靠", "借助", "利用", "凭借", "立足", "以"}

// resourceObject reports whether gap, the text between the subject and a
// place, ends inside the object of a verb of relying of two characters
// (依托翁丁古寨、司岗里景区等资源: no comma after 依托).
func resourceObject(gap string) bool {
	k := -1
	for _, v := range resourceVerbs {
		if len(v) > 3 {
			k = max(k, strings.LastIndex(gap, v))
		}
	}
	return k >= 0 && !strings.ContainsAny(gap[k:], "，,；;。：:")
}

// subjectIn returns the place (preferred) or organization mentioned last in
// [from, to), or the article's most mentioned division.
func (w *work) subjectIn(from, to int) (extract.Mention, bool) {
	var best extract.Mention
	found := false
	for i := w.firstAt(from); i < len(w.ms); i++ {
		m := w.ms[i]
		if m.Start >= to {
			break
		}
		// a country after a division of the sentence (武夷山是中国乌龙茶的
		// 发源地) describes it: the division stays the subject
		if found && best.Type == extract.Place && w.isDivision(best) && m.Type == extract.Place && m.Rule == "foreign" { // places.RuleForeign
			continue
		}
		// a place inside the name of the place before (宜宾 in 宜宾三江新区,
		// 哈尔滨 in 哈尔滨新区): the zone is the subject
		if found && best.Type == extract.Place && m.Type == extract.Place && m.Span != best.Span && best.Span.Contains(m.Span) {
			continue
		}
		// a division after 是 and one it holds describes it (平谷区是北京
		// 重要的鲜桃产区): the division named first stays the subject
		if found && best.Type == extract.Place && m.Type == extract.Place && w.inside(best, m) && endsWithAny(w.gap(best.End, m.Start), copulaWords) {
			continue
		}
		// 甲村依托秦岭资源优势, 阜平县是太行山区的老区县: a mountain, a
		// river or a place after a verb of relying on it is a resource or
		// a setting of the place before, which stays the subject
		// (以十八洞村为引领: a model the place follows; 依托翁丁古寨、司岗里
		// 景区等资源: the list after the verb)
		if found && best.Type == extract.Place && m.Type == extract.Place && (m.Rule == "natural" || endsWithAny(w.gap(max(from, m.Start-2*3), m.Start), resourceVerbs) ||
			resourceObject(w.gap(best.End, m.Start))) {
			continue
		}
		// 察布查尔县…素有“伊犁粮仓”之称: a place inside a quoted name or
		// slogan after the division is no subject of its own
		if found && best.Type == extract.Place && m.Type == extract.Place && quotedAfter(w.d.Text[best.End:m.Start]) {
			continue
		}
		if m.Start >= from && m.Key != "" && (m.Type == extract.Place && !w.insideOrg(m) && !w.sloganCountry(m) && !w.locating(m) || m.Type == extract.Org && !found) {
			if m.Type == extract.Place || !found {
				best, found = m, true
			}
		}
	}
	if found {
		return best, true
	}
	// 我县, 全县, 本市 …: the one division of that level the article names
	// one pass finds the last offset of each of levelWords in the text;
	// they are then tried in their order
	seg := w.d.Text[from:to]
	var last [4 * 8]int32 // len(levelWords)
	seen := false
	for i := 0; i < len(seg); {
		r, n := lexicon.DecodeRune(seg, i)
		if p := runeIndex(levelPrefixes, r); p >= 0 && i+n < len(seg) {
			r2, _ := lexicon.DecodeRune(seg, i+n)
			if l := runeIndex(levelEnds, r2); l >= 0 {
				last[p*len(levelEnds)+l] = int32(i) + 1
				seen = true
			}
		}
		i += n
	}
	if !seen {
		if m, ok := w.levelHere(from, seg); ok {
			return m, true
		}
		return best, false
	}
	for k, lw := range levelWords {
		if last[k] == 0 {
			continue
		}
		at := from + int(last[k]) - 1
		key := w.levelPlace(lw.level)
		// 全村: the village named last a few lines before, where the
		// article names several
		if lw.level == "村" {
			if v, ok := w.levelPlaceBefore(at, "村", 150); ok {
				key = v.Key
			}
		}
		if key != "" {
			return extract.Mention{Span: extract.Span{Start: at, End: at + len(lw.word)}, Type: extract.Place, Key: key, Text: lw.word, Rule: "relate.level"}, true
		}
	}
	return best, false
}

// levelPlaceBefore returns the place of level lv (村, 镇, …: the last
// character of its label) named last, outside an organization's name,
// within bytes before at.
func (w *work) levelPlaceBefore(at int, lv string, within int) (extract.Mention, bool) {
	for i := w.firstAt(at) - 1; i >= 0; i-- {
		m := w.ms[i]
		if at-m.End > within {
			break
		}
		if m.Type != extract.Place || m.Key == "" || m.End > at {
			continue
		}
		if e := w.d.Entity(m.Key); e != nil && lexicon.HasSuffix(e.Label, lv) && !w.insideOrg(m) {
			return m, true
		}
	}
	return extract.Mention{}, false
}

// levelHere returns the place a word of the kind 村里, 镇里, 县里 in seg,
// the text at from, stands for: the village, town or county named last
// before it, within a few sentences.
func (w *work) levelHere(from int, seg string) (extract.Mention, bool) {
	// 园区形成了…, 高新区围绕…: the zone named last before it
	for _, z := range zoneHereWords {
		k := lexicon.Index(seg, z)
		// the word opens its clause or follows 该 or 全
		if k < 0 || k > 0 && w.hanBefore(from+k) && !endsWithAny(seg[:k], []string{"该", "全"}) {
			continue
		}
		at := from + k
		for i := w.firstAt(at) - 1; i >= 0; i-- {
			m := w.ms[i]
			if at-m.End > 1500 {
				break
			}
			if m.Type != extract.Place || m.Key == "" || m.End > at || w.insideOrg(m) {
				continue
			}
			if e := w.d.Entity(m.Key); e != nil && e.Code == "" && m.Rule == "zone" && (lexicon.HasSuffix(e.Label, z) || zoneKind(e.Label, z)) { // places.RuleZone
				return extract.Mention{Span: extract.Span{Start: at, End: at + len(z)}, Type: extract.Place, Key: m.Key, Text: z, Rule: "relate.level"}, true
			}
		}
	}
	for _, lv := range []string{"村", "镇", "乡", "县", "旗"} {
		k := lexicon.Index(seg, lv+"里")
		if k < 0 {
			continue
		}
		at := from + k
		if m, ok := w.levelPlaceBefore(at, lv, 600); ok {
			return extract.Mention{Span: extract.Span{Start: at, End: at + len(lv+"里")}, Type: extract.Place, Key: m.Key, Text: lv + "里", Rule: "relate.level"}, true
		}
	}
	return extract.Mention{}, false
}

// mentionIn reports whether a mention of type typ starts in [from, to).
func (w *work) mentionIn(from, to int, typ extract.Type) bool {
	for i := w.firstAt(from); i < len(w.ms) && w.ms[i].Start < to; i++ {
		if w.ms[i].Type == typ {
			return true
		}
	}
	return false
}

// articleCounty returns the one county-level division the article names,
// as a mention over sent.
func (w *work) articleCounty(sent extract.Span) (extract.Mention, bool) {
	// the one county-level division the article names
	key := ""
	for _, m := range w.ms {
		if m.Type != extract.Place || !strings.HasPrefix(m.Key, "place/") {
			continue
		}
		if e := w.d.Entity(m.Key); e != nil && extract.DivisionLevel(e.Code) == 3 {
			if key != "" && key != m.Key {
				return extract.Mention{}, false
			}
			key = m.Key
		}
	}
	if key == "" {
		return extract.Mention{}, false
	}
	return extract.Mention{Span: sent, Type: extract.Place, Key: key, Text: "", Rule: "relate.level"}, true
}

// zoneHereWords stand for the zone an article names (园区形成了…三大主导
// 产业) as the subject of a sentence (see zoneWords for the words after a
// title).
var zoneHereWords = []string{"高新区", "经开区", "开发区", "园区", "新区", "片区", "合作区", "示范区"}

// zoneKind reports whether a zone's full name is of the kind the word z
// abbreviates (高新区: …高新技术产业开发区; 经开区: …经济技术开发区).
func zoneKind(label, z string) bool {
	switch z {
	case "高新区":
		return lexicon.Contains(label, "高新")
	case "经开区":
		return lexicon.Contains(label, "经济技术开发区") || lexicon.Contains(label, "经济开发区")
	case "园区":
		return true // any zone: 开发区, 产业园, 工业园区
	}
	return false
}

// visitWords after a place say someone visits it (X县委书记在Y村调研时
// 指出…): what follows is the visitor's word, of no place of its own.
var visitWords = []string{"调研", "考察", "视察", "走访", "检查", "督导", "召开", "举行", "主持"}

// listedBefore returns the products of the lexicon listed before off in
// s, the sentence that starts at sentStart of the text, each followed by
// 、 (肉牛、 before 肉羊养殖), nearest first.
func (w *work) listedBefore(s string, sentStart, off int) []string {
	var out []string
	for _, r := range w.productsBefore(s, off, []string{"、"}, 0) {
		out = append(out, w.kindName(s[r[0]:r[1]], sentStart+r[0]))
	}
	return out
}

// productsBefore returns the spans [start, end) in s of the products of
// the lexicon listed right before offset k, each followed by one of seps,
// last first; at most limit of them when limit > 0.
func (w *work) productsBefore(s string, k int, seps []string, limit int) [][2]int {
	var out [][2]int
	for limit <= 0 || len(out) < limit {
		sep := lexicon.LongestSuffix(s[:k], seps)
		if sep == "" {
			break
		}
		j := w.productBefore(s, k-len(sep))
		if j < 0 {
			break
		}
		out = append(out, [2]int{j, k - len(sep)})
		k = j
	}
	return out
}

// namedProduct reports whether s names a product: one of the lexicon, or
// a short name of at most four characters that ends with one and holds
// no word of speech or pronoun (惠明茶; not 他说茶叶).
func (w *work) namedProduct(s string) bool {
	if w.st.lex.IsProduct(s) {
		return true
	}
	if utf8.RuneCountInString(s) > 4 || w.productBefore(s, len(s)) <= 0 {
		return false
	}
	return !strings.ContainsAny(s, "他她它我你们说称讲指认表示的了在是和与")
}

// copulaWords put after a subject what it is.
var copulaWords = []string{"是", "为", "成为", "系"}

// nameAt reports whether a place or an organization named at off runs
// past end (牡丹江市 at the 牡丹 of 黑龙江省牡丹江市).
func (w *work) nameAt(off, end int) bool {
	for i, hi := w.startRange(off); i < hi; i++ {
		if m := w.ms[i]; (m.Type == extract.Place || m.Type == extract.Org) && m.End > end {
			return true
		}
	}
	return false
}

// hereWords refer to the place the paragraph is about (这里的白茶).
var hereWords = []string{"这里的", "当地的", "这里", "当地"}

// paragraphChain returns the innermost of the divisions the paragraph of
// sent names before it, outside the names of organizations, where they
// all lie on one line (安吉县, 递铺街道, 鲁家村: 鲁家村); none where two lie
// apart.
func (w *work) paragraphChain(sent extract.Span) (extract.Mention, bool) {
	var found extract.Mention
	ok, apart := false, false
	w.paragraphDivisions(sent, func(m extract.Mention) bool {
		switch {
		case ok && m.Key == found.Key, ok && w.inside(found, m):
		case !ok || w.inside(m, found):
			found, ok = m, true
		default:
			apart = true
			return false
		}
		return true
	})
	return found, ok && !apart
}

// paragraphDivisions calls fn with each division the paragraph of sent
// names before it, outside the names of organizations, in text order,
// until fn returns false.
func (w *work) paragraphDivisions(sent extract.Span, fn func(extract.Mention) bool) {
	start := strings.LastIndexByte(w.d.Text[:sent.Start], '\n') + 1
	for i := w.firstAt(start); i < len(w.ms) && w.ms[i].Start < sent.Start; i++ {
		m := w.ms[i]
		if m.Type != extract.Place || !w.isDivision(m) || w.insideOrg(m) {
			continue
		}
		if !fn(m) {
			return
		}
	}
}

// isDivision reports whether a place mention is a Chinese division (an
// entity with a division code).
func (w *work) isDivision(m extract.Mention) bool {
	e := w.d.Entity(m.Key)
	return e != nil && e.Code != ""
}

// locatingVerbs put a place after them that locates the subject before
// (高罗镇地处宣恩县南部): that place is no subject of the sentence.
var locatingVerbs = []string{"地处", "位于", "坐落于", "坐落在", "毗邻", "紧邻", "地处于", "隶属于", "隶属", "属于", "距离", "距", "靠近"}

// locating reports whether the place m follows one of locatingVerbs (a
// chain of places before m included: 位于四川省巴中市).
func (w *work) locating(m extract.Mention) bool {
	start := m.Start
	for {
		p, ok := w.before(start, extract.Place)
		if !ok || p.Start >= start {
			break
		}
		start = p.Start
	}
	return endsWithAny(w.gap(max(0, start-12), start), locatingVerbs)
}

// sloganCountry reports whether m is 中国 that begins a slogan (中国X之乡,
// 中国X之都): the slogan names no industry of the country.
func (w *work) sloganCountry(m extract.Mention) bool {
	if m.End-m.Start != len("中国") || w.d.Text[m.Start:m.End] != "中国" {
		return false
	}
	rest := w.d.Text[m.End:min(len(w.d.Text), m.End+10*3)]
	for i, r := range rest {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		if strings.HasPrefix(rest[i:], "之乡") || strings.HasPrefix(rest[i:], "之都") {
			return true
		}
	}
	return false
}

// levelWords are 我县, 全县, 本市 …, in the order subjectIn tries them:
// each of levelPrefixes with each of levelEnds.
var (
	levelPrefixes = []rune("我全本该")
	levelEnds     = []rune("县市区旗镇乡省村")
	levelWords    = func() []struct{ word, level string } {
		var out []struct{ word, level string }
		for _, pre := range levelPrefixes {
			for _, lv := range levelEnds {
				out = append(out, struct{ word, level string }{string(pre) + string(lv), string(lv)})
			}
		}
		return out
	}()
)

// runeIndex returns the index of r in rs, or -1.
func runeIndex(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

// Words after "place + product" that show the product is the place's
// industry or specialty (通江银耳产业, 陇县苹果丰收).
var geoProductCues = []string{"产业", "种植", "的种植", "基地", "丰收", "喜获丰收", "采收", "采摘", "开摘", "上市", "品牌", "产量", "销售", "运往", "成熟", "收获", "飘香", "远销", "特色"}

// Words after "place + product" that name a park or a project after the
// product (X县电子信息产业园, X县茶叶产业项目), not the place's industry.
var parkWords = []string{"产业园", "产业项目", "产业示范园", "产业孵化园"}

// Words after a place's product that say it is famous for it
// (蒲江县的猕猴桃远近闻名, 安溪县的铁观音品牌享誉海内外).
var fameCues = []string{"远近闻名", "闻名遐迩", "闻名全国", "全国闻名", "享誉", "久负盛名", "驰名", "名扬", "声名远扬", "誉满", "品牌", "最为有名", "颇有名气", "很有名气", "小有名气"}

// Words after a place's product that say it is sold far away (安溪县的
// 铁观音远销海外, 寿光市的蔬菜畅销全国).
var exportCues = []string{"远销", "畅销", "销往", "出口到", "走向全国", "走出国门"}

// Words that may stand between a place's product and what says it is
// famous (X的Y也远近闻名), the verbs that may open what it is (X的Y是远近闻名
// 的特产), and the nouns of a specialty there (五常大米是国家地理标志产品).
var (
	fameAdverbs   = []string{"早已", "早就", "一直", "也", "都", "均", "更"}
	fameCopulas   = []string{"被认定为", "被评为", "成为", "是", "为"}
	specialtyNoun = []string{"特产", "名产", "特色产品", "名优产品", "地理标志"}
)

// historyCues after a place's product say it has long been grown or made
// there (莱阳市的梨种植历史悠久).
var historyCues = []string{"种植历史悠久", "栽培历史悠久", "养殖历史悠久", "生产历史悠久", "种植历史已有", "栽培历史已有", "种植历史可追溯"}

// productList returns the products of the lexicon listed from off of the
// text, joined by 、, 和 or 及 (芦笋、山药), and where the list ends; none
// where an item is no product of the lexicon.
func (w *work) productList(text string, off int) ([]string, int) {
	var out []string
	for len(out) < 8 {
		p, end, ok := w.st.lex.ProductStartingAt(text, off)
		if !ok || w.nameAt(off, end) {
			return nil, off
		}
		out = append(out, w.kindName(p, off))
		sep := lexicon.LongestPrefix(text[end:], []string{"、", "和", "及"})
		if sep == "" {
			return out, end
		}
		off = end + len(sep)
	}
	return nil, off
}

// saidFamous reports whether the text from off, after a place's product,
// says the product is famous or sold far away (远近闻名, 远销海外, 也远近闻名)
// or is a specialty (是远近闻名的特产, 是国家地理标志产品), within its clause.
func (w *work) saidFamous(off int) bool {
	rest := w.gap(off, min(len(w.d.Text), off+30*3))
	if a := lexicon.LongestPrefix(rest, fameAdverbs); a != "" {
		rest = rest[len(a):]
	}
	if startsWithAny(rest, fameCues) || startsWithAny(skipGoods(rest), exportCues) || startsWithAny(rest, historyCues) {
		return true
	}
	c := lexicon.LongestPrefix(rest, fameCopulas)
	if c == "" {
		return false
	}
	clause := rest[len(c):]
	if k := strings.IndexAny(clause, "，,。；;！？"); k >= 0 {
		clause = clause[:k]
	}
	return containsAny(clause, specialtyNoun) || containsAny(clause, fameCues)
}

// Verbs of making that must follow the product where the company comes
// long after it (专业从事大米加工的国家级重点龙头企业).
var madeKindVerbs = []string{"研发", "生产", "加工", "制造", "销售", "繁育"}

// Verbs of making that must follow the product after 专注于 (专注于X的研发
// 和生产).
var focusMaking = []string{"研发", "生产", "制造", "加工", "繁育"}

// skipGoods returns s without a word for goods that begins it (羊绒制品远销:
// 远销).
func skipGoods(s string) string {
	for _, g := range []string{"制品", "产品"} {
		if rest, ok := strings.CutPrefix(s, g); ok {
			return rest
		}
	}
	return s
}

// Markers that a sentence states an industry of a place (蔗糖产业成为…).
var industryMarkers = []string{"成为", "特色", "主导", "支柱", "首位", "富民", "百亿", "千亿", "打造", "壮大", "做大", "做强", "优势", "大力发展", "产业集群", "认定为", "评为", "示范县", "增收", "致富"}

var (
	growRe = regexp.MustCompile(`(?:种植|主栽|主产|盛产|特产|养殖|栽培|出产)(?:了|的)?`)
	// 主要生产锂电池, 主营农机具: what an organization makes
	makeRe = regexp.MustCompile(`(?:主要生产|专业生产|专业从事|主要从事|主营业务(?:为|是|包括)?|主营产品(?:为|是|有|包括)?|主营|主要经营|专注于|主要产品(?:为|是|有|包括)|主导产品(?:为|是|有|包括)?|产品主要(?:为|是|有|包括)|主要加工|专业加工)(\p{Han}{2,8}?)(?:产品)?(?:的?(?:研发|生产|加工|制造|销售|繁育))*(?:[，,。、；;和及与等]|$|的(?:企业|公司|厂家|生产|研发|加工|销售)|的\p{Han}{2,16}?(?:企业|公司))`)
	// 集锂电池研发、生产和销售于一体: what a company makes
	integRe = regexp.MustCompile(`^集(\p{Han}{2,8}?)(?:的)?(?:研发|设计|生产|种植|养殖|加工|制造)[、，,和与及\p{Han}]{0,24}?于一体$`)
	// 等高原特色农业产业: a longer modifier before 产业, no 产业园
	listRe = regexp.MustCompile(`([\p{Han}、和]{2,40})等(?:(?:特色|优势|名优|主导|支柱)?(?:产品|农产品|特产|产业|特色产业)|(?:特色|优势)(?:农业|种植业|养殖业)|[^\P{Han}的等]{1,6}?产业(?:[^园]|$))`)
)

// knownIndustries reads industries that the product lexicon recognises.
func (w *work) knownIndustries() {
	text := w.d.Text
	lex := w.st.lex
	pairs := map[[2]string]int{}
	for _, p := range w.ms {
		// 中国脐橙, 中国白酒: a national category of the product, no
		// industry of the country
		if p.Type != extract.Place || p.Key == "" || w.insideOrg(p) || w.d.Text[p.Start:p.End] == "中国" {
			continue
		}
		prod, end, ok := lex.ProductStartingAt(text, p.End)
		if ok && w.nameAt(p.End, end) {
			continue // 黑龙江省牡丹江市, 菏泽市牡丹区: the product begins a name
		}
		if !ok {
			// 蒲江县的猕猴桃远近闻名, 安溪县的铁观音品牌: after 的 the
			// product must be famous
			if strings.HasPrefix(text[p.End:], "的") {
				// 曹县的芦笋、山药也是远近闻名的特产: a list
				if prods, end := w.productList(text, p.End+len("的")); len(prods) > 0 && w.saidFamous(end) {
					for _, prod := range prods {
						w.add(p.Key, extract.Industry, prod, true, "relate.industry.geo-fame", p.Span)
					}
				}
			}
			continue
		}
		// 长丰县电子信息产业园, 通江县银耳产业项目: a park or a project
		// named after the product states no industry of the place
		if startsWithAny(text[end:], parkWords) {
			continue
		}
		pairs[[2]string{p.Key, prod}]++
		if startsWithAny(text[end:], geoProductCues) || w.saidFamous(end) {
			// 通江银耳产业; 五常大米是国家地理标志产品
			w.add(p.Key, extract.Industry, prod, true, "relate.industry.geo", p.Span)
		}
	}
	for pr, n := range pairs {
		if n >= 2 {
			for _, p := range w.ms {
				if p.Key == pr[0] {
					w.add(pr[0], extract.Industry, pr[1], true, "relate.industry.geo-repeat", p.Span)
					break
				}
			}
		}
	}
	cs := w.sentenceCues()
	for si, sent := range w.sentences() {
		s := text[sent.Start:sent.End]
		c := cs[si]
		w.statedIndustries(sent, s, c)
		w.leadingCompanies(sent, s, c)
		w.madeFor(sent, s, c)
		w.goalIndustries(sent, s, c)
		w.scaleGoals(sent, s, c)
		w.famedIndustries(sent, s, c)
		w.mainMaking(sent, s, c)
		w.makers(sent, s, c)
		// 种植冬季瓜菜15万亩, 盛产脐橙
		var grown [][]int
		if c.grow() {
			grown = growMatches(s)
		}
		for _, m := range grown {
			prod, end, ok := lex.ProductStartingAt(s, m[1])
			var more []string
			if ok {
				// 种植脐橙和甜柚: the products of the lexicon joined to it
				more = w.grownMore(s, end)
				ok = grownItemEnds(s[end:]) || len(more) > 0
			}
			if !ok {
				// 主栽瑞雪、富士等优质苹果品种: the product of the varieties
				if prod, ok = w.varieties(s, m[1]); !ok {
					continue
				}
				more = nil
			}
			// 创办了X合作社，主要种植Y: the grower named right before the
			// verb, though the sentence names a place before it (在深圳打工…)
			verb := sent.Start + w.skipAdverb(s, m[0])
			subj, ok := w.growerBefore(verb)
			if !ok && !endsWithAny(w.d.Text[:trimComma(w.d.Text, verb)], growerEnds) {
				// (a grower no stage named, …创办了丰邑农业专业合作社，
				// 主要种植Y: no place of the sentence either)
				subj, ok = w.subjectIn(sent.Start, sent.Start+m[0])
			}
			if !ok {
				// 合作社主要种植X: the article's one cooperative
				if a, found := w.anaphor(verb); found && w.isGrower(a) {
					subj, ok = a, true
				}
			}
			if ok && (subj.Type == extract.Place && !w.residentOf(subj) && !w.personBetween(subj.End, sent.Start+m[0]) || w.isGrower(subj)) {
				w.add(subj.Key, extract.Industry, prod, true, "relate.industry.grow", sent)
				for _, p := range more {
					w.add(subj.Key, extract.Industry, p, true, "relate.industry.grow", sent)
				}
			}
		}
		// X公司主要生产Y, 主要生产Y、Z和W等产品
		for _, m := range matches(makeRe, s, c.make()) {
			if tail := strings.TrimPrefix(s[m[3]:m[1]], "产品"); tail != "的企业" && tail != "的公司" &&
				(strings.HasSuffix(tail, "企业") || strings.HasSuffix(tail, "公司")) &&
				!startsWithAny(strings.TrimPrefix(tail, "的"), madeKindVerbs) {
				continue // 从事相关工作的技术人员来自多家企业: no making
			}
			if startsWithAny(s[m[2]:m[3]], notMadeHeads) {
				continue // 主营业务收入同比增长, 主要经营范围包括…: no product
			}
			focus := strings.HasPrefix(s[m[0]:], "专注于")
			// 主导产品为, 产品主要为, 主要加工: said of a company only
			companyOnly := startsWithAny(s[m[0]:], []string{"主导产品", "产品主要", "主要加工", "专业加工"})
			if focus && !startsWithAny(strings.TrimPrefix(s[m[3]:], "的"), focusMaking) {
				continue // 专注于为客户提供服务: no product made
			}
			subj, ok := w.before(sent.Start+m[0], extract.Org, extract.Place)
			if focus && (!ok || subj.Type != extract.Org) {
				// X公司专注于Y的研发和生产, 该公司专注于Y的生产: a
				// company only, right before the verb or referred to
				// by its kind
				subj, ok = w.anaphor(sent.Start + m[0])
				if !ok || subj.Type != extract.Org {
					continue
				}
			}
			if !ok {
				// 该公司专业从事X, 集团主要从事X: the body of that kind
				// the article names
				if a, found := w.anaphor(sent.Start + m[0]); found && a.Type == extract.Org {
					subj, ok = a, true
				}
			}
			if !ok {
				subj, ok = w.subjectIn(sent.Start, sent.Start+m[0])
				// 温岭华达精密铸造有限公司主要从事X, a name no stage
				// found: a place followed by more than four characters
				// and no comma before the verb is no subject
				if ok && subj.Type == extract.Place {
					if g := w.gap(subj.End, sent.Start+m[0]); utf8.RuneCountInString(g) > 4 && !strings.ContainsAny(g, "，,；;") {
						ok = false
					}
				}
			}
			if ok && companyOnly && subj.Type != extract.Org {
				ok = false
			}
			if ok {
				if prod := cleanProduct(s[m[2]:m[3]]); prod != "" {
					w.add(subj.Key, extract.Industry, prod, true, "relate.industry.make", sent)
					for _, prod := range moreMade(s, m[3], m[1]) {
						w.add(subj.Key, extract.Industry, prod, true, "relate.industry.make", sent)
					}
				}
			}
		}
		// X公司是一家集Y研发、生产、销售于一体的企业
		var integ [][]int
		if c.any(cueInteg) {
			integ = integMatches(s)
		}
		for _, m := range integ {
			subj, ok := w.companyBefore(sent, sent.Start+m[0])
			if !ok {
				continue
			}
			if prod := cleanProduct(s[m[2]:m[3]]); prod != "" {
				w.add(subj.Key, extract.Industry, prod, true, "relate.industry.make", sent)
			}
		}
		// 萝卜、鱼虾等特色产品; 脐橙、蔬菜和生猪三大产业
		lists := matches(listRe, s, c.any(cueDeng) && listCue(s))
		if c.any(cueIndustry) || c.any(cueSpecialty) {
			lists = append(lists, counterLists(s)...)
		}
		for _, m := range lists {
			count := 0
			if len(m) > 4 {
				count = m[4]
			}
			prods := w.listProducts(s[m[2]:m[3]], sent.Start+m[2], count)
			if len(prods) == 0 {
				continue
			}
			subj, ok := w.subjectIn(sent.Start, sent.Start+m[3])
			if !ok && m[3] < m[1] {
				// the place between the list and its count
				subj, ok = w.subjectIn(sent.Start+m[3], sent.Start+m[1])
			}
			if !ok && (endsWithAny(s[:m[2]], hereWords) || startsWithAny(s[m[2]:], hereWords)) {
				// 如今，这里的白茶、竹笋、毛竹三大产业…: the place the
				// paragraph names
				subj, ok = w.paragraphChain(sent)
			}
			if !ok && count > 0 && !w.mentionIn(sent.Start, sent.End, extract.Place) {
				// 汽车零部件、新能源装备、食品加工三大主导产业实现产值…: a
				// counted list in a sentence that names no place is the
				// article's county's
				subj, ok = w.articleCounty(sent)
			}
			if ok && subj.Type == extract.Place {
				for _, p := range prods {
					w.add(subj.Key, extract.Industry, p, true, "relate.industry.list", sent)
				}
			}
		}
		// 让蔗糖产业成为推动全区…
		if !c.any(cueIndustry) || !c.any(cueMarkers) && !c.any(cueRely) {
			continue // no product followed by 产业, or no marker
		}
		// X县依托…，发展Y产业: 依托 alone marks a product of two
		// characters or more (黄金/茶产业 is no 茶)
		relyOnly := !c.any(cueMarkers)
		for k := 0; k < len(s); {
			prod, end, ok := lex.ProductStartingAt(s, k)
			if ok && strings.HasPrefix(s[end:], "产业") && !w.midToken(sent.Start+k) && (!relyOnly || end-k > 3) {
				subj, found := w.subjectIn(sent.Start, sent.Start+k)
				if !found {
					subj, found = w.subjectIn(sent.Start, sent.End)
				}
				if found && subj.Type == extract.Place {
					w.add(subj.Key, extract.Industry, prod, true, "relate.industry.marker", sent)
				}
				k = end
				continue
			}
			_, sz := lexicon.DecodeRune(s, k)
			k += sz
		}
	}
}

// growAdverbs stand between a grower and the verb of growing (合作社主要
// 种植X).
var growAdverbs = []string{"主要", "重点", "专门", "专业", "还", "也", "已"}

// skipAdverb returns the offset in s of the start of the adverb right
// before off, one of growAdverbs, or off.
func (w *work) skipAdverb(s string, off int) int {
	if a := lexicon.LongestSuffix(s[:off], growAdverbs); a != "" {
		return off - len(a)
	}
	return off
}

// grownItemEnds reports whether rest, the text after a product grown,
// ends it: the end of the clause, a list, a figure or a word of scale.
func grownItemEnds(rest string) bool {
	return rest == "" || startsWithAny(rest, []string{"产业", "等", "，", ",", "。", "、", "面积", "品种", "基地"}) || startsDigit(rest)
}

// grownMore returns the products of the lexicon listed after the one
// grown that ends at end of s, joined by 、, 和 or 及, each ending as
// grownItemEnds says (种植脐橙和甜柚, 种植香菇、木耳等).
func (w *work) grownMore(s string, end int) []string {
	var out []string
	for e := end; len(out) < 8; {
		sep := lexicon.LongestPrefix(s[e:], []string{"、", "和", "及"})
		if sep == "" {
			break
		}
		p, e2, ok := w.st.lex.ProductStartingAt(s, e+len(sep))
		if !ok || !grownItemEnds(s[e2:]) && lexicon.LongestPrefix(s[e2:], []string{"和", "及"}) == "" {
			break
		}
		out = append(out, p)
		e = e2
	}
	return out
}

// personBetween reports whether a person is named in [from, to) with no
// word of a level (全村, 该县) after the name: what the sentence says
// after the name is the person's (在X街道，返乡青年Y创办了合作社，主要种植香菇).
func (w *work) personBetween(from, to int) bool {
	last := -1
	for i := w.firstAt(from); i < len(w.ms) && w.ms[i].Start < to; i++ {
		if m := w.ms[i]; m.Type == extract.Person && m.End <= to {
			last = m.End
		}
	}
	if last < 0 {
		return false
	}
	gap := w.d.Text[last:to]
	for _, lw := range levelWords {
		if lexicon.Contains(gap, lw.word) {
			return false
		}
	}
	return true
}

// notMadeHeads begin what follows 主营 or 主要经营 when it names no product
// (主营业务收入, 经营范围, 主营收入).
var notMadeHeads = []string{"收入", "范围", "业务", "利润", "营收", "业绩"}

// madeItemRe is one more item of a list of products after the first
// (主要生产X、Y和Z等产品): the item and what ends it.
var madeItemRe = regexp.MustCompile(`^(\p{Han}{2,8}?)(?:产品)?([、和及与等，,。；;]|$)`)

// Verbs that begin what a company does besides making a product
// (主要生产水泥和销售建材): no item of the list of products.
var madeVerbs = []string{"销售", "加工", "研发", "生产", "制造", "出口", "提供", "经营", "开展", "从事", "承接", "代理", "批发", "零售", "种植", "养殖", "服务"}

// moreMade returns the products of a list that goes on after the first
// one, which ends at first in s and whose match by makeRe ends at end:
// items separated by 、, 和 or 及, up to 等 or the end of the clause. A
// verb ends the list.
func moreMade(s string, first, end int) []string {
	sep, _ := utf8.DecodeRuneInString(s[first:])
	if first < end && !strings.ContainsRune("、和及", sep) {
		// 蔬菜种苗研发、蔬菜种植: the separator after the verbs of the
		// first item
		if r, n := utf8.DecodeLastRuneInString(s[:end]); strings.ContainsRune("、和及", r) {
			sep, first = r, end-n
		}
	}
	if first >= end || !strings.ContainsRune("、和及", sep) {
		return nil
	}
	var out []string
	for off := first + utf8.RuneLen(sep); len(out) < 8; {
		m := madeItemRe.FindStringSubmatchIndex(s[off:])
		if m == nil {
			break
		}
		item := s[off+m[2] : off+m[3]]
		if startsWithAny(item, madeVerbs) {
			break
		}
		if prod := cleanProduct(item); prod != "" {
			out = append(out, prod)
		}
		if m[4] == m[5] || !strings.Contains("、和及", s[off+m[4]:off+m[5]]) {
			break
		}
		off += m[1]
	}
	return out
}

// residentOf reports whether the place m is where a person named right
// after it lives (X村村民Y, X村种植户Y): whatever the sentence says Y
// grows is Y's, no industry of the place.
func (w *work) residentOf(m extract.Mention) bool {
	rest := w.d.Text[m.End:min(len(w.d.Text), m.End+4*3)]
	// Y是X村人，…: X村 says where Y comes from
	if startsWithAny(rest, []string{"人，", "人,", "人。"}) {
		return true
	}
	for _, r := range residentWords {
		if lexicon.HasPrefix(rest, r) {
			_, ok := w.after(m.End+len(r), extract.Person)
			return ok
		}
	}
	return false
}

// residentWords name a person by the place where the person lives.
var residentWords = []string{"村民", "居民", "农民", "牧民", "渔民", "种植户", "养殖户", "果农", "菜农", "茶农", "农户", "脱贫户"}

// Words before the product of a list of varieties (等优质苹果品种).
var varietyMods = []string{"优质", "优良", "特色", "名优", "主要", "新", "传统", "地方"}

// varieties reads a list of varieties that starts at off in s and ends
// with 等, a product of the lexicon and 品种 (瑞雪、富士等优质苹果品种),
// within one clause: it returns the product.
func (w *work) varieties(s string, off int) (string, bool) {
	win := s[off:min(len(s), off+40*3)]
	k := strings.Index(win, "品种")
	if k < 0 || strings.ContainsAny(win[:k], "，,。；;：:！？") {
		return "", false
	}
	j := strings.LastIndex(win[:k], "等")
	if j < 0 {
		return "", false
	}
	mid := win[j+len("等") : k]
	for {
		m := lexicon.LongestPrefix(mid, varietyMods)
		if m == "" {
			break
		}
		mid = mid[len(m):]
	}
	if !w.st.lex.IsProduct(mid) {
		return "", false
	}
	return mid, true
}

// Endings of the names of farms, orchards and cooperatives: an
// organization that grows or raises what the sentence says.
var growerEnds = []string{"合作社", "农场", "果园", "茶园", "示范园", "种植园", "庄园", "牧场", "养殖场", "渔场", "茶场", "林场", "基地"}

// growerBefore returns the grower (isGrower) that ends right before off,
// or before a comma right before it.
func (w *work) growerBefore(off int) (extract.Mention, bool) {
	if m, ok := w.before(trimComma(w.d.Text, off), extract.Org); ok && w.isGrower(m) {
		return m, true
	}
	return extract.Mention{}, false
}

// trimComma returns off, or the offset of a comma that ends text[:off].
func trimComma(text string, off int) int {
	return off - len(lexicon.LongestSuffix(text[:off], []string{"，", ","}))
}

// isGrower reports whether m is an organization whose name ends as a
// farm's, an orchard's or a cooperative's does.
func (w *work) isGrower(m extract.Mention) bool {
	if m.Type != extract.Org {
		return false
	}
	name := w.text(m)
	if e := w.d.Entity(m.Key); e != nil {
		name = e.Label
	}
	return endsWithAny(name, growerEnds)
}

// integMatches runs integRe from the last 集 before each 于一体 of s,
// within forty characters, and returns the matches as offsets into s.
func integMatches(s string) [][]int {
	var out [][]int
	for off := 0; ; {
		k := strings.Index(s[off:], "于一体")
		if k < 0 {
			return out
		}
		k += off
		off = k + len("于一体")
		from := max(0, k-40*3)
		for from < k && !utf8.RuneStart(s[from]) {
			from++
		}
		j := strings.LastIndex(s[from:k], "集")
		if j < 0 {
			continue
		}
		j += from
		if m := integRe.FindStringSubmatchIndex(s[j:off]); m != nil {
			for i := range m {
				m[i] += j
			}
			out = append(out, m)
		}
	}
}

// companyBefore returns the organization a description at off in the
// sentence is about: the last one before it followed by 是 or 系
// (X公司是一家集…), or the one right before it.
func (w *work) companyBefore(sent extract.Span, off int) (extract.Mention, bool) {
	var subj extract.Mention
	found := false
	for i := w.firstAt(sent.Start); i < len(w.ms) && w.ms[i].Start < off; i++ {
		m := w.ms[i]
		if m.Type == extract.Org && m.Key != "" && m.End <= off && startsWithAny(w.d.Text[w.skipAliasNote(m.End):], []string{"是", "系"}) {
			subj, found = m, true
		}
	}
	if !found {
		subj, found = w.before(off, extract.Org)
	}
	return subj, found
}

// listProducts returns the products of the lexicon a list names: the
// list, at offset at of the text, may start inside a longer phrase, so
// each item gives the known product at its end. A product of one
// character (茶, 鸡) is a kind, named by the words before it (五黑鸡,
// 黟县石墨茶; see namedKind).
//
// count, when not 0, is the number the text gives the list (三大产业): a
// list of that many items, each a plain noun, names its industries though
// the product list knows none of them (装备制造、新材料、电子信息三大主导产业).
func (w *work) listProducts(list string, at int, count int) []string {
	var prods, unknown []string
	sectors := true // every unknown item names a sector (countedNoun)
	items := splitList(list)
	off := 0 // the offset of the item in list
	if len(items) > 1 {
		// 沭阳县积极发展家具制造、电子商务等产业: the first item begins
		// after the verb that opens the list
		if k := lastDevVerb(items[0]); k > 0 && k < len(items[0]) {
			off = k
			items[0] = items[0][k:]
		}
	}
	for _, it := range items {
		off = strings.Index(list[off:], it) + off
		itemAt := at + off
		off += len(it)
		// 蔬菜种植、肉牛养殖等产业: the product grown or raised
		for _, g := range growNouns {
			if t, ok := strings.CutSuffix(it, g); ok && t != "" {
				it = t
				break
			}
		}
		known := false
		for k := 0; k < len(it); {
			if p, e, ok := w.st.lex.ProductStartingAt(it, k); ok && e == len(it) {
				if utf8.RuneCountInString(p) == 1 {
					p = w.namedKind(p, itemAt+k)
				}
				prods = append(prods, p)
				known = true
				break
			}
			_, sz := utf8.DecodeRuneInString(it[k:])
			k += sz
		}
		if counted := countedNoun(it); !known && (plainNoun(it) || count > 0 && counted) && !notIndustryEconomy[it] {
			unknown = append(unknown, it)
			sectors = sectors && counted
		}
	}
	// 茶叶、猕猴桃和白柚三大特色产业: an item the product list does not
	// know is one of them too, when most of the list is known, or when the
	// list has as many items as the text counts
	if len(prods)+len(unknown) == len(items) && (len(prods) > 0 && len(prods) >= len(items)-len(prods) || len(items) == count && sectors) {
		prods = append(prods, unknown...)
	}
	return prods
}

// countedNoun reports whether an item of a counted list the product list
// does not know names a sector: a plain noun (plainNounN) of up to six
// characters (高性能复合材料) that ends with a word of one (装备制造, 新材料,
// 电子信息; not 楼宇招商, 夜间消费).
func countedNoun(s string) bool {
	return plainNounN(s, 6) && endsWithAny(s, sectorHeads)
}

// sectorHeads are the words a sector of industry ends with.
var sectorHeads = []string{
	"制造", "材料", "信息", "装备", "医药", "食品", "能源", "化工", "纺织", "服装", "物流", "旅游",
	"农业", "畜牧", "养殖", "种植", "加工", "电子", "机械", "汽车", "建材", "冶金", "钢铁", "家居",
	"家具", "文旅", "康养", "电商", "商贸", "软件", "芯片", "半导体", "光伏", "储能", "环保", "林业",
	"渔业", "茶业", "果业", "医疗", "器械", "航空", "船舶", "数字", "算力", "轻工", "制品",
}

// unrated returns a product of a slogan without the word that only rates
// it (中国优质稻米之乡: 稻米), where two characters or more remain.
func unrated(p string) string {
	for _, r := range []string{"优质", "名优", "精品", "生态", "有机"} {
		if rest, ok := strings.CutPrefix(p, r); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return p
}

// midToken reports whether off falls inside a word of the segmenter, not
// at its start (茉莉花茶: 花茶 is no product of its own).
func (w *work) midToken(off int) bool {
	toks := w.d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	return i < len(toks) && toks[i].Start < off
}

// kindRatings are words before a kind of product that rate it and name no
// product (优质茶, 生态鱼).
var kindRatings = []string{"优质", "生态", "有机", "绿色", "特色", "名优", "优良", "精品", "新鲜", "高档", "高端", "品牌", "本地", "当地", "地方", "传统", "规模", "特", "优", "名", "好", "新"}

// kindScopes are the first characters of the words of scope before a kind
// (全县, 本市, 该村, 我县, 各乡).
const kindScopes = "全本该我各"

// kindVerbs are verbs of one character that take a kind of product as
// object (种茶, 养鸡, 卖鱼).
const kindVerbs = "种养采制炒品喝饮卖买产育吃捕钓"

// namedKind returns the product named by a kind of product of one
// character that starts at off of the text (茶, 鸡): the word of the
// segmenter that holds it (乌骨鸡), or the kind with the nouns, adjectives
// or numerals of one or two characters in all that the segmenter reads
// right before it (石墨/茶, 五/黑/鸡), unless they only rate it (优质茶);
// else the kind alone.
func (w *work) namedKind(kind string, off int) string {
	toks := w.d.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].End > off })
	if i < len(toks) && toks[i].Start < off && toks[i].End == off+len(kind) && !strings.HasPrefix(toks[i].POS, "v") {
		// 乌骨鸡, 云雾茶 (whatever the tag); of two characters a noun
		// that is no verb and its object (土鸡; not 养鸡, 种茶)
		name := w.d.Text[toks[i].Start:toks[i].End]
		if c := utf8.RuneCountInString(name); c >= 3 && c <= 4 && allHan(name) ||
			c == 2 && strings.HasPrefix(toks[i].POS, "n") && !strings.ContainsRune(kindVerbs, []rune(name)[0]) {
			return name
		}
	}
	if i >= len(toks) || toks[i].Start != off {
		return kind
	}
	s, n := off, 0
	for j := i - 1; j >= 0 && toks[j].End == s; j-- {
		t := toks[j]
		word := w.d.Text[t.Start:t.End]
		c := utf8.RuneCountInString(word)
		// 全县/茶产业, 本市/茶: a scope names no product
		if n+c > 2 || t.POS == "ns" || t.POS == "nr" || strings.ContainsRune(kindVerbs, []rune(word)[0]) || strings.ContainsRune(kindScopes, []rune(word)[0]) ||
			!strings.HasPrefix(t.POS, "n") && t.POS != "a" && t.POS != "b" && (t.POS != "m" || !strings.Contains("一二三四五六七八九十百千", word)) {
			break
		}
		s, n = t.Start, n+c
	}
	name := w.d.Text[s:off]
	if n == 0 || slices.Contains(kindRatings, name) || !allHan(name) {
		return kind
	}
	return name + kind
}

// notIndustryEconomy are kinds of economy that name no industry (集体经济;
// unlike 数字经济).
var notIndustryEconomy = map[string]bool{"集体经济": true, "村集体经济": true, "民营经济": true, "县域经济": true, "实体经济": true, "飞地经济": true}

// devVerbs are the verbs that open a list of industries a place develops
// (发展, 壮大, 培育 …).
var devVerbs = []string{"发展", "壮大", "培育", "做强", "做大", "做优", "打造", "布局", "围绕", "聚焦", "形成", "推进", "带动"}

// lastDevVerb returns the offset in s right after the last of devVerbs, or
// -1.
func lastDevVerb(s string) int {
	best := -1
	for _, v := range devVerbs {
		if k := strings.LastIndex(s, v); k >= 0 && k+len(v) > best {
			best = k + len(v)
		}
	}
	return best
}

// devListMatches finds the lists of industries a verb of development opens
// without 等 or a count: items joined by 、 or 和 right before 产业
// (发展天麻、茶叶产业), or each a product and its farming (发展油茶种植和肉牛
// 养殖). Each match is the verb's offset and the list's start and end.
func devListMatches(s string) [][3]int {
	var out [][3]int
	for _, v := range devVerbs {
		for off := 0; ; {
			k := lexicon.Index(s[off:], v)
			if k < 0 {
				break
			}
			k += off
			off = k + len(v)
			start := off
			if p := lexicon.LongestPrefix(s[start:], []string{"了", "的"}); p != "" {
				start += len(p) // 形成了…, 发展的…
			}
			end := start
			for c := 0; c < 40 && end < len(s); c++ {
				r, n := utf8.DecodeRuneInString(s[end:])
				if r != '、' && !unicode.Is(unicode.Han, r) {
					break
				}
				end += n
			}
			run := s[start:end]
			if i := lexicon.Index(run, "产业"); i > 0 {
				// 打造集种植、加工、冷链物流于一体的X产业链: the stages of
				// one product's chain, none an industry of its own
				if list := run[:i]; (lexicon.Contains(list, "、") || lexicon.Contains(list, "和")) && !lexicon.Contains(list, "于一体") {
					out = append(out, [3]int{k, start, start + i})
				}
				continue
			}
			// A种植和B养殖: every item a product and its farming, the run
			// ends with the last
			cut := -1
			for _, g := range growNouns {
				if i := strings.LastIndex(run, g); i >= 0 && i+len(g) > cut {
					cut = i + len(g)
				}
			}
			if cut < 0 {
				continue
			}
			run = run[:cut]
			end = start + cut
			items := splitList(run)
			if len(items) < 2 {
				continue
			}
			farmed := true
			for _, it := range items {
				g := lexicon.LongestSuffix(it, growNouns)
				farmed = farmed && g != "" && len(it) > len(g)
			}
			if farmed {
				out = append(out, [3]int{k, start, end})
			}
		}
	}
	return out
}

// devOneVerbs name one industry developed right after them (发展X产业).
var devOneVerbs = []string{"发展", "壮大", "培育", "做强", "做大", "做优", "打造"}

// genericIndustryWords begin the words that qualify industries, not name
// them (特色产业, 新兴产业, 百亿产业, 富民产业).
var genericIndustryWords = []string{"特色", "主导", "优势", "新兴", "支柱", "富民", "相关", "传统", "现代", "绿色", "生态", "县域", "全县", "各类",
	"多种", "主要", "重点", "首位", "战略", "新型", "高端", "优质", "重要", "朝阳", "民族", "乡村振兴", "这一", "该", "一批", "一个", "多个", "百亿", "千亿",
	"十亿", "万亩", "农业", "工业", "服务", "配套", "关联", "上下游", "全产业", "增收", "致富", "特优", "产业"}

// devSingleMatches finds one industry named after a verb of development
// and before 产业 (大力发展朱砂工艺品产业, 培育壮大白酒酿造产业): two to six
// Chinese characters, no function character, none of
// genericIndustryWords first; a farming word after the product is
// dropped (猕猴桃种植产业: 猕猴桃). Each match is the verb's offset and the
// product's start and end.
func devSingleMatches(s string) [][3]int {
	var out [][3]int
	for it := (wordIter{s: s, words: devOneVerbs}); ; {
		k, start, more := it.next()
		if !more {
			break
		}
		// 培育壮大, 做大做强: two verbs
		if p := lexicon.LongestPrefix(s[start:], devOneVerbs); p != "" {
			start += len(p)
		}
		i := lexicon.Index(s[start:min(len(s), start+7*3)], "产业")
		if i < 0 {
			continue
		}
		prod := s[start : start+i]
		// 苹果全产业链: the chain of the whole industry
		prod = strings.TrimSuffix(prod, "全")
		// 世界级家具产业: a rank before the industry
		if r := lexicon.LongestPrefix(prod, []string{"世界级", "国家级", "国际级", "省级"}); r != "" {
			prod, start = prod[len(r):], start+len(r)
		}
		for _, g := range growNouns {
			if t, ok := strings.CutSuffix(prod, g); ok && t != "" {
				prod = t
				break
			}
		}
		if !plainNounN(prod, 6) || startsWithAny(prod, genericIndustryWords) || endsWithAny(prod, []string{"特色", "优势", "主导", "支柱", "新兴", "传统"}) || notIndustryEconomy[prod] || strings.ContainsAny(prod, "一二三四五六七八九十百千万亿") {
			continue
		}
		out = append(out, [3]int{k, start, start + len(prod)})
	}
	return out
}

// plainNoun reports whether a list item may be a product's name: two to
// four Chinese characters, none of them a function character.
func plainNoun(s string) bool { return plainNounN(s, 4) }

// plainNounN reports whether s is two to max Chinese characters, none of
// them a function character.
func plainNounN(s string, max int) bool {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) || strings.ContainsRune("的了在和与及是为等各其这那个有被把将从对到也都就", r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= max
}

// counterLists finds the lists counted before 产业 or 产品 (脐橙、蔬菜和生猪
// 三大产业, 香菇、猕猴桃、中药材三大特色产业): each as a match of listRe
// would be, the whole and the list, with the list the run of Chinese
// characters, 、 and 和 of at most forty characters before the count.
func counterLists(s string) [][]int {
	var out [][]int
	for off := 0; ; {
		k := lexicon.Index(s[off:], "大")
		if k < 0 {
			return out
		}
		k += off
		off = k + len("大")
		rest := s[off:]
		// 三大特色主导产业, 两大传统支柱产业: one or two modifiers
		for i := 0; i < 2; i++ {
			if m := lexicon.LongestPrefix(rest, listMods); m != "" {
				rest = rest[len(m):]
			}
		}
		noun := lexicon.LongestPrefix(rest, []string{"产业", "产品", "特产"})
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if noun == "" || !strings.ContainsRune("两三四五六七八九十", r) {
			continue
		}
		end := k - n
		// 香菇、猕猴桃、山茱萸“三大主导产业”: a quote mark before the count
		if q := lexicon.LongestSuffix(s[:end], []string{"“", "”", "\""}); q != "" {
			end -= len(q)
		}
		start := end
		for c := 0; c < 40 && start > 0; c++ {
			r, sz := utf8.DecodeLastRuneInString(s[:start])
			if r != '、' && r != '和' && !unicode.Is(unicode.Han, r) {
				break
			}
			start -= sz
		}
		// 葡萄、民宿和研学旅游成了金川县的三大产业, 食用菌、中药材、肉牛被
		// 确定为全县三大主导产业: a verb and the place between the list
		// and the count end the last item
		sep := max(strings.LastIndex(s[start:end], "、"), strings.LastIndex(s[start:end], "和"))
		if sep >= 0 {
			if k, _ := firstOfAny(s[start+sep:end], countGapVerbs); k > 0 {
				end = start + sep + len(trimAdverbTail(s[start+sep:start+sep+k]))
			}
		}
		// 演出服饰和木制品两大产业: two joined by 和
		if start < end && (lexicon.Contains(s[start:end], "、") || r == '两' && lexicon.Contains(s[start:end], "和")) {
			out = append(out, []int{start, len(s) - len(rest) + len(noun), start, end, strings.IndexRune("一两三四五六七八九十", r)/3 + 1})
		}
	}
}

// countGapVerbs stand between a list and the count of its industries when
// the place comes between (A、B和C成了X县的三大产业).
var countGapVerbs = []string{"成了", "成为", "已成为", "被确定为", "被列为", "被评为", "并称为", "并称", "被称为", "构成", "组成", "是"}

// firstOfAny returns the offset in s of the first occurrence of one of
// words and the word, or -1.
func firstOfAny(s string, words []string) (int, string) {
	best, word := -1, ""
	for _, w := range words {
		if k := strings.Index(s, w); k >= 0 && (best < 0 || k < best) {
			best, word = k, w
		}
	}
	return best, word
}

// farmingWords are the kinds of farming a place's 以X为主的… may name
// instead of 产业 (以香菇、猕猴桃为主的特色种植业).
var farmingWords = []string{"特色种植业", "特色养殖业", "种植业", "养殖业", "特色农业", "农业产业"}

// Words one of which featureAsRe needs (把X作为主导产业); 定为 also stands
// for 确定为.
var asWords = []string{"作为", "列为", "定为"}

// featureAsMatches runs featureAsRe from the last 把 or 将 within
// thirty-two characters before each of asWords that one of
// asFeatureWords follows within twelve characters, and returns the
// matches as offsets into s.
func featureAsMatches(s string) [][]int {
	var out [][]int
	for it := (wordIter{s: s, words: asWords}); ; {
		at, end, more := it.next()
		if !more {
			return out
		}
		if firstIndex(s[end:min(len(s), end+(12+4)*3)], asFeatureWords) < 0 {
			continue
		}
		from := max(0, at-32*3)
		for from < at && !utf8.RuneStart(s[from]) {
			from++
		}
		j := max(strings.LastIndex(s[from:at], "把"), strings.LastIndex(s[from:at], "将"))
		if j < 0 {
			continue
		}
		j += from
		if m := featureAsRe.FindStringSubmatchIndex(s[j:]); m != nil {
			for i := range m {
				m[i] += j
			}
			out = append(out, m)
		}
	}
}

// Literal words the patterns need (see cues.go): a sentence without them
// never runs the pattern.
var (
	makeWords      = []string{"主要生产", "专业生产", "从事", "主营", "主要经营", "主要产品", "专注于", "主导产品", "产品主要", "主要加工", "专业加工"} // 从事: 主要从事, 专业从事
	featureWords   = []string{"产业是", "产业为", "产业有", "产业包括"}
	isFeatureWords = []string{"特色产业", "主导产业", "支柱产业", "优势产业", "富民产业", "首位产业", "第一大产业", "传统产业", "当家产业", "重要产业", "主要产业", "文化产业", "农产品", "基础产业"}
	// 把X作为新兴产业, 把X列为重点产业: what a place chooses to grow
	asFeatureWords = append([]string{"新兴产业", "重点产业"}, isFeatureWords...)
	specialtyWords = []string{"盛产", "特产", "主产"}
	listMods       = []string{"特色", "优势", "名优", "主导", "支柱", "传统", "富民", "当家"}
	listNouns      = []string{"产品", "农产品", "特产", "产业", "特色产业", "农业", "种植业", "养殖业"}
	buildVerbs     = []string{"打造", "发展", "做强", "做大", "培育", "壮大"}
)

// listCue reports whether s holds 等 followed by what listRe needs after
// it: an optional modifier and a word for products (等特色产品, 等产业).
func listCue(s string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], "等")
		if k < 0 {
			return false
		}
		off += k + len("等")
		rest := s[off:]
		if startsWithAny(rest, listNouns) {
			return true
		}
		for _, m := range listMods {
			if lexicon.HasPrefix(rest, m) && startsWithAny(rest[len(m):], listNouns) {
				return true
			}
		}
		// 等高原特色农业产业: 产业 within seven characters
		for i, n := 0, 0; i < len(rest) && n < 7; n++ {
			if lexicon.HasPrefix(rest[i:], "产业") {
				return true
			}
			_, sz := utf8.DecodeRuneInString(rest[i:])
			i += sz
		}
	}
}

// Words growRe matches, each followed by an optional 了 or 的.
var growWords = []string{"种植", "主栽", "主产", "盛产", "特产", "养殖", "栽培", "出产"}

// growMatches returns what growRe.FindAllStringSubmatchIndex(s, -1)
// returns, without the regular expression: the words are literals of
// two characters, no two alike, so the leftmost match at a position is
// the one word that starts there, with 了 or 的 when one follows.
func growMatches(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		r, n := lexicon.DecodeRune(s, i)
		switch r {
		case '种', '主', '盛', '特', '养', '栽', '出':
			for _, g := range growWords {
				if lexicon.HasPrefix(s[i:], g) {
					e := i + len(g)
					if strings.HasPrefix(s[e:], "了") || strings.HasPrefix(s[e:], "的") {
						e += len("了")
					}
					out = append(out, []int{i, e})
					n = e - i
					break
				}
			}
		}
		i += n
	}
	return out
}

// insideOrg reports whether a mention lies inside an organization's name
// (思明区 in 中国银行思明区支行).
func (w *work) insideOrg(m extract.Mention) bool {
	for i := w.firstAt(max(0, m.Start-120)); i < len(w.ms) && w.ms[i].Start <= m.Start; i++ {
		o := w.ms[i]
		if o.Type == extract.Org && o.Span != m.Span && o.Span.Contains(m.Span) {
			return true
		}
	}
	return false
}

// placeEndingIn returns the last place (no part of an organization's
// name) that ends inside (from, to), the product after it.
func (w *work) placeEndingIn(from, to int) (extract.Mention, bool) {
	var best extract.Mention
	found := false
	for i := w.firstAt(max(0, from-120)); i < len(w.ms) && w.ms[i].Start < to; i++ {
		m := w.ms[i]
		if m.Type == extract.Place && m.Key != "" && m.End > from && m.End < to && !w.insideOrg(m) && (!found || m.End > best.End) {
			best, found = m, true
		}
	}
	return best, found
}

// withoutPlace returns the text of [from, to) without a place mention
// that begins it, or a chain of them (荔浦芋头 → 芋头, 遵义市湄潭县茶叶 → 茶叶).
func (w *work) withoutPlace(from, to int) string {
	// a place that begins before from and ends inside (湘西土家族苗族自治州
	// cut to 治州 by a match of at most eight characters): from its end
	start := from
	for i := w.firstAt(max(0, from-120)); i < len(w.ms) && w.ms[i].Start < start; i++ {
		if m := w.ms[i]; m.Type == extract.Place && m.End > from && m.End < to {
			from = m.End
		}
	}
	// a chain of places (遵义市湄潭县茶叶): all of them
	for more := true; more; {
		more = false
		for i, hi := w.startRange(from); i < hi; i++ {
			if m := w.ms[i]; m.Type == extract.Place && m.End < to {
				from, more = m.End, true
				break
			}
		}
	}
	return w.d.Text[from:to]
}

// matches runs re on s only when the cheap test ok says it can match.
func matches(re *regexp.Regexp, s string, ok bool) [][]int {
	if !ok {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// matchesIn returns re.FindAllStringSubmatchIndex(s, -1) when no match
// of re starts before from nor ends after to, running re on s[from:to]
// only. re must have no empty-width assertion (^, $, \b): then every
// match of s lies in s[from:to] and is found there, the same, since the
// engine's choice at a position depends only on the text the candidate
// matches read.
func matchesIn(re *regexp.Regexp, s string, from, to int) [][]int {
	from = max(0, from)
	for from > 0 && from < len(s) && !utf8.RuneStart(s[from]) {
		from-- // whole characters
	}
	to = min(len(s), to)
	if from >= to {
		return nil
	}
	ms := re.FindAllStringSubmatchIndex(s[from:to], -1)
	for _, m := range ms {
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
	}
	return ms
}

// firstIndex returns the first offset in s of one of the words, or -1.
func firstIndex(s string, words []string) int {
	first := -1
	for _, w := range words {
		if k := lexicon.Index(s, w); k >= 0 && (first < 0 || k < first) {
			first = k
		}
	}
	return first
}

// lastEnd returns the end of the last occurrence in s of one of the
// words, or -1.
func lastEnd(s string, words []string) int {
	last := -1
	for _, w := range words {
		if !lexicon.Contains(s, w) {
			continue
		}
		if k := strings.LastIndex(s, w); k >= 0 && k+len(w) > last {
			last = k + len(w)
		}
	}
	return last
}

// featureMatches is matches(featureRe, s, ok): a match begins with a
// modifier of two characters (six bytes) right before one of featureWords.
func featureMatches(s string, ok bool) [][]int {
	if !ok {
		return nil
	}
	p := firstIndex(s, featureWords)
	if p < 0 {
		return nil
	}
	return matchesIn(featureRe, s, p-len("特色"), len(s))
}

// isFeatureMatches is matches(isFeatureRe, s, ok): a match holds 是 or 成为
// at most 12 bytes after the end of its first group of up to twelve
// characters (four bytes at most each) and 产业, and ends with one of
// isFeatureWords.
func isFeatureMatches(s string, ok bool) [][]int {
	if !ok {
		return nil
	}
	p := firstIndex(s, []string{"是", "成为"})
	if p < 0 {
		return nil
	}
	return matchesIn(isFeatureRe, s, p-len("逐渐")-len("产业")-12*utf8.UTFMax, lastEnd(s, isFeatureWords))
}

func startsDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十百千万两数", r)
}

func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if lexicon.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if lexicon.Contains(s, w) {
			return true
		}
	}
	return false
}

func (w *work) industries() {
	w.knownIndustries()
	text := w.d.Text
	for _, p := range w.ms {
		// 打造通江银耳百亿产业, 通江银耳产业: a place followed by a product and 产业
		if p.Type != extract.Place {
			continue
		}
		// 打造 or 发展 before the place, or a goal: keep only stated industries
		head := w.gap(max(0, p.Start-24), p.Start)
		if !endsWithAny(head, buildVerbs) {
			continue
		}
		rest := w.gap(p.End, min(len(text), p.End+60))
		if !lexicon.Contains(rest, "产业") {
			continue
		}
		sub := buildRe.FindStringSubmatch(rest)
		if sub == nil {
			continue
		}
		if prod := cleanProduct(sub[1]); prod != "" {
			w.add(p.Key, extract.Industry, prod, true, "relate.industry.build", p.Span)
		}
	}
	userProducts := w.st.lex.UserEntries(lexicon.KindProduct)
	cs := w.sentenceCues()
	for si, sent := range w.sentences() {
		s := text[sent.Start:sent.End]
		c := cs[si]
		add := func(subj extract.Mention, prods []string, rule string) {
			for _, x := range prods {
				if prod := cleanProduct(x); prod != "" && !strings.Contains(w.text(subj), prod) {
					w.add(subj.Key, extract.Industry, prod, true, rule, sent)
				}
			}
		}
		hasIndustry := c.any(cueIndustry)
		for _, m := range featureMatches(s, hasIndustry && c.feature()) {
			if subj, ok := w.subjectIn(sent.Start, sent.Start+m[0]); ok {
				add(subj, splitList(s[m[2]:m[3]]), "relate.industry.feature")
			}
		}
		for _, m := range isFeatureMatches(s, (hasIndustry || lexicon.Contains(s, "农产品")) && c.isFeature()) {
			// 肉牛、肉羊养殖是当地的主导产业: the products of the lexicon
			// listed before the one the pattern reads
			items := w.listedBefore(s, sent.Start, m[2])
			// 核桃、板栗和香菇是…, 核桃和红枣是…两大支柱产业: the last two
			// items of a list, or two joined by 和
			items = append(splitLastAnd(w.withoutPlace(sent.Start+m[2], sent.Start+m[3])), items...)
			if subj, ok := w.subjectIn(sent.Start+m[3], sent.Start+m[1]); ok {
				add(subj, items, "relate.industry.feature")
			} else if pl, ok := w.placeEndingIn(sent.Start+m[2], sent.Start+m[3]); ok {
				// 盐池县滩羊养殖是当地的主导产业: the place written before the product
				add(pl, []string{strings.TrimPrefix(w.gap(pl.End, sent.Start+m[3]), "的")}, "relate.industry.feature")
			} else if subj, ok := w.subjectIn(sent.Start, sent.Start+m[2]); ok && subj.Type == extract.Place && !w.residentOf(subj) && !startsWithAny(w.d.Text[subj.End:], visitWords) {
				// 龙凤村有茶园1.2万亩，茶叶已成为村民增收的支柱产业: a
				// predicate that names no place is of the place the
				// sentence names before; its products must be of the
				// lexicon (not 他说茶叶 of 他说茶叶已成为…)
				add(subj, slices.DeleteFunc(items, func(it string) bool { return !w.namedProduct(cleanProduct(it)) }), "relate.industry.feature")
			}
		}
		var devLists [][3]int
		if c.any(cueDev) {
			devLists = devListMatches(s)
		}
		for _, m := range devLists {
			// 大力发展天麻、茶叶产业, 发展油茶种植和肉牛养殖: the place or
			// the village the sentence names before the verb
			subj, ok := w.subjectIn(sent.Start, sent.Start+m[0])
			// 县里将做强…: a word of the kind after the places named before
			if lv, lok := w.levelHere(subj.End, w.gap(subj.End, sent.Start+m[0])); ok && lok {
				subj = lv
			}
			if ok && subj.Type == extract.Place {
				add(subj, w.listProducts(s[m[1]:m[2]], sent.Start+m[1], 0), "relate.industry.dev-list")
			}
		}
		if c.any(cueDev) && hasIndustry {
			for _, m := range devSingleMatches(s) {
				// 大力发展朱砂工艺品产业: one industry the product list
				// does not know, named by the verb of development
				subj, ok := w.subjectIn(sent.Start, sent.Start+m[0])
				if lv, lok := w.levelHere(subj.End, w.gap(subj.End, sent.Start+m[0])); ok && lok {
					subj = lv
				}
				if ok && subj.Type == extract.Place {
					add(subj, []string{s[m[1]:m[2]]}, "relate.industry.dev-one")
				}
			}
		}
		var featureAs [][]int
		if hasIndustry && c.any(cueAsFeature) {
			featureAs = featureAsMatches(s)
		}
		for _, m := range featureAs {
			if subj, ok := w.subjectIn(sent.Start, sent.Start+m[2]); ok && subj.Type == extract.Place {
				add(subj, splitList(s[m[2]:m[3]]), "relate.industry.feature")
			}
		}
		for _, m := range matches(hometownRe, s, c.hometown()) {
			// 素有“中国X之乡”美誉的Y: the place after the slogan; else before it
			subj, ok := w.sloganPlace(sent, s, m[1])
			if !ok {
				subj, ok = w.subjectIn(sent.Start, sent.Start+m[0])
			}
			if ok && subj.Type == extract.Place {
				add(subj, []string{unrated(s[m[2]:m[3]])}, "relate.industry.hometown")
			}
		}
		for _, m := range matches(hometownShortRe, s, lexicon.Contains(s, "乡”") || lexicon.Contains(s, "城”") || lexicon.Contains(s, "都”")) {
			if m[2] < 0 {
				m[2], m[3] = m[4], m[5] // 中国X城, 中国X都
			}
			if !w.st.lex.IsProduct(s[m[2]:m[3]]) {
				continue
			}
			subj, ok := w.sloganPlace(sent, s, m[1])
			if !ok {
				subj, ok = w.subjectIn(sent.Start, sent.Start+m[0])
			}
			if ok && subj.Type == extract.Place {
				add(subj, []string{s[m[2]:m[3]]}, "relate.industry.hometown")
			}
		}
		for _, m := range matches(specialtyRe, s, c.specialty()) {
			if s[m[0]:m[2]] == "主产" && startsWithAny(s[m[2]:], []string{"区", "地", "县", "市", "乡", "镇", "旗"}) {
				continue // 当归主产区, 脐橙的主产县之一: a noun, the base rule reads it
			}
			if subj, ok := w.subjectIn(sent.Start, sent.Start+m[0]); ok && subj.Type == extract.Place {
				add(subj, w.specialtyItems(s[m[2]:m[3]]), "relate.industry.specialty")
			}
		}
		for _, m := range matches(focusRe, s, c.focus() || c.any(cueYi) && c.any(cueFarming)) {
			// 以香菇、猕猴桃为主的特色种植业: of the products of the
			// lexicon only
			farming := !lexicon.Contains(s, "产业")
			if farming && (!strings.HasSuffix(s[:m[1]], "为主") || !startsWithAny(strings.TrimPrefix(s[m[1]:], "的"), farmingWords)) {
				continue
			}
			items := splitList(s[m[2]:m[3]])
			if strings.HasSuffix(s[:m[1]], "为主") {
				// 以X为主 says what most of something is: the items must be
				// products of the lexicon
				items = slices.DeleteFunc(items, func(it string) bool { return !w.st.lex.IsProduct(it) })
			}
			if subj, ok := w.subjectIn(sent.Start, sent.Start+m[0]); ok && subj.Type == extract.Place {
				add(subj, items, "relate.industry.focus")
			}
		}
		// 全村有280多户从事汉服加工: the households of a place that work in
		// one trade
		for _, m := range matches(householdsRe, s, householdsCue(s)) {
			item := s[m[2]:m[3]]
			if !w.st.lex.IsProduct(item) && !plainNoun(item) {
				continue
			}
			if subj, ok := w.subjectIn(sent.Start, sent.Start+m[0]); ok && subj.Type == extract.Place {
				add(subj, []string{item}, "relate.industry.households")
			}
		}
		// user products: a product of the user's dictionary named with a place in one sentence and 产业
		for _, prod := range userProducts {
			if k := lexicon.Index(s, prod+"产业"); k >= 0 {
				if subj, ok := w.subjectIn(sent.Start, sent.End); ok {
					w.add(subj.Key, extract.Industry, prod, true, "relate.industry.user", sent)
				}
			}
		}
	}
}

// householdWho name the households of householdsRe (280多户村民从事…), and
// householdVerbs say what they do.
var (
	householdWho   = []string{"村民", "农户", "群众", "人家", "居民"}
	householdVerbs = []string{"从事", "发展", "经营"}
)

// householdsCue reports whether s may hold a match of householdsRe: 户
// before the trade's verb or the word for the households.
func householdsCue(s string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], "户")
		if k < 0 {
			return false
		}
		off += k + len("户")
		if startsWithAny(s[off:], householdWho) || startsWithAny(s[off:], householdVerbs) {
			return true
		}
	}
}

func (w *work) sentences() []extract.Span {
	if len(w.d.Sentences) > 0 {
		return w.d.Sentences
	}
	return []extract.Span{{Start: 0, End: len(w.d.Text)}}
}

// ---- membership ----

// underVerbs put an organization under the parent named after them, with
// a verb of managing after the parent (归口X管理, 由X主管, 归X管理).
var underVerbs = []string{"归口", "归", "由"}

var subsidiaryRe = regexp.MustCompile(`^(?:的)?(?:旗下|下属|直属|所属|下设)?(?:的)?(?:全资|控股)?(?:子公司|分公司|企业|下属企业|下属单位|直属单位|所属单位|成员单位|成员企业|分支机构|直属机构|下属机构|派出机构|内设机构|二级单位|事业单位|直属事业单位)`)

// subLeads are the words subRe may begin with (after them, its
// mandatory group) and subHeads the words of that group.
var (
	subLeads = []string{"及其", "及", "与其", "与", "和", "的"}
	subHeads = []string{"下属", "所属", "直属", "旗下", "下辖", "下设", "全资子公司", "控股子公司", "子公司", "分公司"}
)

// subCue reports whether s begins with what every match of subRe begins
// with: one of subHeads, alone or after one of subLeads. subRe is run
// only where it holds.
// subGapRe is what may stand between a parent and 子公司 besides the
// words of subsidiaryRe: where and how the parent set its company up
// (在曹县设立的, 控股的, 投资设立的).
var subGapRe = regexp.MustCompile(`^(?:在\p{Han}{1,10}?)?(?:投资|出资|注册|独资)?(?:设立|成立|组建|控股|投资|持股)的`)

// subsidiaryTail reports whether tail, the text after a parent
// organization, says the subject is one of its subsidiaries or units.
func (w *work) subsidiaryTail(tail string) bool {
	if loc := subGapRe.FindStringIndex(tail); loc != nil {
		tail = tail[loc[1]:]
	}
	return subsidiaryRe.MatchString(tail) || startsWithAny(tail, []string{"下属", "直属", "所属", "旗下"})
}

func subCue(s string) bool {
	if startsWithAny(s, subHeads) {
		return true
	}
	for _, l := range subLeads {
		if lexicon.HasPrefix(s, l) && startsWithAny(s[len(l):], subHeads) {
			return true
		}
	}
	return false
}

var subRe = regexp.MustCompile(`^(?:及其?|与其?|和|的)?(?:(?:下属|所属|直属|旗下|下辖|下设)(?:的)?(?:全资|控股)?(?:子公司|分公司)|下属|所属|直属|旗下|下辖|下设|(?:全资|控股)?子公司|分公司)(?:的)?(?:单位|企业|机构)?\s*(?:——|—|－|-|：|:)?\s*`)

func (w *work) membership() {
	for _, parent := range w.ms {
		if parent.Type != extract.Org {
			continue
		}
		rest := w.d.Text[parent.End:min(len(w.d.Text), parent.End+24)]
		if !subCue(rest) {
			continue
		}
		loc := subRe.FindStringIndex(rest)
		if loc == nil {
			continue
		}
		// Y是X下属的Z: Y is the child, Z only says what it is (the "是"
		// pattern below reads it)
		if at := w.skipSpaceBack(parent.Start); strings.HasSuffix(w.d.Text[:at], "是") || strings.HasSuffix(w.d.Text[:at], "系") {
			if _, ok := w.before(at-len("是"), extract.Org); ok {
				continue
			}
		}
		// the organizations listed after it, separated by 、
		for off := parent.End + loc[1]; ; {
			child, ok := w.after(off, extract.Org)
			if !ok {
				break
			}
			w.add(child.Key, extract.PartOf, parent.Key, false, "relate.member.sub", child.Span, parent.Span)
			if !strings.HasPrefix(w.d.Text[child.End:], "、") {
				break
			}
			off = child.End + len("、")
		}
	}
	w.groupsUnder()
	// X是Y的全资子公司, X隶属于Y
	for _, child := range w.ms {
		if child.Type != extract.Org || child.Key == "" {
			continue
		}
		// X中心（简称Y）是…: after the note of the child's short name
		at := w.skipAliasNote(child.End)
		rest := w.d.Text[at:min(len(w.d.Text), at+12)]
		var k int
		switch {
		case strings.HasPrefix(rest, "是"), strings.HasPrefix(rest, "系"), strings.HasPrefix(rest, "为"):
			k = at + len("是")
		case strings.HasPrefix(rest, "作为"):
			// Y作为X的子公司: as 是
			k = at + len("作为")
		case strings.HasPrefix(rest, "隶属于"), strings.HasPrefix(rest, "挂靠于"), strings.HasPrefix(rest, "挂靠在"):
			k = at + len("隶属于")
		case strings.HasPrefix(rest, "隶属"), strings.HasPrefix(rest, "挂靠"):
			k = at + len("隶属")
		case startsWithAny(rest, underVerbs):
			// Y归口X管理, Y由X主管, Y归X管理: the verb after the parent says it
			k = at + len(lexicon.LongestPrefix(rest, underVerbs))
		default:
			continue
		}
		parent, ok := w.after(k, extract.Org)
		if !ok || parent.Key == "" || parent.Key == child.Key {
			continue
		}
		tail := w.d.Text[parent.End:min(len(w.d.Text), parent.End+60)]
		if strings.HasPrefix(rest, "归") || strings.HasPrefix(rest, "由") {
			if startsWithAny(tail, []string{"主管", "管理", "领导"}) && (strings.HasPrefix(rest, "由") || !strings.HasPrefix(tail, "领导")) {
				w.add(child.Key, extract.PartOf, parent.Key, false, "relate.member.managed", child.Span, parent.Span)
			}
			continue
		}
		if strings.HasPrefix(rest, "为") {
			// Y为X全资子公司; not Y为X直属单位送温暖, where 为 is "for"
			if t := strings.TrimPrefix(tail, "的"); startsWithAny(strings.TrimPrefix(strings.TrimPrefix(t, "全资"), "控股"), []string{"子公司", "分公司"}) {
				w.add(child.Key, extract.PartOf, parent.Key, false, "relate.member.subsidiary", child.Span, parent.Span)
			}
			continue
		}
		if strings.HasPrefix(rest, "隶属") || strings.HasPrefix(rest, "挂靠") || w.subsidiaryTail(tail) {
			// Y是X下属的二级甲等医院, Y是X直属学校
			w.add(child.Key, extract.PartOf, parent.Key, false, "relate.member.subsidiary", child.Span, parent.Span)
		}
	}
	// 该公司是X控股的子公司, 该企业系X的全资子公司: the organization the
	// kind refers to
	for _, cop := range []string{"是", "系"} {
		for at := range occurrences(w.d.Text, cop) {
			end := w.skipSpaceBack(at)
			if _, ok := w.before(end, extract.Org); ok {
				continue // read above
			}
			child, ok := w.anaphor(end)
			if !ok || child.Key == "" {
				continue
			}
			parent, ok := w.after(at+len(cop), extract.Org)
			if !ok || parent.Key == "" || parent.Key == child.Key {
				continue
			}
			if w.subsidiaryTail(w.d.Text[parent.End:min(len(w.d.Text), parent.End+60)]) {
				w.add(child.Key, extract.PartOf, parent.Key, false, "relate.member.subsidiary", child.Span, parent.Span)
			}
		}
	}
	// 该公司隶属于X: the organization the kind refers to
	for at := range occurrences(w.d.Text, "隶属") {
		end := w.skipSpaceBack(at)
		if _, ok := w.before(end, extract.Org); ok {
			continue // read above
		}
		child, ok := w.anaphor(end)
		if !ok && strings.HasSuffix(w.d.Text[:end], "，") {
			// X是一家农民合作社，隶属于Y: the organization that opens the sentence
			child, ok = w.sentenceOrg(end)
		}
		if !ok || child.Type != extract.Org || child.Key == "" {
			continue
		}
		k := at + len("隶属")
		if strings.HasPrefix(w.d.Text[k:], "于") {
			k += len("于")
		}
		if parent, ok := w.after(k, extract.Org); ok && parent.Key != "" && parent.Key != child.Key {
			w.add(child.Key, extract.PartOf, parent.Key, false, "relate.member.subsidiary", parent.Span)
		}
	}
	// 省淡水水产研究所、省水产技术推广站等局属单位: the 局 of the article
	cs := w.sentenceCues()
	for si, sent := range w.sentences() {
		s := w.d.Text[sent.Start:sent.End]
		if !cs[si].any(cueUnits) {
			continue // every pattern below ends with it
		}
		for _, unit := range []string{"局", "厅", "委", "部", "集团", "公司"} {
			k := strings.Index(s, "等"+unit+"属单位")
			if k < 0 {
				k = strings.Index(s, unit+"属单位")
				if k < 0 {
					continue
				}
			}
			var parent *extract.Mention
			for i := range w.ms {
				m := w.ms[i]
				if m.Type == extract.Org && strings.HasSuffix(w.text(m), unit) {
					parent = &w.ms[i]
					break
				}
			}
			if parent == nil {
				continue
			}
			// the organizations listed right before, separated by 、
			end := sent.Start + k
			for {
				c, ok := w.before(end, extract.Org)
				if !ok || c.Key == parent.Key {
					break
				}
				w.add(c.Key, extract.PartOf, parent.Key, false, "relate.member.unit", c.Span, parent.Span)
				j := strings.LastIndex(w.d.Text[:c.Start], "、")
				if j < 0 || w.gap(j+len("、"), c.Start) != "" {
					break
				}
				end = j
			}
		}
	}
}

// ---- where organizations are ----

// bodies writes 位于 from an organization whose name begins with a place to
// the innermost place so written (让胡路区委组织部 → 让胡路区): for a
// government or party body any place, for a public body of the class
// "body" (centres, stations, institutes: 忠县就业和人才中心) a Chinese
// division. Companies, schools and media are left: a company's name holds
// where it was registered, not always where it is.
func (w *work) bodies() {
	for _, o := range w.ms {
		if o.Type != extract.Org {
			continue
		}
		class, _ := w.orgClass(w.text(o))
		gov := class == lexicon.GovBody
		// 中共X县委组织部, 政协X县委员会, 共青团X州委: the party's, the
		// conference's or the league's name before the place
		start := o.Start
		for _, p := range []string{"中国共产党", "中共", "政协", "共青团"} {
			if strings.HasPrefix(w.d.Text[o.Start:o.End], p) {
				start = o.Start + len(p)
				gov = true
				break
			}
		}
		var place *extract.Mention
		for i := range w.ms {
			m := w.ms[i]
			if m.Type == extract.Place && m.Start == start && m.End < o.End {
				if place == nil || m.End > place.End {
					place = &w.ms[i]
				}
			}
		}
		// 消防救援总队昆明支队, 森林消防支队木里大队: a brigade's unit is in the
		// place it is named after, right after its brigade's name
		if k, ok := brigadeUnitStart(w.text(o)); ok {
			place = nil
			for i := range w.ms {
				m := w.ms[i]
				if m.Type == extract.Place && m.Start == o.Start+k && m.End < o.End && (place == nil || m.End > place.End) {
					place = &w.ms[i]
				}
			}
		}
		// 中卫市浙江商会: a chamber of commerce sits in the first place
		// named; the places after it are where its members come from, and
		// one place alone may be either (浙江商会)
		if place != nil && lexicon.HasSuffix(w.text(o), "商会") {
			if next, ok := w.after(place.End, extract.Place); ok && next.Start == place.End && next.End < o.End && !w.sameLine(*place, next) {
				w.add(o.Key, extract.LocatedIn, place.Key, false, "relate.located.chamber", o.Span)
			}
			continue
		}
		// nested places: the innermost written before the ending
		if place != nil {
			for {
				next := false
				for i := range w.ms {
					m := w.ms[i]
					if m.Type == extract.Place && m.Start == place.End && m.End < o.End {
						place = &w.ms[i]
						next = true
						break
					}
				}
				if !next {
					break
				}
			}
			if gov {
				w.add(o.Key, extract.LocatedIn, place.Key, false, "relate.located.body", o.Span)
			} else if e := w.d.Entity(place.Key); class == lexicon.Body && e != nil && e.Code != "" {
				// 忠县就业和人才中心, 昌江现代农业发展服务中心: a public
				// body named after its division
				w.add(o.Key, extract.LocatedIn, place.Key, false, "relate.located.public", o.Span)
			}
		}
	}
}

// brigadeUnitStart returns where the name of the last unit begins in the
// name of a brigade's unit written after its brigade's (消防救援总队昆明支队:
// 昆明支队), and false for any other name.
func brigadeUnitStart(name string) (int, bool) {
	if !endsWithAny(name, lexicon.BrigadeLevels) {
		return 0, false
	}
	body := name[:len(name)-len("队")*2]
	k := -1
	for _, l := range lexicon.BrigadeLevels {
		if i := strings.LastIndex(body, l); i >= 0 && i+len(l) > k {
			k = i + len(l)
		}
	}
	return k, k > 0
}

// orgClass returns the class of the longest organization ending name
// ends with.
func (w *work) orgClass(name string) (lexicon.OrgClass, bool) {
	// starts[n-1] is where the last n characters of name begin, read
	// from its end; name has as many characters, read from its start
	var buf [32]int
	starts := buf[:0]
	for n, k := utf8.RuneCountInString(name), len(name); n > 0; n-- {
		_, sz := lexicon.DecodeLastRune(name, k)
		k -= sz
		starts = append(starts, k)
	}
	// the longest ending first, the whole name excluded
	for n := len(starts); n > 0; n-- {
		if k := starts[n-1]; k > 0 {
			if c, ok := w.st.lex.OrgSuffix(name[k:]); ok {
				return c, true
			}
		}
	}
	return "", false
}

func (w *work) isGovBody(name string) bool {
	c, ok := w.orgClass(name)
	return ok && c == lexicon.GovBody
}

func init() {
	if len(levelWords) != 4*8 {
		panic("relate: levelWords does not fit subjectIn's table")
	}
}
