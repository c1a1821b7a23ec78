package ner_test

import "testing"

// TestGroupMemberNotInName: 旗下 between a group and a member company is
// no part of either name (宏达集团旗下宁波宏达物流有限公司).
func TestGroupMemberNotInName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"远帆集团旗下温州远帆物流有限公司近日投入运营。", []string{"ORG:远帆集团", "ORG:温州远帆物流有限公司"}, []string{"ORG:远帆集团旗下温州远帆物流有限公司"}},
		{"浙江远帆控股集团有限公司旗下远帆置业公司开盘。", []string{"ORG:浙江远帆控股集团有限公司"}, []string{"ORG:浙江远帆控股集团有限公司旗下远帆置业公司"}},
		// 旗下的 already stops the name; a name without 旗下 still grows
		{"远帆集团旗下的温州远帆物流有限公司投入运营。", []string{"ORG:温州远帆物流有限公司"}, nil},
		{"温州远帆物流有限公司投入运营。", []string{"ORG:温州远帆物流有限公司"}, nil},
	})
}

// TestNoTitleAcrossCompanyEnding: 司 of 公司 and 团 of 集团 begin no
// title (宏达集团长沙分公司 holds no 团长, 物流公司长期 no 司长).
func TestNoTitleAcrossCompanyEnding(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"远帆集团长沙分公司今天揭牌。", []string{"ORG:远帆集团长沙分公司"}, []string{"TITLE:团长", "PER:沙分公"}},
		{"远帆物流公司长沙仓库启用。", nil, []string{"TITLE:司长", "PER:沙仓库"}},
		{"温州远帆物流有限公司长期以来重视安全生产。", []string{"ORG:温州远帆物流有限公司"}, []string{"TITLE:司长"}},
		// the titles themselves, and 局长 after an office's name
		{"外交部司长孟庆华出席。", []string{"TITLE:司长", "PER:孟庆华"}, nil},
		{"舞蹈团团长孟庆华介绍。", []string{"TITLE:团长", "PER:孟庆华"}, nil},
		{"市公安局长孟庆华出席会议。", []string{"TITLE:局长", "PER:孟庆华"}, nil},
	})
}

// TestNewFacilityOfCompany: 新 or a phase after a company's name before a
// plant, a centre or a station names a facility of the company, and the
// name ends with the company's (宏达新材料有限公司新工厂).
func TestNewFacilityOfCompany(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"温州远帆新材料有限公司新工厂日前正式投产。", []string{"ORG:温州远帆新材料有限公司"}, []string{"ORG:温州远帆新材料有限公司新工厂"}},
		{"温州远帆食品有限公司二期工厂投产。", []string{"ORG:温州远帆食品有限公司"}, []string{"ORG:温州远帆食品有限公司二期工厂"}},
		{"温州远帆物流有限公司新仓储中心启用。", []string{"ORG:温州远帆物流有限公司"}, []string{"ORG:温州远帆物流有限公司新仓储中心"}},
		// a unit named after the company stays one name
		{"温州远帆物流有限公司长沙分公司成立。", []string{"ORG:温州远帆物流有限公司长沙分公司"}, nil},
		{"温州远帆新材料有限公司研发中心获评省级中心。", []string{"ORG:温州远帆新材料有限公司研发中心"}, nil},
		{"温州远帆集团新材料研究院成立。", []string{"ORG:温州远帆集团新材料研究院"}, nil},
		// 新 and the ending read as one word
		{"宏达公司新厂投产。", []string{"ORG:宏达公司"}, []string{"ORG:宏达公司新厂"}},
	})
}

