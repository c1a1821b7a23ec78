package places

import (
	"testing"

	"github.com/zhkg/zhkg/extract/gazetteer"
)

// A village of a county in context whose 村 is the 村 of 乡村振兴 (俄牙同乡
// … 同乡村振兴) is none; the same village at a clean boundary is.
func TestStage_VillageInsideRuralRevitalization(t *testing.T) {
	s := mustStage(t)
	if n := mentionsOf(t, s, "稻城县俄牙同乡调研巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作。", "同乡村"); n != 0 {
		t.Errorf("同乡村振兴: %d mentions of 同乡村, want 0", n)
	}
	if n := mentionsOf(t, s, "稻城县俄牙同乡同乡村的村民种青稞。", "同乡村"); n != 1 {
		t.Errorf("同乡村的村民: %d mentions of 同乡村, want 1", n)
	}
}

// A listed place of two characters that begins a person's name after a
// title (县委书记黄海东表示, 董事长韩国林介绍) is none; the same place after
// a title and before more than a given name of one character is.
func TestStage_PlaceBeginningANameAfterATitle(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("gazetteer.Default: %v", err)
	}
	s := New(g, WithSurnames(func(r rune) bool { return r == '黄' || r == '韩' }))
	tests := []struct {
		text, form string
		want       int
	}{
		{"县委书记黄海东表示，要抓好生产。", "黄海", 0},
		{"董事长韩国林介绍，企业主营饮品。", "韩国", 0},
		{"公司董事长到韩国考察市场。", "韩国", 1},
		{"秘书长黄海沿岸城市的代表出席。", "黄海", 1},
	}
	for _, tt := range tests {
		if n := mentionsOf(t, s, tt.text, tt.form); n != tt.want {
			t.Errorf("%s: %d mentions of %s, want %d", tt.text, n, tt.form, tt.want)
		}
	}
}
