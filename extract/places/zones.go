package places

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// zoneSuffixes end the name of a zone, longest first.
var zoneSuffixes = []string{
	"高新技术产业开发区", "高新技术产业园区", "经济技术开发区", "高新技术开发区", "自由贸易试验区", "综合保税区", "工业集中区",
	"经济开发区", "自贸试验区", "产业集聚区", "工业开发区", "现代农业产业园", "农业科技园区", "工业园区", "产业园区", "高新园区", "物流园区", "产业基地", "自由贸易港",
	"国际陆港", "陆港", "口岸", "边境经济技术合作区", "边境经济合作区", "经济合作区", "合作区",
	"高新区", "经开区", "开发区", "工业园", "产业园", "保税区", "科技园", "经济区", "自贸区", "新区",
	// parks and named scenic and natural areas
	"农业园区", "示范园", "示范区", "农业园", "风景名胜区", "旅游度假区", "风景区", "旅游区", "度假区", "景区",
	"湿地公园", "森林公园", "地质公园",
	// reservoirs and reserves (see scenicSuffixes), longest first among
	// the suffixes that share their first character
	"国家级自然保护区", "国家湿地公园", "国家森林公园", "国家地质公园", "省级自然保护区", "自然保护区", "水库", "古镇",
	// old towns and villages of heritage news (凤凰古城, 西江千户苗寨), and
	// fishing ports named after their township (石浦渔港, 潭门中心渔港)
	"古城", "苗寨", "侗寨", "古寨", "土楼", "中心渔港", "渔港",
}

// devZoneSuffixes end the names of development zones, which a county
// names with its short form (郎溪经济开发区): right after a two-character
// short form they support it as a known product does (see resolve).
var devZoneSuffixes = []string{
	"高新技术产业开发区", "高新技术产业园区", "经济技术开发区", "高新技术开发区", "经济开发区", "工业集中区", "产业集聚区",
	"工业开发区", "工业园区", "产业园区", "高新园区", "高新区", "经开区", "开发区", "工业园",
	"边境经济技术合作区", "边境经济合作区", "经济合作区",
}

// devZoneAt reports whether s begins with the suffix of a development zone.
func devZoneAt(s string) bool {
	for _, suf := range devZoneSuffixes {
		if lexicon.HasPrefix(s, suf) {
			return true
		}
	}
	return false
}

// zoneSuffixHeads holds the zone suffixes by their first character, in
// the order of zoneSuffixes: a position whose character begins none is
// passed with one lookup.
var zoneSuffixHeads = func() map[rune][]string {
	m := map[rune][]string{}
	for _, suf := range zoneSuffixes {
		r, _ := utf8.DecodeRuneInString(suf)
		m[r] = append(m[r], suf)
	}
	return m
}()

// stopInName are characters that do not occur between a place and a zone
// suffix in a zone's name; they mark a clause (在巴中市建设工业园).
const stopInName = "的了在和与及是为将把被对从向以等各并或到让使由于个这那其"

// stopWords in the same position.
var stopWords = []string{"建设", "打造", "推进", "发展", "加快", "设立", "成立", "新建", "落户", "入驻", "全市", "全县", "全省", "全区", "各类", "重点", "周边", "所属", "辖区", "境内"}

const maxMiddle = 4 // runes between the place and the suffix

// maxThemeMiddle is the longest middle of a zone whose name goes on with
// words of its theme (漓江生态文化旅游产业园, 右江河谷现代特色农业示范区).
const maxThemeMiddle = 12

// themeWords describe what a park or a zone is for; a run of them may
// follow a proper name of up to four characters in a zone's name.
var themeWords = []string{
	"现代", "特色", "高效", "生态", "绿色", "循环", "智慧", "数字", "创新", "综合", "示范", "国际",
	"农业", "林业", "渔业", "畜牧", "农产品", "加工", "科技", "文化", "旅游", "文旅", "康养", "健康", "养生",
	"休闲", "观光", "田园", "物流", "商贸", "冷链", "电商", "跨境", "医药", "食品", "新材料", "装备",
	"制造", "电子", "信息", "能源", "化工", "临港", "临空", "航空", "海洋", "体育", "产业", "经济",
}