// TestSecondCompanyOfPair: a registered company's name right after
// another company's name and 与, 和, 及 or 、 is a name even without a
// place or a proper noun (宏达机械有限公司与青石物流有限公司).
func TestSecondCompanyOfPair(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"温州金帆机械有限公司与青石物流有限公司签约。", []string{"ORG:温州金帆机械有限公司", "ORG:青石物流有限公司"}, nil},
		{"南湖金帆机械有限公司与南湖远航物流有限公司签约。", []string{"ORG:南湖远航物流有限公司"}, []string{"ORG:物流有限公司"}},
		{"温州金帆机械有限公司、远航物流有限公司和青石建材有限公司参加。", []string{"ORG:远航物流有限公司", "ORG:青石建材有限公司"}, nil},
		// not a kind of company, nor a company after a word that is no company
		{"温州金帆机械有限公司与当地物流有限公司合作。", nil, []string{"ORG:当地物流有限公司"}},
		{"金帆公司与优质建材有限公司签约。", nil, []string{"ORG:优质建材有限公司"}},
		// (a trade name of its own is a name anyway: see TestTradeAndIndustry)
		{"他和专业物流有限公司签约。", nil, []string{"ORG:专业物流有限公司"}},
		{"他和青石物流有限公司签约。", []string{"ORG:青石物流有限公司"}, nil},
		// 与 after a company and an adverb
		{"当天，金帆集团还与南湖远航物流有限公司签订协议。", []string{"ORG:南湖远航物流有限公司"}, nil},
		{"当天，他还与专业物流有限公司签订协议。", nil, []string{"ORG:专业物流有限公司"}},
	})
}

// TestCooperateAfterName: 合作 right after an organization's name is the
// verb of the clause, no part of a name (与浙江大学合作建设研发中心).
func TestCooperateAfterName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"我们将与浙江大学合作建设研发中心。", []string{"ORG:浙江大学"}, []string{"ORG:浙江大学合作建设研发中心", "ORG:建设研发中心"}},
		{"公司与金帆集团合作成立研究中心。", []string{"ORG:金帆集团"}, []string{"ORG:金帆集团合作成立研究中心"}},
		{"中国东盟合作中心举办活动。", []string{"ORG:中国东盟合作中心"}, nil},
	})
}

// TestGroupsNoNames: a group of people (师生, 官兵) is no person; an
// organization written after 全区, 全市 … is a kind of body of the whole
// area; a common abbreviation and a unit's ending (研发中心) name a kind
// of unit, except in a membership context or after a place.
func TestGroupsNoNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"全校3000余名师生参加演练。", nil, []string{"PER:师生"}},
		{"全区中小学将在本月内完成演练。", nil, []string{"ORG:全区中小学"}},
		{"新一批市级企业研发中心名单公布。", nil, []string{"ORG:研发中心"}},
		{"中心主任孟庆华表示，研发中心将加强合作。", []string{"PER:孟庆华"}, []string{"ORG:研发中心"}},
		{"公司下属研发中心获评省级中心。", []string{"ORG:研发中心"}, nil},
		{"株洲市研发中心成立。", []string{"ORG:株洲市研发中心"}, nil},
		{"全州县人民医院开展义诊。", []string{"ORG:全州县人民医院"}, nil},
	})
}

// TestWithheldAndNotNames: a name withheld with 某 names no organization
// (重庆某科技公司), 黑社会 is none, and 白皮书 is no person.
func TestWithheldAndNotNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"区人大代表、重庆某科技公司总经理孟庆华说，活动很成功。", []string{"PER:孟庆华"}, []string{"ORG:重庆某科技公司"}},
		{"被告人参加黑社会性质组织案宣判。", nil, []string{"ORG:黑社会"}},
		{"该合作社已完成了白皮书编制。", nil, []string{"PER:白皮书"}},
		{"重庆金帆科技有限公司总经理孟庆华说，活动很成功。", []string{"ORG:重庆金帆科技有限公司"}, nil},
	})
}

// TestVeteransOffice: 退役军人事务局 is an office's ending of its own
// (县退役军人事务局, not 事务局).
func TestVeteransOffice(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"县退役军人事务局局长孟庆华说，活动很成功。", []string{"ORG:县退役军人事务局", "PER:孟庆华"}, []string{"ORG:事务局"}},
		{"省生态环境厅发布通知。", []string{"ORG:省生态环境厅"}, nil},
	})
}

