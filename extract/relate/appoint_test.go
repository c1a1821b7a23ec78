package relate_test

import "testing"

// TestPostsOfPersonnelNotices checks posts in personnel notices: an
// appointment (任命X为Y), a removal (免去X的Y职务), a biography with long
// clauses before 现任 and past posts (曾任, 历任), the past posts of the
// subject of the sentence before (Y同志…。历任A、B等职。), and near misses.
func TestPostsOfPersonnelNotices(t *testing.T) {
	tests := []tripleCase{
		{
			name: "an appointment",
			text: "任命庞立新为柳州市交通运输局局长。",
			want: []string{"庞立新 职务 局长", "庞立新 任职于 柳州市交通运输局"},
		},
		{
			name: "a removal",
			text: "免去韦秀云的柳州市交通运输局副局长职务。",
			want: []string{"韦秀云 职务 副局长", "韦秀云 任职于 柳州市交通运输局"},
		},
		{
			name: "the lists of a notice under their headings",
			text: "经研究，决定：\n任命：\n庞立新为柳州市交通运输局局长；\n蒙丽为柳州市统计局副局长。\n免去：\n韦秀云的柳州市水利局局长职务。\n",
			want: []string{"庞立新 职务 局长", "庞立新 任职于 柳州市交通运输局", "蒙丽 职务 副局长", "蒙丽 任职于 柳州市统计局",
				"韦秀云 职务 局长", "韦秀云 任职于 柳州市水利局"},
		},
		{
			name: "people listed before 为 share the post",
			text: "柳城县人大常委会召开会议，补选庞立新、蒙丽为县人大常委会副主任。",
			want: []string{"庞立新 职务 副主任", "庞立新 任职于 柳城县人大常委会", "蒙丽 职务 副主任", "蒙丽 任职于 柳城县人大常委会"},
		},
		{
			name: "a body of a term named by its level is the county's body",
			text: "柳城县召开人代会。补选庞立新为县第十届人大常委会副主任。",
			want: []string{"庞立新 职务 副主任", "庞立新 任职于 柳城县人大常委会"},
			not:  []string{"庞立新 任职于 柳城县第十届人大常委会"},
		},
		{
			name: "the items of one sentence after the first",
			text: "决定任命庞立新为柳州市水利局局长，蒙建东为柳州市财政局副局长；免去韦秀云的柳州市统计局局长职务，覃海宁的柳州市审计局局长职务。",
			want: []string{"蒙建东 职务 副局长", "蒙建东 任职于 柳州市财政局", "覃海宁 职务 局长", "覃海宁 任职于 柳州市审计局"},
		},
		{
			name: "为 after a name with no appointment before it",
			text: "局长庞立新为柳州市交通运输局副局长颁奖。",
			not:  []string{"庞立新 职务 副局长"},
		},
		{
			name: "a biography with long clauses before 现任",
			text: "覃振华，男，汉族，1975年6月生，广西上林人，在职研究生学历，1996年8月参加工作，1998年6月加入中国共产党，现任柳州市交通运输局副局长，拟任柳州市鱼峰区副区长人选。",
			want: []string{"覃振华 职务 副局长", "覃振华 任职于 柳州市交通运输局"},
			not:  []string{"覃振华 职务 副区长"},
		},
		{
			name: "a past post in a biography and a unit before the second title",
			text: "蒙丽娟，女，1980年11月生，曾任广西大学机械工程学院副院长，现任柳州市鱼峰区委常委、组织部部长。",
			want: []string{"蒙丽娟 职务 副院长", "蒙丽娟 任职于 广西大学机械工程学院", "蒙丽娟 职务 区委常委", "蒙丽娟 任职于 鱼峰区", "蒙丽娟 职务 部长"},
		},
		{
			name: "a clause of another kind before 现任",
			text: "覃振华，男，他的哥哥在外地开了一家很大的物流公司，现任柳州市交通运输局副局长。",
			not:  []string{"覃振华 职务 副局长"},
		},
		{
			name: "past posts after the name, over commas",
			text: "原县政协主席黄德明历任三江侗族自治县县长，柳州市委常委、秘书长等职。",
			want: []string{"黄德明 职务 县长", "黄德明 任职于 三江侗族自治县", "黄德明 职务 市委常委", "黄德明 职务 秘书长"},
		},
		{
			name: "past posts in the sentence after the subject's",
			text: "黄德明同志1938年10月出生于广西柳城县，1958年参加工作。历任柳城县委副书记、县长，柳州市委常委等职。",
			want: []string{"黄德明 职务 县委副书记", "黄德明 职务 县长", "黄德明 任职于 柳城县", "黄德明 职务 市委常委"},
		},
		{
			name: "past posts after a sentence that no name opens",
			text: "会议由县长黄德明主持。历任柳城县委副书记、县长的老同志也参加了会议。",
			not:  []string{"黄德明 职务 县委副书记"},
		},
		{
			name: "a past post after a time adverb",
			text: "任命庞立新为柳州市交通运输局局长。据了解，庞立新此前任鱼峰区委副书记。",
			want: []string{"庞立新 职务 区委副书记", "庞立新 任职于 鱼峰区"},
		},
	}
	runTripleCases(t, tests)
}

