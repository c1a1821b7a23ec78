package relate_test

import "testing"

// TestBiographyClauses checks biographies with a birthplace clause before
// the posts, posts taken at a date (2021年起任), past posts after a
// pronoun's clauses in the next sentence (他早年任教，后历任…), posts
// before a comma and a retired cadre (原主任、党组书记，离休干部X同志), and
// a pronoun's sentence that names another person.
func TestBiographyClauses(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "a birthplace clause",
			text: "韩立军，男，锡伯族，1942年生，察布查尔锡伯自治县孙扎齐牛录镇人，1962年参加工作，历任察布查尔锡伯自治县副县长、县长。",
			want: []string{"韩立军 职务 副县长", "韩立军 职务 县长", "韩立军 任职于 察布查尔锡伯自治县"},
		},
		{
			name: "a post taken at a date",
			text: "何立新，男，2021年起任阳新县委常委、常务副县长。",
			want: []string{"何立新 职务 县委常委", "何立新 任职于 阳新县", "何立新 职务 常务副县长"},
		},
		{
			name: "past posts after a pronoun's clauses",
			text: "刘振华同志1935年出生。他早年在乡村任教，后历任县农牧局局长、副县长。",
			want: []string{"刘振华 职务 局长", "刘振华 职务 副县长"},
		},
		{
			name: "another person in the pronoun's sentence",
			text: "刘振华同志1935年出生。他和老伴王秀英一起，历任县农牧局局长、副县长的张明来看望。",
			not:  []string{"刘振华 职务 副县长"},
		},
		{
			name: "a retired cadre after the posts",
			text: "中国共产党优秀党员，拜泉县人大常委会原主任、党组书记，离休干部孙广和同志，因病医治无效逝世。",
			want: []string{"孙广和 职务 主任", "孙广和 职务 党组书记", "孙广和 任职于 拜泉县人大常委会"},
		},
	})
}

// TestDisciplineNotices checks the profile that opens a discipline notice
// with a former post (王建林，原宁陵县自然资源局局长，涉嫌…) and given names
// with characters of other words common in given names (建, 全).
func TestDisciplineNotices(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "a former post",
			text: "王建林，原宁陵县自然资源局局长，涉嫌严重违纪违法，目前正接受审查调查。",
			want: []string{"王建林 类型 人物", "王建林 职务 局长", "王建林 任职于 宁陵县自然资源局"},
		},
		{
			name: "a post",
			text: "蒋德全，宁陵县交通运输局局长，涉嫌严重违纪违法。",
			want: []string{"蒋德全 职务 局长", "蒋德全 任职于 宁陵县交通运输局"},
		},
	})
}

// TestPostsAfterCopulaMore checks posts after 是 with a measure word
// (是一名主任医师), an age clause before 是 (今年47岁，是…), and 的 between
// the unit and the post (是通江县人民医院的主治医师).
func TestPostsAfterCopulaMore(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "一名", text: "张伟是一名主任医师，从医20年。", want: []string{"张伟 职务 主任医师"}},
		{name: "an age clause", text: "李红今年47岁，是通江县人民医院主任医师。", want: []string{"李红 职务 主任医师", "李红 任职于 通江县人民医院"}},
		{name: "的", text: "36岁的王强是通江县人民医院的主治医师。", want: []string{"王强 职务 主治医师", "王强 任职于 通江县人民医院"}},
	})
}
