package ner

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
	"github.com/zhkg/zhkg/extract/places"
)

// Words that end the leftward growth of an organization name: they are
// never part of a name (下属青少年活动中心 → 青少年活动中心).
var orgStopWords = map[string]bool{
	"下属": true, "所属": true, "直属": true, "旗下": true, "有关": true, "相关": true, "各": true, "各级": true, "全": true,
	"该": true, "本": true, "这": true, "那": true, "等": true, "及": true, "以及": true, "其": true, "我": true,
	"我们": true, "多家": true, "爱心": true, "职能": true, "还有": true, "来到": true, "在": true, "由": true,
	"对": true, "向": true, "为": true, "是": true, "和": true, "与": true, "了": true, "的": true, "到": true,
	"走进": true, "深入": true, "参观": true, "前往": true, "考察": true, "组织": true, "举行": true, "召开": true, "举办": true, "代表": true, "现任": true, "新任": true, "曾任": true, "历任": true, "担任": true, "兼任": true, "调任": true, "升任": true, "新一届": true, "隶属于": true, "隶属": true, "属于": true, "有": true, "拥有": true, "成立": true,
	"设立": true, "设有": true, "开设": true, "新设": true, "组建": true, "新建": true, "筹建": true, "设": true,
	"同": true, "跟": true, "从": true, "把": true, "被": true, "将": true, "给": true, "让": true, "使": true,
	"位于": true, "地处": true, "包括": true, "如": true, "像": true, "通过": true, "依托": true, "联合": true,
	"协调": true, "带领": true, "引进": true, "签约": true, "签署": true, "企业": true, "部门": true, "单位": true,
	"牵头": true, "现有": true, "经": true, "经过": true, "日电": true, "主办": true, "承办": true, "指导": true, "支持": true, "邀请": true, "委托": true, "所在": true,
	// a rank or a count describes a body, names none (湖南省首家县级数据中心,
	// 全国唯一一家…研究院, 一所乡村学校)
	"首家": true, "首个": true, "首座": true, "首批": true, "唯一": true, "第一家": true, "第一个": true,
	"一家": true, "一所": true, "一座": true, "一个": true,
}

// themeWords describe a kind of farming, trade or industry, and name no
// firm before a brand's ending (智慧农业, 生态农业, 数字文旅).
var themeWords = map[string]bool{
	"智慧": true, "数字": true, "生态": true, "现代": true, "绿色": true, "特色": true, "高效": true, "设施": true,
	"休闲": true, "观光": true, "精品": true, "有机": true, "订单": true, "循环": true, "都市": true, "智能": true,
	"品牌": true, "传统": true, "新型": true, "创意": true, "低碳": true, "立体": true, "高端": true, "优质": true,
}

// Tokens tagged as verbs that still belong inside organization names.
var orgVerbs = map[string]bool{
	"发展": true, "管理": true, "服务": true, "建设": true, "研究": true, "投资": true, "咨询": true, "设计": true,
	"开发": true, "改革": true, "促进": true, "工作": true, "就业": true, "规划": true, "监督": true, "检验": true,
	"检测": true, "培训": true, "营销": true, "种植": true, "养殖": true, "加工": true, "制造": true, "运输": true,
	"保护": true, "救助": true, "执法": true, "审计": true, "监测": true, "推广": true, "交流": true, "合作": true,
	"贸易": true, "物流": true, "勘察": true, "勘测": true, "保障": true, "融资": true, "担保": true, "经营": true,
	"开放": true, "创新": true, "孵化": true, "教育": true, "卫生": true, "健康": true, "体育": true, "文化": true,
	"治理": true, "应急": true, "退役": true, "指挥": true, "防火": true, "防控": true, "防汛": true, "抗旱": true, "救援": true, "办学": true, "现代": true, "绿色": true, "智慧": true, "数字": true, "高新": true, "新型": true, "综合": true, "公共": true, "国际": true, "调查": true, "测绘": true, "发展和改革": true, "关心": true, "下一代": true, "控股": true, "振兴": true, "帮扶": true, "协作": true, "援助": true, "搬迁": true, "安置": true,
}

// Generic organization words: a name made only of these and an ending is
// not a named organization.
var genericOrg = map[string]bool{
	"政府": true, "人民政府": true, "委员会": true, "管委会": true, "中心": true, "公司": true, "有限公司": true,
	"集团": true, "银行": true, "学校": true, "医院": true, "合作社": true, "专业合作社": true, "协会": true,
	"党委": true, "党组": true, "支部": true, "办公室": true, "领导小组": true, "工作组": true, "相关部门": true,
	"有关部门": true, "职能部门": true, "企业": true, "厂": true, "工厂": true, "局": true, "办": true, "委": true,
	"部": true, "厅": true, "社": true, "会": true, "院": true, "所": true, "站": true, "馆": true,
	"控股集团": true, "集团公司": true, "股份公司": true, "控股公司": true,
	// kinds of parties, forces and governments named by their role
	"参政党": true, "执政党": true, "在野党": true, "反对党": true, "人民军队": true, "联防队": true,
	"人民法院": true, "人民检察院": true, "地方政府": true, "基层政府": true, "各级政府": true, "两国政府": true,
	"新政府": true,
	// facilities of every village and town, named by their kind
	"村卫生室": true, "村卫生所": true, "农家院": true, "加工厂": true, "中小学校": true, "中小学": true,
	// farms of the sea that every coast builds
	"海洋牧场": true,
}

// Kinds of public hospitals and schools that every county has: written
// alone, with no place, level or brand before them (雅安市的中医医院, 一家
// 人民医院), they name a kind, not an organization, unless they stand for
// the one full name of the article (see placeBody; emit drops the rest).
var kindNames = map[string]bool{
	"中医医院": true, "中医院": true, "人民医院": true, "中心医院": true, "卫生院": true, "中心卫生院": true,
	"妇幼保健院": true, "中西医结合医院": true, "中心小学": true, "中心学校": true, "中心幼儿园": true,
}

// Single level characters that begin a name written without its place
// (省海洋与渔业局, 市人大, 县委组织部).
var levelChars = map[string]bool{"省": true, "市": true, "县": true, "区": true, "镇": true, "乡": true, "旗": true, "州": true, "村": true}

// POS tags that never occur inside an organization name.
func stopPOS(pos string) bool {
	if pos == "" {
		return false
	}
	switch pos[0] {
	case 'v', 'p', 'c', 'u', 'd', 'r', 'm', 'q', 'y', 'e', 'o', 'w', 'x':
		return true
	}
	return false
}

// banVerbs are verbs that end with the ending 办 (an office: 县委办,
// 扶贫办): 主办 and 承办 name who runs an event, no office.
var banVerbs = []string{"主办", "承办", "协办", "新办", "创办", "举办", "开办", "督办", "交办", "兴办", "操办",
	"包办", "代办", "查办", "合办", "联办", "试办", "停办", "筹办", "领办", "帮办", "首办", "快办", "即办",
	"严办", "特办", "照办", "难办", "好办", "么办", "咋办"}

// memberCues before a unit's name make it a member of the body named
// before them (教育局及下属青少年活动中心).
var memberCues = []string{"下属", "所属", "直属", "旗下", "及下属", "下属的", "所属的", "直属的", "旗下的", "子公司"}

// unitEndings end the name of a unit that a common noun before them
// names only by its kind (信息中心, 服务站, 档案室).
var unitEndings = map[string]bool{"中心": true, "站": true, "室": true, "处": true, "科": true, "组": true, "队": true}

// verbHeaded reports whether a word tagged as an organization is a verb of
// the dictionary and an ending (加工厂, 招待所), or a common noun and the
// ending of a unit (信息中心): a kind of body, no name; named ones have a
// proper head (新华社, 国务院), and a government department is named by its
// field (教育局).
func (w *work) verbHeaded(word string) bool {
	suf, class, pos, ok := w.endingAndHead(word)
	if !ok || class == lexicon.GovBody {
		return false // 教育局, 统计局: a department is named by its field
	}
	return pos == "v" || pos == "vn" || pos == "n" && unitEndings[suf]
}

// unitKind reports whether a name is a common noun or a common
// abbreviation and the ending of a unit (信息中心, 服务站, 档案室, 研发中心):
// a kind of unit, no name.
func (w *work) unitKind(name string) bool {
	suf, _, pos, ok := w.endingAndHead(name)
	return ok && unitEndings[suf] && (pos == "n" || pos == "j") // 信息中心, 研发中心
}

// endingAndHead returns the organization ending a name ends with, its
// class, and the dictionary's tag of the rest when the rest is a word of
// the dictionary (ok false otherwise).
func (w *work) endingAndHead(name string) (suf string, class lexicon.OrgClass, pos string, ok bool) {
	suf, ss, class, ok := w.st.lex.OrgSuffixEndingAt(name, len(name))
	if !ok || ss == 0 || w.st.lookup == nil {
		return "", "", "", false
	}
	pos, _, ok = w.st.lookup(name[:ss])
	return suf, class, pos, ok
}

// verbEndsAt reports whether the ending [ss, e) ends a verb (主办, 承办,
// 创办 end with 办): one of banVerbs, or a verb or attribute word of the
// segmenter that starts before the ending and ends with it.
func (w *work) verbEndsAt(ss, e int) bool {
	t := w.v.text
	if t[ss:e] == "办" {
		for _, v := range banVerbs {
			if lexicon.HasSuffix(t[:e], v) {
				return true
			}
		}
	}
	for k := ss - 1; k >= 0 && k >= ss-6; k-- {
		if tk, ok := w.v.tokenAt(k); ok {
			return tk.end == e && (strings.HasPrefix(tk.pos, "v") || tk.pos == "b")
		}
	}
	return false
}

