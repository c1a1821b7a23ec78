package relate_test

import "testing"

// TestResidenceMore checks villagers of a village the division list does
// not hold, an age between the village and the villager, a household's
// lot, the clauses of a profile before the village, and an age after the
// clause of a home, with near misses.
func TestResidenceMore(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a villager in a sentence that names a village the list does not hold",
			text: "据了解，在平昌县驷马镇水口村，村民周文华正在地里干活。",
			want: []string{"周文华 居住于 水口村"},
		},
		{
			name: "an age between the village and the villager",
			text: "平昌县驷马镇水口村82岁的村民周文华说，今年收成不错。",
			want: []string{"周文华 居住于 水口村", "周文华 年龄 82"},
		},
		{
			name: "a household lifted out of poverty in a village",
			text: "平昌县驷马镇水口村脱贫户周文华说，今年收成不错。",
			want: []string{"周文华 居住于 水口村"},
		},
		{
			name: "an age right after the name, then the home",
			text: "在宜城市流水镇，养殖大户汪德胜今年52岁，家住流水镇黄冲村。",
			want: []string{"汪德胜 居住于 黄冲村", "汪德胜 年龄 52"},
		},
		{
			name: "a clause right after the name that is no age",
			text: "在宜城市流水镇，养殖大户汪德胜干劲十足，家住流水镇的亲戚也来帮忙。",
			not:  []string{"汪德胜 居住于 流水镇"},
		},
		{
			name: "a grower of a town is no resident of it",
			text: "平昌县驷马镇种植户周文华说，今年收成不错。",
			not:  []string{"周文华 居住于 驷马镇"},
		},
		{
			name: "a villager after the clauses of a profile",
			text: "据了解，周文华，男，汉族，82岁，平昌县驷马镇水口村村民。",
			want: []string{"周文华 居住于 水口村", "周文华 年龄 82"},
		},
		{
			name: "an age after the clause of a home",
			text: "据了解，周文华家住平昌县驷马镇水口村，今年82岁。",
			want: []string{"周文华 居住于 水口村", "周文华 年龄 82"},
		},
		{
			name: "a figure after the clause of a home is no age",
			text: "据了解，周文华家住平昌县驷马镇水口村，今年种了82亩地。",
			not:  []string{"周文华 年龄 82"},
		},
		{
			name: "a line break the layout left inside the sentence",
			text: "日前，家住浙江省湖州市长兴县雉城街道二虎头社区的63岁老\n人袁秀高兴地说。",
			want: []string{"袁秀 居住于 二虎头社区", "袁秀 年龄 63"},
		},
		{
			name: "a line that ends a sentence",
			text: "日前，家住浙江省湖州市长兴县雉城街道二虎头社区的63岁老人王芳。\n袁秀高兴地说。",
			not:  []string{"袁秀 居住于 二虎头社区", "袁秀 年龄 63"},
		},
		{
			name: "a line break the layout left after the digits of an age",
			text: "在此基础上，当地建立了问题台账。今年28\n岁的储巧珊大学毕业后返乡创业。",
			want: []string{"储巧珊 年龄 28"},
		},
		{
			name: "a villager in a paragraph about one village",
			text: "走进平昌县驷马镇水口村，一排排新房整齐排列。村民周文华正在院子里晒玉米。",
			want: []string{"周文华 居住于 水口村"},
		},
		{
			name: "a villager in a paragraph about two villages",
			text: "走进平昌县驷马镇水口村和驷马镇石板村，一排排新房整齐排列。村民周文华正在院子里晒玉米。",
			not:  []string{"周文华 居住于 水口村"},
		},
		{
			name: "a villager after the paragraph about a village",
			text: "走进平昌县驷马镇水口村，一排排新房整齐排列。\n村民周文华正在院子里晒玉米。",
			not:  []string{"周文华 居住于 水口村"},
		},
	}
	runTripleCases(t, tests)
}

// TestResidenceFromVillageOrTownship: 来自X的Y names a home at a village's
// or a township's level (来自嘎达布其镇的牧民Y), not at a county's or a
// city's (来自巴中市的专家Y).
func TestResidenceFromVillageOrTownship(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "a township", text: "内蒙古锡林郭勒盟东乌珠穆沁旗嘎达布其镇召开会议。来自嘎达布其镇的牧民巴特尔说，草场变好了。",
			want: []string{"巴特尔 居住于 嘎达布其镇"}},
		{name: "a city", text: "来自四川省巴中市的专家王海说，要抓好防汛。", not: []string{"王海 居住于 巴中市"}},
	})
}

// TestResidenceRoleAfterVillager: a role after the villager word and 、
// (X村村民、护林员Y) leaves the villager's home to the name after it; a
// list of people after 、 with no villager word gives none.
func TestResidenceRoleAfterVillager(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a volunteer who is a villager",
			text: "平昌县驷马镇水口村村民、护林志愿者周文华说，山上的树越来越密。",
			want: []string{"周文华 居住于 水口村"},
		},
		{
			name: "a post after a body, no villager",
			text: "平昌县驷马镇水口村党支部、村委会主任周文华说。",
			not:  []string{"周文华 居住于 水口村"},
		},
	}
	runTripleCases(t, tests)
}
