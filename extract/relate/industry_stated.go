package relate

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// Words that, right after a product of the lexicon, state that a place
// produces it: a slogan (脐橙之乡), its scale (咖啡种植面积, 大豆产量) or
// a base (葡萄生产基地, 茶叶产地, 锂电池产业园, 苹果生产大县).
var (
	hometownWords = []string{"之乡", "之都"}
	scaleWords    = []string{"种植面积", "种植规模", "养殖面积", "养殖规模", "栽培面积", "产量", "产值"}
	baseWords     = []string{"生产基地", "种植基地", "养殖基地", "产业基地", "加工基地", "产业园", "主产区", "产区", "种植区", "集散地", "生产县", "种植县", "原产地", "产地", "发源地", "故乡", "生产大县", "种植大县", "养殖大县", "生产大市", "种植大市", "养殖大市", "大县", "大市", "第一县", "第一乡", "第一镇", "第一市",
		"主产县", "主产市", "出口基地", "养殖大镇", "种植大镇", "生产大镇", "大镇", "重镇", "专业村", "专业镇"}
	// what follows a scale word when the sentence states it (种植面积达,
	// 面积已达8万亩) rather than asks or compares
	scaleFollow = []string{"占", "居", "位居", "稳居", "达", "已达", "已经达", "超", "超过", "突破", "排名", "连续", "约", "近", "全国", "全省", "不断", "持续", "逐年", "稳定在", "常年"}
	// after 产量 only a share or a rank (产量占全国, 产量居全省第一): an
	// output figure alone (产量达20万吨) reports, it does not state a specialty;
	// an output value (产值) must be counted in 亿 (see billions)
	outputFollow = []string{"占", "居", "位居", "稳居", "排名", "连续", "全国", "全省"}
	// words that rate a base between the product and the base (乌龙茶的
	// 重要产地)
	baseMods = []string{"重要", "主要", "著名", "知名", "核心", "最大"}
	// what stands between a place and the base it is or builds
	baseVerbs = []string{"是", "为", "成为", "建成", "建设", "打造", "被誉为", "誉为", "被评为", "评为", "获评", "认定为", "建有", "拥有"}
	// 发展芒果种植, 大力发展肉牛养殖
	growVerbs = []string{"发展", "扩大", "推广"}
	growNouns = []string{"种植", "养殖"}
)

// productBefore returns the start of the longest product of the lexicon
// that ends at end in s, of at most eight characters, or -1.
func (w *work) productBefore(s string, end int) int {
	best := -1
	k := end
	for n := 0; n < 8 && k > 0; n++ {
		_, sz := utf8.DecodeLastRuneInString(s[:k])
		k -= sz
		if w.st.lex.IsProduct(s[k:end]) {
			best = k
		}
	}
	return best
}

// kindName returns the product p of the lexicon at off of the text, or the
// product named by it where p is a kind of one character (see namedKind).
func (w *work) kindName(p string, off int) string {
	if utf8.RuneCountInString(p) == 1 {
		return w.namedKind(p, off)
	}
	return p
}

// goodsHeads end the names of goods (绿橙, 青稞酒, 竹笋, 唐卡), not of
// songs, sports or animals (侗族大歌之乡, 搏克之乡, 雪豹之乡).
const goodsHeads = "茶酒橙柑柚果米面菇耳椒姜蒜枣梨桃杏李梅瓜菜笋竹药参芪麻豆薯芋藕莲羊牛猪鸡鸭鹅鱼虾蟹贝蚕蜂蜜油糖盐花卉木材石玉布绸绣锦毯陶瓷纸笔墨砚器具刀鞋帽伞扇卡灯琴"

// quotedSloganStart returns the start of X in “X之乡” (X two to five
// Chinese characters, none a function character, ending with one of
// goodsHeads, the opening quote right before it) whose 之乡 or 之都
// starts at at, or -1.
func quotedSloganStart(s string, at int) int {
	for _, q := range []string{"“", "\"", "「"} {
		k := strings.LastIndex(s[:at], q)
		if k < 0 {
			continue
		}
		if x := s[k+len(q) : at]; plainNounN(x, 5) && strings.ContainsRune(goodsHeads, lastRune(x)) {
			return k + len(q)
		}
	}
	return -1
}