// TestOneFormPerRegisteredName: a registered company's name holds one
// company form, at its end; it does not grow over another company and
// 子公司 (金帆物流有限公司全资子公司远帆置业有限公司).
func TestOneFormPerRegisteredName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"温州金帆物流有限公司全资子公司温州远帆置业有限公司开盘。", []string{"ORG:温州金帆物流有限公司", "ORG:温州远帆置业有限公司"}, []string{"ORG:有限公司全资子公司温州远帆置业有限公司"}},
		{"温州金帆物流集团有限公司开业。", []string{"ORG:温州金帆物流集团有限公司"}, nil},
		{"温州金帆物流股份有限公司开业。", []string{"ORG:温州金帆物流股份有限公司"}, nil},
		// a company after 子公司 is a member and named
		{"远帆集团控股子公司远帆物流有限公司上市。", []string{"ORG:远帆物流有限公司"}, nil},
	})
}

// TestLevelBeforeTaggedName: a level written alone before a name the
// segmenter tags as an organization begins it (市安委会); not a level
// inside a word (城市安委会).
func TestLevelBeforeTaggedName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"副市长、市安委会主任孟庆华出席会议。", []string{"ORG:市安委会"}, []string{"ORG:安委会"}},
		{"县安委会召开会议。", []string{"ORG:县安委会"}, nil},
		{"城市安委会召开会议。", nil, []string{"ORG:市安委会"}},
	})
}

// TestOfficeBeforeNounWord: an office, a committee or a department
// written with a one-character ending (局, 委, 厅, 署) ends its name before
// a word of two characters or more that the segmenter reads as a word of
// its own, whatever its tag (南阳市农业农村局选派干部: 选派 tagged a noun);
// not 办, which is also a verb (筹划办酒席), and no name grows over a
// dateline (新华社北京5月2日电国家林业局…).
func TestOfficeBeforeNounWord(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"他由信阳市农业农村局选派到村里任职。", []string{"ORG:信阳市农业农村局"}, nil},
		{"信阳市农业农村局选派三名干部驻村。", []string{"ORG:信阳市农业农村局"}, nil},
		{"群众可以到市国土资源和房屋管理局办理登记。", []string{"ORG:市国土资源和房屋管理局"}, nil},
		{"新华社北京5月2日电国家林业局近日发布通知。", []string{"ORG:国家林业局"}, []string{"ORG:日电国家林业局"}},
		// 办 is also a verb; a word the ending is inside starts no name
		{"他开始筹划办十桌酒席。", nil, []string{"ORG:筹划办"}},
		{"当前的局势十分复杂。", nil, []string{"ORG:当前的局"}},
	})
}

// TestNoOrgEndingInsidePlace: an ending inside a division's name (厂 of
// 鹿厂镇) ends no organization; an organization after the division keeps
// it.
func TestNoOrgEndingInsidePlace(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"四川省会理市鹿厂镇银坡村的石榴熟了。", []string{"LOC:鹿厂镇"}, []string{"ORG:四川省会理市鹿厂"}},
		{"四川省会理市鹿厂镇水泥厂的工人正在扩建厂房。", []string{"ORG:四川省会理市鹿厂镇水泥厂"}, []string{"ORG:会理市鹿厂"}},
	})
}

// TestNoTaggedOrgInsidePlace: a word the dictionary tags as an
// organization (国家森林公园) that ends a longer place's name is part of
// the place, no organization of its own.
func TestNoTaggedOrgInsidePlace(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"暑期，新宾满族自治县猴石国家森林公园游客大增。", []string{"LOC:新宾满族自治县猴石国家森林公园"}, []string{"ORG:国家森林公园"}},
		{"江西省新余市仙女湖国家森林公园迎来观鸟季。", []string{"LOC:新余市仙女湖国家森林公园"}, []string{"ORG:国家森林公园"}},
	})
}

// TestOfficeBeforeItsUnit: an office does not end before the word that
// begins the name of one of its units (区教育局安全科科长), and no person
// is read from the unit.
func TestOfficeBeforeItsUnit(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"区教育局安全科科长钟明表示，全区中小学将在本月内完成演练。", []string{"PER:钟明"}, []string{"PER:安全科", "ORG:区教育局"}},
	})
}

