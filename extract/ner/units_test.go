package ner_test

import "testing"

// TestUnitsOfBuildersAndReserves checks endings of organizations that
// local news names (a party committee's social work department, builders'
// project departments and engineering divisions, stations of nature
// reserves, funeral homes) and a company named after its group.
func TestUnitsOfBuildersAndReserves(t *testing.T) {
	tests := []mentionCase{
		{"江北区委社会工作部部长骆晓霞介绍。", []string{"ORG:江北区委社会工作部", "PER:骆晓霞"}, []string{"ORG:江北区委"}},
		{"龙建路桥股份有限公司第六工程处项目经理王刚说。", []string{"ORG:龙建路桥股份有限公司第六工程处"}, nil},
		{"大熊猫国家公园白马管护站今年新增了红外相机。", []string{"ORG:大熊猫国家公园白马管护站"}, nil},
		{"遗体告别仪式在讷河市殡仪馆举行。", []string{"ORG:讷河市殡仪馆"}, nil},
		{"中国电建集团贵州工程有限公司承建了该项目。", []string{"ORG:中国电建集团贵州工程有限公司"}, []string{"ORG:贵州工程有限公司"}},
	}
	checkMentions(t, tests)
}

// TestBodiesOfTwoFields checks bodies named by two fields joined by 和,
// the first a fixed phrase of the dictionary (自然资源和规划局, 住房和城乡建设
// 局), with and without a place written before.
func TestBodiesOfTwoFields(t *testing.T) {
	tests := []mentionCase{
		{"巴中市自然资源和规划局局长王明说。", []string{"ORG:巴中市自然资源和规划局"}, []string{"ORG:规划局", "ORG:和规划局"}},
		{"市自然资源和规划局局长王明说。", []string{"ORG:市自然资源和规划局"}, []string{"ORG:和规划局"}},
		{"县住房和城乡建设局局长李强介绍。", []string{"ORG:县住房和城乡建设局"}, []string{"ORG:城乡建设局"}},
	}
	checkMentions(t, tests)
}

// TestGovernmentWorkReport checks the government's work report after a
// verb (作政府工作报告, 热议政府工作报告), which names no body.
func TestGovernmentWorkReport(t *testing.T) {
	tests := []mentionCase{
		{"县长王明向大会作政府工作报告。", nil, []string{"ORG:大会作政府"}},
		{"代表们热议政府工作报告。", nil, []string{"ORG:们热议政府"}},
		{"县人民政府作政府工作报告。", []string{"ORG:县人民政府"}, []string{"ORG:县人民政府作政府"}},
	}
	checkMentions(t, tests)
}

// TestFacilitiesByKind checks facilities named by their kind, a time or
// what is done to them (去年卫生院, 改扩建中小学校, 标准化加工厂, 农家院,
// 山区学校), which name no organization, and a village's clinic written
// with its village (桂柳村卫生室), which does.
func TestFacilitiesByKind(t *testing.T) {
	tests := []mentionCase{
		{"去年卫生院新添了设备。", nil, []string{"ORG:去年卫生院"}},
		{"今年将改扩建中小学校12所。", nil, []string{"ORG:改扩建中小学校"}},
		{"村里建起了标准化加工厂。", nil, []string{"ORG:标准化加工厂"}},
		{"现有农家院38家。", nil, []string{"ORG:农家院"}},
		{"山区学校的孩子们很高兴。", nil, []string{"ORG:山区学校"}},
		{"汝阳县上店镇桂柳村卫生室开展义诊。", []string{"ORG:汝阳县上店镇桂柳村卫生室"}, nil},
	}
	checkMentions(t, tests)
}

