package synth

import (
	"strings"
)

// fillers are sentences without names that give an article its body. Slots:
// {W} the county's level word (县, 区, 市, 旗), {T} the township's (镇, 乡,
// 街道), {topic} a field of work, {prod} the article's product, {n} a small
// number, {m} a larger one, {k} a count in the thousands, {d} a decimal,
// {p} a percentage, {y} a recent year.
var fillers = []string{
	"该{W}坚持把{topic}作为重要抓手，细化任务清单，压实工作责任。",
	"截至目前，全{W}共投入资金{d}亿元，实施各类项目{m}个。",
	"今年以来，全{T}累计组织党员干部{m}人次深入一线开展服务。",
	"当地建立“周调度、月通报、季考核”工作机制，确保各项任务按时推进。",
	"围绕{topic}，相关部门成立工作专班，逐项梳理问题{n}个并限期整改。",
	"通过“党支部+合作社+农户”模式，当地{prod}种植规模不断扩大。",
	"去年，全{W}{prod}产量达{d}万吨，综合产值突破{m}亿元。",
	"工作人员详细了解群众的急难愁盼，现场解决实际问题{n}件。",
	"为进一步提升服务质效，该{T}推行“一站式”办理，群众办事时间平均缩短{p}%。",
	"活动现场，专家们围绕种植技术、病虫害防治等内容进行了讲解。",
	"在项目建设现场，挖掘机、装载机来回穿梭，施工人员正抢抓工期。",
	"该项目总投资{d}亿元，建成后预计年产值可达{m}亿元。",
	"今年，全{W}新增就业岗位{k}个，帮助{k}名群众实现家门口就业。",
	"据统计，{y}年全{W}接待游客{d}万人次，实现旅游收入{d}亿元。",
	"当地还通过电商直播等方式拓宽销售渠道，线上销售额同比增长{p}%。",
	"与此同时，各级干部深入田间地头，指导农户科学管理。",
	"下一步，该{W}将持续深化{topic}，推动各项工作提质增效。",
	"会议强调，要以钉钉子精神抓好各项工作落实，以实干实绩回应群众期盼。",
	"会上，与会人员听取了{topic}工作情况汇报，并就下一步工作进行了讨论。",
	"据了解，该{T}共有农户{k}户，其中脱贫户{m}户。",
	"近年来，当地持续完善基础设施，新建和改造农村道路{m}公里。",
	"该{W}还组建了{n}支志愿服务队，常态化开展环境整治和关爱帮扶活动。",
	"记者在现场看到，整齐划一的大棚连片排列，一派忙碌景象。",
	"为破解资金难题，当地积极对接金融机构，累计发放贷款{d}亿元。",
	"通过土地流转，村集体经济年收入由过去的不足{n}万元增加到{m}万元。",
	"活动开展以来，已有{k}余名党员干部主动认领群众“微心愿”。",
	"截至{y}年底，全{W}已建成高标准农田{d}万亩。",
	"该{W}还聘请农技专家{n}名，为种植户提供全程技术指导。",
	"一系列举措让群众的获得感、幸福感、安全感不断增强。",
	"各乡镇按照统一部署，结合实际制定实施方案，做到底数清、情况明。",
	"在此基础上，当地建立了问题台账，实行销号管理。",
	"目前，相关工作已完成总进度的{p}%，预计年底前全面完工。",
	"据介绍，{y}年以来，全{W}累计培训新型职业农民{k}人次。",
	"为做好安全保障，相关部门提前排查隐患{m}处，已全部完成整改。",
	"依托良好的生态资源，当地打造了一批特色民宿和农家乐。",
	"该{T}把特色产业作为群众增收的“金钥匙”，引导农户抱团发展。",
	"不少外出务工人员纷纷返乡，在家门口实现了稳定就业。",
	"现场气氛热烈，前来咨询的群众络绎不绝。",
	"今年一季度，全{W}规模以上工业增加值同比增长{p}%。",
	"截至目前，已累计受理群众诉求{m}件，办结率达{p}%。",
	"随后，调研组一行还实地察看了产业园区和民生项目建设情况。",
	"这只是当地党员干部关心群众生活的一个缩影。",
	"如今，昔日的荒坡变成了致富园，村里的新房一栋接着一栋。",
	"当地坚持“一村一品”发展思路，因地制宜培育特色产业。",
	"工作中，当地注重发挥基层党组织战斗堡垒作用和党员先锋模范作用。",
	"此外，该{W}还出台了{n}项惠企政策，持续优化营商环境。",
	"培训结束后，参训人员纷纷表示收获满满，将把所学运用到实际工作中。",
	"在各方共同努力下，{topic}取得阶段性成效。",
}

// closers end an article.
var closers = []string{
	"下一步，当地将继续巩固拓展成果，奋力谱写高质量发展新篇章。",
	"该{W}相关负责人表示，将持续发力，久久为功，让发展成果更多更公平惠及群众。",
	"如今，一幅产业兴、生态美、百姓富的新画卷正在徐徐展开。",
	"接下来，当地将以此次活动为契机，推动{topic}再上新台阶。",
	"据悉，此类活动将常态化开展，切实把好事办好、实事办实。",
	"下一步，该{T}将进一步完善长效机制，确保各项措施落地落实。",
}

// headlines are article titles; {P} is the article's main place as
// mentioned in the body.
var headlines = []string{
	"{P}：{topic}跑出“加速度”",
	"{P}扎实推进{topic}",
	"{P}{prod}产业带动群众增收",
	"{P}{topic}见实效",
	"小{prod}撑起致富路",
	"{P}：党员干部下沉一线解难题",
	"{P}多措并举推动{topic}",
	"做强特色产业 助力乡村振兴",
	"{P}激活发展新动能",
	"{P}：项目建设热潮涌动",
	"{P}念好“{prod}经”",
	"让群众的日子越过越红火",
	"{P}聚力打造{prod}全产业链",
	"{P}绘就宜居宜业新画卷",
}

// filler returns a filler sentence not yet used in the article (when one
// is found in a few draws), its slots filled.
func (b *art) filler() string {
	k := b.r.intn(len(fillers))
	for try := 0; try < 4 && b.usedFill[k]; try++ {
		k = b.r.intn(len(fillers))
	}
	if b.usedFill == nil {
		b.usedFill = map[int]bool{}
	}
	b.usedFill[k] = true
	return b.fill(fillers[k])
}

// fill replaces the slots of a filler sentence.
func (b *art) fill(s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	var sb strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			sb.WriteString(s)
			return sb.String()
		}
		sb.WriteString(s[:i])
		switch s[i+1 : i+j] {
		case "W":
			sb.WriteString(b.placeWord())
		case "T":
			sb.WriteString(b.townWord())
		case "topic":
			sb.WriteString(b.topic())
		case "prod":
			sb.WriteString(b.product())
		case "n":
			sb.WriteString(b.num(2, 30))
		case "m":
			sb.WriteString(b.num(31, 900))
		case "k":
			sb.WriteString(b.num(1000, 9999))
		case "d":
			sb.WriteString(b.dec(1, 99))
		case "p":
			sb.WriteString(b.dec(3, 98))
		case "y":
			sb.WriteString(b.num(2018, b.year-1))
		case "P":
			sb.WriteString(b.headPlace)
		}
		s = s[i+j+1:]
	}
}
