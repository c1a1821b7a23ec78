package relate_test

import "testing"

// TestPostsAfterCopula checks posts stated after the name (张三是X的Y),
// where the post's owner is written as a chain of divisions, and near
// misses whose chain ends in no post.
func TestPostsAfterCopula(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a village post after a chain of divisions",
			text: "张书成是山西省运城市万荣县皇甫乡东文村党支部书记兼村委会主任。张书成带领村民种苹果。",
			want: []string{"张书成 职务 村党支部书记", "张书成 职务 村委会主任", "张书成 任职于 东文村"},
			not:  []string{"张书成 任职于 山西省", "张书成 任职于 万荣县"},
		},
		{
			name: "an organization at the end of the chain",
			text: "何立新现任山西省运城市万荣县农业农村局局长。何立新介绍了情况。",
			want: []string{"何立新 职务 局长", "何立新 任职于 山西省运城市万荣县农业农村局"},
		},
		{
			name: "a post in parentheses",
			text: "会上，村民孙广福（浙江华东建设有限公司总经理）介绍了经验。",
			want: []string{"孙广福 职务 总经理", "孙广福 任职于 浙江华东建设有限公司"},
		},
		{
			name: "parentheses that name a relative's post",
			text: "会上，村民孙广福（浙江华东建设有限公司总经理的儿子）介绍了经验。",
			not:  []string{"孙广福 职务 总经理", "孙广福 任职于 浙江华东建设有限公司"},
		},
		{
			name: "a post at the end of a short biography",
			text: "记者采访了村民孙广福，男，汉族，1970年出生，现任浙江华东建设有限公司董事长。",
			want: []string{"孙广福 职务 董事长", "孙广福 任职于 浙江华东建设有限公司"},
		},
		{
			name: "someone else's post after the name",
			text: "记者采访了村民孙广福，他的儿子现任浙江华东建设有限公司董事长。",
			not:  []string{"孙广福 职务 董事长", "孙广福 任职于 浙江华东建设有限公司"},
		},
		{
			name: "a second post",
			text: "村民孙广福兼任浙江华东建设有限公司董事长。",
			want: []string{"孙广福 职务 董事长", "孙广福 任职于 浙江华东建设有限公司"},
		},
		{
			name: "a post taken up",
			text: "村民孙广福出任浙江华东建设有限公司总经理。",
			want: []string{"孙广福 职务 总经理", "孙广福 任职于 浙江华东建设有限公司"},
		},
		{
			name: "a chain of divisions that is where the person is from",
			text: "张书成是山西省运城市万荣县人，张书成说家乡变化很大。",
			not:  []string{"张书成 任职于 山西省", "张书成 任职于 万荣县", "张书成 任职于 运城市"},
		},
	}
	runTripleCases(t, tests)
}

// TestParentBodies checks posts in a body written after its parent's
// name shortened to one character (局关工委, 厅团委), which belong to the
// parent's body, and near misses where the parent is not known.
func TestParentBodies(t *testing.T) {
	tests := []tripleCase{
		{
			name: "the body named in full earlier",
			text: "近日，福建省林业局关工委开展慰问活动。省直机关关工委副主任林国强，局关工委常务副主任陈志明参加活动。",
			want: []string{"陈志明 任职于 福建省林业局关工委", "林国强 任职于 省直机关关工委"},
			not:  []string{"陈志明 任职于 关工委"},
		},
		{
			name: "the one bureau of the article",
			text: "江苏省农业农村厅和南京市农业农村局联合开展培训。局团委书记吴晓东主持。",
			want: []string{"吴晓东 任职于 南京市农业农村局团委", "南京市农业农村局团委 类型 机构"},
			not:  []string{"吴晓东 任职于 江苏省农业农村厅团委", "局团委 类型 机构"},
		},
		{
			name: "two bureaus: no parent",
			text: "南京市农业农村局和南京市林业局联合开展培训。局团委书记吴晓东主持。",
			not:  []string{"吴晓东 任职于 南京市农业农村局团委", "吴晓东 任职于 南京市林业局团委"},
		},
		{
			name: "a character that is part of another word",
			text: "安徽省交通运输厅召开会议。会上，大厅团委书记孙立平作报告。",
			not:  []string{"孙立平 任职于 安徽省交通运输厅团委"},
		},
	}
	runTripleCases(t, tests)
}

