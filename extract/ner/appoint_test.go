package ner_test

import "testing"

// TestNamesInPersonnelNotices checks names after the verb of an
// appointment or a removal (任命X为, 免去X的…职务), which a post or a list
// closes, and words after such a verb that are no names.
func TestNamesInPersonnelNotices(t *testing.T) {
	tests := []mentionCase{
		{"任命蔺志刚为市中级人民法院审判员。", []string{"PER:蔺志刚"}, nil},
		{"任命覃海宁为市交通运输局局长；", []string{"PER:覃海宁"}, nil},
		{"免去冉红的市中级人民法院副庭长职务。", []string{"PER:冉红"}, nil},
		{"免去黎光明的县教育局局长职务。", []string{"PER:黎光明"}, nil},
		{"会议决定提名覃秀梅为县长候选人。", []string{"PER:覃秀梅"}, nil},
		// a notice's lists: the heading (任命：, 免去：) governs every item line
		{"决定任命：\n庞立新为市交通运输局局长；\n蒙丽为市统计局副局长。\n", []string{"PER:庞立新", "PER:蒙丽"}, nil},
		{"免去：\n韦秀云的县水利局局长职务；覃海宁的县统计局副局长职务。\n", []string{"PER:韦秀云", "PER:覃海宁"}, nil},
		// a list that 。 closes governs nothing after it, nor does a heading without such a verb
		{"任命：\n庞立新为市交通运输局局长。\n高峰为期两天。\n", nil, []string{"PER:高峰"}},
		{"会议决定：\n高峰为期两天；\n", nil, []string{"PER:高峰"}},
		// 为 or 的 closes a name whose given name holds characters of other
		// words (建: 建设, 东: a direction), or whose third character the
		// segmenter reads apart
		{"会议选举许晓东为镇人民政府镇长。", []string{"PER:许晓东"}, nil},
		{"补选王建蓉为县人大常委会副主任。", []string{"PER:王建蓉"}, nil},
		{"免去许东的县统计局局长职务。", []string{"PER:许东"}, nil},
		// names without a Han surname, and Yi names of a clan, after the verb
		{"任命索南旺姆为州文体旅游广电局副局长；", []string{"PER:索南旺姆"}, nil},
		{"补选吉克伍沙、王建蓉为县人大常委会副主任。", []string{"PER:吉克伍沙", "PER:王建蓉"}, nil},
		// the items of one sentence after the first (任命A为…，B为…)
		{"决定任命庞立新为县水利局局长，蒙建东为县财政局局长。", []string{"PER:庞立新", "PER:蒙建东"}, nil},
		// a profile that opens with the name and the sex
		{"蒲建军，男，汉族，1978年3月生，现任县水利局副局长。", []string{"PER:蒲建军"}, nil},
		{"覃东梅（女，壮族），1985年生。", []string{"PER:覃东梅"}, nil},
		// not a name: a common word, or a name not closed by 为, 的 or punctuation
		{"任命程序合法有效。", nil, []string{"PER:程序"}},
		{"免去高额费用后，群众负担减轻了。", nil, []string{"PER:高额"}},
		{"聘请专家时要注意资质。", nil, []string{"PER:专家"}},
		{"选举方式为无记名投票。", nil, []string{"PER:方式"}},
		{"聘请高校为合作单位。", nil, []string{"PER:高校"}},
		{"村委会选举华丽落幕。", nil, []string{"PER:华丽"}},
	}
	checkMentions(t, tests)
}

// TestRareSurnames checks rare surnames of the national lists before a
// cue (庹, 姒, 卯, 谯).
func TestRareSurnames(t *testing.T) {
	tests := []mentionCase{
		{"村民庹光明说，今年收成不错。", []string{"PER:庹光明"}, nil},
		{"市人民检察院检察长姒卫国参加会议。", []string{"PER:姒卫国"}, nil},
		{"本报记者卯丹报道。", []string{"PER:卯丹"}, nil},
		{"老人谯德福告诉记者，村里通了公交。", []string{"PER:谯德福"}, nil},
	}
	checkMentions(t, tests)
}

