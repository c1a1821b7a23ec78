package relate_test

import "testing"

// TestSharedOwnerOfCoordinatedPosts checks posts written after another
// person's post that names the owner once (X县委书记A，县长B): the second
// post shares the division when it is of the same level and only a
// separator stands between them.
func TestSharedOwnerOfCoordinatedPosts(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a county head after the county's party secretary",
			text: "调研期间，岷县县委书记丁文华，县长曹立民陪同。",
			want: []string{"曹立民 职务 县长", "曹立民 任职于 岷县", "丁文华 任职于 岷县"},
		},
		{
			name: "a town head after the town's party secretary, with 、",
			text: "甘肃省定西市岷县梅川镇党委书记罗晓春、镇长祁海英参加了活动。",
			want: []string{"祁海英 职务 镇长", "祁海英 任职于 梅川镇"},
		},
		{
			name: "a chain of posts and a list of names share the owner",
			text: "岷县县委书记丁文华，县委副书记、县长曹立民，副县长包小东、汪玉林出席会议。",
			want: []string{"曹立民 任职于 岷县", "包小东 任职于 岷县", "汪玉林 任职于 岷县"},
		},
		{
			name: "a township written with 乡 that the list names 镇",
			text: "湖南省怀化市麻阳苗族自治县高村乡党委书记龙再兴、乡长滕玉梅到果园察看。",
			want: []string{"滕玉梅 职务 乡长", "滕玉梅 任职于 高村镇"},
		},
		{
			name: "another level owns nothing",
			text: "岷县县委书记丁文华，市长曹立民出席会议。",
			want: []string{"曹立民 职务 市长"},
			not:  []string{"曹立民 任职于 岷县"},
		},
		{
			name: "a clause between the two people",
			text: "岷县县委书记丁文华表示，县长曹立民将带队督查。",
			want: []string{"曹立民 职务 县长"},
			not:  []string{"曹立民 任职于 岷县"},
		},
		{
			name: "the first person's post of another level",
			text: "定西市委常委丁文华、县长曹立民出席会议。",
			want: []string{"曹立民 职务 县长"},
			not:  []string{"曹立民 任职于 定西市"},
		},
	}
	runTripleCases(t, tests)
}

// TestSharedOrgOfCoordinatedPosts: a head's post written after another
// person's post of a named organization, with only a separator between
// (县人民医院党委书记A、院长B), belongs to that organization; a post of a
// government's level or of another named body does not.
func TestSharedOrgOfCoordinatedPosts(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "a hospital's party secretary and its president",
			text: "四川省通江县人民医院党委书记吴世贵、院长杨德刚出席活动。",
			want: []string{"杨德刚 职务 院长", "杨德刚 任职于 四川省通江县人民医院"},
		},
		{
			name: "a company's chairman and its general manager",
			text: "宏达科技有限公司董事长李明华，总经理王国栋出席签约仪式。",
			want: []string{"王国栋 任职于 宏达科技有限公司"},
		},
		{
			name: "a county's deputy head after a hospital's president",
			text: "四川省通江县人民医院院长李明华、副县长王国栋出席。",
			not:  []string{"王国栋 任职于 四川省通江县人民医院"},
		},
		{
			name: "a clause between the two people",
			text: "宏达科技有限公司董事长李明华表示，总经理王国栋将带队考察。",
			not:  []string{"王国栋 任职于 宏达科技有限公司"},
		},
	})
}