// baseSubject returns the place named right before the last of baseVerbs
// in pre, the sentence s up to the product, that a place stands right
// before (溪龙乡是安吉白茶的主产区: 溪龙乡, not the 安吉 of the brand).
func (w *work) baseSubject(sent extract.Span, pre string) (extract.Mention, bool) {
	for end := len(pre); end > 0; {
		at := -1
		for _, v := range baseVerbs {
			if k := strings.LastIndex(pre[:end], v); k > at {
				at = k
			}
		}
		if at < 0 {
			break
		}
		if p, ok := w.before(sent.Start+at, extract.Place); ok && p.Key != "" && !w.insideOrg(p) && !w.sloganCountry(p) {
			return p, true
		}
		end = at
	}
	return extract.Mention{}, false
}

// statedIndustries reads the industries of places stated by a product of
// the lexicon and the word right after it: 秭归县是脐橙之乡, 思茅区咖啡种植
// 面积已达8万亩, 高昌区是葡萄生产基地, 田阳区大力发展芒果种植. Only the
// occurrences of the words are visited, and only in sentences whose cues
// hold them.
func (w *work) statedIndustries(sent extract.Span, s string, c cues) {
	if c.any(cueSlogan) {
		for it := (wordIter{s: s, words: hometownWords}); ; {
			at, end, more := it.next()
			if !more {
				break
			}
			// 中国X之乡 is read by hometownRe (with X of up to six characters)
			k := w.productBefore(s, at)
			if k < 0 {
				// “绿橙之乡”, “青稞酒之乡”: a slogan in quotes names its
				// product whether or not the list knows it
				k = quotedSloganStart(s, at)
			}
			if k >= 0 && !strings.Contains(s[max(0, at-7*3):at], "中国") {
				subj, ok := w.sloganPlace(sent, s, end)
				if !ok {
					subj, ok = w.subjectIn(sent.Start, sent.Start+k)
				}
				w.addStated(sent, subj, ok, w.kindName(s[k:at], sent.Start+k))
			}
		}
	}
	if c.any(cueScale) {
		for it := (wordIter{s: s, words: scaleWordsOf(c)}); ; {
			at, end, more := it.next()
			if !more {
				break
			}
			if s[at:end] == "产量" && !startsWithAny(s[end:], outputFollow) ||
				s[at:end] == "产值" && !billions(s[end:]) ||
				!startsWithAny(s[end:], scaleFollow) && !startsDigit(s[end:]) {
				continue
			}
			value := s[at:end] == "产值"
			if strings.HasSuffix(s[:at], "年") || strings.HasSuffix(s[:at], "总") {
				at -= len("年") // 苹果年产量
			}
			if value {
				// 蔬菜产业综合产值达120亿元, 茶产业总产值
				if strings.HasSuffix(s[:at], "综合") {
					at -= len("综合")
				}
				if strings.HasSuffix(s[:at], "产业") {
					at -= len("产业")
				}
			}
			if k := w.productBefore(s, at); k >= 0 {
				subj, ok := w.subjectIn(sent.Start, sent.Start+k)
				w.addStated(sent, subj, ok, w.kindName(s[k:at], sent.Start+k))
			}
		}
	}
	if c.any(cueBase) {
		for it := (wordIter{s: s, words: baseWords}); ; {
			at, end, more := it.next()
			if !more {
				break
			}
			at0 := at
			// 乌龙茶的重要产地, 酱香型白酒的核心产区: a word that rates the base
			if m := lexicon.LongestSuffix(s[:at], baseMods); m != "" {
				at -= len(m)
			}
			de := strings.HasSuffix(s[:at], "的")
			if de {
				at -= len("的") // 优质苹果的主产区
			}
			if s[at:end] == "加工基地" && strings.HasSuffix(s[:at], "生产") {
				at -= len("生产") // 羊绒制品生产加工基地
			}
			// 苹果种植专业村, 肉牛养殖重镇: the kind of farming between the
			// product and the base
			if g := lexicon.LongestSuffix(s[:at], growNouns); g != "" && !de && !startsWithAny(s[at0:end], growNouns) && !strings.HasPrefix(s[at0:end], "生产") {
				at -= len(g)
			}
			if g := lexicon.LongestSuffix(s[:at], []string{"制品", "产品"}); g != "" && w.productBefore(s, at) < 0 {
				at -= len(g) // 羊绒制品生产基地: 羊绒 (乳制品 is one)
			}
			if strings.HasPrefix(s[at:], "第一") {
				// 全国苹果生产第一县, 中国白茶第一乡
				if g := lexicon.LongestSuffix(s[:at], growNouns); g != "" {
					at -= len(g)
				} else if strings.HasSuffix(s[:at], "生产") {
					at -= len("生产")
				}
			}
			k := w.productBefore(s, at)
			// 是全国最大的莼菜生产基地, 是全国重要的高原夏菜产区: a product the
			// list does not know, a plain noun between 的 and the base
			if base := s[at0:end]; k < 0 && !de && (base == "生产基地" || base == "种植基地" || base == "养殖基地" || base == "加工基地" || base == "主产区" || base == "产区" || base == "产地" || base == "专业村") {
				if j := strings.LastIndex(s[:at], "的"); j >= 0 && plainNoun(s[j+len("的"):at]) && !strings.HasSuffix(s[:at], "主") && lexicon.Contains(s[:j], "是") &&
					endsWithAny(s[:j], []string{"最大", "重要", "主要", "知名", "有名", "著名", "闻名"}) {
					k = j + len("的")
				}
			}
			if base := s[at0:end]; k < 0 && de && (base == "主产区" || base == "产区" || base == "原产地" || base == "发源地") {
				// 莲花镇是月柿的核心产区: a product the list does not
				// know, a plain noun between 是 and 的
				if j := strings.LastIndex(s[:at], "是"); j >= 0 && plainNoun(s[j+len("是"):at]) {
					k = j + len("是")
					// 恭城月柿: the county's short form before the product
					if pl, ok := w.after(sent.Start+k, extract.Place); ok && pl.Start == sent.Start+k && pl.End < sent.Start+at-3 {
						k = pl.End - sent.Start
					}
				}
			}
			if base := s[at0:end]; k >= 0 && base == "发源地" && w.waterName(s[k:at], sent.Start+k) {
				// 寻乌县是东江的发源地: the source of a river, no product
				continue
			}
			if k >= 0 && containsAny(s[:k], baseVerbs) {
				// 新建长丰县电子信息产业园: a park named with its place
				// and the product states no industry (see parkWords)
				if _, named := w.before(sent.Start+k, extract.Place); named && startsWithAny(s[at:], parkWords) {
					continue
				}
				subj, ok := w.baseSubject(sent, s[:k])
				if !ok {
					subj, ok = w.subjectIn(sent.Start, sent.Start+k)
					// Y将在X投资建设…产业园: X is where another builds
					if ok && endsWithAny(w.gap(max(sent.Start, w.chainStart(subj).Start-2*3), w.chainStart(subj).Start), []string{"在", "到", "赴"}) {
						continue
					}
				}
				w.addStated(sent, subj, ok, w.kindName(s[k:at], sent.Start+k))
				// 小麦和辣椒种植大镇, 苹果、梨生产基地: the products of the
				// lexicon listed before it
				for _, r := range w.productsBefore(s, k, []string{"和", "、", "及"}, 4) {
					w.addStated(sent, subj, ok, s[r[0]:r[1]])
				}
			}
		}
	}
	if c.any(cueGrow) && c.any(cueGrowVerb) {
		for it := (wordIter{s: s, words: growVerbs}); ; {
			at, end, more := it.next()
			if !more {
				break
			}
			k := end
			if strings.HasPrefix(s[k:], "大力") {
				k += len("大力")
			}
			prod, e, ok := w.st.lex.ProductStartingAt(s, k)
			if !ok || !startsWithAny(s[e:], growNouns) {
				continue
			}
			subj, found := w.subjectIn(sent.Start, sent.Start+at)
			w.addStated(sent, subj, found, prod)
		}
	}
}