// TestBodiesNamedByAVerbOfTheirField checks government bodies whose field
// the segmenter reads as a verb (乡村振兴局).
func TestBodiesNamedByAVerbOfTheirField(t *testing.T) {
	tests := []mentionCase{
		{"平利县乡村振兴局局长张建军说。", []string{"ORG:平利县乡村振兴局", "PER:张建军"}, nil},
		{"国家乡村振兴局发布通知。", []string{"ORG:国家乡村振兴局"}, nil},
	}
	checkMentions(t, tests)
}

// TestEconomicOfficesShortNames checks the short names of economic offices
// that begin with 经 (经信局, 经发局), which 经 as a preposition (经县委研究)
// does not begin.
func TestEconomicOfficesShortNames(t *testing.T) {
	tests := []mentionCase{
		{"县经信局副局长王海参加。", []string{"ORG:县经信局"}, nil},
		{"三台县经信局局长王海参加。", []string{"ORG:三台县经信局"}, []string{"ORG:信局"}},
		{"区经发局负责人参加了会议。", []string{"ORG:区经发局"}, nil},
		{"经县委研究决定，任命王海为县商务局局长。", []string{"ORG:县商务局"}, []string{"ORG:经县委"}},
	}
	checkMentions(t, tests)
}

// TestStationsInspectionsAndUnions checks the endings of agricultural
// stations (茶叶站, 植保站), inspection teams of party committees (巡察组,
// 巡察办) and unions of cooperatives (专业合作社联合社), and that the post
// links to the whole name.
func TestStationsInspectionsAndUnions(t *testing.T) {
	tests := []mentionCase{
		{"县农业农村局茶叶站站长方丽萍介绍。", []string{"ORG:县农业农村局茶叶站"}, nil},
		{"县委第二巡察组组长王海带队进驻。", []string{"ORG:县委第二巡察组"}, nil},
		{"县委巡察办主任李强说。", []string{"ORG:县委巡察办"}, nil},
		{"安吉县溪龙乡白茶专业合作社联合社理事长王芳说。", []string{"ORG:安吉县溪龙乡白茶专业合作社联合社"}, []string{"ORG:联合社"}},
	}
	checkMentions(t, tests)
}

// TestFireBrigadesSurveysRoadsAndPapers checks provincial fire brigades
// (消防救援总队), survey institutes (监测院), road maintenance sections
// (养护段), units of central enterprises numbered after their short name
// (中铁十二局集团有限公司, 中交第二公路工程局有限公司), and papers that open a
// byline line before their reporter (团结报记者).
func TestFireBrigadesSurveysRoadsAndPapers(t *testing.T) {
	tests := []mentionCase{
		{"贵州省消防救援总队调派力量增援。", []string{"ORG:贵州省消防救援总队"}, nil},
		{"甘肃省地质环境监测院专家到场。", []string{"ORG:甘肃省地质环境监测院"}, nil},
		{"墨脱养护段职工抢通道路。", []string{"ORG:墨脱养护段"}, nil},
		{"该桥由中交第二公路工程局有限公司承建。", []string{"ORG:中交第二公路工程局有限公司"}, []string{"ORG:交第二公路工程局"}},
		{"中铁十二局集团有限公司负责施工。", []string{"ORG:中铁十二局集团有限公司"}, nil},
		{"团结报记者王海报道。", []string{"ORG:团结报", "PER:王海"}, nil},
		{"湖州在线讯 近日，全市召开会议。", []string{"ORG:湖州在线"}, nil},
		{"他在日报记者节上发言。", nil, []string{"ORG:他在日报"}},
		{"难熬界首本报记者王海报道。", nil, []string{"ORG:难熬界首本报"}},
	}
	checkMentions(t, tests)
}

