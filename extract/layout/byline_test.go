package layout

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestByline_SameAsRegexp checks that byline, which runs reByline only
// where pressTitleAt finds the press title, answers what reByline alone
// answers for lines of its first characters (or namedPressByline), on a table of invented lines
// and random ones made of the words reByline reads and others.
func TestByline_SameAsRegexp(t *testing.T) {
	plain := func(s string) bool {
		switch r := []rune(s + "x")[0]; r {
		case '□', '■', '●', '◆', '▲', '◇', '○', '本', '新', '人', '特', '见', '实', '记', '通':
			return reByline.MatchString(head(s, reach))
		}
		return false
	}
	for _, c := range []struct {
		line string
		want bool
	}{
		{"本报记者 王 进", true},
		{"新华社特约记者李明报道", true},
		{"人民日报见习记者 张三", true},
		{"通讯员 赵四 摄", true},
		{"记者刘洋", true},
		{"■ 本报记者", true},
		{"人们纷纷表示", false},
		{"新的一年开始了", false},
		{"本报讯", false},
		{"实习生周五报道", false},
		{"黑龙江日报记者 王 进", true},
		{"青山晚报见习记者 李 明 通讯员 赵四", true},
		{"县电视台记者张敏", true},
		{"青山日报社通讯员 周 洁 摄", true},
		{"据了解记者 王 进", false},    // no press name before the title
		{"县农业农村局记者 王 进", false}, // a press name ends with 报, 社 or 台
		{"黑龙江日报记者从省农业农村厅获悉", false},
		{"全省各地市县党委机关报记者 王 进", false}, // more than maxPress characters before the title
	} {
		if got := byline(c.line); got != c.want || got != (plain(c.line) || namedPressByline(c.line)) {
			t.Errorf("byline(%q) = %v, want %v (reByline: %v)", c.line, got, c.want, plain(c.line))
		}
	}
	pieces := []string{"日报", "晚报", "电视台", "青山", "本报", "新华社", "人民日报", "特约", "见习", "实习", "记者", "通讯员", "本", "新", "人", "特", "见", "实", "记", "通",
		"王", "进", "李明", "·", " ", "\u3000", "报道", "摄", "，", "■", "们", "讯", "a"}
	r := rand.New(rand.NewPCG(2, 7))
	for range 50000 {
		var b strings.Builder
		for k := 1 + r.IntN(7); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := byline(s), plain(s) || namedPressByline(s); got != want {
			t.Fatalf("byline(%q) = %v, reByline says %v", s, got, want)
		}
	}
}