func (w *work) findOrgs() {
	t := w.v.text
	var cands []span
	// lists: media and national bodies (one pass), user entries
	next := 0 // a name taken is not searched inside
	for _, s32 := range w.at.media {
		s := int(s32)
		if s < next {
			continue
		}
		if e, ok := w.st.lex.MediaStartingAt(t, s); ok && !netWordGoesOn(t, e) {
			cands = append(cands, span{s: s, e: e, typ: extract.Org, rule: "ner.org.list"})
			next = e
		}
	}
	// 团结报讯, 西双版纳报讯, 中国甘肃网11月20日讯: a paper or a news site
	// that opens its dateline, named whether or not the list knows it
	for _, x32 := range w.at.xun {
		if s, e, ok := w.datelineMedia(int(x32)); ok && s >= next {
			cands = append(cands, span{s: s, e: e, typ: extract.Org, rule: "ner.org.dateline"})
		}
	}
	// 来源：海东时报, 来源：云上恩施: the medium a web page or a record
	// names as its source, at a line's start or after a space
	for off := 0; ; {
		k := strings.Index(t[off:], "来源")
		if k < 0 {
			break
		}
		x := off + k
		off = x + len("来源")
		if s, e, ok := sourceMedium(t, x); ok && s >= next {
			cands = append(cands, span{s: s, e: e, typ: extract.Org, rule: "ner.org.source"})
		}
	}
	// 团结报记者王海, 西双版纳报记者 李强: a paper that opens a line
	// before its reporter, named whether or not the list knows it
	for off := 0; ; {
		k := strings.Index(t[off:], "报记者")
		if k < 0 {
			break
		}
		x := off + k + len("报")
		off = x
		if s, e, ok := w.datelineMedia(x); ok && s >= next && (s == 0 || t[s-1] == '\n') {
			cands = append(cands, span{s: s, e: e, typ: extract.Org, rule: "ner.org.dateline"})
		}
	}
	for _, name := range w.st.lex.UserEntries(lexicon.KindOrg) {
		for off := 0; ; {
			k := strings.Index(t[off:], name)
			if k < 0 {
				break
			}
			s := off + k
			cands = append(cands, span{s: s, e: s + len(name), typ: extract.Org, rule: "ner.org.user"})
			off = s + len(name)
		}
	}
	w.listOrgs = append([]span(nil), cands...)
	// endings
	// the offsets that end a character an ending can end with: an ending
	// ends nowhere else
	for _, e32 := range w.at.suffixes {
		e := int(e32)
		if !w.v.bound[e] && e < len(t) {
			// 农村局局长: the segmenter glued the office to its title;
			// 第二中学教师: a school glued to a role of its people
			if te := w.titleEnd(e); (te < 0 || !w.v.bound[te]) && !w.roleGlued(e) {
				continue
			}
		}
		suf, ss, class, ok := w.st.lex.OrgSuffixEndingAt(t, e)
		if !ok {
			continue
		}
		if e < len(t) && !w.orgEndOK(e, suf) {
			continue
		}
		if w.verbEndsAt(ss, e) {
			continue // 主办, 承办, 新办: a verb of the dictionary, no office
		}
		if class == lexicon.Brand || class == lexicon.Firm {
			if class == lexicon.Brand && startsWithAny(t[e:], compoundGoesOn) {
				continue // 东盟农业合作论坛: the industry word begins a compound
			}
			if bs, ok := w.brandBefore(ss, e, class == lexicon.Firm, 2); ok {
				cands = append(cands, span{s: bs, e: e, typ: extract.Org, rule: "ner.org.brand"})
			}
			continue
		}
		registered := class == lexicon.Company && (strings.HasSuffix(suf, "有限公司") || strings.HasSuffix(suf, "有限责任公司"))
		s, anchored := w.growOrg(ss, e, registered)
		// 中铁二十局集团有限公司西延高铁项目部: a builder's project unit
		// named by its project after the builder's name
		if ps, ok := w.projectAfterBuilder(ss, suf); ok && (s < 0 || ps < s) {
			s, anchored = ps, true
		}
		if s < 0 || w.newFacility(s, ss, suf) {
			continue
		}
		// 宏达机械有限公司与青石物流有限公司: the second of two companies
		anchored = anchored || registered && s < ss && w.companyBeforeConj(s)
		if honourQuoted(t, s, e) {
			continue
		}
		switch w.validOrg(s, e, suf, anchored) {
		case orgNamed:
			cands = append(cands, span{s: s, e: e, typ: extract.Org, rule: "ner.org.suffix"})
		case orgBare:
			cands = append(cands, span{s: s, e: e, typ: extract.Org, rule: "ner.org.bare"})
		case orgInvalid:
			// 华蓉集团: a brand the segmenter splits into words that cannot
			// stand in a name, read as before an industry word
			// (新希望集团: a brand of three characters)
			if suf == "集团" {
				for size := 2; size <= 3; size++ {
					if bs, ok := w.brandBefore(ss, e, false, size); ok {
						cands = append(cands, span{s: bs, e: e, typ: extract.Org, rule: "ner.org.brand"})
						break
					}
				}
			}
		}
	}
	// segmenter's organization tags
	// (the tokens are in text order, so their compact starts ascend; of
	// the tokens that start at one offset the view keeps the last)
	for k, tok := range w.v.tokens {
		if tok.POS != "nt" {
			continue
		}
		s := w.v.toComp(tok.Start)
		if s >= len(w.v.tokAt) || w.v.tokAt[s] != int32(k+1) {
			continue // empty in the compact text, or not the token the view keeps at s
		}
		tk, _ := w.v.tokenAt(s)
		// 中学教师, 大学老师: a word of the dictionary tagged as an
		// organization that ends with a person's role names the person
		// 建设路, 国有银行, 党和政府: a street, a kind of body and the
		// bodies of a kind that the dictionary tags as organizations
		if word := t[s:tk.end]; tk.pos == "nt" && utf8.RuneCountInString(word) >= 3 && !genericOrg[word] && !notOrg[word] && !kindOfSchool(word) && !w.verbHeaded(word) && !leftCueSet.suffixOf(word) &&
			!endsWithAny(word, streetEnds) && !kindPrefixed(word) && !startsWithAny(word, kindWordPrefixes) && !endsWithAny(word, ntNoBodyEnds) && !w.endsWithNotOrg(s, tk.end) {
			// 市安委会: a level written alone before the name begins it;
			// the level that ends a place's name is the place's (桂柳村
			// 卫生室: the place begins the name)
			if _, n := lexicon.DecodeLastRune(t, s); s > 0 && levelChars[t[s-n:s]] && w.v.bound[s-n] && !w.isPlaceEnd(s) {
				if lt, ok := w.v.tokenAt(s - n); ok && lt.end == s {
					s -= n
					// 新西伯利亚州农业部: the level of a foreign place
					if p, ok := w.placeEndingAt(s); ok && p.rule == places.RuleForeign {
						s = w.listBefore(p.s)
					}
				}
			}
			// 保靖县第十八届人民代表大会: a session's ordinal after a place
			// 单位中/铁十八局: the 中 of a central enterprise's short name
			// that the segmenter reads with the word before
			s = w.centralShortStart(s)
			rule := "ner.org.nt"
			// 县十/八届人大常委会: the segmenter read a session's ordinal into
			// the body's name from its second numeral on; the name starts
			// with the ordinal, and the level or the place before it
			if k := sessionOrdinalStart(t, s); k < s {
				s = k
				if _, n := lexicon.DecodeLastRune(t, s); s > 0 && levelChars[t[s-n:s]] && !w.isPlaceEnd(s) {
					s, rule = s-n, "ner.org.bare"
				}
			}
			if p, ok := w.sessionAfterPlace(s); ok {
				s = w.listBefore(p.s)
			} else if lv := w.sessionAfterLevel(s); lv >= 0 {
				s, rule = lv, "ner.org.bare" // 县第十七届人民代表大会常务委员会
			} else if p, ok := w.placeEndingAt(s); ok && p.typ == extract.Place && isDivisionKey(p.key) && !nationalName(word) {
				s = w.listBefore(p.s) // 保靖县人民代表大会: the place written before it
			}
			// 村/卫生室: a level before a kind of every village names no body
			if genericOrg[t[s:tk.end]] {
				continue
			}
			if honourQuoted(t, s, tk.end) {
				continue
			}
			cands = append(cands, span{s: s, e: tk.end, typ: extract.Org, rule: rule})
		}
	}
	// of overlapping candidates keep the one that ends last (the head of a
	// Chinese noun phrase is at its end: 吴江区委组织部 holds 吴江区委), then
	// the longest; never across a title
	slices.SortStableFunc(cands, func(a, b span) int {
		if a.e != b.e {
			return cmp.Compare(b.e, a.e)
		}
		return cmp.Compare(b.e-b.s, a.e-a.s)
	})
	for _, c := range cands {
		if w.overlapsTitle(c.s, c.e) || w.endsInsidePlace(c) {
			continue
		}
		keep := true
		for i := range w.orgs {
			o := &w.orgs[i]
			if c.s < o.e && o.s < c.e {
				keep = false
				break
			}
		}
		if keep {
			w.orgs = append(w.orgs, c)
		}
	}
	// a park read like an organization (张家坪猕猴桃示范园) is a place:
	// the places stage reads one after a division, this one the rest
	orgs := w.orgs[:0]
	for _, o := range w.orgs {
		if name := t[o.s:o.e]; o.rule != "ner.org.bare" && strings.HasSuffix(name, "示范园") {
			p := span{s: o.s, e: o.e, typ: extract.Place, rule: "ner.place.park", key: "place/" + name}
			w.places = append(w.places, p)
			w.newPlaces = append(w.newPlaces, p)
			w.occupy(o.s, o.e)
			continue
		}
		orgs = append(orgs, o)
	}
	w.orgs = w.joinBrigades(orgs)
	for _, o := range w.orgs {
		w.occupy(o.s, o.e)
	}
}

// brigadeLevel returns the index into lexicon.BrigadeLevels of the ending
// of name, or -1.
func brigadeLevel(name string) int {
	for i, l := range lexicon.BrigadeLevels {
		if strings.HasSuffix(name, l) {
			return i
		}
	}
	return -1
}

// joinBrigades joins a brigade's name and the names of its lower units
// written right after it into one name, the unit's (森林消防总队 呼伦贝尔支队
// 根河大队 is the one brigade of 根河).
func (w *work) joinBrigades(orgs []span) []span {
	t := w.v.text
	slices.SortFunc(orgs, func(a, b span) int { return cmp.Compare(a.s, b.s) })
	out := orgs[:0]
	for _, o := range orgs {
		if n := len(out); n > 0 && out[n-1].e == o.s {
			prev := &out[n-1]
			if top, unit := brigadeLevel(t[prev.s:prev.e]), brigadeLevel(t[o.s:o.e]); top >= 0 && unit > top && o.e-o.s > len("支队") {
				prev.e = o.e
				continue
			}
		}
		out = append(out, o)
	}
	return out
}

// endsInsidePlace reports whether an organization read by its ending ends
// inside a division's name the places stage read (会理市鹿厂 of 会理市
// 鹿厂镇: the ending 厂 is the township's).
//
// A word the dictionary tags as an organization that stands inside a
// longer place's name the places stage read, ending with it, is part of
// the place's name (国家森林公园 of 朝阳县凤凰山国家森林公园).
func (w *work) endsInsidePlace(c span) bool {
	if c.rule == "ner.org.nt" {
		for _, p := range w.places {
			if p.s < c.s && c.e == p.e {
				return true
			}
		}
		return false
	}
	if c.rule != "ner.org.suffix" && c.rule != "ner.org.bare" {
		return false
	}
	for _, p := range w.places {
		if p.s < c.e && c.e < p.e {
			return true
		}
	}
	return false
}

// newFacility reports whether a name grown from the ending [ss, …) over a
// company's name (…公司, …集团) names a new facility of the company, no
// unit: 新 or a phase (二期) right after the company's name, before a
// plant, a centre, a station, a farm or a shop (宏达新材料有限公司新工厂,
// 宏达食品有限公司二期工厂, 宏达物流有限公司新仓储中心).
func (w *work) newFacility(s, ss int, suf string) bool {
	if suf != "中心" && !strings.HasSuffix(suf, "厂") && !strings.HasSuffix(suf, "站") && !strings.HasSuffix(suf, "场") && !strings.HasSuffix(suf, "店") {
		return false
	}
	t := w.v.text
	p := max(strings.LastIndex(t[s:ss], "公司"), strings.LastIndex(t[s:ss], "集团"))
	if p < 0 {
		return false
	}
	p += s + len("公司") // 公司 and 集团 are as long
	tk, ok := w.v.tokenAt(p)
	if !ok {
		return false
	}
	word := t[p:tk.end]
	if tk.end > ss {
		return word == "新"+suf // 宏达公司新厂: one word
	}
	return word == "新" || strings.HasSuffix(word, "期") && utf8.RuneCountInString(word) == 2
}