// TestVerbAfterPlaceBeginsNoName: a verb right after a place heads the
// clause, and the organization named after it over two words or more
// starts after it (在日内瓦出席政府间气候变化专门委员会); a brand word
// right before the industry after a place stays in the name.
func TestVerbAfterPlaceBeginsNoName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"代表团在瑞士日内瓦出席政府间气候变化专门委员会会议。", []string{"ORG:政府间气候变化专门委员会"}, []string{"ORG:瑞士日内瓦出席政府间气候变化专门委员会"}},
		{"他在杭州参加全国城市规划设计研究会年会。", nil, []string{"ORG:杭州参加全国城市规划设计研究会"}},
		{"昨天在长沙召开湖南省农业产业化协会理事会。", nil, []string{"ORG:长沙召开湖南省农业产业化协会"}},
		// a brand before the industry stays, whatever its tag
		{"罗平县丰盛医疗器械集团捐赠物资。", []string{"ORG:罗平县丰盛医疗器械集团"}, nil},
		{"常州市振兴纺织厂扩大生产。", []string{"ORG:常州市振兴纺织厂"}, nil},
		// a registered company's trade name may be a verb (远航, 腾飞)
		{"宿州市远航医疗器械集团有限公司新建生产线。", []string{"ORG:宿州市远航医疗器械集团有限公司"}, []string{"ORG:医疗器械集团有限公司"}},
		{"岳阳县腾飞建设工程有限公司中标该项目。", []string{"ORG:岳阳县腾飞建设工程有限公司"}, nil},
		// a rare verb is a brand, and a registered company keeps it
		{"新乡远航电子集团有限公司是富民控股集团下属企业。", []string{"ORG:新乡远航电子集团有限公司"}, []string{"ORG:电子集团有限公司"}},
	})
}

// TestNtWordsNoBody: words the dictionary tags as organizations that name
// relations between countries (中美关系) or events of a kind (交易会) are
// none; the bodies stay.
func TestNtWordsNoBody(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"他说，中美关系正处在重要关口。", nil, []string{"ORG:中美关系"}},
		{"双方回顾了中俄关系的发展历程。", nil, []string{"ORG:中俄关系"}},
		{"第十五届文化产业博览交易会开幕。", nil, []string{"ORG:交易会"}},
		{"县里举办了新年音乐会。", nil, []string{"ORG:音乐会"}},
		{"两国作为联合国安理会常任理事国，应当相互尊重。", []string{"ORG:联合国"}, []string{"ORG:安理会常任理事国"}},
		{"金桥出口加工区和外高桥保税区已初具规模。", nil, []string{"ORG:加工区", "ORG:出口加工区"}},
		{"目前已有50多家外资银行设立了分支机构，中资银行也在扩张。", nil, []string{"ORG:外资银行", "ORG:中资银行"}},
		{"敦煌研究院携最新成果亮相。", []string{"ORG:敦煌研究院"}, nil},
	})
}

// TestTradeAndIndustry: a registered company or a group named by a trade
// name and its trade, with no place before it, is a name where it starts
// at a clean boundary (宏源化工有限公司、金地建设集团); a frequent common word
// or a word of kind before the trade is none (龙头食品有限公司).
func TestTradeAndIndustry(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"宏源化工有限公司、金地建设集团等企业代表参加会议。", []string{"ORG:宏源化工有限公司", "ORG:金地建设集团"}, nil},
		{"园区内的宏图服饰有限公司主要生产休闲服装。", []string{"ORG:宏图服饰有限公司"}, nil},
		// kinds and common words
		{"全县的龙头食品有限公司增加到5家。", nil, []string{"ORG:龙头食品有限公司"}},
		{"成立了专业化工有限公司。", nil, []string{"ORG:专业化工有限公司"}},
		{"这家化工有限公司发生火灾。", nil, []string{"ORG:这家化工有限公司", "ORG:化工有限公司"}},
		{"多个知名建设集团参与。", nil, []string{"ORG:知名建设集团"}},
	})
}