// billions reports whether the figure s begins with, before the end of
// its clause, is counted in 亿 (达20亿元, 突破百亿元): an output value of
// that size is an industry, a smaller one only a figure.
func billions(s string) bool {
	for i, r := range s {
		if i > 16*3 || strings.ContainsRune("，,。；;！？", r) {
			return false
		}
		if r == '亿' {
			return true
		}
	}
	return false
}

// scaleWordsOf returns the scale words whose last two characters (面积,
// 规模, 产量, 产值) are among the cue words c holds: only those can occur.
func scaleWordsOf(c cues) []string {
	k := 0
	for i, m := range scaleEndCues {
		if c.any(m) {
			k |= 1 << i
		}
	}
	return scaleSets[k]
}

// scaleEndCues are the cues of the endings of scaleWords, and scaleSets[k]
// the scale words whose endings are the cues of the bits of k.
var (
	scaleEndCues = [4]cues{cueArea, cueSize, cueOutput, cueValue}
	scaleSets    = func() (sets [16][]string) {
		ends := [4]string{"面积", "规模", "产量", "产值"}
		for k := range sets {
			for _, w := range scaleWords {
				for i, e := range ends {
					if k&(1<<i) != 0 && lexicon.HasSuffix(w, e) {
						sets[k] = append(sets[k], w)
					}
				}
			}
		}
		return sets
	}()
)

