package news_test

import (
	"testing"

	"github.com/zhkg/zhkg/extract/news"
)

// TestZoneAfterHeadline: a zone that opens the body right after the
// headline's line is read (the line break is a boundary there), named by
// its full name though the headline abbreviates it, one node for both,
// and 园区 later in the article stands for it.
func TestZoneAfterHeadline(t *testing.T) {
	x := MustExtractor(t)
	text := "长沙经开区产业升级见成效\n长沙经济技术开发区位于长沙县，是国家级经济技术开发区。园区形成了工程机械、汽车和电子信息三大主导产业。\n"
	got := inputRows(t, x, news.Input{Name: "u", Text: text, Layout: true})
	// one node for the zone, not one more for its abbreviation
	checkRowsOf(t, text, got, []string{"长沙经济技术开发区 类型 地点", "长沙经济技术开发区 产业 工程机械", "长沙经济技术开发区 产业 电子信息"},
		[]string{"长沙经开区 类型 地点"})
}
