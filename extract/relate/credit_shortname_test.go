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