// themeTail returns the length in bytes of the run of theme words that
// ends mid, and how many words it holds.
func themeTail(mid string) (int, int) {
	n, words := 0, 0
	for {
		found := false
		for _, w := range themeWords {
			if strings.HasSuffix(mid[:len(mid)-n], w) {
				n += len(w)
				words++
				found = true
				break
			}
		}
		if !found {
			return n, words
		}
	}
}

// landforms end the name of a valley or a basin that a zone is named
// after (右江河谷, 汉江流域).
var landforms = []string{"河谷", "流域", "盆地", "平原", "湖区", "山区", "库区", "沿岸"}

// okThemeMiddle reports whether a middle longer than maxMiddle is a proper
// name and two theme words or more (漓江 + 生态文化旅游, 右江河谷 +
// 现代特色农业). The name has at most two characters, or two and a
// landform: a longer one is more often a company's brand (宏达远航新材料
// 综合产业园 is the company's park).
func okThemeMiddle(mid string) bool {
	n, words := themeTail(mid)
	if words < 2 || !okMiddle(mid) {
		return false
	}
	name := mid[:len(mid)-n]
	for _, l := range landforms {
		if strings.HasSuffix(name, l) {
			name = strings.TrimSuffix(name, l)
			break
		}
	}
	return utf8.RuneCountInString(name) <= 2
}

