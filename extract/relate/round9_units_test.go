package relate_test

import "testing"

// TestBrigadeUnits checks the units of fire and forest brigades named
// after their places and written after their brigade's name: one
// organization, in the place of its last unit, its staff working there.
func TestBrigadeUnits(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a detachment after its corps",
			text: "甘孜州雅江县发生森林火灾。四川省森林消防总队甘孜支队支队长罗明德带队赶到火场。",
			want: []string{"四川省森林消防总队甘孜支队 类型 机构", "罗明德 任职于 四川省森林消防总队甘孜支队",
				"罗明德 职务 支队长", "四川省森林消防总队甘孜支队 位于 甘孜藏族自治州"},
			not: []string{"四川省森林消防总队 类型 机构", "四川省森林消防总队甘孜支队 位于 四川省"},
		},
		{
			name: "a brigade after its detachment",
			text: "凉山州西昌市发生森林火灾。据凉山支队西昌大队大队长吉克伍沙介绍，队员已连续奋战两天。",
			want: []string{"凉山支队西昌大队 类型 机构", "吉克伍沙 任职于 凉山支队西昌大队", "凉山支队西昌大队 位于 西昌市"},
			not:  []string{"凉山支队西昌大队 位于 凉山彝族自治州"},
		},
		{
			name: "a detachment alone",
			text: "丽江支队派出两个中队增援，指挥员连夜研判火情。",
			want: []string{"丽江支队 类型 机构"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostsOfBoardsAndSystems checks a list of posts in which one post is
// of a board (理事会主任) or of a national research system (产业技术体系岗位
// 科学家): the posts before it stay the person's.
func TestPostsOfBoardsAndSystems(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a board's post after a party post",
			text: "县供销社党委书记、理事会主任郑光辉介绍，全县已建成农资网点二百个。",
			want: []string{"郑光辉 职务 党委书记", "郑光辉 职务 主任", "郑光辉 任职于 县供销社"},
		},
		{
			name: "a research system's post after a rank",
			text: "省农科院研究员、国家油菜产业技术体系岗位科学家蒋文华在现场授课。",
			want: []string{"蒋文华 职务 研究员", "蒋文华 职务 岗位科学家"},
		},
		{
			name: "a science envoy after a rank",
			text: "研究员、科技特派员邵立群说，新品种亩产提高了一成。",
			want: []string{"邵立群 职务 研究员", "邵立群 职务 科技特派员"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostsOfServicesAndBanks checks posts of fire brigades, weather
// services, banks and schools, and the co-operatives and village teams
// their staff work at.
func TestPostsOfServicesAndBanks(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a political instructor of a brigade",
			text: "县消防救援大队政治教导员邢志远介绍，今年共开展演练二十次。",
			want: []string{"邢志远 职务 政治教导员", "邢志远 任职于 县消防救援大队"},
			not:  []string{"邢志远 职务 教导员"},
		},
		{
			name: "a political commissar",
			text: "支队政治委员韦家明带领工作组检查了营区。",
			want: []string{"韦家明 职务 政治委员"},
			not:  []string{"韦家明 职务 委员"},
		},
		{
			name: "a chief forecaster",
			text: "市气象台首席预报员邱国庆提醒，明后两天有强降雨。",
			want: []string{"邱国庆 职务 首席预报员", "邱国庆 任职于 市气象台"},
		},
		{
			name: "a bank's account manager",
			text: "兴农村镇银行客户经理蓝海燕每周都要进村走访。",
			want: []string{"蓝海燕 职务 客户经理", "蓝海燕 任职于 兴农村镇银行"},
			not:  []string{"蓝海燕 职务 经理"},
		},
		{
			name: "a teacher of a subject",
			text: "县第二中学数学教师甘丽萍带着学生做实验。",
			want: []string{"甘丽萍 职务 教师", "甘丽萍 任职于 县第二中学"},
		},
		{
			name: "a teacher of a subject after a copula",
			text: "今年52岁的潘玉兰是凤凰县山江镇中心小学的语文教师。",
			want: []string{"潘玉兰 职务 教师", "潘玉兰 任职于 凤凰县山江镇中心小学"},
		},
		{
			name: "a supply and marketing co-operative",
			text: "攸县供销社主任龙德胜说，今年收购茶油三百吨。",
			want: []string{"攸县供销社 类型 机构", "龙德胜 任职于 攸县供销社"},
		},
		{
			name: "a village's volunteer fire team",
			text: "从江县往洞镇增冲村志愿消防队队长吴文光带着队员巡查寨子。",
			want: []string{"吴文光 职务 队长", "吴文光 任职于 从江县往洞镇增冲村志愿消防队"},
		},
		{
			name: "an exchange",
			text: "郑州商品交易所近日发布了新的交割规则。",
			want: []string{"郑州商品交易所 类型 机构"},
		},
	}
	runTripleCases(t, tests)
}

// TestVillagePostInSentence checks a village's post written without its
// village, in a sentence that names the village before it, and an
// election's verb after the vote (以高票当选).
func TestVillagePostInSentence(t *testing.T) {
	tests := []tripleCase{
		{
			name: "after a conjunction",
			text: "在凤凰县廖家桥镇菖蒲塘村，调研组与村党支部书记龙明亮交流。",
			want: []string{"龙明亮 职务 村党支部书记", "龙明亮 任职于 菖蒲塘村"},
		},
		{
			name: "opening a clause",
			text: "记者来到花垣县双龙镇十八洞村，村委会主任龙金彪正在带领村民修路。",
			want: []string{"龙金彪 职务 村委会主任", "龙金彪 任职于 十八洞村"},
		},
		{
			name: "elected with a vote",
			text: "雷山县西江镇麻料村举行换届选举，潘明才以高票当选村委会主任。",
			want: []string{"潘明才 职务 村委会主任", "潘明才 任职于 麻料村"},
		},
		{
			name: "in a list of posts, the chain's own village",
			text: "花垣县双龙镇十八洞村的游客多了，排碧乡板栗村党支部书记、村委会主任石兴安说。",
			want: []string{"石兴安 任职于 板栗村"},
			not:  []string{"石兴安 任职于 十八洞村"},
		},
		{
			name: "another sentence",
			text: "记者来到花垣县双龙镇十八洞村。村委会主任龙金彪说，路修好了。",
			not:  []string{"龙金彪 任职于 十八洞村"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostChainsWithLevelsAndAnaphors checks a list of posts in which a
// post carries its level (省级科技特派员) or a team's name (博士服务队队长),
// and a post of a body referred to by its kind after a copula (担任该校
// 常务副校长).
func TestPostChainsWithLevelsAndAnaphors(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a level before a post of the chain",
			text: "西南大学农学院教授、省级科技特派员李承志带着学生来到田间。",
			want: []string{"李承志 职务 教授", "李承志 职务 科技特派员", "李承志 任职于 西南大学农学院"},
		},
		{
			name: "a team before a post of the chain",
			text: "河南农业大学园艺学院教授、博士服务队队长吕文博一边示范一边讲解。",
			want: []string{"吕文博 职务 教授", "吕文博 职务 队长", "吕文博 任职于 河南农业大学园艺学院"},
		},
		{
			name: "a post of a body named by its kind",
			text: "青海省海晏县第一中学迎来了援青教师。江苏省苏州中学副校长陆文涛担任该校常务副校长。",
			want: []string{"陆文涛 职务 常务副校长", "陆文涛 职务 副校长"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostsAndAgesOfCommunityNews checks an age between a list of posts
// and the name (党委书记、56岁的Y), posts of community services and farms
// (营养师, 农场主, 推广研究员) and an extension station, and an age before
// any of the lexicon's words for people (34岁的家长Y).
func TestPostsAndAgesOfCommunityNews(t *testing.T) {
	tests := []tripleCase{
		{
			name: "an age between the posts and the name",
			text: "社区党委书记、56岁的柳红梅说，要把实事办到居民心坎上。",
			want: []string{"柳红梅 职务 党委书记", "柳红梅 年龄 56"},
		},
		{
			name: "a dietitian after a post",
			text: "中心主任、营养师冯丽说，菜品每天更新。",
			want: []string{"冯丽 职务 主任", "冯丽 职务 营养师"},
		},
		{
			name: "a farm's owner",
			text: "宏泰家庭农场农场主宫长顺说，今年收成好。",
			want: []string{"宫长顺 职务 农场主", "宫长顺 任职于 宏泰家庭农场"},
		},
		{
			name: "an extension station's head",
			text: "县农业技术推广总站站长、推广研究员喻志民介绍了新技术。",
			want: []string{"喻志民 职务 站长", "喻志民 职务 推广研究员", "喻志民 任职于 县农业技术推广总站"},
		},
		{
			name: "an age before a parent",
			text: "34岁的家长邬小婷说，孩子很喜欢这里。",
			want: []string{"邬小婷 年龄 34"},
		},
	}
	runTripleCases(t, tests)
}

// TestAgeOfThisPerson checks 这个 before an age and a role word, and an
// age phrase after a person named earlier in the same sentence.
func TestAgeOfThisPerson(t *testing.T) {
	tests := []tripleCase{
		{
			name: "这个 and a young man",
			text: "记者见到村民韦小军时，这个29岁的小伙子正在直播卖货。",
			want: []string{"韦小军 年龄 29"},
		},
		{
			name: "这位 and a craftsman",
			text: "记者见到银匠龙正华时，这位45岁的手艺人正在打磨银镯。",
			want: []string{"龙正华 年龄 45"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostsAtOrganizationsAndOffices checks a post held at an organization
// named before the verb (在X当护士, 在X当过五年防疫员), posts after 被推选为
// and 担任过, a law firm with a lawyer, and a county's anti-drug office.
func TestPostsAtOrganizationsAndOffices(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a nurse at a hospital",
			text: "他的儿子罗小兵在县人民医院当护士。",
			want: []string{"罗小兵 职务 护士", "罗小兵 任职于 县人民医院"},
		},
		{
			name: "an epidemic-prevention worker for years",
			text: "村民马德山曾在县畜牧兽医站当过五年防疫员。",
			want: []string{"马德山 职务 防疫员", "马德山 任职于 县畜牧兽医站"},
		},
		{
			name: "elected by the members",
			text: "合作社召开成员大会，张秀英被推选为理事长。",
			want: []string{"张秀英 职务 理事长"},
		},
		{
			name: "held before",
			text: "刘红梅担任过县妇联副主席。",
			want: []string{"刘红梅 职务 副主席", "刘红梅 任职于 县妇联"},
		},
		{
			name: "a lawyer of a law firm",
			text: "广西桂海律师事务所律师韦明华承办了此案。",
			want: []string{"广西桂海律师事务所 类型 机构", "韦明华 职务 律师", "韦明华 任职于 广西桂海律师事务所"},
			not:  []string{"桂海 类型 人物"},
		},
		{
			name: "an anti-drug office",
			text: "县禁毒办主任李强介绍了情况。",
			want: []string{"县禁毒办 类型 机构", "李强 任职于 县禁毒办"},
		},
		{
			name: "a sea farm is no organization",
			text: "潭门镇建设了国家级海洋牧场示范区，现代化海洋牧场初具规模。",
			not:  []string{"国家级海洋牧场 类型 机构", "现代化海洋牧场 类型 机构", "海洋牧场 类型 机构"},
		},
	}
	runTripleCases(t, tests)
}

// TestAppointedAfterName checks 任 right after a name before a body written
// with its level alone (张海涛任县海洋与渔业局局长), which the segmenter reads
// as 任县, a county's name.
func TestAppointedAfterName(t *testing.T) {
	tests := []tripleCase{
		{
			name: "任 and a county's body",
			text: "经研究决定，张海涛任县海洋与渔业局局长。",
			want: []string{"张海涛 职务 局长", "张海涛 任职于 县海洋与渔业局"},
			not:  []string{"海洋与渔业局 类型 机构"},
		},
	}
	runTripleCases(t, tests)
}
