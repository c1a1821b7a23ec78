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
