package news_test

import (
	"context"
	"strings"
	"testing"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/news"
)

// TestZoneAfterHeadline: a zone that opens the body right after the
// headline's line is read (the line break is a boundary there), named by
// its full name though the headline abbreviates it, one node for both,
// and 园区 later in the article stands for it.
func TestZoneAfterHeadline(t *testing.T) {
	x := MustExtractor(t)
	text := "长沙经开区产业升级见成效\n长沙经济技术开发区位于长沙县，是国家级经济技术开发区。园区形成了工程机械、汽车和电子信息三大主导产业。\n"
	docs, err := x.Extract(context.Background(), news.Input{Name: "u", Text: text, Layout: true})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, d := range docs {
		for _, r := range extract.LabelView(d) {
			b.WriteString(r[1] + " " + r[2] + " " + r[3] + "\n")
		}
	}
	got := b.String()
	for _, w := range []string{"长沙经济技术开发区 类型 地点", "长沙经济技术开发区 产业 工程机械", "长沙经济技术开发区 产业 电子信息"} {
		if !strings.Contains(got, w+"\n") {
			t.Errorf("missing %q in\n%s", w, got)
		}
	}
	if strings.Contains(got, "长沙经开区 类型 地点") {
		t.Errorf("two nodes for one zone:\n%s", got)
	}
}