// TestNamesOfAListOneALine checks lists of people one a line, each name
// followed by a note in brackets or white space and the person's unit and
// post (award lists, 名单), and lines that are no such list.
func TestNamesOfAListOneALine(t *testing.T) {
	tests := []mentionCase{
		{"优秀共产党员名单：\n庞立新 柳州宏达家具有限公司车间主任\n韦秀云（女） 三江侗族自治县人民医院护士长\n", []string{"PER:庞立新", "PER:韦秀云"}, nil},
		{"先进工作者：\n蒙丽 柳城县第二中学教师\n覃海宁（壮族） 柳城县公安局民警\n", []string{"PER:蒙丽", "PER:覃海宁"}, nil},
		// one line alone is no list
		{"获奖者：\n庞立新 柳州宏达家具有限公司车间主任\n", nil, []string{"PER:庞立新"}},
		// lines that end with no post
		{"成绩如下：\n庞立新 九十五分\n韦秀云 九十二分\n", nil, []string{"PER:庞立新", "PER:韦秀云"}},
	}
	checkMentions(t, tests)
}

// TestOrgAfterSpace checks that an organization's name does not run left
// over white space that pads no name, though the segmenter reads a word
// over it (钟华平 江西南康…: 平 江).
func TestOrgAfterSpace(t *testing.T) {
	tests := []mentionCase{
		{"劳动模范：\n钟华平 江西南康家具产业集团有限公司车间主任\n赖小燕 瑞金市人民医院护士长\n", []string{"ORG:江西南康家具产业集团有限公司", "PER:钟华平"}, []string{"ORG:华平江西南康家具产业集团有限公司"}},
	}
	checkMentions(t, tests)
}

// TestSchoolBeforeARole checks a school or a hospital whose ending the
// segmenter reads together with a role of its people (中学教师 as one
// word tagged as an organization): the organization ends before the role.
func TestSchoolBeforeARole(t *testing.T) {
	tests := []mentionCase{
		{"柳城县第二中学教师蒙丽说，孩子们进步很大。", []string{"ORG:柳城县第二中学", "PER:蒙丽"}, []string{"ORG:中学教师"}},
		{"据中学教师反映，学生课业负担有所减轻。", nil, []string{"ORG:中学教师"}},
	}
	checkMentions(t, tests)
}

// TestPrepositionJingBeforeABody checks 经 (by the decision of) before a
// body in notices (经市委研究): a preposition the segmenter tags as a
// noun, which begins no organization's name.
func TestPrepositionJingBeforeABody(t *testing.T) {
	tests := []mentionCase{
		{"经市委研究，拟提拔任用以下同志。", nil, []string{"ORG:经市委"}},
		{"经县人民政府批准，该项目正式开工。", nil, []string{"ORG:经县人民政府"}},
		{"经过县交通运输局协调，道路恢复通行。", nil, []string{"ORG:经过县交通运输局"}},
	}
	checkMentions(t, tests)
}

// TestNameOpeningAProfile checks a paragraph that opens with a name, a
// comma and the person's unit and post as a clause (庹光辉，X村党支部书记。),
// and paragraphs that open otherwise.
func TestNameOpeningAProfile(t *testing.T) {
	tests := []mentionCase{
		{"优秀共产党员风采\n巩玉兰，兰陵县人民医院护理部主任。疫情期间，她坚守一线。", []string{"PER:巩玉兰"}, nil},
		{"蒙秀芬，三江侗族自治县教育局副局长，从教三十年。", []string{"PER:蒙秀芬"}, nil},
		// no post closes the clause, or a common word opens it
		{"蒙秀芬，三江侗族自治县人，从教三十年。", nil, []string{"PER:蒙秀芬"}},
		{"高峰，兰陵县人民医院护理部主任说了算。", nil, []string{"PER:高峰"}},
		{"时间，兰陵县人民医院护理部主任。", nil, []string{"PER:时间"}},
	}
	checkMentions(t, tests)
}