// waterName reports whether the noun x at byte off of the text names a
// river or a lake: a place found there, or a noun that ends with a word
// of water (东江, 钱塘江, 赤水河; not 矿泉水).
func (w *work) waterName(x string, off int) bool {
	if m, ok := w.after(off, extract.Place); ok && m.Start == off {
		return true
	}
	return endsWithAny(x, []string{"江", "河", "溪", "湖", "川"})
}

// addStated adds (subj, 产业, prod) when subj is a place whose name does
// not hold the product.
func (w *work) addStated(sent extract.Span, subj extract.Mention, ok bool, prod string) {
	if ok && subj.Type == extract.Place && !strings.Contains(w.text(subj), prod) {
		w.add(subj.Key, extract.Industry, prod, true, "relate.industry.stated", sent)
	}
}

// wordIter walks the occurrences in s of the words, word by word, none
// overlapping the one before of the same word.
type wordIter struct {
	s       string
	words   []string
	wi, off int
}

// next returns the start and end of the next occurrence.
func (it *wordIter) next() (at, end int, ok bool) {
	for it.wi < len(it.words) {
		wd := it.words[it.wi]
		if k := lexicon.Index(it.s[it.off:], wd); k >= 0 {
			at = it.off + k
			it.off = at + len(wd)
			return at, it.off, true
		}
		it.wi, it.off = it.wi+1, 0
	}
	return 0, 0, false
}

// sloganPlace returns the place a slogan ending at end in sentence s
// names when the sentence puts it after the slogan (素有“X之乡”美誉的Y):
// the innermost place of a chain written there.
func (w *work) sloganPlace(sent extract.Span, s string, end int) (extract.Mention, bool) {
	k := strings.Index(s[end:], "的")
	if k < 0 || k > len("”美誉") {
		return extract.Mention{}, false
	}
	subj, ok := w.after(sent.Start+end+k+len("的"), extract.Place)
	for ok {
		next, more := w.after(subj.End, extract.Place)
		if !more || next.Start != subj.End {
			break
		}
		subj = next
	}
	return subj, ok
}

// 国内光伏行业的龙头企业: what a company leads
var (
	leadWords   = []string{"龙头企业", "领军企业", "骨干企业", "领先企业", "头部企业"}
	fieldWords  = []string{"行业的", "领域的", "行业", "领域"}
	fieldBounds = []string{"国内", "国际", "全国", "全球", "我国", "中国", "世界", "省内", "业内", "作为", "是", "为", "的", "，", ",", "、", "“", "”", "（", "("}
)

// leadingCompanies reads 作为国内X行业的龙头企业，Y… and Y是X领域的领军企业:
// (Y, 产业, X), for the organization written right after the phrase or
// before it with 是.
func (w *work) leadingCompanies(sent extract.Span, s string, c cues) {
	if !c.any(cueLead) {
		return
	}
	for _, lw := range leadWords {
		for off := 0; ; {
			k := strings.Index(s[off:], lw)
			if k < 0 {
				break
			}
			k += off
			off = k + len(lw)
			field := lexicon.LongestSuffix(s[:k], fieldWords)
			if field == "" {
				continue
			}
			// MLCC（片式多层陶瓷电容器）领域: the field before its gloss
			fe := k - len(field)
			for _, p := range [][2]string{{"（", "）"}, {"(", ")"}} {
				if j := strings.LastIndex(s[:fe], p[0]); j >= 0 && lexicon.HasSuffix(s[:fe], p[1]) {
					fe = j
				}
			}
			head := s[max(0, fe-8*3):fe]
			for _, b := range fieldBounds {
				if j := strings.LastIndex(head, b); j >= 0 {
					head = head[j+len(b):]
				}
			}
			prod := cleanProduct(head)
			if prod == "" || !validField(prod) {
				continue
			}
			rest := s[off:]
			skip := len(rest) - len(strings.TrimLeft(rest, "，, "))
			subj, ok := w.after(sent.Start+off+skip, extract.Org)
			if !ok {
				// Y是…: the last organization followed by 是 before the phrase
				for i := w.firstAt(sent.Start); i < len(w.ms) && w.ms[i].Start < sent.Start+k; i++ {
					m := w.ms[i]
					if m.Type == extract.Org && m.End <= sent.Start+k && strings.HasPrefix(w.gap(w.skipAliasNote(m.End), sent.Start+k), "是") {
						subj, ok = m, true
					}
				}
			}
			if !ok && skip == 0 {
				// 行业的领军企业华大九天的…: a name no stage found
				subj, ok = w.nameAfterLead(sent, sent.Start+off)
			}
			if ok {
				w.add(subj.Key, extract.Industry, prod, true, "relate.industry.lead", sent)
			}
		}
	}
}

