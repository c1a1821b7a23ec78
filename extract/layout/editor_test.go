package layout

import (
	"strings"
	"testing"
)

// An editor's note in brackets closes an article on the page like a
// signature and is never a headline (（责任编辑：肖 娜）).
func TestEditorNoteIsNoHeadline(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want kind
	}{
		{"（责任编辑：肖 娜）", kSignature},
		{"（编辑：高文 校对：刘海）", kSignature},
		{"(责编：某某)", kSignature},
	} {
		if got := classify(tt.in); got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	page := pdf(
		"本报讯 为改善农田灌溉条件，",
		"某某县东山乡组织开展渠道清淤，",
		"共清理渠道十二条、二十公里，",
		"保障来年春耕用水。",
		"（责任编辑：肖 娜）",
		"东山乡渠道清淤保障春耕用水",
		"本报讯 今年以来，某某县西河镇",
		"大力发展大棚蔬菜种植，全镇大棚",
		"已达八百栋，带动农户增收致富。",
		"（责任编辑：高 文）",
		"——某某县一线见闻",
		"本报讯 近日，某某县南湖村举办农民丰收",
		"节，展示稻米、菌菇等特色农产品，",
		"吸引游客两千余人次前来参观。",
		"金秋好时节",
	)
	docs := Split("p", "p.txt", page)
	MustValidDocs(t, "p", page, docs)
	for _, d := range docs {
		if strings.Contains(d.Title, "编辑") {
			t.Errorf("title %q holds the editor's note", d.Title)
		}
	}
	if len(docs) != 3 || !strings.Contains(docs[0].Text, "（责任编辑：肖 娜）") {
		t.Errorf("want the note in the first of three articles, got %d: %q", len(docs), docs[0].Text)
	}
}
