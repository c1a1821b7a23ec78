package relate_test

import "testing"

// TestPressLabelsOfBylines checks press posts that label the next credit
// of a byline (记者 张帆 通讯员 赵磊; 记者：韦东海　通讯员：覃小燕; 记者｜陈明):
// each post is the name's after it, never the one's before, and editors'
// labels of a page (版式, 美编, 编审; after a bar) make no author.
func TestPressLabelsOfBylines(t *testing.T) {
	const body = "\n今年以来，田东县芒果产业发展迅速，果农收入明显增加。\n"
	runTripleCases(t, []tripleCase{
		{
			name: "spaced labels",
			text: "本报记者 张 帆 通讯员 赵 磊 报道" + body,
			want: []string{"张帆 职务 记者", "赵磊 职务 通讯员", "t 作者 张帆", "t 作者 赵磊"},
			not:  []string{"张帆 职务 通讯员"},
		},
		{
			name: "labels with colons",
			text: body + "（记者：韦东海　通讯员：覃小燕）\n",
			want: []string{"韦东海 职务 记者", "覃小燕 职务 通讯员"},
			not:  []string{"韦东海 职务 通讯员"},
		},
		{
			name: "a bar after the label, and editors after bars",
			text: "记者｜陈 明" + body + "编辑｜蒙丽　版式：李生梅\n",
			want: []string{"陈明 职务 记者", "t 作者 陈明", "蒙丽 类型 人物", "李生梅 类型 人物"},
			not:  []string{"t 作者 蒙丽", "t 作者 李生梅"},
		},
	})
}

// TestCreditNotes checks credit notes in brackets with the labels 采写,
// 参与采写 and 执笔, whose names are authors.
func TestCreditNotes(t *testing.T) {
	const body = "今年以来，雷山县银饰产业发展迅速。\n"
	runTripleCases(t, []tripleCase{
		{name: "参与采写", text: body + "（参与采写：潘文俊）\n", want: []string{"t 作者 潘文俊"}},
		{name: "采写 with two names", text: body + "（采写：潘文俊 杨雪）\n", want: []string{"t 作者 潘文俊", "t 作者 杨雪"}},
	})
}
