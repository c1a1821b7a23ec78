package ner_test

import "testing"

// TestRegisteredCompanyName checks company names in the registered form
// place + trade name + industry + 有限公司, with trade names the dictionary
// does not know, and the place in brackets after the trade name.
func TestRegisteredCompanyName(t *testing.T) {
	tests := []mentionCase{
		{"江西赣丰堂食品有限公司负责人介绍，订单已排到明年。", []string{"ORG:江西赣丰堂食品有限公司"}, nil},
		{"去年，湖北新代米生物科技有限公司在当地建成投产。", []string{"ORG:湖北新代米生物科技有限公司"}, nil},
		{"浙江华远(宁波)新材料有限公司落户当地。", []string{"ORG:浙江华远(宁波)新材料有限公司"}, nil},
		{"项目由广东金穗（惠州）农业发展有限公司承建。", []string{"ORG:广东金穗（惠州）农业发展有限公司"}, nil},
		// 集团, 控股 … in brackets before 有限公司
		{"云南滇岭农牧（集团）有限公司董事长介绍，订单增加。", []string{"ORG:云南滇岭农牧（集团）有限公司"}, nil},
		{"浙江恒瑞(控股)有限公司发布年报。", []string{"ORG:浙江恒瑞(控股)有限公司"}, nil},
		// words tagged as verbs or adverbs after the place are no trade name
		{"他们在湖南已经开办有限公司。", nil, []string{"ORG:湖南已经开办有限公司", "ORG:已经开办有限公司"}},
		// nor a function word, nor a trade name of one character
		{"浙江的食品有限公司很多。", nil, []string{"ORG:浙江的食品有限公司"}},
		// brackets that hold no place are not part of the name
		{"该公司(暂定名)新材料有限公司正在筹建。", nil, []string{"ORG:该公司(暂定名)新材料有限公司"}},
	}
	checkMentions(t, tests)
}

// TestNationalBodiesAndSites checks the listed State Council departments
// and news sites, offices followed by a verb of their own, and words with
// 网 that go on past a site's name.
func TestNationalBodiesAndSites(t *testing.T) {
	tests := []mentionCase{
		{"科技部、农业农村部和生态环境部联合印发方案。", []string{"ORG:科技部", "ORG:农业农村部", "ORG:生态环境部"}, nil},
		{"东方网记者从会上获悉，荆楚网也作了报道。", []string{"ORG:东方网", "ORG:荆楚网"}, []string{"PER:东方网"}},
		{"东方网络公司发布新品，大众网购平台销量增长，南方网点布局完成。", nil, []string{"ORG:东方网", "ORG:大众网", "ORG:南方网"}},
		{"近日，市住房和城乡建设局发布通知。", []string{"ORG:市住房和城乡建设局"}, nil},
		{"北京市农业农村局公布了名单。", []string{"ORG:北京市农业农村局"}, nil},
		// a listed name is the name, not the words before it
		{"这是房地产国家统计局的数据。", []string{"ORG:国家统计局"}, []string{"ORG:房地产国家统计局"}},
		// common words before a title are no name
		{"市教育局相关负责人介绍，主要负责人也到场。", []string{"ORG:市教育局"}, []string{"PER:相关", "PER:主要"}},
	}
	checkMentions(t, tests)
}

// TestIndustryWordBeginsCompound: an industry word of the brand class that
// begins a compound noun ends no company's short name.
func TestIndustryWordBeginsCompound(t *testing.T) {
	tests := []mentionCase{
		{"中国—东盟农业合作论坛在南宁开幕。", nil, []string{"ORG:东盟农业"}},
		{"链达地产市场研究部主任介绍了情况。", []string{"ORG:链达地产"}, nil},
	}
	checkMentions(t, tests)
}

// TestFieldPhraseBeforeOffice: a fixed phrase that names an office's field
// belongs to its name, and only right before the ending.
func TestFieldPhraseBeforeOffice(t *testing.T) {
	tests := []mentionCase{
		{"省生态环境厅召开会议。", []string{"ORG:省生态环境厅"}, nil},
		{"他总揽全局，统筹各方。", nil, []string{"ORG:总揽全局"}},
	}
	checkMentions(t, tests)
}