// compoundGoesOn are words that, right after an industry word of class
// brand, make it the first part of a compound noun (农业合作论坛, 科技产业园,
// 食品行业): no company's short name ends there.
var compoundGoesOn = []string{"合作", "论坛", "交流", "产业", "发展", "技术", "现代化", "机械化",
	"示范", "园区", "基地", "经济", "结构", "板块", "行业", "贸易", "展会", "博览", "大会", "峰会", "创新"}

// netWordGoesOn reports whether a listed name that ends in 网 at e is the
// start of a longer word with 网 (东方网络, 大众网购, 南方网点): the site's
// name is then not what is written.
func netWordGoesOn(t string, e int) bool {
	if !strings.HasSuffix(t[:e], "网") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[e:])
	return strings.ContainsRune("络站购格点民友店页吧红球线箱", r)
}

// Stop characters of the lexicon that are common in brands (华强, 中远,
// 东方, 南山): a brand may hold them.
var brandChars = lexicon.NewRuneSet("中东南西北华强建发展元万全进上海天")

// Words ending in an organization ending that are not organizations.
var notOrg = map[string]bool{
	"大局": true, "格局": true, "布局": true, "结局": true, "全局": true, "开局": true, "残局": true, "骗局": true,
	"饭局": true, "时局": true, "政局": true, "变局": true, "新局": true, "破局": true, "定局": true, "僵局": true,
	"棋局": true, "战局": true, "当局": true, "大厅": true, "客厅": true, "餐厅": true, "展厅": true, "门厅": true,
	"工厂": true, "党委": true, "纪委": true, "全会": true, "大会": true, "党代会": true, "两会": true, "联合体": true,
	"深加工": true, "党组织": true, "部署": true, "签署": true, "民办": true, "公办": true, "官办": true,
	"子公司": true, "全资子公司": true, "分公司": true, "总公司": true, "黑社会": true,
	// events of a kind the dictionary tags as organizations
	"交易会": true, "招商会": true, "音乐会": true,
}

// Common words among notOrg that a name never ends with either: a
// situation, a hall of a house, an arrangement (服务大局, 合作新格局, 战略
// 部署), where 局, 厅 and 署 are no body's ending.
var notOrgTails = map[string]bool{
	"大局": true, "格局": true, "布局": true, "结局": true, "全局": true, "开局": true, "残局": true, "骗局": true,
	"饭局": true, "时局": true, "政局": true, "变局": true, "新局": true, "破局": true, "定局": true, "僵局": true,
	"棋局": true, "战局": true, "大厅": true, "客厅": true, "餐厅": true, "门厅": true, "部署": true, "签署": true,
}

// Characters that never occur in the words of an organization's name.
const orgFunctionChars = "的了是由在对把被将从向为以和与及或也都就还又而但着过得所等这那其该此到去来看让给请说"

// Tokens that may stand inside an organization name: everything but
// function words, numbers and punctuation; verbs and adjectives only when
// they are known to occur in names (发展, 服务, 现代). The segmenter's tags
// are noisy, so the test is permissive and the stop words do the rest.
func orgPOS(pos string) bool {
	if pos == "" {
		return true
	}
	switch pos[0] {
	case 'p', 'c', 'u', 'd', 'r', 'm', 'q', 'y', 'e', 'o', 'w', 'x', 'f', 'v', 'a', 'i', 'l':
		return pos == "vn" || pos == "an"
	}
	return true
}

// functionWord reports whether a token is or holds a function word: a
// single function character, or a word holding one of the characters that
// never occur inside a name (均是由, 的).
func functionWord(word, pos string) bool {
	if utf8.RuneCountInString(word) == 1 {
		return strings.ContainsAny(word, orgFunctionChars)
	}
	return strings.ContainsAny(word, nameFunctionChars)
}

// nameFunctionChars never stand in a word of two characters or more
// inside a name (均是由, 的); 等 does (中等专业学校, 高等学校).
const nameFunctionChars = "的了是由在把被从对"

func orgToken(word, pos string) bool {
	// a single character tagged as anything is often a character of a
	// brand the dictionary does not know (鑫/润 in 鑫润化工)
	return orgPOS(pos) || orgVerbs[word] || utf8.RuneCountInString(word) == 1 && !strings.ContainsAny(word, orgFunctionChars) && (pos == "" || strings.ContainsAny(pos[:1], "nzvabjg"))
}

// fieldPhrase reports whether a fixed phrase (tag l) right before an
// office's ending names the office's field (生态环境/厅): four characters or
// more, none of them a function character; so does a school's kind
// (中等专业/学校).
func fieldPhrase(word, pos string) bool {
	return pos == "l" && utf8.RuneCountInString(word) >= 4 && !strings.ContainsAny(word, nameFunctionChars)
}

func properPOS(pos string) bool {
	return pos == "nz" || pos == "nt" || pos == "nr" || pos == "ns" || pos == "j" || strings.HasPrefix(pos, "nr")
}

// roleGlued reports whether the segmenter's word over the offset e goes
// on with a person's role and ends there (中学/教师 read as 中学教师).
func (w *work) roleGlued(e int) bool {
	t := w.v.text
	for k := e; k > 0 && e-k <= 12; {
		_, n := lexicon.DecodeLastRune(t, k)
		k -= n
		if w.v.bound[k] {
			tk, ok := w.v.tokenAt(k)
			return ok && tk.end > e && roleWords[t[e:tk.end]]
		}
	}
	return false
}

