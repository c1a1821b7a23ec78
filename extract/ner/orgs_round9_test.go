package ner_test

import "testing"

// TestCompanyAndBranchNames checks registered names of companies of a
// group whose brand comes before the place (华电湖北发电有限公司), names
// with 联合 after 中华 or 中国, the branches of insurers (支公司) and of
// academies (分院) named by their place, whether or not the places stage
// reads the place, and a session's ordinal without 第 before a body.
func TestCompanyAndBranchNames(t *testing.T) {
	tests := []mentionCase{
		{"大唐陕西发电有限公司总经理韩志军介绍了情况。", []string{"ORG:大唐陕西发电有限公司"}, []string{"ORG:陕西发电有限公司"}},
		{"项目由华能准格尔新能源有限公司投资建设。", []string{"ORG:华能准格尔新能源有限公司"}, nil},
		{"中华联合财产保险股份有限公司开通了理赔热线。", []string{"ORG:中华联合财产保险股份有限公司"}, []string{"ORG:财产保险股份有限公司"}},
		{"岳池县农户参保积极。中国人寿保险股份有限公司岳池县支公司派员上门服务。",
			[]string{"ORG:中国人寿保险股份有限公司岳池县支公司"}, []string{"ORG:岳池县支公司"}},
		{"四川省农业科学院绵阳分院的专家来到田间。", []string{"ORG:四川省农业科学院绵阳分院"}, []string{"ORG:四川省农业科学院"}},
		{"县十七届人大常委会第三次会议召开。", []string{"ORG:县十七届人大常委会"}, []string{"ORG:七届人大常委会"}},
		{"剑河县十六届人大常委会第九次会议召开。", []string{"ORG:剑河县十六届人大常委会"}, []string{"ORG:人大常委会"}},
	}
	checkMentions(t, tests)
}

// TestCompanyIndustryVerb checks registered names whose industry is a verb
// of two characters (维修, 养护, 搬家, 派遣).
func TestCompanyIndustryVerb(t *testing.T) {
	tests := []mentionCase{
		{"抚顺市宏达家电维修有限公司负责人说。", []string{"ORG:抚顺市宏达家电维修有限公司"}, nil},
		{"鑫盛绿化养护有限公司中标了项目。", []string{"ORG:鑫盛绿化养护有限公司"}, nil},
		{"顺达搬家有限公司的工人正在装车。", []string{"ORG:顺达搬家有限公司"}, nil},
		{"他们决定维修有限公司的设备。", nil, []string{"ORG:决定维修有限公司", "ORG:维修有限公司"}},
	}
	checkMentions(t, tests)
}

// TestPersonBeforeConjunctionAndBody checks a person's name before 和 or
// 与 and a body written with its level alone (王志强和县纪委监委, 王志强与
// 县委第二巡察组): the body starts after the conjunction.
func TestPersonBeforeConjunctionAndBody(t *testing.T) {
	tests := []mentionCase{
		{"县委书记黄志强和县纪委监委负责人一同调研。", []string{"PER:黄志强", "ORG:县纪委监委"}, []string{"ORG:黄志强和县纪委监委"}},
		{"黄志强与县委第二巡察组座谈。", []string{"ORG:县委第二巡察组"}, []string{"ORG:黄志强与县委第二巡察组"}},
		{"县人民法院和县人民检察院联合开展宣传。", []string{"ORG:县人民法院", "ORG:县人民检察院"}, nil},
	}
	checkMentions(t, tests)
}