// TestReserveCourtAndAidUnits checks units of nature reserves and forest
// farms (管护总站, 管护所, 分场, 管理处), builders' project offices
// (项目经理部), research gardens (植物园), a court's tribunal and a police unit (X法庭, 森林警察大队)
// joined to their parent, and teams a province sends to aid a
// region (援藏工作队); a team named after its village is no body.
func TestReserveCourtAndAidUnits(t *testing.T) {
	tests := []mentionCase{
		{"卧龙管护总站站长杨海介绍。", []string{"ORG:卧龙管护总站"}, nil},
		{"勐腊管护所所长岩香说。", []string{"ORG:勐腊管护所"}, nil},
		{"汪清县林业局东沟分场场长金海说。", []string{"ORG:汪清县林业局东沟分场"}, nil},
		{"修水县公安局森林警察大队民警巡山。", []string{"ORG:修水县公安局森林警察大队"}, []string{"ORG:修水县公安局"}},
		{"靖西市人民法院龙邦法庭庭长黄海说。", []string{"ORG:靖西市人民法院龙邦法庭"}, nil},
		{"江苏省援藏工作队队员深入村庄。", []string{"ORG:江苏省援藏工作队"}, nil},
		{"驻村工作队队员入户走访。", nil, []string{"ORG:驻村工作队", "ORG:村工作队"}},
		// a research garden that is an institute
		{"中国科学院华南植物园研究员陈海说。", []string{"ORG:中国科学院华南植物园"}, []string{"ORG:中国科学院"}},
	}
	checkMentions(t, tests)
}

// TestCivilAffairsAfterLevel: 民政局 after a level alone (县民政局,
// 市民政局), which the segmenter reads as 县民/政局, is an organization.
func TestCivilAffairsAfterLevel(t *testing.T) {
	tests := []mentionCase{
		{"县民政局局长韩立说，救助资金已发放。", []string{"ORG:县民政局", "PER:韩立"}, nil},
		{"市民政局副局长吴丹介绍。", []string{"ORG:市民政局"}, nil},
	}
	checkMentions(t, tests)
}

// TestDivisionBeforeNaturalPlaceInName: a natural place of the list inside
// an organization's name neither cuts the name nor lets a shorter river
// inside it (兰江 in 海兰江) take its start.
func TestDivisionBeforeNaturalPlaceInName(t *testing.T) {
	tests := []mentionCase{
		{"延边海兰江农机有限公司经理金勇说。", []string{"ORG:延边海兰江农机有限公司"}, []string{"ORG:海兰江农机有限公司"}},
		{"修水县赤水河酒业有限公司扩建厂房。", []string{"ORG:修水县赤水河酒业有限公司"}, []string{"ORG:赤水河酒业有限公司"}},
	}
	checkMentions(t, tests)
}

// TestHonourInQuotesNoBody: a quoted title after a verb of honour (被评为
// “枫桥式公安派出所”, 创建“五好党支部”) names an honour, no organization; a
// body named in quotes elsewhere stays one.
func TestHonourInQuotesNoBody(t *testing.T) {
	tests := []mentionCase{
		{"该所去年被评为“枫桥式公安派出所”。", nil, []string{"ORG:枫桥式公安派出所"}},
		{"该法庭获评“枫桥式人民法庭”。", nil, []string{"ORG:人民法庭", "ORG:枫桥式人民法庭"}},
		{"记者走进“宁都县人民法院”采访。", []string{"ORG:宁都县人民法院"}, nil},
	}
	checkMentions(t, tests)
}

// TestProjectUnitAfterBuilder: a builder's unit on one project takes the
// project's name and the builder's before it (中铁五局剑榕高速项目经理部),
// though the project begins with a direction or holds a place (西延高铁,
// 沈白高铁吉林段).
func TestProjectUnitAfterBuilder(t *testing.T) {
	tests := []mentionCase{
		{"中铁二十局集团有限公司西成高铁项目部经理王强说。", []string{"ORG:中铁二十局集团有限公司西成高铁项目部"}, []string{"ORG:成高铁项目部"}},
		{"中铁十二局沈白高铁通化段项目部职工说。", []string{"ORG:沈白高铁通化段项目部"}, []string{"ORG:通化段项目部"}},
	}
	checkMentions(t, tests)
}