// orgEndOK reports whether an ending at e really ends a name: the next
// characters do not continue a word (局面, 中心城区 are words of their own).
func (w *work) orgEndOK(e int, suf string) bool {
	rest := w.v.text[e:]
	// 向大会作政府工作报告, 代表们热议政府工作报告: the report of the
	// government after a verb names no body
	if suf == "政府" && strings.HasPrefix(rest, "工作报告") && endsWithAny(w.v.text[:e-len(suf)], reportVerbs) {
		return false
	}
	if suf == "人大" && strings.HasPrefix(rest, "会") {
		return false // 机器人大会
	}
	if c, _ := w.st.lex.OrgSuffix(suf); c != lexicon.GovBody && startsWithAny(rest, []string{"港", "城区", "城", "区", "路", "街", "大道", "广场"}) {
		return false // 中心城区, 中心港: a place, not an organization
	}
	for _, p := range []string{"长", "主任", "书记"} {
		if lexicon.HasPrefix(rest, p) && (suf == "委" || suf == "局" || suf == "办") {
			return true // 局长 is a title after an office: the office still ends here
		}
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if suf == "办" || suf == "委" || suf == "局" || suf == "厅" || suf == "厂" || suf == "署" {
		// single-character endings must be followed by a boundary
		if isHan(r) {
			if tk, ok := w.v.tokenAt(e); ok && utf8.RuneCountInString(w.v.text[e:tk.end]) == 1 {
				return true
			}
			if w.titleEnd(e) >= 0 {
				return true
			}
			// 农业农村局选派干部, 县委政务公开办: an office, a committee or
			// a department, not a verb (办, 筹划办), before a word of two
			// characters or more that the segmenter reads as a word of its own
			if tk, ok := w.v.tokenAt(e); ok && suf != "办" && suf != "厂" && w.v.bound[e] && utf8.RuneCountInString(w.v.text[e:tk.end]) >= 2 {
				// not before a unit of the office (教育局安全/科科长: the
				// name goes on)
				if r, _ := utf8.DecodeRuneInString(w.v.text[tk.end:]); !strings.ContainsRune(subUnitEnds, r) {
					return true
				}
			}
			// 农业农村局发布通知: a verb of its own after the office
			if tk, ok := w.v.tokenAt(e); ok && w.v.bound[e] && strings.HasPrefix(tk.pos, "v") && utf8.RuneCountInString(w.v.text[e:tk.end]) >= 2 {
				return true
			}
			for _, o := range []string{"党", "与", "和", "及", "、", "等", "在", "的", "将", "还", "也", "已", "是", "对", "把", "为", "于", "以", "开展", "组织", "召开", "举办", "主办", "牵头", "联合", "积极", "领导", "干部", "机关", "下属", "直属", "所属", "局属", "工作"} {
				if lexicon.HasPrefix(rest, o) {
					return true
				}
			}
			return false
		}
	}
	return true
}

// branchEnds end the name of a branch of an organization, named after the
// place it serves (织金分局, 凯里支行).
var branchEnds = []string{"分局", "分社", "分公司", "支公司", "分行", "支行", "分院", "分校", "分中心", "分所"}

func branchEnd(name string) bool { return endsWithAny(name, branchEnds) }

// subUnitEnds end the name of a unit inside an office (安全科, 财务处,
// 办公室, 交警队).
const subUnitEnds = "科处室股队所站组"

// datelineMedia reads the paper or the news site whose dateline ends with
// the 讯 at x: a name of two to ten Chinese characters ending with 报 or
// 网 (not 本报), an optional date between (11月20日), at the start of a
// line or after white space or a bracket.
func (w *work) datelineMedia(x int) (int, int, bool) {
	t := w.v.text
	e := x
	// the date: 11月20日
	if strings.HasSuffix(t[:e], "日") {
		k := e - len("日")
		for k > 0 && (t[k-1] >= '0' && t[k-1] <= '9') {
			k--
		}
		if k < e-len("日") && strings.HasSuffix(t[:k], "月") {
			m := k - len("月")
			for m > 0 && (t[m-1] >= '0' && t[m-1] <= '9') {
				m--
			}
			if m < k-len("月") {
				e = m
			}
		}
	}
	if !strings.HasSuffix(t[:e], "报") && !strings.HasSuffix(t[:e], "网") && !strings.HasSuffix(t[:e], "在线") {
		return 0, 0, false
	}
	s := e
	for n := 0; n < 10 && s > 0; n++ {
		r, sz := lexicon.DecodeLastRune(t, s)
		if !isHan(r) {
			break
		}
		s -= sz
	}
	if s > 0 {
		r, _ := lexicon.DecodeLastRune(t, s)
		if isHan(r) || !strings.ContainsRune(" \u3000\t\n（(【[", r) {
			return 0, 0, false
		}
	}
	name := t[s:e]
	if n := utf8.RuneCountInString(name); n < 3 || strings.HasSuffix(name, "本报") || strings.HasPrefix(name, "本") || hasHardStop(strings.TrimSuffix(name, "在线")) {
		return 0, 0, false
	}
	return s, e, true
}

// reportVerbs are done to a government's work report (作政府工作报告).
var reportVerbs = []string{"作", "做", "热议", "审议", "听取", "讨论", "学习", "解读", "通过", "聆听", "对照"}

// groupEnds end the name of a group whose companies are named after it.
var groupEnds = []string{"集团", "集团公司", "集团有限公司", "集团股份有限公司", "控股集团"}

// honourVerbs name an honour or a model that a body wins or builds (被评为
// “枫桥式公安派出所”, 创建“五好党支部”).
var honourVerbs = []string{"评为", "获评", "评选为", "命名为", "授予", "荣获", "获得", "创建", "争创", "打造", "认定为", "列为"}

// honourQuoted reports whether [s, e) lies inside a quoted title of up to
// sixteen characters after a verb of honour: the name of an honour, no
// organization.
func honourQuoted(t string, s, e int) bool {
	lo := max(0, s-16*3)
	q := strings.LastIndex(t[lo:s], "“")
	if q < 0 {
		return false
	}
	q += lo
	if strings.Contains(t[q:s], "”") {
		return false
	}
	c := strings.Index(t[e:min(len(t), e+16*3)], "”")
	if c < 0 || strings.Contains(t[e:e+c], "“") {
		return false
	}
	return endsWithAny(t[:q], honourVerbs)
}

// projectUnits end the names of a builder's units on one project, and
// builderEnds the names of builders.
var (
	projectUnits = []string{"项目部", "项目经理部", "经理部", "指挥部"}
	builderEnds  = []string{"有限公司", "有限责任公司", "集团", "公司", "局"}
)

// projectAfterBuilder returns the start of the name of a project unit
// ending at ss whose project, two to ten Han characters, follows a
// builder's name: the builder's start where its name is read, else the
// project's (中铁十二局 沈白高铁吉林段 项目部), or false.
func (w *work) projectAfterBuilder(ss int, suf string) (int, bool) {
	if !slices.Contains(projectUnits, suf) {
		return 0, false
	}
	t := w.v.text
	k := ss
	for n := 1; n <= 10 && k > 0; n++ {
		r, sz := lexicon.DecodeLastRune(t, k)
		if !isHan(r) {
			return 0, false
		}
		k -= sz
		if n >= 2 && endsWithAny(t[:k], builderEnds) {
			// the builder's name begins the unit's (中铁五局剑榕高速项目经理部)
			if _, bss, _, ok := w.st.lex.OrgSuffixEndingAt(t, k); ok {
				if bs, _ := w.growOrg(bss, k, false); bs >= 0 && bs < k {
					return bs, true
				}
			}
			return k, true
		}
	}
	return 0, false
}

// gluedOffices are offices whose first character the segmenter reads with
// a level before it (县民/政局: 县 民政局).
var gluedOffices = map[string]bool{"民政局": true, "民宗局": true, "民政厅": true}

// growOrg extends an organization name left from the ending at [ss, e) and
// returns its start, or -1 when the ending is part of another word (签署,
// 部署), and whether a place, a level or a known name anchors the start.
// For a company (…有限公司) it also reads the registered form of a Chinese
// company name, place + trade name + industry + form: a trade name of up
// to four characters the dictionary splits into odd pieces (赣/丰/堂)
// between a place and the industry words, and a place in brackets after
// the trade name (华远(宁波)新材料有限公司).
func (w *work) growOrg(ss, e int, company bool) (int, bool) {
	t := w.v.text
	// a listed name that holds the ending is the name (房地产国家统计局 is
	// 国家统计局 after a word of its own)
	if l, ok := w.listEndingAt(e); ok && l.s <= ss {
		return w.listBefore(l.s), true
	}
	s := ss
	// the token holding the ending may start before it (教育局 as one token)
	for k := ss; k > 0 && k > ss-12; {
		_, n := lexicon.DecodeLastRune(t, k)
		k -= n
		if tk, ok := w.v.tokenAt(k); ok && tk.end > ss && tk.end <= e {
			word := t[k:tk.end]
			// 海洋/发展局/l: a phrase of the dictionary made of a verb of
			// names and the ending is the body's (not 顾全/大局)
			phrase := tk.pos == "l" && (len(t[ss:e]) > 3 || tk.end == e && orgVerbs[t[k:ss]])
			// 县民/政局, 市民/政局: the segmenter glued the office's first
			// character to the level before it
			if g := k - len("民"); g >= len("县") && strings.HasPrefix(t[g:], "民") && gluedOffices[t[g:tk.end]] && levelChars[t[g-len("县"):g]] {
				s = g
				break
			}
			if notOrg[word] || !orgToken(word, tk.pos) && !phrase || functionWord(word, tk.pos) {
				return -1, false
			}
			s = k
			break
		}
		if w.v.bound[k] {
			break
		}
	}
	// 部署, 签署: the ending inside a word that is no name; an ending that
	// is such a word alone (总公司, 分公司) still ends a longer name
	if notOrg[t[s:e]] && s < ss {
		return -1, false
	}
	// 连赢/三局, 扳回/一局: a numeral before 局 counts the rounds of a
	// game, unless the short name of a group of two characters, a noun,
	// stands right before it (中铁/三局, 中建/三局: a numbered bureau)
	if roundsCount(t[s:e]) {
		k := w.prevToken(s)
		if k < 0 {
			return -1, false
		}
		tk, _ := w.v.tokenAt(k)
		switch tk.pos {
		case "n", "ns", "nt", "nz", "j":
		default:
			return -1, false
		}
		if utf8.RuneCountInString(t[k:s]) != 2 {
			return -1, false
		}
	}
	tokens := 0
	ord := false // an ordinal taken (第一医院)
	office := -1 // the start of a one-character office ending taken (局 of 生态环境局桃源分局)
	// a branch's name holds its company's full name (中华联合财产保险股份有限
	// 公司阿瓦提支公司): it may be longer
	limit := 48
	if branchEnd(t[:e]) {
		limit = 72
	}
	for s > 0 && tokens < 7 && ss-s < limit {
		// a place mention ending here anchors the name; a known name right
		// before the place belongs to it (新华社黑龙江分社), and so does an
		// office before a branch named by the place (生态环境局织金分局)
		if p, ok := w.placeEndingAt(s); ok {
			// 国家电投集团新疆能源化工有限责任公司, 中国电建集团贵州工程有限
			// 公司: a company named after its group, the group's name first
			if g := lexicon.LongestSuffix(t[:p.s], groupEnds); company && g != "" && !w.isPlaceEnd(p.s-len(g)) {
				if gs, ok := w.growOrg(p.s-len(g), p.s, true); ok && gs >= 0 && gs < p.s-len(g) {
					return gs, true
				}
			}
			if p.s > 0 && branchEnd(t[:e]) && w.orgEndAt(p.s) && !w.isPlaceEnd(p.s) && !w.overlapsTitle(p.s-1, p.s) {
				s = p.s
				tokens++
				continue
			}
			// 国电电力达拉特发电有限公司, 华能准格尔新能源有限公司: a group's
			// brand (a proper noun of the dictionary) before the place of
			// its company
			if company && p.s > 0 {
				if j := w.prevToken(p.s); j >= 0 && !w.occupied[j] && (j == 0 || !isHanAt(t, j-1) || w.v.bound[j]) {
					if tk, ok := w.v.tokenAt(j); ok && tk.end == p.s && tk.pos == "nz" && utf8.RuneCountInString(t[j:p.s]) >= 2 && !w.isPlaceEnd(j) {
						return j, true
					}
				}
			}
			return w.listBefore(p.s), true
		}
		// 保靖县第十八届人民代表大会常务委员会: a session's ordinal right
		// after a place numbers the body of the place
		if p, ok := w.sessionAfterPlace(s); ok {
			return w.listBefore(p.s), true
		}
		if l, ok := w.listEndingAt(s); ok {
			return l.s, true
		}
		k := w.prevToken(s)
		if k < 0 {
			break
		}
		word := t[k:s]
		r, _ := utf8.DecodeRuneInString(word)
		// 钟华平 宏达家具有限公司: white space the view keeps (no
		// padding of a name) separates the name from what is before it,
		// though the segmenter may read a word over it
		if sp := strings.LastIndexAny(word, " \u3000\u00a0\t"); sp >= 0 {
			// the name starts after the space where the word goes on
			// after it (平 江/西南: 江西南康家具有限公司)
			if _, n := utf8.DecodeRuneInString(word[sp:]); k+sp+n < s && isHanAt(t, k+sp+n) {
				s = k + sp + n
			}
			break
		}
		if company && (word == ")" || word == "）") {
			if o, ok := w.bracketedPlace(k); ok {
				s = o
				tokens++
				continue
			}
			if o, ok := bracketedForm(t, k); ok {
				s = o // 爱伲农牧（集团）有限公司
				tokens++
				continue
			}
		}
		if !isHan(r) {
			break
		}
		// a place that ends inside this word (吴江区 in 吴江/区委) anchors the name
		if p, ok := w.placeEndingIn(k, s); ok {
			return w.listBefore(p.s), true
		}
		if levelChars[word] || startsWithAny(word, []string{"省直", "市直", "县直", "区直", "旗直"}) {
			// 宁夏杞乡红生物科技股份有限公司: a level character inside a
			// company's trade name, right after a place and a character or
			// two of the name, begins no name
			if company && levelChars[word] {
				if p, ok := w.placeBeforeTrade(k); ok {
					return w.listBefore(p.s), true
				}
			}
			// 新西伯利亚州农业部: a level after a place the stage read is
			// the place's (a foreign state), and the place begins the name
			if p, ok := w.placeEndingAt(k); ok && levelChars[word] && p.rule == places.RuleForeign {
				return w.listBefore(p.s), true
			}
			// 马场乡中心小学: a level after a noun of two characters from a
			// clean boundary ends the name of a place the stage did not read
			if j := w.prevToken(k); j >= 0 && levelChars[word] && word != "省" {
				if pt, ok := w.v.tokenAt(j); ok && pt.end == k && utf8.RuneCountInString(t[j:k]) == 2 && !orgStopWords[t[j:k]] &&
					(pt.pos == "n" || pt.pos == "ns" || pt.pos == "nz" || pt.pos == "nr") && !w.occupied[j] && w.cleanBefore(j) {
					return j, true
				}
			}
			// 省海洋与渔业局, 省直机关关工委: a level written alone begins the name
			return k, true
		}
		// 王志强与县委第二巡察组: a person's name before the conjunction; the
		// name starts after it
		if (word == "和" || word == "与" || word == "同" || word == "及") && w.personTokenEndsAt(k) {
			break
		}
		if (word == "和" || word == "与") && ss-s <= 24 && s > k && s < ss && !w.orgEndAt(k) && (w.commonNounAt(s) || !company && (w.fieldNounAt(s) || w.fieldPhraseAt(s)) && w.bodyEnding(ss, e)) {
			// 就业和人才中心, 海洋与渔业局: a short conjunction of two
			// common nouns (not 鼎盛国际和金穗集团: a brand after it);
			// fields as fixed phrases of a body's name (自然资源和规划局,
			// 住房和城乡建设局)
			if j := w.prevToken(k); j >= 0 {
				if tk, ok := w.v.tokenAt(j); ok && orgToken(t[j:k], tk.pos) && !w.isPlaceEnd(k) {
					s = k
					tokens++
					continue
				}
				// 自然资源/l 和 规划局: the field before 和 a fixed phrase
				if tk, ok := w.v.tokenAt(j); ok && tk.end == k && !company && w.bodyEnding(ss, e) && fieldPhrase(t[j:k], tk.pos) && !w.isPlaceEnd(k) {
					s = j
					tokens += 2
					continue
				}
			}
		}
		// 县人民法院和/县人民检察院, 镇人民政府和/县…: a conjunction the
		// segmenter reads with the level after it (和县 is also a county's
		// name, one the places stage did not take) after a body's ending:
		// the name starts after the conjunction
		if len(word) > len("和") && (strings.HasPrefix(word, "和") || strings.HasPrefix(word, "与") || strings.HasPrefix(word, "及")) && (w.orgEndAt(k) || w.personTokenEndsAt(k)) && !w.isPlaceEnd(s) {
			return k + len("和"), true
		}
		// 拟/任县/水利局, 张海涛/任县/水利局: 任 of a verb of taking a post
		// read with the level after it (任县 is also a county); the name
		// starts at the level
		if rest, ok := strings.CutPrefix(word, "任"); ok && levelChars[rest] && (endsWithAny(t[:k], []string{"拟", "现", "担", "兼", "调", "升", "出", "新", "曾", "历", "改", "转"}) || w.personTokenEndsAt(k)) {
			return k + len("任"), true
		}
		tk, _ := w.v.tokenAt(k)
		// 县经信局, 区经发局: 经 (a stop word as a preposition) begins
		// the short name of an economic office's field
		if word == "经" && w.bodyEnding(ss, e) && startsWithAny(t[s:], economicFields) && s+len("信") <= ss {
			s = k
			tokens++
			continue
		}
		// 中华联合财产保险股份有限公司, 中国联合网络通信有限公司: 联合 of a
		// company's name after 中华 or 中国
		if word == "联合" && (company || strings.Contains(t[s:e], "公司")) {
			if j := w.prevToken(k); j >= 0 && (t[j:k] == "中华" || t[j:k] == "中国") {
				return w.listBefore(j), true
			}
		}
		if orgStopWords[word] || w.overlapsTitle(k, s) || w.personAt(k, s) || functionWord(word, tk.pos) {
			break
		}
		// 毕业于清华大学: 于 after a verb that takes it, read by the
		// segmenter with the name's first characters (于清华/nr), is the
		// clause's; the name starts after it
		if strings.HasPrefix(word, "于") && len(word) > len("于") && endsWithAny(t[:k], verbsOfYu) {
			return k + len("于"), true
		}
		// 八步街道建设污水处理厂: a verb of building before a plant, a
		// station or a hall is the clause's, not the name's (城乡建设局,
		// 建设银行 end otherwise)
		if buildVerbs[word] && endsWithAny(t[ss:e], facilityEnds) {
			break
		}
		// 金帆物流有限公司全资子公司远帆置业有限公司: a registered name
		// holds one company's form, at its end
		if company && strings.HasSuffix(word, "公司") {
			break
		}
		// 与浙江大学合作建设研发中心: 合作 after a name is the verb of the
		// clause, and the ending ends no name
		if word == "合作" && w.orgEndAt(k) {
			return -1, false
		}
		// 白茶专业合作社联合社: a union of cooperatives named after its
		// members' kind (合作社 a fixed phrase of the dictionary)
		if s == ss && strings.HasSuffix(word, "合作社") && strings.HasSuffix(t[ss:e], "联合社") {
			s = k
			tokens++
			continue
		}
		if _, isSuffix := w.st.lex.OrgSuffix(word); isSuffix && utf8.RuneCountInString(word) == 1 {
			// 局关工委: the unit of an office named before it
			s, office = k, k
			tokens++
			continue
		}
		// 兰州大学第一医院, 湘雅二医院, 市第二人民医院: an ordinal among
		// the last two words numbers a unit of the name before it; a
		// numeral alone only a hospital or a school (not 三/部委: a count)
		if !ord && tokens < 2 && ordinal(word) && (strings.HasPrefix(word, "第") || numberedUnit(t[ss:e])) {
			ord, s = true, k
			tokens++
			continue
		}
		// 中铁十七局集团有限公司, 中铁二十/三局: a numbered bureau of a
		// group, after the group's short name of two characters, which
		// begins the name
		if !ord && ordinal(word) && !strings.HasPrefix(word, "第") && numberedBureau(t[s:e]) {
			if j := w.prevToken(k); j >= 0 {
				if tk, ok := w.v.tokenAt(j); ok && utf8.RuneCountInString(t[j:k]) == 2 && properOrNoun(tk.pos) && !orgStopWords[t[j:k]] {
					return j, true
				}
			}
		}
		// 中铁/十二局/集团有限公司, 中/交/第二/公路工程局有限公司: a
		// numbered unit of a central enterprise after its short name,
		// which begins the name
		if numberedBureau(word) || strings.HasPrefix(word, "第") && ordinal(word) {
			if c := lexicon.LongestSuffix(t[:k], centralShortNames); c != "" && (k == len(c) || w.v.bound[k-len(c)]) {
				return k - len(c), true
			}
		}
		// 省生态环境厅, 市生态环境局桃源分局: the field of the office
		if (s == ss || s == office) && fieldPhrase(word, tk.pos) {
			s = k
			tokens++
			continue
		}
		// 宏达家电维修有限公司, 宏达绿化养护有限公司: the industry of a
		// registered name, right before its form, may be a verb of two
		// characters
		if company && tokens < 2 && tk.pos == "v" && utf8.RuneCountInString(word) == 2 && w.v.bound[k] && !orgStopWords[word] && !w.overlapsTitle(k, s) && w.nounBefore(k) {
			s = k
			tokens++
			continue
		}
		if !orgToken(word, tk.pos) {
			// a brand word right after a place (罗平县丰盛医疗器械集团): the
			// place anchors the name whatever the word's tag, but a
			// frequent verb before two words or more heads the clause of a
			// name that starts after it (日内瓦出席政府间气候变化专门委员会),
			// unless the name is a registered company's, whose trade name
			// may be a verb (宿州市远航医疗器械集团有限公司)
			if p, ok := w.placeEndingAt(k); ok && !functionWord(word, tk.pos) && !orgStopWords[word] && utf8.RuneCountInString(word) <= 3 &&
				(tk.pos != "v" || tokens < 2 || company || !w.frequentWord(word)) {
				return w.listBefore(p.s), true
			}
			if company {
				if b, ok := w.tradeNameAfterPlace(s); ok {
					return b, true
				}
				if b, ok := w.tradeNameAfterCompany(s); ok {
					return b, true
				}
			}
			break
		}
		s = k
		tokens++
	}
	return w.centralShortStart(s), false
}

// wordEndingAt returns the start and the tag of the segmenter's word that
// ends exactly at k, or false.
func (w *work) wordEndingAt(k int) (int, string, bool) {
	j := w.prevToken(k)
	if j < 0 {
		return 0, "", false
	}
	tk, ok := w.v.tokenAt(j)
	if !ok || tk.end != k {
		return 0, "", false
	}
	return j, tk.pos, true
}

// personTokenEndsAt reports whether the segmenter reads a person's name
// of two to four characters, with a surname of the lexicon, that ends at k
// (王志强/nr 和县/ns 纪委: the conjunction after the name).
func (w *work) personTokenEndsAt(k int) bool {
	j, pos, ok := w.wordEndingAt(k)
	if !ok || !strings.HasPrefix(pos, "nr") {
		return false
	}
	n := utf8.RuneCountInString(w.v.text[j:k])
	return n >= 2 && n <= 4 && w.st.lex.SurnameAt(w.v.text[j:k]) > 0
}

// nounBefore reports whether the segmenter reads a noun, a proper noun or
// an abbreviation or a verbal noun right before k (家电/j 维修, 顺达/nrt
// 搬家, 劳务/vn 派遣; not 已经/d 开办).
func (w *work) nounBefore(k int) bool {
	_, pos, ok := w.wordEndingAt(k)
	return ok && pos != "" && (pos[0] == 'n' || pos[0] == 'j' || pos == "vn")
}

// sourceMedium returns the name of the medium after 来源 at x (来源：海东时报,
// 来源: 云上恩施): 来源 opens a line or follows white space, a colon
// follows it, and the name is a run of two to twelve Chinese characters
// up to white space, punctuation or the line's end.
func sourceMedium(t string, x int) (int, int, bool) {
	if x > 0 {
		if r := runeBefore(t, x); !unicode.IsSpace(r) && !strings.ContainsRune("（(【[|｜", r) {
			return 0, 0, false
		}
	}
	s := x + len("来源")
	switch {
	case strings.HasPrefix(t[s:], "："):
		s += len("：")
	case strings.HasPrefix(t[s:], ":"):
		s++
	default:
		return 0, 0, false
	}
	s = skipSpaces(t, s)
	e, n := s, 0
	for e < len(t) {
		r, k := utf8.DecodeRuneInString(t[e:])
		if !isHan(r) {
			break
		}
		e += k
		n++
	}
	if n < 2 || n > 12 {
		return 0, 0, false
	}
	if e < len(t) {
		if r, _ := utf8.DecodeRuneInString(t[e:]); !unicode.IsSpace(r) && !unicode.IsPunct(r) && r != '|' && r != '｜' {
			return 0, 0, false
		}
	}
	return s, e, true
}

// schoolVerbs follow a school one graduated from or studies at (大学毕业).
var schoolVerbs = []string{"毕业", "学习", "读书", "求学", "就读", "深造"}

// economicFields are the second characters of the short names of economic
// offices' fields that begin with 经 (经信局 经济和信息化局, 经发局 经济发展局,
// 经合局 经济合作局, 经管站 经营管理站, 经贸委 经济贸易委员会).
var economicFields = []string{"信", "发", "合", "管", "贸"}

// centralShortStart returns the start of 中 where the segmenter reads the
// 中 of a central enterprise's short name before a numbered bureau as a
// word of its own before s (单位/中/铁十八局), or s.
func (w *work) centralShortStart(s int) int {
	t := w.v.text
	if s >= len("中") && t[s-len("中"):s] == "中" && w.v.bound[s-len("中")] && startsWithAny(t[s-len("中"):], centralShortNames) {
		// a numbered bureau follows the short name (中铁十八局; not 中建设银行)
		if _, n := lexicon.DecodeRune(t, s); strings.ContainsRune("一二三四五六七八九十", runeAtStr(t, s+n)) {
			return s - len("中")
		}
	}
	return s
}

// tradeNameAfterPlace reads, leftwards from s, a company's trade name of
// two to four characters in pieces of at most two characters, none a
// function word, a stop word, a title or a person, and no two-character
// piece a verb, an adverb or another word of function (functionPOS), that
// a place mention ends right before; it returns the start of the name as written
// (the place included).
func (w *work) tradeNameAfterPlace(s int) (int, bool) {
	t := w.v.text
	runes := 0
	for pieces := 0; pieces < 4; pieces++ {
		k := w.prevToken(s)
		if k < 0 {
			return 0, false
		}
		word := t[k:s]
		n := utf8.RuneCountInString(word)
		r, _ := utf8.DecodeRuneInString(word)
		tk, _ := w.v.tokenAt(k)
		if !isHan(r) || n > 2 || functionWord(word, tk.pos) || orgStopWords[word] ||
			functionPOS(word, tk.pos) ||
			w.overlapsTitle(k, s) || w.personAt(k, s) || w.isPlaceEnd(s) && pieces > 0 {
			return 0, false
		}
		if runes += n; runes > 4 {
			return 0, false
		}
		s = k
		if p, ok := w.placeEndingAt(s); ok && runes >= 2 {
			return w.listBefore(p.s), true
		}
	}
	return 0, false
}

// tradeNameAfterCompany reads, leftwards from s, a company's trade name
// of two to four characters in pieces of at most two characters, none a
// function word, a stop word, an adverb, a preposition or a pronoun, a
// title or a person, right after another company's name and a
// conjunction (宏达机械有限公司与南湖远航物流有限公司: 远航 is tagged a
// verb); it returns the start of the name.
func (w *work) tradeNameAfterCompany(s int) (int, bool) {
	t := w.v.text
	runes := 0
	for pieces := 0; pieces < 3; pieces++ {
		k := w.prevToken(s)
		if k < 0 {
			return 0, false
		}
		word := t[k:s]
		n := utf8.RuneCountInString(word)
		r, _ := utf8.DecodeRuneInString(word)
		tk, _ := w.v.tokenAt(k)
		if !isHan(r) || n > 2 || functionWord(word, tk.pos) || orgStopWords[word] ||
			tk.pos != "" && strings.ContainsAny(tk.pos[:1], "dpcrmqu") ||
			w.overlapsTitle(k, s) || w.personAt(k, s) {
			return 0, false
		}
		if runes += n; runes > 4 {
			return 0, false
		}
		s = k
		if runes >= 2 && w.companyBeforeConj(s) {
			return s, true
		}
	}
	return 0, false
}

// companyBeforeConj reports whether a conjunction (与, 和, 及, 、) ends
// at s after the name of a company (…公司, …集团), or 与 after such a name
// and an adverb (宏达集团还与…).
func (w *work) companyBeforeConj(s int) bool {
	t := w.v.text
	for _, c := range []string{"与", "和", "及", "、"} {
		if lexicon.HasSuffix(t[:s], c) {
			pre := t[:s-len(c)]
			// 宏达集团还与…: an adverb of one character between
			if r, n := lexicon.DecodeLastRune(pre, len(pre)); c == "与" && strings.ContainsRune("还也又将已再", r) {
				pre = pre[:len(pre)-n]
			}
			return strings.HasSuffix(pre, "公司") || strings.HasSuffix(pre, "集团")
		}
	}
	return false
}

// functionPOS reports whether a word of two or more characters is tagged
// as a verb, adverb or another word class that names nothing (开办, 已经):
// such a word after a place starts a clause, not a trade name.
func functionPOS(word, pos string) bool {
	return utf8.RuneCountInString(word) >= 2 && pos != "" && strings.ContainsAny(pos[:1], "vdpcrmqu")
}

// commonNounAt reports whether the token at k is a common noun of the
// dictionary (tag n or vn), not a name.
func (w *work) commonNounAt(k int) bool {
	tk, ok := w.v.tokenAt(k)
	return ok && (tk.pos == "n" || tk.pos == "vn")
}

// fieldNounAt reports whether the segmenter reads a field's short name at
// k (广电/nz of 文化和广电旅游体育局, 口岸/s of 商务和口岸管理局): in the name of a body that is no
// company, the field after 和 as a common noun would be.
func (w *work) fieldNounAt(k int) bool {
	tk, ok := w.v.tokenAt(k)
	return ok && (tk.pos == "nz" || tk.pos == "s") && utf8.RuneCountInString(w.v.text[k:tk.end]) == 2
}

// fieldPhraseAt reports whether the segmenter reads a field as a fixed
// phrase at k (城乡建设/l of 住房和城乡建设局).
func (w *work) fieldPhraseAt(k int) bool {
	tk, ok := w.v.tokenAt(k)
	return ok && fieldPhrase(w.v.text[k:tk.end], tk.pos)
}

// bodyEnding reports whether the ending [ss, e) is a government body's or
// another body's (局, 中心), not a company's.
func (w *work) bodyEnding(ss, e int) bool {
	c, ok := w.st.lex.OrgSuffix(w.v.text[ss:e])
	return ok && (c == lexicon.GovBody || c == lexicon.Body)
}

// bracketedForms are words that registered company names hold in brackets
// before 有限公司 (云岭农牧（集团）有限公司, 华信（控股）有限公司).
var bracketedForms = []string{"集团", "控股", "股份", "国际", "中国"}

// bracketedForm reads one of bracketedForms in brackets that ends at the
// closing bracket starting at k, and returns the opening bracket's offset.
func bracketedForm(t string, k int) (int, bool) {
	for _, f := range bracketedForms {
		for _, open := range []string{"（", "("} {
			if strings.HasSuffix(t[:k], open+f) {
				return k - len(open+f), true
			}
		}
	}
	return 0, false
}

// bracketedPlace reads a place in brackets that ends at the closing
// bracket starting at k (…(宁波)…) and returns the opening bracket's
// offset.
func (w *work) bracketedPlace(k int) (int, bool) {
	t := w.v.text
	p, ok := w.placeEndingAt(k)
	if !ok || p.s == 0 {
		return 0, false
	}
	r, m := lexicon.DecodeLastRune(t, p.s)
	if r != '(' && r != '（' {
		return 0, false
	}
	return p.s - m, true
}

// listBefore extends a start over the places written right before it
// (岳阳市云溪区鑫润化工: the name as written) and over a known name that
// ends there: a listed name, or a word the segmenter knows as an
// organization (中国银行思明区支行).
func (w *work) listBefore(s int) int {
	for {
		p, ok := w.placeEndingAt(s)
		if !ok || p.s >= s {
			break
		}
		s = p.s
	}
	if l, ok := w.listEndingAt(s); ok {
		return l.s
	}
	if k := w.prevToken(s); k >= 0 {
		if tk, ok := w.v.tokenAt(k); ok && tk.end == s && tk.pos == "nt" && utf8.RuneCountInString(w.v.text[k:s]) >= 3 {
			// 宽甸县公安局青山沟派出所: the places before the body too
			for {
				p, ok := w.placeEndingAt(k)
				if !ok || p.s >= k {
					break
				}
				k = p.s
			}
			return k
		}
	}
	// 中共凉山彝族自治州委员会: the party's name before a committee; a
	// democratic party's before its committee of a place (民盟海伦市委员会)
	for _, p := range []string{"中国共产党", "中共", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟"} {
		if lexicon.HasSuffix(w.v.text[:s], p) {
			return s - len(p)
		}
	}
	// 政协保靖县第十届委员会: the conference's name before the committee of
	// a place (not 县政协 before another name)
	if _, ok := w.placeStartingAt(s); ok && strings.HasSuffix(w.v.text[:s], "政协") {
		if r, _ := utf8.DecodeLastRuneInString(w.v.text[:s-len("政协")]); !levelChars[string(r)] {
			return s - len("政协")
		}
	}
	return s
}

func (w *work) listEndingAt(e int) (span, bool) {
	for _, l := range w.listOrgs {
		if l.e == e {
			return l, true
		}
	}
	return span{}, false
}

type orgKind int

const (
	orgInvalid orgKind = iota
	orgNamed           // a named organization: an entity
	orgBare            // a level and a body (市委, 县政府): resolved by relations, not an entity
)

// Bodies that, after a level alone, name no organization of their own.
var bareBodies = map[string]bool{"委": true, "政府": true, "人民政府": true, "人大": true, "政协": true, "人大常委会": true, "党委": true}

func (w *work) validOrg(s, e int, suf string, anchored bool) orgKind {
	t := w.v.text
	name := t[s:e]
	if genericOrg[name] || name == suf || notOrg[name] || w.endsWithNotOrg(s, e) {
		return orgInvalid
	}
	head := strings.TrimSuffix(name, suf)
	if strings.Contains(head, "某") {
		return orgInvalid // 重庆某科技公司: a name withheld
	}
	if levelChars[head] {
		if bareBodies[suf] {
			return orgBare
		}
		return orgNamed
	}
	if utf8.RuneCountInString(head) < 2 || genericOrg[head] || ordinal(head) {
		return orgInvalid // 第十九局: a round of a game
	}
	// 有关部门, 相关企业 …
	// (卫生健康局及下属乡镇卫生院: the kind a body's members are is named
	// by the membership, see memberCues)
	if (kindPrefixed(name) || startsWithAny(name, kindWordPrefixes) && utf8.RuneCountInString(name) <= 5) && !endsWithAny(t[:s], memberCues) {
		return orgInvalid
	}
	if c, _ := w.st.lex.OrgSuffix(suf); c == lexicon.School && !anchored {
		// 女儿卓玛吉大学毕业后, 儿子李强大学毕业: kin or a role before a
		// name, then the school the person graduated from or studies at
		if startsWithAny(t[e:], schoolVerbs) && leftCueSet.prefixOf(head) {
			return orgInvalid
		}
		if w.st.lex.SurnameAt(head) > 0 {
			n := utf8.RuneCountInString(head)
			tk, ok := w.v.tokenAt(s)
			if n == 3 && ok && tk.end == s+len(head) && strings.HasPrefix(tk.pos, "nr") || n <= 3 && startsWithAny(t[e:], schoolVerbs) {
				return orgInvalid // 张建华大学毕业: a person, then a school
			}
		}
	}
	if anchored {
		return orgNamed
	}
	// 紧密型专科联盟: a name does not begin with the suffix of a word
	// that runs on to its left
	if r, _ := utf8.DecodeRuneInString(name); strings.ContainsRune("型性式化级类", r) && s > 0 && isHan(runeBefore(t, s)) {
		return orgInvalid
	}
	// 一家茶叶加工厂, 两所乡村学校: a counted kind names no body unless a
	// proper noun of its own does
	if endsWithAny(t[:s], countedKinds) && !w.hasProperToken(s, e-len(suf), true) {
		return orgInvalid
	}
	if c, _ := w.st.lex.OrgSuffix(suf); c == lexicon.GovBody && utf8.RuneCountInString(head) >= 2 && !strings.ContainsAny(head, orgFunctionChars) {
		// a department is named by what it does (教育局, 民政局)
		return orgNamed
	}
	// without a place, the name needs a proper noun of its own, or a
	// membership context (下属青少年活动中心); a common noun and a unit's
	// ending (信息中心) has neither
	if w.unitKind(name) && !endsWithAny(t[:s], memberCues) {
		return orgInvalid
	}
	if w.hasProperToken(s, e, false) {
		return orgNamed
	}
	if endsWithAny(t[:s], memberCues) {
		return orgNamed
	}
	// an organization that owns a post (青峰茶业总公司总经理) is named
	if ti, _, ok := w.titleStartingAt(e); ok && ti.Class == lexicon.Head && utf8.RuneCountInString(head) >= 3 {
		return orgNamed
	}
	if w.tradeAndIndustry(s, e, suf) || w.coopTrade(s, e, suf) {
		return orgNamed
	}
	return orgInvalid
}

// coopActivities are what a farmers' cooperative does or grows, written
// between its trade name and its ending (绿源种植专业合作社).
var coopActivities = []string{"种植", "养殖", "种养", "种养殖", "农机", "农业", "蔬菜", "果蔬", "水果", "果业", "中药材", "药材",
	"茶叶", "茶业", "食用菌", "畜牧", "畜禽", "生猪", "肉牛", "肉羊", "家禽", "蜜蜂", "养蜂", "水产", "渔业", "苗木", "花卉",
	"粮食", "植保", "农产品", "土地股份", "股份经济", "劳务", "手工艺"}

// coopTrade reports whether [s, e) is a cooperative's name made of a
// trade name of two or three characters, an activity of coopActivities
// and the ending 合作社 or 专业合作社 (绿源种植专业合作社), from a clean
// boundary. The trade name is no word of function, no verb and no
// frequent common word (发展种植专业合作社, 农民专业合作社).
func (w *work) coopTrade(s, e int, suf string) bool {
	if suf != "专业合作社" && suf != "合作社" {
		return false
	}
	t := w.v.text
	mid := t[s : e-len(suf)]
	k := -1
	for _, a := range coopActivities {
		if i := strings.Index(mid, a); i > 0 && (k < 0 || i < k) && strings.TrimPrefix(strings.TrimPrefix(mid[i:], a), "专业") == "" {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	trade := mid[:k]
	if n := utf8.RuneCountInString(trade); n < 2 || n > 3 || strings.ContainsAny(trade, orgFunctionChars) || kindPrefixed(trade) || startsWithAny(trade, kindWordPrefixes) || orgStopWords[trade] {
		return false
	}
	for j := s; j < s+len(trade); {
		tk, ok := w.v.tokenAt(j)
		if !ok || tk.end > s+len(trade) || tk.pos == "" || !strings.ContainsAny(tk.pos[:1], "nagjb") {
			return false
		}
		j = tk.end
	}
	if w.st.lookup != nil {
		if _, freq, ok := w.st.lookup(trade); ok && freq >= commonTradeFreq {
			return false
		}
	}
	return w.cleanBefore(s)
}

// countedKinds count or point at bodies of a kind (一家茶叶加工厂).
var countedKinds = []string{"一家", "两家", "几家", "多家", "这家", "那家", "一所", "两所", "一座", "一个", "这个", "一批", "一些", "新建", "建成"}

// hasProperToken reports whether a token that starts in [s, e) is a
// proper noun; with within set, only a token that also ends by e counts.
func (w *work) hasProperToken(s, e int, within bool) bool {
	for k := s; k < e; {
		if tk, ok := w.v.tokenAt(k); ok {
			if properPOS(tk.pos) && (!within || tk.end <= e) {
				return true
			}
			k = tk.end
			continue
		}
		_, n := w.runes.at(k)
		k += n
	}
	return false
}

// endsWithNotOrg reports whether the name [s, e) ends with a common word
// of notOrgTails (大局, 布局, 部署) that the segmenter reads as a word of its own
// (合理/布局) or as the end of a longer word (服务大局, 新格局, 战略部署),
// unless the character before it and its first character make a word
// (邮/政局 of 县邮政局: 邮政).
func (w *work) endsWithNotOrg(s, e int) bool {
	t := w.v.text
	// every word of notOrgTails has two characters
	_, n1 := lexicon.DecodeLastRune(t, e)
	_, n2 := lexicon.DecodeLastRune(t, e-n1)
	k := e - n1 - n2
	if k <= s || !notOrgTails[t[k:e]] {
		return false
	}
	// 邮/政局, 邮政局: the character before and the word's first make a word
	_, first := w.runes.at(k)
	_, p := lexicon.DecodeLastRune(t, k)
	if w.st.lookup != nil {
		if _, _, ok := w.st.lookup(t[k-p : k+first]); ok {
			return false
		}
	}
	if w.v.bound[k] {
		return true
	}
	ts := k
	for ts > s && !w.v.bound[ts] {
		_, size := lexicon.DecodeLastRune(t, ts)
		ts -= size
	}
	tk, ok := w.v.tokenAt(ts)
	return ok && tk.end == e
}

// commonTradeFreq is the dictionary frequency from which a word before a
// company's trade is a common word (龙头, 专业: 1400 and more), not a trade
// name (宏源, 金地: under 50).
const commonTradeFreq = 500

// ntNoBodyEnds end words the dictionary tags as organizations that name
// the relations of countries (中美关系) or the states of a body
// (安理会常任理事国, 欧盟成员国), no body.
//
// Nor do words that end with a field of knowledge or of the economy, an
// event, a document, a thing or a quality (社会科学, 国防工业, 长足进展,
// 联合公报, 国际舞台, 国际化, 公共场所), a region of a country (中西部), a
// kind of body (党政机关, 科研院所), or a building (人民大会堂).
var ntNoBodyEnds = []string{"关系", "理事国", "成员国", "会员国", "缔约国", "家庭", "加工区", "保税区", "开发区", "贸易区", "试验区", "示范区",
	"科学", "文学", "哲学", "学科", "产业", "工业", "农业", "进展", "开展", "画展", "公报", "舞台", "电视", "交通",
	"场所", "媒体", "化", "西部", "东部", "中部", "全军", "全国", "机关", "院所", "车",
	"会堂", "礼堂", "广场", "大厦", "大楼"}

// frequentWord reports whether the dictionary holds word with a frequency
// of clauseVerbFreq or more: a verb that heads clauses (出席, 参加), not a
// brand (远航, 振兴).
func (w *work) frequentWord(word string) bool {
	if w.st.lookup == nil {
		return true
	}
	_, freq, ok := w.st.lookup(word)
	return ok && freq >= clauseVerbFreq
}

// clauseVerbFreq is the dictionary frequency from which a verb right after
// a place heads the clause (出席 4000, 召开 9000; 远航 155, 振兴 660).
const clauseVerbFreq = 1000

// centralShortNames begin the names of central enterprises and their
// numbered bureaus (中铁十八局, 中建三局, 中交一公局).
var centralShortNames = []string{"中铁", "中建", "中交", "中冶", "中电", "中水", "中核", "中化", "中粮", "中航"}

// verbsOfYu take 于 before the organization or place they name (毕业于,
// 就职于, 成立于, 位于).
var verbsOfYu = []string{"毕业", "就读", "就职", "任职", "供职", "受聘", "工作", "出生", "成立", "位于",
	"隶属", "求学", "学习", "任教", "执教", "服务", "受训", "师从", "生"}

// industryWords name a company's trade besides the lexicon's industry
// endings (lexicon.Brand, lexicon.Firm): 金地建设集团, 宏远物流有限公司.
var industryWords = map[string]bool{
	"建设": true, "投资": true, "发展": true, "物流": true, "贸易": true, "工程": true, "装饰": true,
	"制造": true, "设备": true, "材料": true, "新材料": true, "技术": true, "信息": true, "网络": true,
	"软件": true, "汽车": true, "旅游": true, "文化": true, "咨询": true, "房地产": true, "开发": true,
	"农牧": true, "畜牧": true, "渔业": true, "林业": true, "果业": true, "茶业": true, "酒店": true,
	"餐饮": true, "印刷": true, "包装": true, "塑料": true, "化学": true, "电力": true, "新能源": true,
	"供应链": true, "医疗": true, "器械": true, "制品": true, "加工": true,
}

// tradeAndIndustry reports whether [s, e), a registered company's name or a
// group's (…有限公司, …集团) with no place before it, is a trade name and
// the company's trade: a first word of two or three characters that is no
// word of a kind (当地, 优质) and holds no character of function, then one
// to three words of industry (宏源化工有限公司, 金地建设集团, 华兴新材料科技
// 有限公司); the name starts at a clean boundary (the start of the text,
// punctuation, a word of function or a verb before it).
func (w *work) tradeAndIndustry(s, e int, suf string) bool {
	t := w.v.text
	if suf != "集团" && !strings.HasSuffix(suf, "有限公司") && !strings.HasSuffix(suf, "有限责任公司") {
		return false
	}
	ss := e - len(suf)
	tk, ok := w.v.tokenAt(s)
	if !ok || tk.end >= ss {
		return false
	}
	// 绿/a 源/ng 农业有限公司: a trade name the segmenter splits into
	// characters of nouns and adjectives
	for tk.end < ss && utf8.RuneCountInString(t[s:tk.end]) < 2 {
		next, ok := w.v.tokenAt(tk.end)
		if !ok || next.end >= ss || next.pos == "" || !strings.ContainsAny(next.pos[:1], "nagjb") || utf8.RuneCountInString(t[tk.end:next.end]) != 1 {
			break
		}
		if tk.pos == "" || !strings.ContainsAny(tk.pos[:1], "nagjb") {
			break
		}
		tk = tokenInfo{end: next.end, pos: next.pos}
	}
	trade := t[s:tk.end]
	if n := utf8.RuneCountInString(trade); n < 2 || n > 3 || strings.ContainsAny(trade, orgFunctionChars) || kindPrefixed(trade) || startsWithAny(trade, kindWordPrefixes) || orgStopWords[trade] {
		return false
	}
	if tk.pos == "" || !strings.ContainsAny(tk.pos[:1], "nagjb") {
		return false // a trade name is a noun, an adjective or a proper noun
	}
	// 龙头食品有限公司, 专业化工有限公司: a frequent common word is a kind
	if w.st.lookup != nil {
		if _, freq, ok := w.st.lookup(trade); ok && freq >= commonTradeFreq {
			return false
		}
	}
	words := 0
	for k := tk.end; k < ss; words++ {
		it, ok := w.v.tokenAt(k)
		if !ok || it.end > ss || words == 3 {
			return false
		}
		word := t[k:it.end]
		if c, isSuf := w.st.lex.OrgSuffix(word); !industryWords[word] && !(isSuf && (c == lexicon.Brand || c == lexicon.Firm)) {
			return false
		}
		k = it.end
	}
	if words == 0 {
		return false
	}
	if s == 0 {
		return true
	}
	r, _ := lexicon.DecodeLastRune(t, s)
	if !isHan(r) || r == '、' {
		return true
	}
	j := w.prevToken(s)
	if j < 0 {
		return true
	}
	pt, ok := w.v.tokenAt(j)
	return ok && pt.end == s && pt.pos != "" && strings.ContainsAny(pt.pos[:1], "pcuv")
}

func (w *work) placeEndingAt(e int) (span, bool) {
	if e < 0 || e >= len(w.placeEnd) || w.placeEnd[e] == 0 {
		return span{}, false
	}
	return w.places[w.placeEnd[e]-1], true
}

func (w *work) overlapsTitle(s, e int) bool {
	for _, t := range w.titles {
		if t.s < e && s < t.e {
			return true
		}
	}
	return false
}

func (w *work) personAt(s, e int) bool {
	for _, p := range w.people {
		if p.s < e && s < p.e {
			return true
		}
	}
	return false
}

// prevToken returns the start of the token that ends at k, or -1.
func (w *work) prevToken(k int) int {
	t := w.v.text
	j := k
	for j > 0 {
		_, n := lexicon.DecodeLastRune(t, j)
		j -= n
		if w.v.bound[j] {
			return j
		}
	}
	return -1
}

// placeEndingIn returns the place mention that ends last inside (k, s].
func (w *work) placeEndingIn(k, s int) (span, bool) {
	for e := s; e > k; e-- {
		if p, ok := w.placeEndingAt(e); ok {
			return p, true
		}
	}
	return span{}, false
}

// orgEndAt reports whether an organization ending ends at k (省委外办与…:
// a conjunction after an organization joins two organizations).
func (w *work) orgEndAt(k int) bool {
	_, _, _, ok := w.st.lex.OrgSuffixEndingAt(w.v.text, k)
	return ok
}

func (w *work) isPlaceEnd(k int) bool {
	_, ok := w.placeEndingAt(k)
	return ok
}

// brandBefore reads a company's short name: a brand of exactly size
// characters (two; three before 集团: 新希望集团) right before an industry
// word (青禾纸业, 永茂铸造), optionally after a place (湖南炫烨农业). The brand must not be a word the segmenter
// knows (发展农业, 绿色食品 are no companies), nor hold a function character.
// Before a firm word (纸业, 船务: lexicon.Firm) the brand may be a place
// name or one noun of the dictionary (金川镍业, 晨光纸业), but not a verb,
// an adjective or another word that modifies an industry (发展实业).
func (w *work) brandBefore(ss, e int, firm bool, size int) (int, bool) {
	t := w.v.text
	if !w.v.bound[ss] || e < len(t) && isHanAt(t, e) && !w.v.bound[e] {
		return 0, false
	}
	ends := 0
	bs := ss
	for k := 0; k < size; k++ {
		if bs == 0 {
			return 0, false
		}
		r, n := lexicon.DecodeLastRune(t, bs)
		if !isHan(r) || strings.ContainsRune(orgFunctionChars, r) || hardStopSet.Has(r) {
			return 0, false
		}
		if w.occupied[bs-n] && !(firm && w.isPlaceEnd(ss)) || w.st.lex.StopChar(r) && !brandChars.Has(r) {
			return 0, false
		}
		bs -= n
		ends++
	}
	// the brand starts a word, is not a place, and is not one dictionary
	// word (nor part of one)
	if !w.v.bound[bs] {
		return 0, false
	}
	brand := t[bs:ss]
	if themeWords[brand] || strings.HasSuffix(brand, "族") {
		return 0, false // 智慧/nr 农业, 彝族服饰: a kind, whatever its tag
	}
	if firm {
		if genericOrg[brand] || orgStopWords[brand] {
			return 0, false
		}
		if tk, ok := w.v.tokenAt(bs); ok && tk.end == ss && !properPOS(tk.pos) && tk.pos != "zg" && tk.pos != "n" {
			return 0, false
		}
	} else {
		if w.st.placeName != nil && w.st.placeName(brand) {
			return 0, false
		}
		if tk, ok := w.v.tokenAt(bs); ok && tk.end == ss && !properPOS(tk.pos) && tk.pos != "zg" {
			return 0, false
		}
	}
	for k := bs; k < ss; {
		tk, ok := w.v.tokenAt(k)
		if !ok || tk.end > ss {
			return 0, false
		}
		k = tk.end
	}
	// a place mention that is the brand (金川镍业) is part of the name
	if firm && w.isPlaceEnd(ss) {
		if p, _ := w.placeEndingAt(ss); p.s == bs {
			return bs, true
		}
	}
	// what stands before the brand must end a phrase: punctuation, a place,
	// a verb or a list mark
	if bs > 0 {
		if p, ok := w.placeEndingAt(bs); ok {
			return p.s, true
		}
		r, _ := lexicon.DecodeLastRune(t, bs)
		if isHan(r) {
			k := w.prevToken(bs)
			if k < 0 {
				return 0, false
			}
			tk, _ := w.v.tokenAt(k)
			if tk.pos == "" || !strings.ContainsAny(tk.pos[:1], "vpcu") {
				return 0, false
			}
		}
	}
	return bs, true
}

// sessionAfterPlace returns the place mention that ends right before a
// session's ordinal (第十八届) that ends at s: the body of the place numbered
// by its term (保靖县第十八届人民代表大会, 政协保靖县第十届委员会).
func (w *work) sessionAfterPlace(s int) (span, bool) {
	k := w.sessionStart(s)
	if k < 0 {
		return span{}, false
	}
	return w.placeEndingAt(k)
}

// sessionStart returns the start of a session's ordinal (第十八届, 十八届) that ends
// at s before a body of the place's, or -1.
func (w *work) sessionStart(s int) int {
	t := w.v.text
	if !strings.HasSuffix(t[:s], "届") || nationalName(t[s:]) {
		return -1
	}
	k := s - len("届")
	for n := 0; n < 4; n++ {
		r, size := utf8.DecodeLastRuneInString(t[:k])
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		k -= size
	}
	if k == s-len("届") {
		return -1
	}
	if strings.HasSuffix(t[:k], "第") {
		return k - len("第")
	}
	return k // 县十八届: the ordinal without 第
}

// sessionOrdinalStart returns where the ordinal of a session begins (十八届,
// 第十八届) whose first numerals stand before s and whose others begin the
// text at s (十/八届); s where the text at s is no such ordinal.
func sessionOrdinalStart(t string, s int) int {
	const numerals = "一二三四五六七八九十"
	k := s
	for k < len(t) {
		r, n := utf8.DecodeRuneInString(t[k:])
		if !strings.ContainsRune(numerals, r) {
			break
		}
		k += n
	}
	if k == s || !strings.HasPrefix(t[k:], "届") {
		return s
	}
	k = s
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:k])
		if !strings.ContainsRune(numerals, r) {
			break
		}
		k -= n
	}
	if k == s {
		return s
	}
	if strings.HasSuffix(t[:k], "第") {
		k -= len("第")
	}
	return k
}

