package labeleval

import (
	"strings"
	"testing"
)

func mustRead(t *testing.T, s string) []Row {
	t.Helper()
	rows, err := Read(strings.NewReader(s), "t")
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestScore(t *testing.T) {
	gold := mustRead(t, `d1	通江县|通江	类型	地点
d1	李玉甫	职务	县委书记
d1	李玉甫	任职于	通江县
?d1	通江县	产业	银耳
d1	DOC	作者	王进
`)
	sys := mustRead(t, `d1	通江	类型	地点
d1	通江	类型	地点
d1	李 玉甫	职务	县委书记
d1	李玉甫	任职于	巴中市
d1	通江县	产业	银耳
d1	某文章	作者	王进
d1	李玉甫	类型	职务
d2	无关	类型	地点
`)
	r := Score(gold, sys)
	if c := r.All; c.Gold != 4 || c.Matched != 3 || c.System != 4 {
		t.Fatalf("all = %+v, want gold 4, matched 3 (alternative, spaces folded, author by doc), system 4 (duplicate once, optional ignored, non-type ignored, other doc ignored)", c)
	}
	if len(r.Missed) != 1 || r.Missed[0].Object != "通江县" || len(r.False) != 1 || r.False[0].Object != "巴中市" {
		t.Fatalf("missed %v false %v", r.Missed, r.False)
	}
	if f := r.All.F1(); f < 0.74 || f > 0.76 {
		t.Fatalf("F1 %.3f, want 0.75", f)
	}
}

func TestRead_Bad(t *testing.T) {
	if _, err := Read(strings.NewReader("a\tb\tc\n"), "x.tsv"); err == nil || !strings.Contains(err.Error(), "x.tsv:1") {
		t.Fatalf("err = %v, want the file and line", err)
	}
}
