package places

import (
	"testing"

	"github.com/zhkg/zhkg/extract/gazetteer"
)

// A village of a county in context whose 村 is the 村 of 乡村振兴 (俄牙同乡
// … 同乡村振兴) is none; the same village at a clean boundary is.
func TestStage_VillageInsideRuralRevitalization(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatalf("gazetteer.Default: %v", err)
	}
	s := New(g)
	count := func(text, form string) int {
		n := 0
		for _, m := range run(t, s, text).Mentions {
			if m.Text == form {
				n++
			}
		}
		return n
	}
	if n := count("稻城县俄牙同乡调研巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作。", "同乡村"); n != 0 {
		t.Errorf("同乡村振兴: %d mentions of 同乡村, want 0", n)
	}
	if n := count("稻城县俄牙同乡同乡村的村民种青稞。", "同乡村"); n != 1 {
		t.Errorf("同乡村的村民: %d mentions of 同乡村, want 1", n)
	}
}
