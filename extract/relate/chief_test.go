package relate_test

import "testing"

// TestChiefsOfRiversAndForests: the posts of the river and forest chief
// systems (河长制, 林长制) are titles, with the level of the division the
// chief answers for (县总河长, 市级总林长, 村级河长); the same characters
// inside other words are none.
func TestChiefsOfRiversAndForests(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "chiefs in a chain of posts",
			text: "会议由县委副书记、县长、县副总河长马春林主持，县委书记、县总河长吕光辉讲话。",
			want: []string{"马春林 职务 县副总河长", "马春林 职务 县长", "吕光辉 职务 县总河长", "吕光辉 职务 县委书记"},
		},
		{
			name: "a chief with its level written with 级",
			text: "副区长、区级河长邱晓红作了汇报，镇级林长范志勇带队巡林。",
			want: []string{"邱晓红 职务 区级河长", "邱晓红 职务 副区长", "范志勇 职务 镇级林长"},
		},
		{
			name: "a chief of a named division",
			text: "汝城县总林长曹玉龙到林场检查防火工作。",
			want: []string{"曹玉龙 职务 县总林长", "曹玉龙 任职于 汝城县"},
		},
		{
			name: "the characters of a chief inside other words",
			text: "黄河长江两岸，森林长势良好，运河长约三十公里。",
			not:  []string{"江两岸 类型 人物", "江两 类型 人物"},
		},
		{
			name: "an adverb of totality after a chief",
			text: "全县实现村级河长全覆盖，镇级林长都参加了培训。",
			not:  []string{"全覆盖 类型 人物", "都参加 类型 人物", "全覆盖 职务 村级河长"},
		},
		{
			name: "a surname 全 after a post",
			text: "镇长全明亮出席，县级河长全小梅说，巡河要常态化。",
			want: []string{"全明亮 职务 镇长", "全小梅 职务 县级河长"},
		},
	})
}

// TestSessionBodyOfLevel: a level written alone before a term's ordinal
// and a people's congress body (县第十七届人民代表大会常务委员会) is the
// body of the article's one division of that level, named in full as one
// node whatever the term (汝城县人民代表大会常务委员会).
func TestSessionBodyOfLevel(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "a standing committee of the county",
			text: "6月2日，汝城县召开会议。县第十八届人民代表大会常务委员会副主任何丽君出席。",
			want: []string{"何丽君 任职于 汝城县人民代表大会常务委员会", "汝城县人民代表大会常务委员会 类型 机构"},
			not:  []string{"人民代表大会常务委员会 类型 机构", "何丽君 任职于 人民代表大会常务委员会", "汝城县第十八届人民代表大会常务委员会 类型 机构"},
		},
		{
			name: "a count of terms is no level",
			text: "6月2日，汝城县召开会议。全县第十八届人民代表大会代表选举工作顺利完成。",
			not:  []string{"汝城县第十八届人民代表大会 类型 机构"},
		},
	})
}