// TestYuBeforeName: 于 after a verb that takes it (毕业于, 就职于), read by
// the segmenter with the first characters of the name, is no part of the
// name (毕业于清华大学: 清华大学).
func TestYuBeforeName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"他毕业于清华大学，后在中国科学院工作。", []string{"ORG:清华大学"}, []string{"ORG:毕业于清华大学"}},
		{"1990年毕业于四川大学。", []string{"ORG:四川大学"}, nil},
		// a place that begins with 于 stays whole
		{"他任职于于都县人民医院。", []string{"ORG:于都县人民医院"}, nil},
	})
}

// TestMuseumsAndGeneralSocieties: 博物院 and 总会 end organizations' names
// (故宫博物院, 市慈善总会).
func TestMuseumsAndGeneralSocieties(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"故宫博物院、敦煌研究院等单位携最新成果亮相。", []string{"ORG:故宫博物院", "ORG:敦煌研究院"}, nil},
		{"市红十字会、市慈善总会向灾区捐款。", []string{"ORG:市慈善总会"}, nil},
		{"他在总会工作。", nil, []string{"ORG:总会"}},
		// short names of people's bodies
		{"市贸促会、市工商联也组织了部分企业观展。", []string{"ORG:市贸促会", "ORG:市工商联"}, nil},
		{"中国贸促会副会长出席。", []string{"ORG:中国贸促会"}, nil},
		{"他是工商联的老会员。", nil, []string{"ORG:工商联"}},
	})
}

// TestForeignStateLevel: a level character after a foreign place is the
// foreign state's, and the place begins the body's name (新西伯利亚州农业部).
func TestForeignStateLevel(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"新西伯利亚州农业部副部长率团考察。", []string{"ORG:新西伯利亚州农业部"}, []string{"ORG:州农业部"}},
		{"新西伯利亚州农业发展委员会派员参加。", []string{"ORG:新西伯利亚州农业发展委员会"}, []string{"ORG:州农业发展委员会"}},
		// a level alone still begins the name
		{"州农业农村局派员参加。", []string{"ORG:州农业农村局"}, nil},
	})
}

// TestCentralBureau: 中 of a central enterprise's short name that the
// segmenter reads apart before a numbered bureau begins the name
// (单位中铁十八局集团有限公司).
func TestCentralBureau(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"项目建设单位中铁十八局集团有限公司有关负责人参加验收。", []string{"ORG:中铁十八局集团有限公司"}, []string{"ORG:铁十八局集团有限公司"}},
		{"在建设中建设银行给予了支持。", nil, []string{"ORG:中建设银行"}},
	})
}

// TestPersonBeginsNoBody: a name taken in the article that begins an
// "organization" followed by two words or more before its ending is the
// person of a clause (杨春燕扎根乡村小学15年), and a level after a noun of two
// characters ends a place's name the stage did not read (马场乡中心小学).
func TestPersonBeginsNoBody(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"马场乡中心小学教师杨春燕榜上有名。杨春燕扎根乡村小学15年。", []string{"PER:杨春燕", "ORG:马场乡中心小学"}, []string{"ORG:杨春燕扎根乡村小学", "PER:杨春", "ORG:乡中心小学"}},
		{"宋庆龄基金会捐款。宋庆龄生前关心儿童。", []string{"ORG:宋庆龄基金会"}, nil},
		{"在全县各乡中心小学开展活动。", nil, []string{"ORG:各乡中心小学"}},
	})
}

// TestPoliceUnits: the brigades and centres of a public security bureau end
// organizations' names (县公安局刑侦大队, 县公安局反诈中心).
func TestPoliceUnits(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"县公安局刑侦大队大队长蒋文涛立即组织专案组。", []string{"ORG:县公安局刑侦大队", "PER:蒋文涛"}, nil},
		{"县公安局反诈中心民警远赴深圳。", []string{"ORG:县公安局反诈中心"}, nil},
		{"他负责刑侦大队的工作。", nil, []string{"ORG:刑侦大队"}},
	})
}

