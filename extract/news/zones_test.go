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

// TestHomeAfterDivisionWrittenAgain: a division the article named before,
// written again on a newspaper page where the line breaks inside its name
// (家住硗\n碛藏族乡嘎日村), keeps its ending, and the home is the village.
func TestHomeAfterDivisionWrittenAgain(t *testing.T) {
	x := MustExtractor(t)
	text := "宝兴县的管护站站长介绍，在蜂\n桶寨、硗碛藏族乡等区域布设了\n二百台红外相机，拍到了多种珍\n稀动物。\n\n52岁的巡护员高华平家住硗\n碛藏族乡嘎日村，已在山里巡\n护了二十年。他说，山里很美。\n"
	got := inputRows(t, x, news.Input{Name: "u", Text: text, Layout: true})
	checkRowsOf(t, text, got, []string{"高华平 居住于 嘎日村"}, []string{"高华平 居住于 硗碛乡"})
}