// TestAgeAtDeath checks the age at death in an obituary (享年86岁, 终年)
// of the one person of its sentence.
func TestAgeAtDeath(t *testing.T) {
	tests := []tripleCase{
		{
			name: "享年",
			text: "原柳州市人大常委会副主任黄德明同志，因病医治无效，于2024年3月15日在柳州逝世，享年86岁。",
			want: []string{"黄德明 年龄 86"},
		},
		{
			name: "终年 in Chinese numerals",
			text: "老党员覃秀梅同志于3月2日病逝，终年九十一岁。",
			want: []string{"覃秀梅 年龄 91"},
		},
		{
			name: "two people in the sentence",
			text: "市长庞立新看望了老党员覃秀梅同志的家属，覃秀梅同志享年九十一岁。",
			not:  []string{"庞立新 年龄 91", "覃秀梅 年龄 91"},
		},
	}
	runTripleCases(t, tests)
}

// TestLevelAloneInACityWithCounties checks a body written with its level
// alone (市政协) in an article set in a city that also names two of its
// county-level cities: the city named first, in the lead, is no less the
// article's home than a county-level city named twice later.
func TestLevelAloneInACityWithCounties(t *testing.T) {
	tests := []tripleCase{
		{
			name: "the city of the lead against a county-level city named twice",
			text: "6月12日，嘉兴市召开全市安全生产工作会议。市政协副主席陶立新参加会议。海宁市、桐乡市作交流发言，海宁市副市长褚文斌介绍了情况。",
			not:  []string{"陶立新 任职于 海宁市政协"},
		},
		{
			name: "a county-level city named first and most",
			text: "6月12日，海宁市召开全市安全生产工作会议。市政协副主席陶立新参加会议。海宁市各镇街作交流发言，嘉兴市应急管理局派员指导。海宁市副市长褚文斌介绍了情况。",
			want: []string{"陶立新 任职于 海宁市政协"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostsOfAListOneALine checks the posts on the lines of a list of
// people (the title that ends the line, the unit after the name), and
// that the title ending a line is not given to the name that opens the
// next one.
func TestPostsOfAListOneALine(t *testing.T) {
	tests := []tripleCase{
		{
			name: "an award list",
			text: "优秀共产党员名单：\n庞立新 柳州宏达家具有限公司车间主任\n韦秀云（女） 柳州市人民医院护理部主任\n蒙丽 柳城县公安局副局长\n",
			want: []string{"庞立新 职务 主任", "庞立新 任职于 柳州宏达家具有限公司", "韦秀云 职务 主任", "韦秀云 任职于 柳州市人民医院", "蒙丽 职务 副局长", "蒙丽 任职于 柳城县公安局"},
			not:  []string{"韦秀云 任职于 柳州宏达家具有限公司", "蒙丽 任职于 柳州市人民医院"},
		},
	}
	runTripleCases(t, tests)
}

// TestPostAfterAUnit checks a title after an organization and one of its
// units that no stage names (县人民医院护理部主任, 家具有限公司车间主任).
func TestPostAfterAUnit(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a unit of a hospital in an apposition",
			text: "覃秀梅，柳城县人民医院护理部主任，她已经工作了二十年。",
			want: []string{"覃秀梅 职务 主任", "覃秀梅 任职于 柳城县人民医院"},
		},
		{
			name: "a unit of one character is no unit",
			text: "覃秀梅，柳城县人民医院部主任，她已经工作了二十年。",
			not:  []string{"覃秀梅 任职于 柳城县人民医院"},
		},
	}
	runTripleCases(t, tests)
}

// TestElectedList checks the people listed before an election's verb,
// who share the post (赵立新、钱海涛、孙红梅当选为副县长), and a list before
// another verb, which shares nothing.
func TestElectedList(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "当选为",
			text: "会议选举产生了新一届县人民政府领导班子，赵立新、钱海涛、孙红梅当选为副县长。",
			want: []string{"赵立新 职务 副县长", "钱海涛 职务 副县长", "孙红梅 职务 副县长"},
		},
		{
			name: "another verb",
			text: "县长赵立新、钱海涛、孙红梅看望了副县长王刚。",
			not:  []string{"钱海涛 职务 副县长"},
		},
	})
}