// TestRankNamesNoBody: a rank or a count before a kind of body describes
// it (湖南省首家县级数据中心, 广州一家银行); the named body stays.
func TestRankNamesNoBody(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"湖南省首家县级数据中心——临澧县智慧城市数据中心投用。", []string{"ORG:临澧县智慧城市数据中心"}, []string{"ORG:湖南省首家县级数据中心"}},
		{"广州一家银行推出新业务。", nil, []string{"ORG:广州一家银行"}},
		{"这是全国唯一一家茶叶研究院。", nil, []string{"ORG:全国唯一一家茶叶研究院", "ORG:唯一一家茶叶研究院"}},
	})
}

// TestMoreBodySuffixes: a county's people's armed forces department
// (人武部, 人民武装部), a painting academy (画院) and the unions of rural
// credit cooperatives (信用合作联社, 联合社) are bodies; a verb of meeting
// (召开, 举办) between a place and a body ends the name.
func TestMoreBodySuffixes(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"县委常委、县人武部政委郭志军参加活动。", []string{"ORG:县人武部", "PER:郭志军"}, nil},
		{"县人民武装部部长李刚讲话。", []string{"ORG:县人民武装部"}, []string{"ORG:武装部"}},
		{"金山农民画院院长陈平介绍了创作情况。", []string{"ORG:金山农民画院"}, nil},
		{"湖南省农村信用社联合社理事长王刚出席。", []string{"ORG:湖南省农村信用社联合社"}, []string{"ORG:湖南省农村信用社"}},
		{"县农村信用合作联社向农户发放贷款。", []string{"ORG:县农村信用合作联社"}, []string{"ORG:县农村信用"}},
		{"阜平县召开县委常委会会议。", nil, []string{"ORG:阜平县召开县委"}},
		{"宁远县举办县委理论学习中心组会议。", nil, []string{"ORG:宁远县举办县委"}},
	})
}

// TestCoopTradeNames: a cooperative named by a trade name, what it does
// and 专业合作社 is an organization with no place before it; a verb or a
// kind before the activity names none; 隶属于, 属于 and 有 end a name on
// the left.
func TestCoopTradeNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"近日，碧源种植专业合作社获得表彰。", []string{"ORG:碧源种植专业合作社"}, nil},
		{"他加入了金穗蔬菜专业合作社。", []string{"ORG:金穗蔬菜专业合作社"}, nil},
		{"公司旗下有碧源种植专业合作社。", []string{"ORG:碧源种植专业合作社"}, []string{"ORG:有碧源种植专业合作社"}},
		{"碧源种植专业合作社隶属于新丰食品有限公司。", []string{"ORG:新丰食品有限公司"}, []string{"ORG:隶属于新丰食品有限公司"}},
		{"全县发展种植专业合作社86家。", nil, []string{"ORG:发展种植专业合作社"}},
		{"农民专业合作社是新型经营主体。", nil, []string{"ORG:农民专业合作社"}},
	})
}

// TestPlaceBeforeBureauBeforeStation: a station under a bureau whose own
// name holds a place (宽甸县公安局青山沟派出所) begins with the places
// before the bureau.
func TestPlaceBeforeBureauBeforeStation(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"宽甸县公安局青山沟派出所所长李强介绍。", []string{"ORG:宽甸县公安局青山沟派出所"}, []string{"ORG:公安局青山沟派出所"}},
		{"宽甸县公安局城关派出所所长李强介绍。", []string{"ORG:宽甸县公安局城关派出所"}, nil},
	})
}

// TestFieldsJoinedInBodyNames: a government body named by two fields
// joined by 和 keeps both, the second longer or a field's short name
// (县文化和广电旅游体育局, 州茶叶和特色生物产业发展中心); two companies
// joined by 和 stay two.
func TestFieldsJoinedInBodyNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"县文化和广电旅游体育局副局长王刚说。", []string{"ORG:县文化和广电旅游体育局"}, []string{"ORG:广电旅游体育局"}},
		{"州茶叶和特色生物产业发展中心主任陈华介绍。", []string{"ORG:州茶叶和特色生物产业发展中心"}, nil},
		{"鼎盛国际和金穗集团签约。", []string{"ORG:金穗集团"}, []string{"ORG:鼎盛国际和金穗集团"}},
	})
}

