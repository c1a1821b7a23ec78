package relate_test

import "testing"

// TestMoreAges checks ages after a title, after 化名 or 年仅, and said in a
// quote before the speaker's name, with near misses.
func TestMoreAges(t *testing.T) {
	tests := []tripleCase{
		{name: "age before a title", text: "今年45岁的村党支部书记张建军带领村民致富。", want: []string{"张建军 年龄 45"}},
		{name: "high age before a role", text: "82岁高龄的抗战老兵魏长林精神矍铄。", want: []string{"魏长林 年龄 82"}},
		{name: "young age", text: "种植大户张建军年仅32岁，就已经承包了500亩土地。", want: []string{"张建军 年龄 32"}},
		{name: "already of an age", text: "村民孙广福已85岁高龄，身体依然硬朗。", want: []string{"孙广福 年龄 85"}},
		{name: "pseudonym and age", text: "村民孙广福（化名，42岁）在工地打工。", want: []string{"孙广福 年龄 42"}},
		{name: "a quote before the speaker", text: "“我今年70岁了，还能干！”村民孙广福说。", want: []string{"孙广福 年龄 70"}},
		{name: "a quote with no age", text: "“我今年种了70亩玉米。”村民孙广福说。", not: []string{"孙广福 年龄 70"}},
		{
			name: "a quote before a sentence that does not say it",
			text: "“我今年70岁了，还能干！”记者随后见到了村民孙广福。",
			not:  []string{"孙广福 年龄 70"},
		},
		{name: "age before a title and its owner", text: "今年52岁的万荣县农业农村局局长孙广福介绍了情况。", want: []string{"孙广福 年龄 52"}},
		{name: "an age of someone else before the title", text: "今年52岁的儿子和万荣县农业农村局局长孙广福一起种苹果。", not: []string{"孙广福 年龄 52"}},
		{name: "two ages in Chinese numerals", text: "三十岁的儿子和五十二岁的老人孙广福一起种苹果。", want: []string{"孙广福 年龄 52"}, not: []string{"孙广福 年龄 30"}},
		{name: "age before a title after a chain of divisions", text: "现年45岁的寿光市孙家集街道三元朱村党支部书记王乐义带领村民建起了大棚。", want: []string{"王乐义 年龄 45"}},
		{name: "long words between age and name that are no title", text: "今年45岁那年他离开了寿光市孙家集街道的三元朱村，王乐义说。", not: []string{"王乐义 年龄 45"}},
		{name: "a role word after the name", text: "李桂兰老人今年86岁，每天坚持读书看报。", want: []string{"李桂兰 年龄 86"}},
		{name: "one who is of an age", text: "村民张守田是一位72岁的老党员，在村里义务巡河十年。", want: []string{"张守田 年龄 72"}},
		{name: "just turned an age", text: "返乡创业的大学生王小川今年刚满30岁。", want: []string{"王小川 年龄 30"}},
		{name: "one who is of years of service", text: "村民张守田是一位有着50年党龄的老党员。", not: []string{"张守田 年龄 50"}},
		{name: "a role word and a count that is no age", text: "李桂兰老人今年种了86亩地。", not: []string{"李桂兰 年龄 86"}},
		{name: "words between age and name that are no title", text: "45岁那年离开家乡的张建军回来了。", not: []string{"张建军 年龄 45"}},
	}
	runTripleCases(t, tests)
}
