package layout

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// refJoins is joins with its tests in their first order: the reading of
// the lines' text (endsParagraph, startsParagraph) before the widths.
func refJoins(lines []line) []bool {
	join := make([]bool, len(lines))
	paged := isPaged(lines)
	for i := 0; i+1 < len(lines); i++ {
		cur, next := lines[i], lines[i+1]
		first := i == 0 || !join[i-1]
		if cur.valid && next.valid && (brokenByline(cur.text) && startsHan(next.text) || openCredit(cur.text, next.text)) {
			join[i] = true
			continue
		}
		if endsParagraph(cur.text, cur.width) || startsParagraph(next.text, next.width) || !cur.valid || !next.valid {
			continue
		}
		if !columnLine(lines, i, first) && !(paged && cur.clause && cur.width >= minLoose && cur.width <= maxColumn) {
			continue
		}
		w := colWidth(lines, i)
		if first {
			w = max(w, cur.width+indent)
		}
		if next.width > w+widthTol {
			continue
		}
		if !cur.clause && !next.clause && (first || !columnLine(lines, i+1, false)) && !bodyAfter(lines, i, paged) {
			continue
		}
		if !cur.clause && listItem(next.text) {
			continue
		}
		join[i] = true
	}
	return join
}

// TestJoins_SameAsFirstOrder compares joins with refJoins on random pages
// of invented column lines, headlines, bylines, signatures, credits and
// sentence ends.
func TestJoins_SameAsFirstOrder(t *testing.T) {
	pool := []string{
		"今年以来，青山县持续推进乡村振兴，", "全县新建高标准农田两万亩，带动", "农户增收致富。记者从县农业农村局", "了解到，当地已培育家庭农场三百",
		"余家、农民合作社一百二十家。", "本报讯 记者谢", "云峰报道", "新华社记者 陈泽国 摄", "（曾 平）", "——访青山县农技站站长",
		"乡村振兴的青山实践", "来源：青山日报", "（本组稿件由本报记者王进采写）", "本报记者 王 进", "村民们纷纷表示，", "日子越过越红火！”",
		"2024年3月5日", "□ 本报记者 李 明", "青山县", "合作社负责人说，今年的产量比去年", "提高了一成多，", "\xe4\xb8", "a b c",
	}
	r := rand.New(rand.NewPCG(4, 6))
	for range 3000 {
		var b strings.Builder
		for k := 2 + r.IntN(30); k > 0; k-- {
			b.WriteString(pool[r.IntN(len(pool))])
			b.WriteByte('\n')
		}
		lines := scanLines(b.String())
		if got, want := joins(lines), refJoins(lines); !slices.Equal(got, want) {
			t.Fatalf("joins of %q:\n got %v\nwant %v", b.String(), got, want)
		}
	}
}