// sessionAfterLevel returns the start of a level written alone right
// before a session's ordinal that ends at s (县第十七届人民代表大会常务委员会:
// the county the article is about, resolved by the relations), or -1.
func (w *work) sessionAfterLevel(s int) int {
	k := w.sessionStart(s)
	if k <= 0 {
		return -1
	}
	r, n := utf8.DecodeLastRuneInString(w.v.text[:k])
	if !levelChars[string(r)] {
		return -1
	}
	if k > n {
		// the level is a word of its own: it opens its clause, or the
		// segmenter reads it alone after a word (为/县/第十届); not 全县第十届,
		// a count, nor 新晃侗族自治县, a place's
		if p, _ := utf8.DecodeLastRuneInString(w.v.text[:k-n]); isHan(p) && !w.v.bound[k-n] {
			return -1
		}
		if tk, ok := w.v.tokenAt(k - n); isHan(runeBefore(w.v.text, k-n)) && (!ok || tk.end != k) {
			return -1
		}
	}
	return k - n
}

// nationalName reports whether a name that starts s is a national body's
// (全国人民代表大会, 中国作家协会): a place before it is no part of it
// (香港特别行政区第九届全国人民代表大会代表: deputies of the place).
func nationalName(s string) bool {
	return startsWithAny(s, []string{"全国", "中国", "中华", "国家"})
}

