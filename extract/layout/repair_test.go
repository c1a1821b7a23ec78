package layout

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pdf builds a PDF-style copy: the lines with a blank line after each.
func pdf(lines ...string) string { return strings.Join(lines, "\n\n") + "\n" }

func TestRepair_Table(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"blank", " \n\n\u3000\n", ""},
		{"web lines stay paragraphs",
			"第一段文字写在这里，内容比较长，是网页文章的一个完整段落。\n第二段也是一样，同样以句号结束。\n",
			"第一段文字写在这里，内容比较长，是网页文章的一个完整段落。\n第二段也是一样，同样以句号结束。"},
		{"web blank-separated paragraphs and crlf",
			"  标题一行不加标点\r\n\r\n  正文第一段，写得很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\r\n",
			"标题一行不加标点\n正文第一段，写得很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。"},
		{"wrapped column joined, headline after body kept apart",
			pdf("本报讯 为推动乡村产业发",
				"展，某某县组织技术人员深入田",
				"间地头，指导农户科学种植，推广",
				"新品种和新技术，取得明显成效。",
				"全县今年新建大棚二百余栋，带",
				"动农户增收，群众满意度不断提",
				"升。",
				"某某县科技服务助力乡村产业发展"),
			"本报讯 为推动乡村产业发展，某某县组织技术人员深入田间地头，指导农户科学种植，推广新品种和新技术，取得明显成效。\n" +
				"全县今年新建大棚二百余栋，带动农户增收，群众满意度不断提升。\n" +
				"某某县科技服务助力乡村产业发展"},
		{"byline, signature and subtitle lines are not joined",
			pdf("□ 本报记者 王 进",
				"今年以来，某某镇聚焦产业发展，",
				"培育特色种植基地，带动群众增",
				"收，全镇种植面积已达三千亩。",
				"（曾 平）",
				"某某镇特色种植带动群众增收",
				"——访某某镇党委书记张三"),
			"□ 本报记者 王 进\n今年以来，某某镇聚焦产业发展，培育特色种植基地，带动群众增收，全镇种植面积已达三千亩。\n（曾 平）\n某某镇特色种植带动群众增收\n——访某某镇党委书记张三"},
		{"a byline cut after the surname goes on",
			pdf("本报讯 记者孟",
				"晓川报道 本月以来，某某县多",
				"措并举推进冬季造林，全县已完",
				"成造林一万二千亩。"),
			"本报讯 记者孟晓川报道 本月以来，某某县多措并举推进冬季造林，全县已完成造林一万二千亩。"},
		{"a byline cut after the press title goes on",
			pdf("新华社特约记者",
				"覃海明 摄"),
			"新华社特约记者覃海明 摄"},
		{"a title that follows no press name ends nothing",
			pdf("会议邀请了多名记者",
				"参加开幕式"),
			"会议邀请了多名记者\n参加开幕式"},
		{"spaces inside lines kept, none added",
			pdf("本报讯 记者 王 进 近日，某",
				"某县召开会议，部署冬季农田水",
				"利建设，要求各乡镇抓住有利时",
				"机，全面推进工程建设进度。"),
			"本报讯 记者 王 进 近日，某某县召开会议，部署冬季农田水利建设，要求各乡镇抓住有利时机，全面推进工程建设进度。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, at, origin := Repair(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Repair (-want +got):\n%s", diff)
			}
			if got != tt.in {
				MustMapBack(t, tt.in, got, at, origin)
			}
		})
	}
}

func TestRepair_OffsetsContiguous(t *testing.T) {
	in := "一行。\n二行。"
	got, at, origin := Repair(in)
	if got != in {
		t.Fatalf("Repair changed plain text: %q", got)
	}
	if diff := cmp.Diff([]int{0}, at); diff != "" {
		t.Errorf("at (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{0}, origin); diff != "" {
		t.Errorf("origin (-want +got):\n%s", diff)
	}
}

func TestSplitSentences_Table(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" \n \u3000", nil},
		{"甲。乙！丙？", []string{"甲。", "乙！", "丙？"}},
		{"他说：“好！”然后走了。", []string{"他说：“好！”", "然后走了。"}},
		{"真的吗？！是的……走吧", []string{"真的吗？！", "是的……", "走吧"}},
		{"第一段没有标点\n  第二段；还有。 ", []string{"第一段没有标点", "第二段；", "还有。"}},
		{"Hello world! OK? yes", []string{"Hello world!", "OK?", "yes"}},
		{"价格3.5元。", []string{"价格3.5元。"}},
		{"（曾 平）", []string{"（曾 平）"}},
	}
	for _, tt := range tests {
		var got []string
		spans := SplitSentences(tt.in)
		for _, s := range spans {
			got = append(got, tt.in[s.Start:s.End])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("SplitSentences(%q) (-want +got):\n%s", tt.in, diff)
		}
		MustValidSpans(t, tt.in, spans)
	}
}
