package relate_test

import (
	"context"
	"slices"
	"testing"

	"github.com/zhkg/zhkg/extract"
)

// A line break of the page inside a short-name note is no part of the
// short name.
func TestShortNameAcrossLineBreak(t *testing.T) {
	runTripleCases(t, []tripleCase{{
		name: "the note broken across two lines",
		text: "浙江青溪农村商业银行股份有限公司（以下简称“青溪农商\n行”）发布了年度报告。",
		want: []string{"浙江青溪农村商业银行股份有限公司 简称 青溪农商行"},
		not:  []string{"浙江青溪农村商业银行股份有限公司 简称 青溪农商\n行", "浙江青溪农村商业银行股份有限公司 简称 青溪农商 行"},
	}})
}

// The mentions of short names that no stage recognised are added in text
// order, and the same text gives the same mentions every time (they were
// added in the order of a map).
func TestShortNameMentionsInTextOrder(t *testing.T) {
	text := "青禾县奶牛产业协会（以下简称“奶协”）与青禾县蜂业协会（以下简称“蜂协”）签约。" +
		"蜂协会长出席，奶协和蜂协将共建基地。奶协还将培训农户，蜂协负责销售。"
	var first []extract.Mention
	for i := range 20 {
		d := &extract.Doc{ID: "t", Name: "t", Text: text}
		if err := MustPipeline(t).Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if !slices.IsSortedFunc(d.Mentions, extract.MentionOrder) {
			t.Fatalf("run %d: mentions not in text order: %v", i, d.Mentions)
		}
		if i == 0 {
			first = d.Mentions
			continue
		}
		if !slices.Equal(first, d.Mentions) {
			t.Fatalf("run %d gave other mentions:\n%v\nfirst:\n%v", i, d.Mentions, first)
		}
	}
}

// A caption that names who is in the photo after 图： credits nobody; a
// credit line does.
func TestCaptionIsNoCredit(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "a caption after 图：", text: "图：莫建华正在查看秧苗长势。\n今年全县早稻长势良好。", want: []string{"莫建华 类型 人物"}, not: []string{"t 作者 莫建华"}},
		{name: "a credit line", text: "今年全县早稻长势良好。\n文：莫建华 图：邝丽娟", want: []string{"t 作者 莫建华", "t 作者 邝丽娟"}},
	})
}

// TestBareShortNameInBrackets: a short name alone in brackets right after
// a name, made of the name's characters in their order from its first, is
// its short name and the same entity; other words in brackets are not.
func TestBareShortNameInBrackets(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "a zone and its short name",
			text: "湖南省长沙经济技术开发区（长沙经开区）今年新引进项目12个。长沙经开区已成为全省的制造业高地。",
			want: []string{"长沙经济技术开发区 简称 长沙经开区"},
			not:  []string{"长沙经开区 类型 地点"},
		},
		{
			name: "a university",
			text: "北京大学（北大）的教授来到湖南省浏阳市调研。",
			want: []string{"北京大学 简称 北大"},
		},
		{
			name: "a body's kind in brackets that does not start with its name",
			text: "四川省通江县人民医院（县医院）新大楼启用。",
			not:  []string{"四川省通江县人民医院 简称 县医院"},
		},
		{
			name: "a place in brackets",
			text: "宏达科技有限公司（长沙）举行开业仪式。",
			not:  []string{"宏达科技有限公司 简称 长沙"},
		},
	})
}