// skipAliasNote returns the offset after the bracketed note of a short
// name that starts at off (X公司（以下简称“X”）是…), or off.
func (w *work) skipAliasNote(off int) int {
	if r, _ := utf8.DecodeRuneInString(w.d.Text[off:]); r != '（' && r != '(' {
		return off
	}
	if loc := shortRe.FindStringIndex(w.d.Text[off:]); loc != nil {
		return off + loc[1]
	}
	return off
}

// Characters that end a company's name written right after 龙头企业 or
// 领军企业 (领军企业华大九天的全资子公司).
const leadNameEnds = "的在是与和将已也于为从对把被等及、，,。；;：:“”（）()"

// Words that begin what the leading companies do, not their names
// (龙头企业带动农户增收).
var leadVerbs = []string{"带动", "带领", "引领", "辐射", "推动", "助力", "发展", "加快", "不断", "正在", "已经", "纷纷", "积极", "共同", "依托", "通过", "落户", "入驻", "投资", "发挥", "参与", "成为"}

// nameAfterLead reads the name of a company written right after a phrase
// that introduces one (国内X行业的领军企业华大九天的…) when no stage found
// it: two to eight Chinese characters that end at one of leadNameEnds,
// hold no particle (了, 着) nor begin with a verb of leadVerbs, are no
// part of another mention and are written again elsewhere in the article. The name becomes an organization, and each of its occurrences
// that no mention covers a mention of it.
func (w *work) nameAfterLead(sent extract.Span, off int) (extract.Mention, bool) {
	end := off
	for n := 0; end < sent.End; n++ {
		r, sz := utf8.DecodeRuneInString(w.d.Text[end:])
		if strings.ContainsRune(leadNameEnds, r) {
			break
		}
		if n == 8 || !unicode.Is(unicode.Han, r) {
			return extract.Mention{}, false
		}
		end += sz
	}
	name := w.d.Text[off:end]
	if end >= sent.End || utf8.RuneCountInString(name) < 2 || strings.ContainsAny(name, "了着过们地得") || startsWithAny(name, leadVerbs) ||
		w.coveredAt(off) || w.coveredAt(end-1) || strings.Count(w.d.Text, name) < 2 {
		return extract.Mention{}, false
	}
	key := "org/" + name
	w.d.AddEntity(extract.Entity{Key: key, Type: extract.Org, Label: name})
	var first extract.Mention
	for s, e := range occurrences(w.d.Text, name) {
		if s != off && (w.coveredAt(s) || w.coveredAt(e-1)) {
			continue
		}
		m := extract.Mention{Span: extract.Span{Start: s, End: e}, Type: extract.Org, Text: name, Key: key, Rule: "relate.lead.name"}
		if s == off {
			first = m
		}
		w.d.Mentions = append(w.d.Mentions, m)
	}
	w.ms = append(w.ms[:0], w.d.Mentions...)
	w.index()
	return first, true
}

// validField reports whether s, the field before 行业, is letters and
// Chinese characters only (MLCC, 新能源汽车).
func validField(s string) bool {
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0x4E00 && r <= 0x9FFF) {
			return false
		}
	}
	return true
}

// 主要为外地品牌加工服装: what a company makes for its clients
var (
	madeForVerbs = []string{"加工", "生产", "制造"}
	madeRe       = regexp.MustCompile(`^(\p{Han}{2,8}?)(?:产品)?(?:[，,。、；;和及等]|$|的(?:生产|研发|加工|销售))`)
)

// madeFor reads Y主要为…加工X: (Y, 产业, X), for the organization right
// before 主要为 or the sentence's place.
func (w *work) madeFor(sent extract.Span, s string, c cues) {
	if !c.any(cueMadeFor) {
		return
	}
	for it := (wordIter{s: s, words: []string{"主要为"}}); ; {
		at, end, more := it.next()
		if !more {
			break
		}
		win := s[end:min(len(s), end+12*3)]
		v := firstIndex(win, madeForVerbs)
		if v < 0 || strings.ContainsAny(win[:v], "，,。；;") {
			continue
		}
		rest := s[end+v+len("加工"):]
		m := madeRe.FindStringSubmatch(rest)
		if m == nil {
			continue
		}
		prod := cleanProduct(m[1])
		if prod == "" {
			continue
		}
		subj, ok := w.before(sent.Start+at, extract.Org, extract.Place)
		if !ok {
			subj, ok = w.subjectIn(sent.Start, sent.Start+at)
		}
		if ok {
			w.add(subj.Key, extract.Industry, prod, true, "relate.industry.make", sent)
		}
	}
}