// numberedUnit reports whether an ending names a unit that a numeral
// alone numbers (湘雅二医院, 县一中学).
// numberedBureau reports whether name, after a numeral, opens with the
// rest of a numbered bureau (局, 三局: the numeral's last character read with
// it) and goes on with 集团 or 公司 or ends there (十七局, 二十/三局集团有限公司).
func numberedBureau(name string) bool {
	for {
		r, n := utf8.DecodeRuneInString(name)
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		name = name[n:]
	}
	rest, ok := strings.CutPrefix(name, "局")
	return ok && (rest == "" || strings.HasPrefix(rest, "集团") || strings.HasSuffix(rest, "公司"))
}

// properOrNoun reports whether a tag is a proper noun's or a common noun's.
func properOrNoun(pos string) bool {
	return properPOS(pos) || pos == "n"
}

func numberedUnit(suf string) bool {
	return strings.HasSuffix(suf, "医院") || strings.HasSuffix(suf, "中学") || strings.HasSuffix(suf, "小学")
}

// ordinal reports whether a word numbers a unit: 第 and a Chinese numeral
// (第一, 第十二), or one Chinese numeral (湘雅/二/医院).
func ordinal(word string) bool {
	word = strings.TrimPrefix(word, "第")
	if word == "" || utf8.RuneCountInString(word) > 3 {
		return false
	}
	for _, r := range word {
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			return false
		}
	}
	return true
}