// TestOwnerBeforeShortNameNote: a post written right after the bracketed
// note of its body's short name belongs to that body.
func TestOwnerBeforeShortNameNote(t *testing.T) {
	tests := []tripleCase{
		{
			name: "以下简称 in full-width brackets",
			text: "宁波市北仑区住房和城乡建设局（以下简称“区住建局”）副局长方晓东介绍了情况。",
			want: []string{"方晓东 职务 副局长", "方晓东 任职于 宁波市北仑区住房和城乡建设局"},
		},
		{
			name: "下称 in half-width brackets",
			text: "浙江海港物流集团有限公司(下称“海港物流”)总经理翁立新表示，明年将扩建码头。",
			want: []string{"翁立新 职务 总经理", "翁立新 任职于 浙江海港物流集团有限公司"},
		},
		{
			name: "a bracket that is no short-name note",
			text: "宁波市北仑区住房和城乡建设局（记者 余洁）副局长方晓东介绍了情况。",
			not:  []string{"方晓东 任职于 宁波市北仑区住房和城乡建设局"},
		},
	}
	runTripleCases(t, tests)
}

// TestBylineOfTwoNames: every name of a byline is an author, with the
// credit of text and photos after them.
func TestBylineOfTwoNames(t *testing.T) {
	tests := []tripleCase{
		{
			name: "two padded names and 文/图",
			text: "甘蔗进入收获期，糖厂开足马力生产。\n■ 本报记者 邝 云 骆 雯 文/图",
			want: []string{"t 作者 邝云", "t 作者 骆雯", "骆雯 职务 记者"},
			not:  []string{"t 作者 骆雯文"},
		},
		{
			name: "a name in the text after an author is none",
			text: "本报记者 邝 云 报道 骆雯是糖厂的技术员。",
			want: []string{"t 作者 邝云"},
			not:  []string{"t 作者 骆雯"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostInZoneNamedByKind: a zone's kind written alone before a post
// (经开区党工委书记) names the one zone of that kind the article names.
func TestPostInZoneNamedByKind(t *testing.T) {
	tests := []tripleCase{
		{
			name: "one zone",
			text: "芜湖市经开区新签约项目十二个。市委常委、经开区党工委书记滕云飞出席。",
			want: []string{"滕云飞 职务 党工委书记", "滕云飞 任职于 芜湖市经开区"},
		},
		{
			name: "two zones of that kind: no telling",
			text: "芜湖市经开区和马鞍山市经开区签约。经开区党工委书记滕云飞出席。",
			want: []string{"滕云飞 职务 党工委书记"},
			not:  []string{"滕云飞 任职于 芜湖市经开区", "滕云飞 任职于 马鞍山市经开区"},
		},
		{
			name: "no zone named",
			text: "经开区党工委书记滕云飞出席。",
			want: []string{"滕云飞 职务 党工委书记"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostInDepartment: a post in a department written after its
// organization (心内科主任, 民一庭庭长) belongs to the organization.
func TestPostInDepartment(t *testing.T) {
	tests := []tripleCase{
		{
			name: "hospital department",
			text: "眉山市东坡区人民医院心内科主任何立平介绍了新技术。",
			want: []string{"何立平 职务 主任", "何立平 任职于 眉山市东坡区人民医院"},
		},
		{
			name: "procuratorate department",
			text: "嘉兴市南湖区人民检察院第二检察部主任沈立新表示，将加大打击力度。",
			want: []string{"沈立新 任职于 嘉兴市南湖区人民检察院"},
		},
		{
			name: "workshop",
			text: "重庆市忠县河西电子厂就业帮扶车间负责人方友华说，订单排到了年底。",
			want: []string{"方友华 任职于 重庆市忠县河西电子厂"},
		},
		{
			name: "a room is no department of a body named before",
			text: "嘉兴市南湖区人民检察院发布通报。会议室主任沈立新说。",
			not:  []string{"沈立新 任职于 嘉兴市南湖区人民检察院"},
		},
	}
	runTripleCases(t, tests)
}

// TestBareTitleRepeatingAPost: a title after the name that a post of the
// same person ends with repeats that post; alone it is a post.
func TestBareTitleRepeatingAPost(t *testing.T) {
	tests := []tripleCase{
		{
			name: "repeat",
			text: "县委书记穆青山出席会议并讲话。穆青山书记强调，要抓好冬季防火。",
			want: []string{"穆青山 职务 县委书记"},
			not:  []string{"穆青山 职务 书记"},
		},
		{
			name: "alone",
			text: "会上，穆青山书记强调，要抓好冬季防火。",
			want: []string{"穆青山 职务 书记"},
		},
	}
	runTripleCases(t, tests)
}

// TestPublicBodyLocatedIn: a public body named after its division (a
// centre, a station) is 位于 it; a company named after its province is not
// thereby.
func TestPublicBodyLocatedIn(t *testing.T) {
	tests := []tripleCase{
		{
			name: "centre",
			text: "重庆市忠县就业和人才中心组织招聘会。",
			want: []string{"重庆市忠县就业和人才中心 位于 忠县"},
		},
		{
			name: "company",
			text: "湖北新代米生物科技有限公司在当地建成投产。",
			not:  []string{"湖北新代米生物科技有限公司 位于 湖北省"},
		},
	}
	runTripleCases(t, tests)
}

// TestShortNameBetweenCommas: the note of a short name may stand between
// commas (X，简称Y，); a 简称 that names something else is none.
func TestShortNameBetweenCommas(t *testing.T) {
	tests := []tripleCase{
		{
			name: "between commas",
			text: "重庆两江新区，简称两江新区，是国家级新区。",
			want: []string{"重庆两江新区 简称 两江新区"},
		},
		{
			name: "quoted",
			text: "四川省农业农村厅，以下简称“省农业农村厅”，近日发布通知。",
			want: []string{"四川省农业农村厅 简称 省农业农村厅"},
		},
		{
			name: "以下称 between commas",
			text: "浙江省湖州市安吉县林业局，以下称“县林业局”，近日发布通知。",
			want: []string{"浙江省湖州市安吉县林业局 简称 县林业局"},
		},
		{
			name: "a clause after 以下称, not a note",
			text: "浙江省湖州市安吉县林业局，以下称赞了多家合作社。",
			not:  []string{"浙江省湖州市安吉县林业局 简称 赞了多家合作社"},
		},
		{
			name: "a clause, not a note",
			text: "四川省农业农村厅，简称的使用要规范统一。",
			not:  []string{"四川省农业农村厅 简称 的使用要规范统一"},
		},
	}
	runTripleCases(t, tests)
}

// TestGovernmentOfAChain: a post of a government named after a chain of
// places belongs to the last place of the chain.
func TestGovernmentOfAChain(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a district's government after its city",
			text: "湖北省宜昌市夷陵区人民政府区长李晓涛带队考察了脐橙产业。",
			want: []string{"李晓涛 职务 区长", "李晓涛 任职于 夷陵区"},
			not:  []string{"李晓涛 任职于 宜昌市夷陵区人民政府", "李晓涛 任职于 宜昌市"},
		},
		{
			name: "a town's government after its county",
			text: "湖北省秭归县屈原镇人民政府镇长李晓涛带队考察了脐橙产业。",
			want: []string{"李晓涛 任职于 屈原镇"},
			not:  []string{"李晓涛 任职于 秭归县"},
		},
	}
	runTripleCases(t, tests)
}

// TestPartyMemberAndRanks: 党组成员 before a post and a professional rank
// after one are posts of the chain.
func TestPartyMemberAndRanks(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a member of the leading party group",
			text: "四川省绵阳市平武县农业农村局党组成员、副局长周建华说，下一步将打造蜂蜜品牌。",
			want: []string{"周建华 职务 党组成员", "周建华 职务 副局长", "周建华 任职于 四川省绵阳市平武县农业农村局"},
		},
		{
			name: "a rank after a post",
			text: "四川省平武县畜牧兽医服务中心主任、高级畜牧师何建平介绍了中蜂养殖技术。",
			want: []string{"何建平 职务 主任", "何建平 职务 高级畜牧师", "何建平 任职于 四川省平武县畜牧兽医服务中心"},
		},
		{
			name: "members of a group are no post",
			text: "课题组成员周建华介绍了中蜂养殖技术。",
			not:  []string{"周建华 职务 党组成员"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostOfAWorkingGroup: a post of a working group that no stage names
// (县茶业发展领导小组组长) keeps the chain of posts going.
func TestPostOfAWorkingGroup(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a government post and a group's post",
			text: "福建省泉州市安溪县人民政府副县长、县茶业发展领导小组组长黄文龙在会上强调，要做强茶产业。",
			want: []string{"黄文龙 职务 副县长", "黄文龙 职务 组长", "黄文龙 任职于 安溪县"},
		},
		{
			name: "a headquarters' post after a party post",
			text: "福建省泉州市安溪县委常委、县防汛抗旱指挥部副指挥长黄文龙到一线检查。",
			want: []string{"黄文龙 职务 县委常委", "黄文龙 职务 副指挥长", "黄文龙 任职于 安溪县"},
		},
		{
			name: "a group's post after another person's",
			text: "福建省泉州市安溪县副县长林志明、县茶业发展领导小组组长黄文龙出席会议。",
			want: []string{"黄文龙 职务 组长"},
			not:  []string{"黄文龙 职务 副县长", "黄文龙 任职于 安溪县"},
		},
	}
	runTripleCases(t, tests)
}

// TestCreditMarks checks people credited for the text or the photos by a
// mark after the name (张三/文, 李四 供图) or a label before it (文/张三,
// 摄影：李四), and near misses: editors and a label inside a sentence.
func TestCreditMarks(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a name before /文",
			text: "春耕时节农事忙\n\n张海燕/文\n\n3月12日，仁和县的田间地头一派繁忙景象。",
			want: []string{"t 作者 张海燕"},
		},
		{
			name: "a name after 文/",
			text: "春耕时节农事忙\n\n文/张海燕\n\n3月12日，仁和县的田间地头一派繁忙景象。",
			want: []string{"t 作者 张海燕"},
		},
		{
			name: "a photo credit in brackets",
			text: "春耕时节农事忙\n\n3月12日，仁和县的田间地头一派繁忙景象。\n\n（张海燕 供图）",
			want: []string{"t 作者 张海燕"},
		},
		{
			name: "an editor after a credit",
			text: "春耕时节农事忙\n\n3月12日，仁和县的田间地头一派繁忙景象。\n\n文：张海燕\n编辑：周敏",
			want: []string{"t 作者 张海燕"},
			not:  []string{"t 作者 周敏"},
		},
		{
			name: "a label inside a sentence",
			text: "春耕时节农事忙\n\n3月12日，仁和县的田间地头一派繁忙景象。展板上的说明文字：张海燕一家三代守护古树。",
			not:  []string{"t 作者 张海燕"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostsOfAppositionAndDe checks a post in an apposition after the
// name (Y，X医院院长，) and a post after the organization and 的 (X医院的
// 院长Y), and near misses.
func TestPostsOfAppositionAndDe(t *testing.T) {
	tests := []tripleCase{
		{
			name: "an apposition after a comma",
			text: "院长刘建华介绍了情况。刘建华，浏阳市人民医院院长，从医30年。",
			want: []string{"刘建华 任职于 浏阳市人民医院"},
		},
		{
			name: "an apposition whose title is another's",
			text: "记者见到了刘德胜，浏阳市人民医院院长王芳也在场。",
			want: []string{"王芳 任职于 浏阳市人民医院"},
			not:  []string{"刘德胜 任职于 浏阳市人民医院", "刘德胜 职务 院长"},
		},
		{
			name: "an apposition whose chain of titles is another's",
			text: "县委常委、宣传部部长王明德，浏阳日报社党组书记、社长李国强一同调研。",
			want: []string{"李国强 任职于 浏阳日报社", "李国强 职务 社长"},
			not:  []string{"王明德 任职于 浏阳日报社", "王明德 职务 党组书记"},
		},
		{
			name: "an organization after a comma with no post",
			text: "院长刘建华介绍了情况。记者见到了刘建华，浏阳市人民医院的医生们正在查房。",
			want: []string{"刘建华 职务 院长"},
			not:  []string{"刘建华 任职于 浏阳市人民医院"},
		},
		{
			name: "a post after the organization and 的",
			text: "浏阳市人民医院的院长刘建华介绍了情况。",
			want: []string{"刘建华 职务 院长", "刘建华 任职于 浏阳市人民医院"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostChainsWithLevelsFormerAndDe checks a chain of posts with a level
// written alone before a title (县委常委、县纪委书记), former posts of units
// before 原 (党支部原书记、村委会原主任), and a post held and joined to the
// name by 的 (担任村党支部书记的X), with a near miss.
func TestPostChainsWithLevelsFormerAndDe(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "a level alone in the chain", text: "会上，县委常委、县纪委书记、县监委主任刘海军作报告。",
			want: []string{"刘海军 职务 县委常委", "刘海军 职务 纪委书记", "刘海军 职务 主任"}},
		{name: "former posts of units", text: "四川省巴中市通江县新华村党支部原书记、村委会原主任王德明被开除党籍。",
			want: []string{"王德明 职务 书记", "王德明 职务 主任"}},
		{name: "a post held before 的", text: "担任四川省巴中市通江县新华村党支部书记的王建平告诉记者，变化很大。",
			want: []string{"王建平 职务 村党支部书记", "王建平 任职于 新华村"}},
		{name: "a post's holder's aide after 的", text: "县委书记的秘书王海说。", not: []string{"王海 职务 县委书记"}},
	})
}

// TestPostChainWithAutonomousLevel checks a chain of posts where the
// second is written with an autonomous region's level alone (自治区主席).
func TestPostChainWithAutonomousLevel(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "autonomous region", text: "广西壮族自治区党委副书记、自治区主席蓝天明出席会议。",
			want: []string{"蓝天明 职务 党委副书记", "蓝天明 职务 主席", "蓝天明 任职于 广西壮族自治区"}},
	})
}
