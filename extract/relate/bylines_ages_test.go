package relate_test

import "testing"

// A press label set apart by the page announces its name even where the
// name has no surname (a Dai or a Mongolian name) or is a word of the
// dictionary; the title before a second press label is the second name's.
func TestSpacedBylineNames(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "a Dai name after 通讯员", text: "本报讯（记者 周海燕 通讯员 岩罕）连日来，全镇开展防火宣传。",
			want: []string{"t 作者 周海燕", "t 作者 岩罕", "岩罕 职务 通讯员", "周海燕 职务 记者"},
			not:  []string{"周海燕 职务 通讯员"}},
		{name: "a name that is a word", text: "本报讯（记者 霍然）近日，草原一片新绿。",
			want: []string{"t 作者 霍然", "霍然 职务 记者"}},
		{name: "a name before 摄", text: "牧民正在转场。\n记者 岩温 摄",
			want: []string{"t 作者 岩温"}},
		{name: "a press unit's reporter", text: "本报讯（记者 高文静 市委报道组 乌兰）近日，全市召开会议。",
			want: []string{"t 作者 高文静", "t 作者 乌兰"}},
		{name: "ordinary words after 记者", text: "本报讯 记者 从县委获悉，全县新建茶园万亩。",
			not: []string{"t 作者 从县委获悉"}},
		{name: "a run that goes on", text: "本报讯 记者 霍然发现问题已经解决。",
			not: []string{"t 作者 霍然发现问题已经解决"}},
	})
}

// An age before a role and a name is the person's for the roles of rural
// and town news (社员, 护林员, 网格员, 贫困户, 环卫工人), read by their last
// character (员, 户, 农, 工, 民); words that link two people leave it.
func TestAgeBeforeRoles(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "社员", text: "56岁的社员龚德贵说，今年收成好。", want: []string{"龚德贵 年龄 56"}},
		{name: "护林员", text: "63岁的生态护林员杨德顺每天巡山。", want: []string{"杨德顺 年龄 63"}},
		{name: "贫困户", text: "61岁的贫困户罗成贵说，日子越过越好。", want: []string{"罗成贵 年龄 61"}},
		{name: "环卫工人", text: "58岁的环卫工人刘桂英说，街道干净了。", want: []string{"刘桂英 年龄 58"}},
		{name: "a child and a mother", text: "3岁的孩子和母亲王芳住在一起，王芳说日子不容易。", not: []string{"王芳 年龄 3"}},
		{name: "a grandson and a ranger", text: "8岁的孙子和护林员杨德顺一起巡山。杨德顺说，山上很安全。", not: []string{"杨德顺 年龄 8"}},
	})
}

// A press name followed by another press label, or after an author and a
// press label, is in the byline wherever the byline stands in the article
// (a page's headlines may come before it).
func TestBylineOfTwoPressNames(t *testing.T) {
	long := "东山乡渠道清淤保障春耕用水\n西河镇大棚蔬菜带动农户增收\n南湖村农民丰收节吸引游客\n"
	tail := "\n今年以来，全镇共清理渠道十二条、二十公里，新建大棚八百栋，带动农户增收致富，群众的获得感不断增强。"
	runTripleCases(t, []tripleCase{
		{name: "a dateline's byline", text: long + "本报讯（记者潘海燕 通讯员钱立军）近日，全镇开展防火宣传。" + tail,
			want: []string{"t 作者 潘海燕", "t 作者 钱立军"}},
		{name: "a byline line", text: long + "□ 本报记者 牛立新 通讯员 解晓东\n近日，全镇开展防火宣传。" + tail,
			want: []string{"t 作者 牛立新", "t 作者 解晓东"}},
		{name: "a reporter in the text", text: long + "近日，全镇开展防火宣传，记者潘海燕在现场看到，通讯员钱立军也来了。" + tail,
			not: []string{"t 作者 潘海燕", "t 作者 钱立军"}},
	})
}

// 今年47岁的他 gives the age of the one person of the sentence before, in
// a sentence that names no one; not where two people stand before, nor
// where the age compares the two (比他小10岁的她).
func TestAgeOfPronoun(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "one person before", text: "嘎查党支部书记韩立军介绍，近年来嘎查成立了合作社。今年47岁的他，已经当了12年的支部书记。",
			want: []string{"韩立军 年龄 47"}},
		{name: "she", text: "“我们村家家户户种茶。”村党支部书记林秀梅说。今年52岁的她已在村里工作了20多年。",
			want: []string{"林秀梅 年龄 52"}},
		{name: "two people before", text: "村民韩立军和林秀梅介绍了情况。今年56岁的他，种了一辈子地。",
			not: []string{"韩立军 年龄 56", "林秀梅 年龄 56"}},
		{name: "a comparison", text: "村民韩立军介绍了情况。比他小10岁的她，也在合作社工作。",
			not: []string{"韩立军 年龄 10"}},
	})
}