// placeStartingAt returns a place mention that starts at s.
func (w *work) placeStartingAt(s int) (span, bool) {
	for _, p := range w.places {
		if p.s == s {
			return p, true
		}
	}
	return span{}, false
}

// isDivisionKey reports whether a place's key names a Chinese division
// ("place/" and its code).
func isDivisionKey(key string) bool {
	code, ok := strings.CutPrefix(key, "place/")
	if !ok || code == "" {
		return false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return false
		}
	}
	return true
}

// placeBeforeTrade returns the place mention that ends one or two Han
// characters before k, none of them a level character or a character of
// function (宁夏 of 宁夏杞乡红: 杞 is the start of a trade name).
func (w *work) placeBeforeTrade(k int) (span, bool) {
	t := w.v.text
	j := k
	for n := 0; n < 2 && j > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(t[:j])
		if !isHan(r) || levelChars[string(r)] || strings.ContainsRune(orgFunctionChars, r) {
			break
		}
		j -= size
		if p, ok := w.placeEndingAt(j); ok && p.typ == extract.Place {
			return p, true
		}
	}
	return span{}, false
}

// kindOfSchool reports whether an organization word of the segmenter names
// a kind of school, never one school: no school's name ends with 院校 or
// 高校 (美术院校, 高等院校, 职业院校).
func kindOfSchool(word string) bool {
	return strings.HasSuffix(word, "院校") || strings.HasSuffix(word, "高校")
}