// TestThemeWordsNameNoBrand: a kind of farming or trade (智慧农业, 生态农业)
// is no organization, whatever the segmenter tags its first word.
func TestThemeWordsNameNoBrand(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"全县大力发展智慧农业。", nil, []string{"ORG:智慧农业"}},
		{"数字农业和生态农业蓬勃发展。", nil, []string{"ORG:数字农业", "ORG:生态农业"}},
		{"碧源农业公司董事长王刚说。", []string{"ORG:碧源农业公司"}, nil},
	})
}

// TestBodyPhrasesOfTheDictionary: a body whose ending the segmenter reads
// in a phrase with a verb of names (海洋/发展局/l) is named; a place word
// after 和 in a body's name joins it (商务和口岸管理局).
func TestBodyPhrasesOfTheDictionary(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"厦门市海洋发展局近日发布通知。", []string{"ORG:厦门市海洋发展局"}, nil},
		{"东兴市商务和口岸管理局局长陈强介绍。", []string{"ORG:东兴市商务和口岸管理局"}, []string{"ORG:口岸管理局"}},
		{"要顾全大局。", nil, []string{"ORG:顾全大局"}},
	})
}

// TestNoTitleAcrossShortPlace: a title that starts inside a province's
// short name and runs past it (吉林/长森集团: no 林长) is none; a level
// character shared by a place and a title stays the title's (通江县长).
func TestNoTitleAcrossShortPlace(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"吉林长森集团有限责任公司董事长张华说。", []string{"ORG:吉林长森集团有限责任公司"}, []string{"TITLE:林长"}},
		{"通江县长李明说。", []string{"TITLE:县长", "PER:李明"}, nil},
	})
}

// TestCountedKindsAndWordTails: a counted kind of body (一家茶叶加工厂) and
// a name that would begin with the tail of a word (紧密型专科联盟: no
// 型专科联盟) are no organizations; a counted body with a name of its own
// is.
func TestCountedKindsAndWordTails(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"村里建起了一家茶叶加工厂。", nil, []string{"ORG:茶叶加工厂"}},
		{"医院牵头组建紧密型专科联盟。", nil, []string{"ORG:型专科联盟"}},
		{"一家青禾物流有限公司落户园区。", []string{"ORG:青禾物流有限公司"}, nil},
	})
}

// TestPostVerbsEndBodyNames: a verb of taking a post (现任, 新任) is no
// part of the body's name after it.
func TestPostVerbsEndBodyNames(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"王刚现任州发展和改革委员会主任。", []string{"ORG:州发展和改革委员会"}, []string{"ORG:现任州发展和改革委员会"}},
		{"李明新任县农业农村局局长。", []string{"ORG:县农业农村局", "PER:李明"}, []string{"ORG:新任县农业农村局"}},
	})
}

// TestRenXianAfterPostVerb: 任县 after a verb of taking a post (拟任县水利局)
// is 任 and the level that begins the body's name, not the county 任县.
func TestRenXianAfterPostVerb(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"王刚拟任县水利局局长。", []string{"ORG:县水利局", "PER:王刚"}, []string{"ORG:水利局"}},
	})
}

// TestKinBeforeGraduate: kin or a role, a name and 大学毕业 name a person
// who graduated, no university (女儿卓玛吉大学毕业后); a school after 毕业于
// stays one.
func TestKinBeforeGraduate(t *testing.T) {
	tests := []mentionCase{
		{"女儿卓玛吉大学毕业后回到家乡。", []string{"PER:卓玛吉"}, []string{"ORG:女儿卓玛吉大学"}},
		{"儿子李强大学毕业后回乡创业。", []string{"PER:李强"}, []string{"ORG:儿子李强大学"}},
		{"他毕业于兰州大学。", []string{"ORG:兰州大学"}, nil},
	}
	checkMentions(t, tests)
}