// TestParkIsAPlace: a demonstration park named without a division before
// it is a place, as the places stage reads one after a division.
func TestParkIsAPlace(t *testing.T) {
	tests := []mentionCase{
		{"走进张家坪猕猴桃示范园，果子挂满枝头。", []string{"LOC:张家坪猕猴桃示范园"}, []string{"ORG:张家坪猕猴桃示范园"}},
	}
	checkMentions(t, tests)
}

// TestLocalBodies: tribunals, township offices, mass organizations and
// welfare homes that regional news names after a place or a level.
func TestLocalBodies(t *testing.T) {
	tests := []mentionCase{
		{"汝城县热水镇人民法庭今天开庭。", []string{"ORG:汝城县热水镇人民法庭"}, []string{"ORG:人民法庭"}},
		{"县妇联主席石兰、县残联理事长范卫东参加活动。", []string{"ORG:县妇联", "ORG:县残联", "PER:石兰", "PER:范卫东"}, nil},
		{"城关镇司法所所长汪林介绍了调解经验。", []string{"ORG:城关镇司法所", "PER:汪林"}, nil},
		{"县总工会副主席和市红十字会会长出席。", []string{"ORG:县总工会", "ORG:市红十字会"}, nil},
		{"镇敬老院的老人们看了演出。", []string{"ORG:镇敬老院"}, nil},
		// the endings alone name no body
		{"他在法庭上陈述，妇联工作很重要。", nil, []string{"ORG:法庭", "ORG:妇联"}},
		// offices named by their task and 办; verbs ending with 办 are none
		{"县扶贫办主任说，市招商办、区国资办的干部参加。", []string{"ORG:县扶贫办", "ORG:市招商办", "ORG:区国资办"}, nil},
		{"活动由县委宣传部主办，县文联承办。", []string{"ORG:县委宣传部", "ORG:县文联"}, []string{"ORG:县委宣传部主办", "ORG:县文联承办"}},
		{"这个镇婚事新办，丧事简办。", nil, []string{"ORG:镇婚事新办", "ORG:婚事新办"}},
		// a head office or a branch after its name; the words alone, or
		// after a verb that sets one up, name none
		{"青峰茶业总公司总经理孙国梁介绍。", []string{"ORG:青峰茶业总公司"}, []string{"ORG:青峰茶业"}},
		{"总公司和分公司都参加了。银行在中国设立分公司。", nil, []string{"ORG:总公司", "ORG:分公司", "ORG:中国设立分公司"}},
		// fire, police and weather units
		{"汉源县消防救援大队大队长带队，县公安局交警大队和雅安市气象台配合。", []string{"ORG:汉源县消防救援大队", "ORG:县公安局交警大队", "ORG:雅安市气象台"}, nil},
		// the party's name before a committee named after its place
		{"中共凉山彝族自治州委员会召开全会。", []string{"ORG:中共凉山彝族自治州委员会"}, []string{"ORG:凉山彝族自治州委员会"}},
		// 和 joins two common nouns inside a name, not two names
		{"签约企业包括鼎盛国际和金穗集团。", []string{"ORG:金穗集团"}, []string{"ORG:鼎盛国际和金穗集团"}},
		{"县就业和人才中心、省海洋与渔业局参加。", []string{"ORG:县就业和人才中心", "ORG:省海洋与渔业局"}, nil},
		// a kind of body the dictionary tags as an organization is no name
		{"村里建了加工厂，镇上有招待所。新华社报道了。", []string{"ORG:新华社"}, []string{"ORG:加工厂", "ORG:招待所"}},
		{"数据由信息中心汇总，统计局和建设银行发布。", []string{"ORG:统计局", "ORG:建设银行"}, []string{"ORG:信息中心"}},
	}
	checkMentions(t, tests)
}
