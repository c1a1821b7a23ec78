package synth

import (
	"strconv"
	"strings"

	"github.com/zhkg/zhkg/extract/gazetteer"
)

// Template is one sentence template: Write returns a sentence (or two) that
// states facts about the article's places, people and organizations, and
// records those facts; it returns "" when the article's places do not suit
// it (a template that needs a village in a township that has none).
type Template struct {
	Name  string
	Theme string // visit, village, industry, org, company, people, or any
	Open  bool   // can open an article (starts with a date or a time phrase)
	write func(b *art) string
}

// Templates returns the sentence templates, for documentation and tests.
func Templates() []Template { return templates }

var templates = []Template{
	// --- officials visiting and meeting
	{"visit.secretary", "visit", true, func(b *art) string {
		c := b.cnty()
		com, _ := countyLevel(c)
		pp := partyPlace(c, com)
		if pp == "" {
			return ""
		}
		p := b.official(b.mention(c), com+"书记")
		b.quoted = append(b.quoted, p)
		return b.md() + "，" + pp + "委书记" + p + "率队到" + b.mention(b.tn().Division) + "调研" + b.topic() + "工作。"
	}},
	{"visit.deputy-head", "visit", true, func(b *art) string {
		c := b.cnty()
		com, head := countyLevel(c)
		pp := partyPlace(c, com)
		if pp == "" {
			return ""
		}
		p := b.official(b.mention(c), com+"副书记", head)
		b.quoted = append(b.quoted, p)
		where := b.mention(b.tn().Division)
		if v := b.vl(); v != nil {
			where += b.mention(v.Division)
		}
		return "近日，" + pp + "委副书记、" + head + p + "深入" + where + "，实地察看" + b.topic() + "推进情况。"
	}},
	{"visit.city", "visit", true, func(b *art) string {
		city, ok := b.city()
		if !ok {
			return ""
		}
		com, _ := cityLevel(city)
		pp := partyPlace(city, com)
		if pp == "" {
			return ""
		}
		p := b.official(b.mention(city), com+"书记")
		return b.md() + "，" + pp + "委书记" + p + "一行来到" + b.mention(b.cnty()) + b.mention(b.tn().Division) + "，就" + b.topic() + "进行专题调研。"
	}},
	{"visit.pair", "visit", true, func(b *art) string {
		c := b.cnty()
		com, head := countyLevel(c)
		pp := partyPlace(c, com)
		if pp == "" {
			return ""
		}
		p1 := b.official(b.mention(c), com+"书记")
		p2 := b.official("", head) // 县长 with no place in its own phrase
		b.optional(p2, predWorksAt, c.Name)
		b.quoted = append(b.quoted, p1, p2)
		return b.md() + "，" + pp + "委书记" + p1 + "、" + head + p2 + "带领" + b.placeWord() + "直有关部门负责人，到" + b.mention(b.tn().Division) + "督导" + b.topic() + "工作。"
	}},
	{"visit.province", "visit", true, func(b *art) string {
		pv := b.prov()
		lv := "省委"
		if !strings.HasSuffix(pv.Name, "省") {
			if !strings.HasSuffix(pv.Name, "市") {
				return ""
			}
			lv = "市委"
		}
		p := b.official(b.mention(pv), lv+"书记")
		where := b.mention(b.cnty())
		if city, ok := b.city(); ok {
			where = b.mention(city) + where
		}
		return b.md() + "至" + strconv.Itoa(b.day+1) + "日，" + pv.Name + "委书记" + p + "在" + where + "调研，强调要扎实推进" + b.topic() + "。"
	}},
	{"visit.accompany", "visit", false, func(b *art) string {
		p1, p2 := b.person(), b.person()
		return b.mention(b.cnty()) + "领导" + p1 + "、" + p2 + "陪同调研。"
	}},
	{"meeting.speech", "visit", true, func(b *art) string {
		c := b.cnty()
		com, _ := countyLevel(c)
		pp := partyPlace(c, com)
		if pp == "" {
			return ""
		}
		p := b.official(b.mention(c), com+"副书记")
		b.quoted = append(b.quoted, p)
		return b.md() + "，" + c.Name + "召开" + b.topic() + "工作推进会，" + pp + "委副书记" + p + "出席会议并讲话。"
	}},
	{"meeting.chair", "visit", false, func(b *art) string {
		c := b.cnty()
		com, head := countyLevel(c)
		pp := partyPlace(c, com)
		if pp == "" {
			return ""
		}
		p := b.official(b.mention(c), com+"常委", "常务副"+head)
		return "会议由" + pp + "委常委、常务副" + head + p + "主持。"
	}},
	{"town.secretary", "any", false, func(b *art) string {
		t := b.tn()
		title, label := "党委书记", "党委书记|"+b.townWord()+"党委书记"
		if b.townWord() == "街道" {
			title, label = "党工委书记", "党工委书记|街道党工委书记"
		}
		p := b.official(b.mention(t.Division), label)
		b.quoted = append(b.quoted, p)
		return "“" + pick(b.r, quotes) + "。”" + t.Name + title + p + "介绍。"
	}},
	{"town.head", "any", false, func(b *art) string {
		w := b.townWord()
		if w == "街道" {
			return ""
		}
		t := b.tn()
		p := b.official(b.mention(t.Division), w+"长")
		b.quoted = append(b.quoted, p)
		return t.Name + w + "长" + p + "告诉记者，今年全" + w + "将继续围绕" + b.topic() + "补短板、强弱项。"
	}},
	{"village.secretary", "village", false, func(b *art) string {
		v := b.vl()
		if v == nil {
			return ""
		}
		title := "党支部书记"
		alt := title
		if strings.HasSuffix(v.Name, "村") {
			alt = title + "|村党支部书记"
		}
		p := b.official(b.mention(v.Division), alt)
		b.quoted = append(b.quoted, p)
		return v.Name + title + p + "说：“" + pick(b.r, quotes) + "。”"
	}},
	{"village.secretary-director", "village", false, func(b *art) string {
		v := b.vl()
		if v == nil || !strings.HasSuffix(v.Name, "村") {
			return ""
		}
		p := b.official(b.mention(v.Division), "党支部书记|村党支部书记", "村委会主任|主任")
		b.quoted = append(b.quoted, p)
		return "在" + v.Name + "，党支部书记、村委会主任" + p + "正带着村民清理沟渠。"
	}},
	{"village.first-secretary", "village", false, func(b *art) string {
		v := b.vl()
		if v == nil {
			return ""
		}
		p := b.official("", "第一书记")
		b.mention(v.Division)
		return "驻村第一书记" + p + "带领工作队走访" + v.Name + "农户" + b.num(30, 300) + "户，建立问题清单" + b.num(5, 40) + "项。"
	}},
	{"dept.head", "org", false, func(b *art) string {
		c := b.cnty()
		d := pick(b.r, countyDepts)
		o := b.org(b.inName(c)+d, c.Name)
		title := "局长"
		if b.r.chance(40) {
			title = "副局长"
		}
		p := b.official(o, title)
		b.quoted = append(b.quoted, p)
		return "据" + o + title + p + "介绍，今年以来，该局累计投入资金" + b.dec(1, 50) + "亿元，实施项目" + b.num(5, 80) + "个。"
	}},
	{"dept.party", "org", false, func(b *art) string {
		c := b.cnty()
		com, _ := countyLevel(c)
		pp := partyPlace(c, com)
		if pp == "" {
			return ""
		}
		dept := pick(b.r, partyDepts)
		title := "部长"
		if dept == "政法委" {
			title = "书记"
		}
		o := b.org(b.inName(c)+"委"+dept, c.Name)
		p := b.official(o, title+"|"+dept+title+"|"+com+dept+title)
		b.quoted = append(b.quoted, p)
		return o + title + p + "表示，要把" + b.topic() + "作为检验作风的试金石。"
	}},
	{"org.congress", "org", false, func(b *art) string {
		c := b.cnty()
		o := b.org(b.inName(c)+"人大常委会", c.Name)
		title := pick(b.r, []string{"主任", "副主任"})
		p := b.official(o, title)
		return o + title + p + "带领部分人大代表，对" + b.topic() + "情况开展专题视察。"
	}},
	{"org.cppcc", "org", false, func(b *art) string {
		c := b.cnty()
		o := b.org(b.inName(c)+"政协", c.Name)
		title := pick(b.r, []string{"主席", "副主席"})
		p := b.official(o, title)
		return o + title + p + "参加协商座谈，围绕" + b.topic() + "提出意见建议" + b.num(3, 20) + "条。"
	}},
	{"org.province-dept", "org", false, func(b *art) string {
		pv := b.prov()
		o := b.org(b.inName(pv)+pick(b.r, provinceDepts), pv.Name)
		title := pick(b.r, []string{"厅长", "副厅长"})
		p := b.official(o, title)
		return o + title + p + "在调研时指出，要坚持因地制宜，把资源优势转化为发展优势。"
	}},
	{"org.city-commission", "org", false, func(b *art) string {
		city, ok := b.city()
		if !ok {
			return ""
		}
		o := b.org(b.inName(city)+"发展改革委", city.Name)
		p := b.official(o, "主任")
		return "记者从" + o + "获悉，全市今年共谋划储备重大项目" + b.num(20, 400) + "个，" + o + "主任" + p + "表示将全力做好要素保障。"
	}},
	{"zone.secretary", "org", false, func(b *art) string {
		z := b.zone()
		title, label, at := "党工委书记", "党工委书记", z
		if b.r.chance(50) {
			title, label, at = "管委会主任", "管委会主任|主任", z+"|"+z+"管委会"
			b.optional(z+"管委会", predType, typeOrg)
			b.optional(z+"管委会", predLocated, z)
		}
		p := b.official(at, label)
		return z + title + p + "介绍，园区已入驻企业" + b.num(30, 600) + "家，今年前三季度实现产值" + b.dec(10, 900) + "亿元。"
	}},

	// --- villagers
	{"resident.age", "village", true, func(b *art) string {
		v := b.vl()
		if v == nil {
			return ""
		}
		age := b.num(60, 96)
		p := b.person()
		b.fact(p, predLives, v.Name)
		b.fact(p, predAge, age)
		b.quoted = append(b.quoted, p)
		top := pick(b.r, []int{gazetteer.Province, gazetteer.City, gazetteer.County})
		var where string
		if b.r.chance(50) { // the township is often left out
			where = b.chain(&place{chain: v.chain[2:]}, top) + b.mention(v.Division)
		} else {
			where = b.chain(v, top)
		}
		return "“" + pick(b.r, quotes) + "。”日前，家住" + where + "的" + age + "岁老人" + p + "高兴地说。"
	}},
	{"resident.villager", "village", true, func(b *art) string {
		v := b.vl()
		if v == nil {
			return ""
		}
		word := "村民"
		if strings.HasSuffix(v.Name, "社区") {
			word = "居民"
		}
		p := b.person()
		b.fact(p, predLives, v.Name)
		age := b.num(35, 80)
		b.fact(p, predAge, age)
		b.quoted = append(b.quoted, p)
		return "走进" + b.mention(b.tn().Division) + b.mention(v.Division) + "，" + word + p + "今年" + age + "岁，正" + pick(b.r, activities) + "。"
	}},
	{"resident.home", "village", false, func(b *art) string {
		v := b.vl()
		if v == nil {
			return ""
		}
		p := b.person()
		b.fact(p, predLives, v.Name)
		return "家住" + b.mention(v.Division) + "的" + p + "是当地有名的" + b.product() + "种植能手，去年纯收入超过" + b.num(5, 30) + "万元。"
	}},
	{"resident.self-age", "village", false, func(b *art) string {
		v := b.vl()
		if v == nil || !strings.HasSuffix(v.Name, "村") {
			return ""
		}
		p := b.person()
		age := b.num(60, 85)
		b.fact(p, predLives, v.Name)
		b.fact(p, predAge, age)
		return v.Name + "村民" + p + pick(b.r, activities) + "。“别看我今年" + age + "了，干起活来一点不输年轻人。”" + p + "笑着说。"
	}},
	{"resident.returnee", "village", false, func(b *art) string {
		p := b.person()
		age := b.num(24, 40)
		b.fact(p, predAge, age)
		b.quoted = append(b.quoted, p)
		return "今年" + age + "岁的" + p + "大学毕业后返乡创业，流转土地" + b.num(50, 900) + "亩发展" + b.product() + "种植。"
	}},
	{"resident.elder", "village", false, func(b *art) string {
		v := b.vl()
		if v == nil {
			return ""
		}
		p := b.person()
		age := b.num(70, 99)
		b.fact(p, predAge, age)
		b.fact(p, predLives, v.Name)
		b.mention(v.Division)
		return "在" + v.Name + "，" + age + "岁的独居老人" + p + "收到了志愿者送来的米面油。"
	}},

	// --- industries
	{"industry.goal", "industry", true, func(b *art) string {
		c := b.cnty()
		b.fact(c.Name, predIndustry, b.product())
		return "近年来，" + b.mention(c) + "以打造" + b.short(c) + b.prod + "百亿产业为目标，持续延链补链强链。"
	}},
	{"industry.hometown", "industry", true, func(b *art) string {
		t := b.tn()
		b.fact(t.Name, predIndustry, b.product())
		b.optional("中国", predType, typePlace)
		return "素有“中国" + b.prod + "之乡”美誉的" + b.mention(t.Division) + "，今年" + b.prod + "喜获丰收。"
	}},
	{"industry.develop", "industry", true, func(b *art) string {
		c := b.cnty()
		b.fact(c.Name, predIndustry, b.product())
		return "今年以来，" + b.mention(c) + "立足资源禀赋，大力发展" + b.prod + "产业，全" + b.placeWord() + "种植面积达" + b.dec(1, 60) + "万亩。"
	}},
	{"industry.pillar", "industry", false, func(b *art) string {
		t := b.tn()
		b.fact(t.Name, predIndustry, b.product())
		return "如今，" + b.prod + "已成为" + b.mention(t.Division) + "的主导产业，带动" + b.num(200, 5000) + "户群众增收。"
	}},
	{"industry.village", "industry", false, func(b *art) string {
		v := b.vl()
		if v == nil {
			return ""
		}
		b.fact(v.Name, predIndustry, b.product())
		return b.mention(v.Division) + "的特色产业是" + b.prod + "，全村" + b.num(60, 95) + "%的农户参与其中。"
	}},
	{"industry.company", "company", false, func(b *art) string {
		c := b.company()
		b.fact(c, predIndustry, b.ind)
		return c + "主要生产" + b.ind + "，产品销往全国" + b.num(10, 31) + "个省区市。"
	}},
	{"industry.ministry", "industry", false, func(b *art) string {
		c := b.cnty()
		nb := b.org(pick(b.r, []string{"农业农村部", "国家林业和草原局"}), "")
		b.fact(c.Name, predIndustry, b.product())
		return "去年，" + b.mention(c) + "被" + nb + "认定为国家级" + b.prod + "产业集群核心区。"
	}},

	// --- organizations and short names
	{"alias.zone", "org", true, func(b *art) string {
		z := b.zone()
		b.fact(z, predShort, b.zoneShort)
		return b.md() + "，" + z + "（以下简称“" + b.zoneShort + "”）举行重点项目集中签约仪式，签约项目" + b.num(5, 40) + "个，总投资" + b.dec(10, 300) + "亿元。"
	}},
	{"alias.association", "org", true, func(b *art) string {
		city, ok := b.city()
		if !ok {
			city = b.prov()
		}
		o := b.org(b.inName(city)+b.product()+"产业协会", "")
		b.optional(o, predLocated, city.Name)
		sh := b.prod + "协会"
		b.fact(o, predShort, sh)
		b.fact(o, predIndustry, b.prod)
		return b.md() + "，" + o + "（以下简称“" + sh + "”）第二届会员大会召开，" + sh + "现有会员单位" + b.num(40, 300) + "家。"
	}},
	{"alias.company", "company", true, func(b *art) string {
		c := b.company()
		b.fact(c, predShort, b.compSh)
		return "日前，" + c + "（下称“" + b.compSh + "”）新建的" + b.ind + "生产线正式投产，" + b.compSh + "年产值有望突破" + b.num(5, 50) + "亿元。"
	}},
	{"alias.bank", "org", false, func(b *art) string {
		d := b.cnty()
		s := b.w.shortOf(d)
		if s == "" {
			return ""
		}
		b.places.note(d, false)
		o := b.org(s+"农村商业银行", "")
		sh := s + "农商行"
		b.fact(o, predShort, sh)
		return o + "（简称“" + sh + "”）累计发放乡村振兴贷款" + b.dec(1, 90) + "亿元。"
	}},
	{"member.education", "org", false, func(b *art) string {
		c := b.cnty()
		parent := b.org(b.inName(c)+"教育局", c.Name)
		child := pick(b.r, []string{"青少年活动中心", "教师发展中心", "教育考试中心"})
		b.org(child, "")
		b.fact(child, predPartOf, parent)
		return "评估组选取" + parent + "及下属" + child + "作为试点单位，逐项核查机构编制执行情况。"
	}},
	{"member.unit", "org", false, func(b *art) string {
		c := b.cnty()
		pair := pick(b.r, [][2]string{
			{"卫生健康局", "疾病预防控制中心"}, {"农业农村局", "农业技术推广中心"}, {"文化和旅游局", "文化馆"},
			{"自然资源局", "不动产登记中心"}, {"住房和城乡建设局", "住房保障服务中心"}, {"水利局", "水土保持站"},
		})
		parent := b.org(b.inName(c)+pair[0], c.Name)
		child := b.org(c.Name+pair[1], "")
		b.fact(child, predPartOf, parent)
		return parent + pick(b.r, []string{"所属", "下属"}) + child + "组织专业人员深入乡村开展技术服务，解决群众反映的问题" + b.num(5, 60) + "个。"
	}},
	{"member.group", "company", false, func(b *art) string {
		pv := b.prov()
		s := b.w.shortOf(pv)
		if s == "" {
			return ""
		}
		c := b.company()
		b.places.note(pv, false)
		g := b.org(s+pick(b.r, brands)+"控股集团", "")
		b.fact(c, predPartOf, g)
		return c + "是" + g + "旗下的全资子公司，去年营业收入" + b.dec(1, 80) + "亿元。"
	}},

	// --- companies and institutions
	{"company.location", "company", true, func(b *art) string {
		c := b.company()
		t := b.tn()
		b.fact(c, predLocated, t.Name)
		return "走进位于" + b.mention(b.cnty()) + b.mention(t.Division) + "的" + c + "生产车间，一条条生产线正满负荷运转。"
	}},
	{"company.chairman", "company", false, func(b *art) string {
		c := b.company()
		p := b.official(c, "董事长")
		b.quoted = append(b.quoted, p)
		return "“" + pick(b.r, quotes) + "。”" + c + "董事长" + p + "说。"
	}},
	{"company.manager", "company", false, func(b *art) string {
		c := b.company()
		title := pick(b.r, []string{"总经理", "副总经理"})
		p := b.official(c, title)
		b.quoted = append(b.quoted, p)
		return c + title + p + "介绍，企业今年研发投入同比增长" + b.dec(5, 60) + "%。"
	}},
	{"coop.director", "industry", false, func(b *art) string {
		v := b.vl()
		if v == nil {
			return ""
		}
		o := b.org(b.inName(v.Division)+b.product()+"专业合作社", "")
		b.optional(o, predLocated, v.Name)
		b.fact(o, predIndustry, b.prod)
		p := b.official(o, "理事长")
		b.quoted = append(b.quoted, p)
		return o + "理事长" + p + "算了一笔账：合作社今年带动社员" + b.num(30, 400) + "户，户均增收" + b.num(2000, 20000) + "元。"
	}},
	{"bank.branch", "company", false, func(b *art) string {
		c := b.cnty()
		o := b.org(pick(b.r, banks)+b.inName(c)+"支行", "")
		p := b.official(o, "行长")
		return o + "行长" + p + "表示，将继续加大对" + b.product() + "等特色产业的信贷支持力度。"
	}},
	{"academic.member", "people", true, func(b *art) string {
		a := b.org(pick(b.r, academies), "")
		p := b.official(a, "院士")
		b.quoted = append(b.quoted, p)
		return b.md() + "，" + a + "院士" + p + "率专家团队来到" + b.mention(b.cnty()) + "，为" + b.product() + "产业发展把脉问诊。"
	}},
	{"academic.professor", "people", false, func(b *art) string {
		pv := b.prov()
		s := b.w.shortOf(pv)
		if s == "" {
			return ""
		}
		b.places.note(pv, false)
		u := b.org(s+pick(b.r, []string{"农业大学", "大学", "师范大学", "理工大学"}), "")
		p := b.official(u, "教授")
		return u + "教授" + p + "团队与当地签订合作协议，共建" + b.product() + "科技小院。"
	}},
	{"hospital.director", "people", true, func(b *art) string {
		c := b.cnty()
		o := b.org(b.inName(c)+pick(b.r, []string{"人民医院", "中医医院", "妇幼保健院"}), "")
		p := b.official(o, "院长")
		b.quoted = append(b.quoted, p)
		return "今年以来，" + o + "院长" + p + "带领医护团队下沉基层，开展巡回义诊" + b.num(10, 120) + "场次。"
	}},
	{"school.principal", "people", false, func(b *art) string {
		c := b.cnty()
		o := b.org(b.inName(c)+pick(b.r, []string{"第一中学", "实验小学", "职业中学"}), "")
		p := b.official(o, "校长")
		return o + "校长" + p + "说，学校将把劳动教育和" + b.product() + "种植实践结合起来。"
	}},
	{"abroad.fair", "company", false, func(b *art) string {
		pl := pick(b.r, abroad)
		c := b.company()
		b.fact(pl[0], predType, typePlace)
		b.fact(pl[1], predType, typePlace)
		b.optional(pl[1], predLocated, pl[0])
		return c + "的" + b.ind + "产品亮相" + pl[0] + pl[1] + "国际博览会，现场签约金额" + b.dec(1, 20) + "亿元。"
	}},
	{"ministry.visit", "people", false, func(b *art) string {
		nb := b.org(pick(b.r, nationalBodies), "")
		return nb + "调研组一行来到" + b.mention(b.cnty()) + "，对当地" + b.topic() + "工作给予肯定。"
	}},

	// --- speech again
	{"quote.again", "any", false, func(b *art) string {
		p := b.speaker()
		if p == "" {
			return ""
		}
		return "“" + pick(b.r, quotes) + "。”" + p + "说。"
	}},
}

// zone returns the article's development zone (a place of the guide's
// zone kind), stating it and its short name.
func (b *art) zone() string {
	if b.zoneName == "" {
		d := b.cnty()
		kind, shortKind := "经济开发区", "经开区"
		if c, ok := b.city(); ok && b.r.chance(50) {
			d = c
			kind, shortKind = "高新技术产业开发区", "高新区"
		}
		s := b.w.shortOf(d)
		if s == "" {
			s = d.Name
		}
		b.places.note(d, false)
		b.zoneName = d.Name + kind
		b.zoneShort = s + shortKind
		b.zoneIn = d.Name
	}
	b.fact(b.zoneName, predType, typePlace)
	b.optional(b.zoneName, predLocated, b.zoneIn)
	return b.zoneName
}