// addZones finds named zones: a place (a division or another zone) followed
// by up to four characters of name and a zone suffix (哈尔滨新区,
// 周口临港开发区, 青山县经济开发区光明工业园), and 中国（X）自由贸易试验区
// with an optional Y片区.
func (s *Stage) addZones(v view, ms []*match) []*match {
	t := v.text
	taken := func(start, end int) bool {
		for _, m := range ms {
			if m.ok && m.start == start && m.end == end {
				return true
			}
		}
		return false
	}
	var zones []*match
	// 中国（黑龙江）自由贸易试验区哈尔滨片区
	for i := 0; ; {
		k := lexicon.Index(t[i:], "自由贸易试验区")
		if k < 0 {
			break
		}
		k += i
		i = k + len("自由贸易试验区")
		pre := t[:k]
		start := -1
		for _, open := range []string{"（", "("} {
			if j := strings.LastIndex(pre, "中国"+open); j >= 0 && k-j <= len("中国（")+4*3+len("）") {
				start = j
			}
		}
		if start < 0 {
			continue
		}
		inner := strings.TrimRight(strings.TrimPrefix(strings.TrimPrefix(t[start+len("中国"):k], "（"), "("), "）)")
		end := i
		in := ""
		if d, ok := s.Resolve(inner, nil); ok {
			in = d.Code
		}
		if rest := t[end:]; true {
			if j := strings.Index(rest, "片区"); j > 0 && utf8.RuneCountInString(rest[:j]) <= 6 && allHan(rest[:j]) {
				name := rest[:j]
				end += j + len("片区")
				if d, ok := s.Resolve(name, contextCodes(ms)); ok {
					in = d.Code
				}
			}
		}
		zones = append(zones, &match{start: start, end: end, kind: kZone, name: t[start:end], in: in, ok: true})
	}
	// place + name + suffix; a zone found may itself be the place of the next
	prefixes := make([]*match, 0, len(ms))
	for _, m := range ms {
		// a zone named after a river (漓江生态文化旅游产业园) begins with it
		if m.ok && (m.kind == kDivision || m.kind == kVillage || m.kind == kForeign && s.natural[m.name]) {
			prefixes = append(prefixes, m)
		}
	}
	// a place written right before another (安徽省合肥市经开区) begins no
	// zone: the nearer place does, so the zone has one name and one key
	// whether the province is written or not
	placeAt := map[int]bool{}
	for _, m := range prefixes {
		placeAt[m.start] = true
	}
	for len(prefixes) > 0 {
		m := prefixes[0]
		prefixes = prefixes[1:]
		if m.kind != kZone && placeAt[m.end] {
			continue
		}
		z := s.zoneAfter(t, m)
		if z == nil || taken(z.start, z.end) {
			continue
		}
		dup := false
		for _, o := range zones {
			// the same zone, or one already found that starts there and
			// goes on (中国（X）自由贸易试验区Y片区 holds 中国（X）自由贸易试验区)
			if o.start == z.start && o.end >= z.end {
				dup = true
			}
		}
		if dup {
			continue
		}
		zones = append(zones, z)
		prefixes = append(prefixes, z)
	}
	// of zones ending at the same place keep the longest (沈阳法库通航产业基地,
	// not also 法库通航产业基地)
	longest := map[int]*match{}
	for _, z := range zones {
		if o, ok := longest[z.end]; !ok || z.start < o.start {
			longest[z.end] = z
		}
	}
	var kept []*match
	for _, z := range zones {
		if longest[z.end] == z {
			kept = append(kept, z)
		}
	}
	ms = append(ms, kept...)
	ms = append(ms, s.addScenic(t, ms)...)
	ms = append(ms, zoneShortMentions(t, ms, kept)...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	return ms
}

// zoneShortMentions returns the mentions of zones by their name without
// the place it begins with (宜宾市三江新区 … 三江新区党工委书记), where that
// name has two characters or more before its suffix and overlaps no
// accepted place. Each is a mention of the zone: same key, same label.
func zoneShortMentions(t string, ms, zones []*match) []*match {
	var out []*match
	for _, z := range zones {
		if z.core == "" || z.in == "" || !namedCore(z.core) {
			continue
		}
		for i := 0; ; {
			k := lexicon.Index(t[i:], z.core)
			if k < 0 {
				break
			}
			start, end := i+k, i+k+len(z.core)
			i = end
			if !overlapsAccepted(ms, start, end) && !overlapsAny(out, start, end) {
				out = append(out, &match{start: start, end: end, kind: kZone, name: z.name, in: z.in, inZone: z.inZone, core: z.core, ok: true})
			}
		}
	}
	return out
}

// namedCore reports whether a zone's name without its place holds two
// characters or more before the suffix (三江新区; not 经开区, 新区).
func namedCore(core string) bool {
	for _, suf := range zoneSuffixes {
		if lexicon.HasSuffix(core, suf) {
			return utf8.RuneCountInString(strings.TrimSuffix(core, suf)) >= 2
		}
	}
	return false
}

// zoneAfter returns the zone whose name begins with the place m, or nil.
// A place in brackets after a trade name (绿源(漯河)食品产业园, the form
// of company names) begins the zone with the trade name.
func (s *Stage) zoneAfter(t string, m *match) *match {
	rest := t[m.end:]
	j := 0
	start := m.start
	if bs, close := bracketedAt(t, m.start, m.end); bs >= 0 {
		start, j = bs, close
	}
	for n := 0; n <= maxThemeMiddle; n++ {
		r, size := utf8.DecodeRuneInString(rest[j:])
		for _, suf := range zoneSuffixHeads[r] {
			if lexicon.HasPrefix(rest[j:], suf) {
				mid := rest[:j]
				// after a river's name only a theme (漓江生态文化旅游产业园;
				// not 辽河经济区, a region)
				theme := n > maxMiddle || m.kind == kForeign
				if scenicZoneSuffix(suf) {
					// a reservoir or a reserve: a proper name (红桥水库),
					// not a size or a kind (小型水库); a reserve may bear
					// the place's own name (卧龙国家级自然保护区), a
					// reservoir only the short form of a county or a
					// township (密云水库; X县水库 and 四川水库 are the
					// place's reservoirs); so is an old town (下司古镇)
					// (白石水库管理处 is an organization)
					// (凤凰古城景区, 平遥古城保护管理委员会: the longer
					// name is the zone's or the body's)
					if mid == "" && (suf == "水库" || oldTownSuffix(suf)) && !namesReservoir(m) || mid != "" && !okScenicName(mid) ||
						orgFollows(rest[j+len(suf):]) || oldTownSuffix(suf) && startsWithAny(rest[j+len(suf):], []string{"景区", "旅游区", "风景区", "保护", "管理", "管委"}) {
						break
					}
				} else if theme && !okThemeMiddle(mid) || !theme && !okMiddle(mid) || (suf == "新区" && n > 2) {
					break
				}
				end := m.end + j + len(suf)
				z := &match{start: start, end: end, kind: kZone, name: t[start:end], ok: true}
				if start == m.start {
					// 哈尔滨新区 and 哈尔滨市新区, 青山光明工业园 and
					// 青山县光明工业园: one zone (see zoneKey)
					z.core = rest[:j+len(suf)]
				}
				switch m.kind {
				case kDivision, kVillage:
					z.in = m.chosen.Code
				case kZone:
					z.in = m.in
					z.inZone = zoneKey(m)
				}
				return z
			}
		}
		if size == 0 || !isHan(r) {
			return nil
		}
		j += size
	}
	return nil
}

// bracketedAt reports a place [ps, pe) written in brackets right after a
// trade name of two to four Chinese characters: it returns the start of the
// trade name and the length of the closing bracket after pe, or -1.
func bracketedAt(t string, ps, pe int) (int, int) {
	r, n := utf8.DecodeLastRuneInString(t[:ps])
	if r != '(' && r != '（' {
		return -1, 0
	}
	c, cn := utf8.DecodeRuneInString(t[pe:])
	if c != ')' && c != '）' {
		return -1, 0
	}
	bs, runes := ps-n, 0
	for runes < 4 {
		r, size := utf8.DecodeLastRuneInString(t[:bs])
		if size == 0 || !isHan(r) || strings.ContainsRune(stopInName, r) {
			break
		}
		bs -= size
		runes++
	}
	if runes < 2 {
		return -1, 0
	}
	if r, _ := utf8.DecodeLastRuneInString(t[:bs]); runes == 4 && isHan(r) && !strings.ContainsRune(stopInName, r) {
		return -1, 0 // more than four characters: a clause, not a trade name
	}
	return bs, cn
}

func okMiddle(mid string) bool {
	if strings.ContainsAny(mid, stopInName) {
		return false
	}
	for _, w := range stopWords {
		if strings.Contains(mid, w) {
			return false
		}
	}
	return true
}

func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}

