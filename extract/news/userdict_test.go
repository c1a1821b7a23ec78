package news_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/news"
)

func labelRows(t *testing.T, x *news.Extractor, text string) string {
	t.Helper()
	return inputRows(t, x, news.Input{Name: "u", Text: text})
}

// inputRows extracts in and returns its label view's rows, one a line.
func inputRows(t *testing.T, x *news.Extractor, in news.Input) string {
	t.Helper()
	docs, err := x.Extract(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, d := range docs {
		for _, r := range extract.LabelView(d) {
			b.WriteString(r[1] + " " + r[2] + " " + r[3] + "\n")
		}
	}
	return b.String()
}

func TestUserDict_Wins(t *testing.T) {
	text := "今天，青木果业与山东省烟台市栖霞市合作建设苹果冷库。巴特尔今天也来了。果农乐天说，冷库建好后苹果能卖上好价钱。"
	plain := labelRows(t, MustExtractor(t), text)
	for _, not := range []string{"青木果业 类型 机构", "巴特尔 类型 人物"} {
		if strings.Contains(plain, not) {
			t.Fatalf("without a user dictionary %q is already found; pick another example", not)
		}
	}
	if !strings.Contains(plain, "乐天 类型 人物") {
		t.Fatalf("without a user dictionary 乐天 is not found; pick another example for notname")
	}
	dict := filepath.Join(t.TempDir(), "mine.txt")
	if err := os.WriteFile(dict, []byte("# my words\n青木果业 org\n巴特尔 person\n乐天 notname\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := news.New(news.Options{UserDicts: []string{dict}})
	if err != nil {
		t.Fatal(err)
	}
	got := labelRows(t, x, text)
	for _, want := range []string{"青木果业 类型 机构", "巴特尔 类型 人物"} {
		if !strings.Contains(got, want) {
			t.Errorf("with the user dictionary, missing %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "乐天 类型 人物") {
		t.Errorf("a notname entry was still taken as a name:\n%s", got)
	}
	// the default extractor is not changed by another's user entries
	if again := labelRows(t, MustExtractor(t), text); strings.Contains(again, "巴特尔 类型 人物") || !strings.Contains(again, "乐天 类型 人物") {
		t.Errorf("user entries leaked into the default extractor:\n%s", again)
	}
}

func TestUserDict_Errors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("青木果业 org\n乐天 persn\n"), 0o644)
	_, err := news.New(news.Options{UserDicts: []string{bad}})
	if err == nil || !strings.Contains(err.Error(), "bad.txt:2") || !strings.Contains(err.Error(), "persn") {
		t.Fatalf("err = %v, want the file, line and the bad kind", err)
	}
	if _, err := news.New(news.Options{UserDicts: []string{filepath.Join(dir, "missing.txt")}}); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Fatalf("err = %v, want the missing file named", err)
	}
}

// rowCase is a text and the label rows that must and must not come of it.
type rowCase struct {
	text      string
	want, not []string
}

// checkRows extracts each case's text and checks its rows.
func checkRows(t *testing.T, x *news.Extractor, tests []rowCase) {
	t.Helper()
	for _, tc := range tests {
		checkRowsOf(t, tc.text, labelRows(t, x, tc.text), tc.want, tc.not)
	}
}

// checkRowsOf checks the rows got of text against want and not.
func checkRowsOf(t *testing.T, text, got string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w+"\n") {
			t.Errorf("%s: missing %q in\n%s", text, w, got)
		}
	}
	for _, n := range not {
		if strings.Contains(got, n+"\n") {
			t.Errorf("%s: unexpected %q in\n%s", text, n, got)
		}
	}
}

// TestBylineUnderPageHeader: on a page whose masthead, date, editor and
// two-line headline stand before the byline, every name of the byline is
// credited, also after a long press label (见习记者).
func TestBylineUnderPageHeader(t *testing.T) {
	x, err := news.New(news.Options{})
	if err != nil {
		t.Fatal(err)
	}
	page := "湖州日报\n2026年5月14日 星期四 第6版\n山海协作·县域\n责任编辑：周 敏\n安吉白茶\n走出“国际范”\n记者 沈立群 见习记者 吴 婷\n" +
		"安吉县溪龙乡是安吉白茶的主\n产区之一。在溪龙乡的一家茶\n企里，茶农正忙着采摘。\n"
	got := inputRows(t, x, news.Input{Name: "p", Source: "p.txt", Text: page, Layout: true})
	checkRowsOf(t, page, got, []string{"沈立群 职务 记者", "湖州日报 作者 沈立群", "湖州日报 作者 吴婷"}, nil)
}
