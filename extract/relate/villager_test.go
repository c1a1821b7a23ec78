package relate_test

import "testing"

// TestVillagerAfterVillage checks the homes of people named right after
// their village with 的, an age, a people or a word for a villager between
// (X村的Y, X村壮族妇女Y, X村种植大户Y), 家在, and a post after a village,
// which says nothing of a home.
func TestVillagerAfterVillage(t *testing.T) {
	const county = "隆回县虎形山瑶族乡崇木凼村"
	runTripleCases(t, []tripleCase{
		{name: "的", text: county + "的沈建华今年35岁，种了20亩金银花。", want: []string{"沈建华 居住于 崇木凼村", "沈建华 年龄 35"}},
		{name: "a people and a word for a villager", text: county + "壮族妇女蒙秀英说，日子越过越好。", want: []string{"蒙秀英 居住于 崇木凼村"}},
		{name: "a farmer's word", text: county + "种植大户刘德明介绍，今年收成不错。", want: []string{"刘德明 居住于 崇木凼村"}},
		{name: "家在", text: "家在" + county + "的王秀兰已经72岁了。", want: []string{"王秀兰 居住于 崇木凼村"}},
		{name: "a post is no home", text: county + "党支部书记张立新说，路修好了。", not: []string{"张立新 居住于 崇木凼村"}},
	})
}

// TestFirstSecretaryOfVillage checks the village a body sends its first
// secretary to (省林业局驻羊排村第一书记, 派驻), a consul's post that stays
// the country's, and a post after a village work team's post.
func TestFirstSecretaryOfVillage(t *testing.T) {
	const village = "雷山县丹江镇羊排村，"
	runTripleCases(t, []tripleCase{
		{name: "驻", text: village + "省林业局驻羊排村第一书记吴天明说，茶叶卖得好。", want: []string{"吴天明 任职于 羊排村"}, not: []string{"吴天明 任职于 省林业局"}},
		{name: "派驻", text: village + "县农业农村局派驻羊排村第一书记杨文说，茶叶卖得好。", want: []string{"杨文 任职于 羊排村"}},
		{name: "a work team", text: village + "羊排村第一书记、驻村工作队队长黎明涛介绍。", want: []string{"黎明涛 职务 第一书记", "黎明涛 任职于 羊排村", "黎明涛 职务 队长"}},
		{name: "a consul", text: "俄罗斯驻沈阳总领事伊万诺夫出席。", not: []string{"伊万诺夫 任职于 沈阳市"}},
	})
}

// TestAgesOfKinAndSettlers checks an age before kin or a word of a
// genre's people before the name (83岁的母亲张桂兰, 53岁的搬迁户杨德林).
func TestAgesOfKinAndSettlers(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "kin", text: "83岁的母亲张桂兰说，日子好了。", want: []string{"张桂兰 年龄 83"}},
		{name: "a settler", text: "53岁的搬迁户杨德林如今在车间上班。", want: []string{"杨德林 年龄 53"}},
	})
}
