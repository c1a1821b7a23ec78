package places

import (
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// scenicSuffixes end the names of reservoirs, nature reserves and parks:
// words that name places only (红桥水库, 鸳鸯湖自然保护区, 珠山森林公园).
// Unlike 景区 or 旅游区 they rarely follow a common word, so a proper name
// before them at a clean boundary is read with no division before it.
// Longest first.
var scenicSuffixes = []string{
	"国家级自然保护区", "省级自然保护区", "自然保护区",
	"国家湿地公园", "国家森林公园", "国家公园", "国家地质公园", "湿地公园", "森林公园", "地质公园",
	"风景名胜区", "水库",
	// scenic areas named by a proper name alone (喀纳斯景区, 龙脊旅游区)
	"生态旅游区", "旅游度假区", "风景区", "旅游区", "度假区", "景区",
}

// scenicTails are the endings the scenic suffixes share: the text is
// scanned once for each.
var scenicTails = []string{"保护区", "公园", "名胜区", "水库", "景区", "游区", "假区"}

// scenicStopLeft are characters that end the text before a scenic
// place's name on the left: its name begins right after them (在红桥水库,
// 、珠山森林公园).
const scenicStopLeft = "在于至到从的与及和"

// genericScenicNames are words that stand before a scenic suffix as a
// kind, a count or a level, not a name (小型水库, 城市湿地公园).
var genericScenicNames = []string{
	"小型", "中型", "大型", "大中型", "中小型", "病险", "重点", "骨干", "主要", "现有", "新建", "城市",
	"国家", "国家级", "省级", "市级", "县级", "著名", "周边", "附近", "境内", "辖区", "当地", "本地",
	"全县", "全市", "全省", "全区", "全国", "各地", "山区", "农村", "乡村", "库区", "饮用", "水源", "湿地",
	"生态", "自然", "天然", "原始", "人工", "城郊", "郊野", "社区", "口袋",
	// ranks, kinds and counts of scenic areas (核心景区, 热门景区, 4A级景区)
	"核心", "热门", "知名", "各大", "全域", "精品", "网红", "重要", "乡村旅游", "山地",
	"红色", "休闲", "避暑", "滨海", "冰雪", "温泉", "度假", "该", "这个", "新", "老",
	// a position or a use of a reservoir, a kind of reserve
	"上游", "下游", "备用", "调蓄", "梯级", "山塘", "平原", "丘陵", "地下", "灌溉", "供水", "防洪", "引水",
	"海洋", "森林", "草原", "荒漠", "候鸟", "水源地", "都市",
	// before 古镇 (read only after a division)
	"千年", "百年", "历史", "文化", "特色", "江南", "水乡", "传统", "明清", "旅游", "美丽",
}

// orgAfterScenic begin the rest of an organization's name after a scenic
// place (红桥水库管理处, 珠山森林公园管理有限公司): the place is then named
// only inside the organization's name.
var orgAfterScenic = []string{"管理", "管委", "公司", "有限", "集团", "开发", "投资", "运营", "服务", "建设"}

// scenicVerbs are verbs that may stand right before a scenic place's name
// in a run of text (实施红桥水库…, 游览珠山森林公园): a name that begins
// with one is a clause.
var scenicVerbs = []string{"实施", "修建", "完成", "参观", "走进", "来到", "游览", "保护", "治理", "开展", "依托", "围绕", "前往", "进入", "管理", "整治", "改造", "提升", "规划", "申报", "创建", "入选", "获批", "命名", "加固", "清理", "巡查", "穿过", "流经", "位于", "包括", "拥有", "形成",
	"立足", "发展", "打造", "建设", "依靠", "利用", "结合", "挖掘", "传承", "走出", "离开"}

// okScenicName reports whether name, the text between a clean boundary
// and a scenic suffix, is a proper name: two or three Chinese characters,
// no function word, no count (两座), no level or size (省级, 小型), not a
// kind of place and not begun by a verb.
func okScenicName(name string) bool {
	n := utf8.RuneCountInString(name)
	if n < 2 || n > 3 || !allHan(name) || !okMiddle(name) {
		return false
	}
	if strings.ContainsAny(name, "级型座个处批类些该本每某此多几") {
		return false
	}
	for _, g := range genericScenicNames {
		if name == g {
			return false
		}
	}
	for _, w := range scenicVerbs {
		if strings.HasPrefix(name, w) {
			return false
		}
	}
	return true
}

// addScenic finds reservoirs, reserves and parks named by a proper name
// with no division before it (，红桥水库是…, 在鸳鸯湖自然保护区): the name
// runs from a clean boundary (a punctuation mark, the start of the text,
// or a character of scenicStopLeft) to the suffix. The caller has found
// the zones that begin with a division (婺源县鸳鸯湖自然保护区); a suffix
// inside an accepted place is skipped.
func (s *Stage) addScenic(t string, ms []*match) []*match {
	var out []*match
	// one scan per tail that the suffixes share (公园 for 湿地公园,
	// 国家森林公园 …); at each hit the longest suffix ending there
	for _, tail := range scenicTails {
		for i := 0; ; {
			h := lexicon.Index(t[i:], tail)
			if h < 0 {
				break
			}
			end := i + h + len(tail)
			i = end
			suf := ""
			for _, x := range scenicSuffixes {
				if strings.HasSuffix(x, tail) && lexicon.HasSuffix(t[:end], x) {
					suf = x
					break
				}
			}
			if suf == "" {
				continue
			}
			k := end - len(suf)
			if orgFollows(t[end:]) {
				continue
			}
			// walk back to the boundary, at most four characters; a
			// place's end is one too (保靖县实施红桥水库 is a clause)
			start, runes := k, 0
			for runes <= 3 && !after(ms, start) {
				r, size := utf8.DecodeLastRuneInString(t[:start])
				if size == 0 || !isHan(r) || strings.ContainsRune(scenicStopLeft, r) {
					break
				}
				start -= size
				runes++
			}
			if runes > 3 || !okScenicName(t[start:k]) {
				continue
			}
			if !overlapsAccepted(ms, start, end) && !overlapsAny(out, start, end) {
				out = append(out, &match{start: start, end: end, kind: kZone, name: t[start:end], ok: true})
			}
		}
	}
	return out
}

// scenicZoneSuffix reports whether suf is one of the scenic suffixes
// that zoneSuffixes holds for reservoirs and reserves (not the parks'
// suffixes, which follow the rules of other zones).
func scenicZoneSuffix(suf string) bool {
	switch suf {
	case "国家级自然保护区", "国家湿地公园", "国家森林公园", "国家地质公园", "省级自然保护区", "自然保护区", "水库":
		return true
	}
	return oldTownSuffix(suf)
}

// oldTownSuffix reports whether suf ends the name of an old town or
// village, or of a fishing port, read only after the division it is in
// (下司古镇, 凤凰古城, 西江千户苗寨, 肇兴侗寨, 石浦渔港 of 石浦镇).
func oldTownSuffix(suf string) bool {
	switch suf {
	case "古镇", "古城", "苗寨", "侗寨", "古寨", "土楼", "中心渔港", "渔港":
		return true
	}
	return false
}

// namesReservoir reports whether the place m, written right before 水库,
// names the reservoir: the short form of a division below a province
// (密云水库, 丹江口水库), not a full name (平昌县水库, the county's
// reservoirs) nor a province (四川水库).
func namesReservoir(m *match) bool {
	return m.kind == kDivision && m.chosen.Form >= gazetteer.Short && m.chosen.Level > gazetteer.Province
}

// orgFollows reports whether rest, the text after a scenic place, begins
// with the rest of an organization's name (管理处, 管理局, 开发有限公司).
func orgFollows(rest string) bool {
	for _, o := range orgAfterScenic {
		if lexicon.HasPrefix(rest, o) {
			return true
		}
	}
	return false
}