func contextCodes(ms []*match) []string {
	var out []string
	for _, m := range ms {
		if m.ok && (m.kind == kDivision || m.kind == kVillage) {
			out = append(out, m.chosen.Code)
		}
	}
	return out
}

// zoneKey is the entity key of a zone: "place/<name>", or, when the name is
// a place followed by a name of its own (青山光明工业园, 青山县经济开发区光明工业园),
// "place/<code>/<own name>" so that both spellings are one entity.
func zoneKey(z *match) string {
	if z.core != "" && z.in != "" {
		return "place/" + z.in + "/" + fullZoneCore(z.core)
	}
	return "place/" + z.name
}

// zoneAbbreviations are the short forms of zones' kinds that news writes
// for the full ones (长沙经开区 for 长沙经济技术开发区): one key for both.
var zoneAbbreviations = [][2]string{{"经开区", "经济技术开发区"}, {"高新区", "高新技术产业开发区"}, {"综保区", "综合保税区"}}

// fullZoneCore writes a zone's name without its place with the full
// kind.
func fullZoneCore(core string) string {
	for _, a := range zoneAbbreviations {
		if strings.HasSuffix(core, a[0]) {
			return strings.TrimSuffix(core, a[0]) + a[1]
		}
	}
	return core
}

// Resolve returns the division that name (a full or short form of levels
// 1-4, such as 让胡路区, 通江, 四川) stands for, given the codes of divisions
// in context (nil for none). Weak forms (陈河 for 陈河镇) resolve only with a
// related division in context; a name shared by several divisions resolves
// only when the context decides. A two-character county short form needs
// no context here: the caller has read it as a name (通江县委 → 通江).
func (s *Stage) Resolve(name string, context []string) (gazetteer.Division, bool) {
	cands := s.g.Candidates(name)
	if len(cands) == 0 {
		return gazetteer.Division{}, false
	}
	cc := newCodeCache(s.g)
	var codes []ctxCode
	for _, c := range context {
		codes = addCode(codes, cc, c, -1)
	}
	c, ok := s.pick(name, cands, nil, &support{codes: codes, cc: cc}, -2, "", true)
	return c.Division, ok
}

// Expand resolves name without context: Expand(g, "通江") is 通江县. It is
// New(g).Resolve(name, nil) without building a stage's tables.
func Expand(g *gazetteer.Gazetteer, name string) (gazetteer.Division, bool) {
	s := &Stage{g: g}
	return s.Resolve(name, nil)
}