// roundsCount reports whether word is a numeral and 局 (三局, 两局), a count
// of a game's rounds or a numbered bureau.
func roundsCount(word string) bool {
	rest, ok := strings.CutSuffix(word, "局")
	if !ok || rest == "" {
		return false
	}
	for _, r := range rest {
		if !strings.ContainsRune("一二三四五六七八九十两", r) {
			return false
		}
	}
	return true
}

// buildVerbs build a facility (建设污水处理厂, 新建垃圾中转站).
var buildVerbs = map[string]bool{"建设": true, "新建": true, "修建": true, "兴建": true, "扩建": true, "改建": true, "筹建": true, "援建": true, "建成": true, "建起": true}

// facilityEnds end the names of facilities that are built (污水处理厂,
// 垃圾中转站, 停车场, 体育馆).
var facilityEnds = []string{"厂", "站", "场", "馆"}

// kindPrefixes begin the names of kinds of bodies, not of one body
// (有关部门, 相关企业).
var kindPrefixes = []string{"有关", "相关", "各", "多家", "这家", "该", "本", "一家", "一个", "其他", "大型", "小型", "全资", "三级", "各类", "各级", "基层", "当地", "外地", "优质", "知名", "国内", "国外", "境外", "省内", "省外", "全区", "全市", "全县", "全省", "全镇", "全乡", "全村",
	// kinds of facilities and what is done to them (山区学校, 改扩建学校,
	// 去年卫生院…)
	"山区", "偏远", "标准化", "去年", "今年", "明年", "目前", "如今", "新建", "改扩建", "扩建", "改建", "奖励",
	// the kind of every township's body (乡镇卫生院, 边境乡镇卫生院)
	"乡镇", "边境乡镇", "村级", "农村",
	// ranks and kinds of farms and bases (国家级海洋牧场, 现代化海洋牧场)
	"国家级", "现代化"}

func kindPrefixed(name string) bool { return startsWithAny(name, kindPrefixes) }

// kindWordPrefixes begin, besides kindPrefixes, the names of kinds of
// bodies (国有银行, 民营企业, 党和政府; of five characters at most: not
// 国有资产监督管理委员会).
var kindWordPrefixes = []string{"国有", "民营", "私营", "党和", "外资", "中资", "合资", "外商"}

// streetEnds end the names of streets (建设路, 解放街, 人民大道).
var streetEnds = []string{"路", "街", "大道", "大街", "巷"}
