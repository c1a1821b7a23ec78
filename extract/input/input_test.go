package input

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite golden files")

// mustWrite writes data to dir/name and returns the path.
func mustWrite(tb testing.TB, dir, name string, data []byte) string {
	tb.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}

// mustWalk collects the items of a walk.
func mustWalk(tb testing.TB, w *Walker, paths ...string) []Item {
	tb.Helper()
	var items []Item
	if w == nil {
		w = &Walker{}
	}
	if err := w.Walk(context.Background(), paths, func(it Item) error {
		items = append(items, it)
		return nil
	}); err != nil {
		tb.Fatalf("Walk: %v", err)
	}
	return items
}

// mustEncode encodes s with e.
func mustEncode(tb testing.TB, e encoding.Encoding, s string) []byte {
	tb.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatalf("encode: %v", err)
	}
	return b
}

func summary(items []Item) string {
	var b strings.Builder
	for _, it := range items {
		fmt.Fprintf(&b, "== %s\n", it.Path)
		if it.Err != nil {
			fmt.Fprintf(&b, "err: %v (skipped=%v)\n", it.Err, it.Skipped())
			continue
		}
		in := it.Input
		fmt.Fprintf(&b, "name=%s source=%s encoding=%s layout=%v hash=%.12s\n", in.Name, in.Source, it.Encoding, in.Layout, it.Hash)
		if in.Title != "" || in.Date != "" {
			fmt.Fprintf(&b, "title=%q date=%q\n", in.Title, in.Date)
		}
		fmt.Fprintf(&b, "%s\n", in.Text)
	}
	return b.String()
}

func TestWalk_TreeGolden(t *testing.T) {
	got := summary(mustWalk(t, nil, filepath.Join("testdata", "tree")))
	golden := filepath.Join("testdata", "tree.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("walk (-want +got):\n%s", diff)
	}
}

func TestWalk_OrderAndSkips(t *testing.T) {
	tree := filepath.Join("testdata", "tree")
	var got []string
	for _, it := range mustWalk(t, nil, tree) {
		got = append(got, it.Input.Source+"|"+it.Input.Name)
	}
	want := []string{
		"testdata/tree/a.txt|a",
		"testdata/tree/b.md|b",
		"testdata/tree/c.jsonl:1|rec-1",
		"testdata/tree/c.jsonl:2|",
		"testdata/tree/c.jsonl:3|7",
		"testdata/tree/c.jsonl:5|",
		"testdata/tree/c.jsonl:6|rec-5",
		"testdata/tree/d.html|d",
		"testdata/tree/empty.txt|empty",
		"testdata/tree/sub/e.txt|e",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	// the same walk twice gives the same items
	if a, b := summary(mustWalk(t, nil, tree)), summary(mustWalk(t, nil, tree)); a != b {
		t.Error("two walks differ")
	}
	// named explicitly, a hidden file and an unknown extension are read
	items := mustWalk(t, nil, filepath.Join(tree, ".hidden.txt"), filepath.Join(tree, "notes.xyz"))
	if len(items) != 2 || items[0].Err != nil || items[1].Err != nil || items[1].Input.Name != "notes" || !items[1].Input.Layout {
		t.Errorf("explicit files: %s", summary(items))
	}
}

func TestWalk_JSONLinesBrokenLine(t *testing.T) {
	items := mustWalk(t, nil, filepath.Join("testdata", "tree", "c.jsonl"))
	var ok, failed []string
	for _, it := range items {
		if it.Err != nil {
			failed = append(failed, it.Err.Error())
			continue
		}
		ok = append(ok, it.Input.Name)
	}
	if diff := cmp.Diff([]string{"rec-1", "7"}, ok); diff != "" {
		t.Errorf("records read (-want +got):\n%s", diff)
	}
	if len(failed) != 3 ||
		!strings.HasPrefix(failed[0], "testdata/tree/c.jsonl:2: bad JSON-lines record: broken JSON") ||
		!strings.Contains(failed[1], "c.jsonl:5:") || !strings.Contains(failed[1], `no "id"`) ||
		!strings.Contains(failed[2], "c.jsonl:6:") {
		t.Errorf("failures: %q", failed)
	}
	var e *Error
	if it := items[1]; !errors.As(it.Err, &e) || e.Line != 2 || !errors.Is(it.Err, ErrRecord) {
		t.Errorf("line 2 error %#v", it.Err)
	}
	if !items[4].Skipped() {
		t.Errorf("blank text record not skipped: %v", items[4].Err)
	}
	if items[0].Input.Title != "湖滨镇修路" || items[0].Input.Date != "2024-03-05" || items[0].Input.Layout {
		t.Errorf("record 1: %+v", items[0].Input)
	}
	if items[2].Input.Text != "松江村的合作社把蜂蜜卖到了外省。" {
		t.Errorf("content field not read: %+v", items[2].Input)
	}
}

const sampleZh = "北湖区农业农村局今年推广了新的水稻品种，全区粮食产量比去年增长百分之五。\n局长说：“明年还要扩大种植面积。”\n"

func TestWalk_Encodings(t *testing.T) {
	trad := "臺灣的農會今年推廣新品種稻米，產量比去年增加了兩成。\n"
	tests := []struct {
		name, file string
		data       []byte
		want       string
		enc        string
	}{
		{"utf-8", "a.txt", []byte(sampleZh), sampleZh, UTF8},
		{"utf-8 bom", "b.txt", append([]byte("\xef\xbb\xbf"), sampleZh...), sampleZh, UTF8BOM},
		{"utf-16le bom", "c.txt", mustEncode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), sampleZh), sampleZh, UTF16LE},
		{"utf-16be bom", "d.txt", mustEncode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), sampleZh), sampleZh, UTF16BE},
		{"gbk", "e.txt", mustEncode(t, simplifiedchinese.GBK, sampleZh), sampleZh, GB18030},
		{"gbk short", "f.txt", mustEncode(t, simplifiedchinese.GBK, "你好"), "你好", GB18030},
		{"gb18030 four-byte", "g.txt", mustEncode(t, simplifiedchinese.GB18030, "东莞€"+sampleZh), "东莞€" + sampleZh, GB18030},
		{"big5", "h.txt", mustEncode(t, traditionalchinese.Big5, trad), trad, Big5},
		{"gbk traditional", "i.txt", mustEncode(t, simplifiedchinese.GBK, trad), trad, GB18030},
		{"crlf kept", "j.txt", []byte("第一行\r\n第二行\r\n"), "第一行\r\n第二行\r\n", UTF8},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustWrite(t, dir, tt.file, tt.data)
			items := mustWalk(t, nil, p)
			if len(items) != 1 || items[0].Err != nil {
				t.Fatalf("items: %s", summary(items))
			}
			it := items[0]
			if it.Input.Text != tt.want || it.Encoding != tt.enc {
				t.Errorf("got %q (%s), want %q (%s)", it.Input.Text, it.Encoding, tt.want, tt.enc)
			}
			if it.Hash != hashOf(tt.data) {
				t.Errorf("hash is not of the raw bytes")
			}
		})
	}
}

func TestWalk_HTMLCharset(t *testing.T) {
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>标题</title></head><body><p>正文第一段。</p></body></html>`
	p := mustWrite(t, t.TempDir(), "page.htm", mustEncode(t, simplifiedchinese.GBK, page))
	items := mustWalk(t, nil, p)
	if len(items) != 1 || items[0].Err != nil || items[0].Input.Title != "标题" || items[0].Input.Text != "正文第一段。" || items[0].Encoding != GB18030 {
		t.Fatalf("items: %s", summary(items))
	}
}

func TestWalk_NotText(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(rnd.Uint32())
	}
	highRandom := make([]byte, 4096) // no NULs, no controls: only the encoding check can reject it
	for i := range highRandom {
		highRandom[i] = byte(0x80 + rnd.IntN(0x80))
	}
	tests := []struct {
		name, file string
		data       []byte
		reason     string
	}{
		{"pdf", "paper.txt", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"), "PDF"},
		{"png", "image.md", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "PNG"},
		{"docx", "story.txt", []byte("PK\x03\x04\x14\x00\x06\x00"), "ZIP"},
		{"nul bytes", "nul.txt", []byte("abc\x00def\x00"), "NUL"},
		{"random", "random.txt", random, ""},
		{"high random", "high.txt", highRandom, "encoding"},
		{"latin-1", "latin.txt", []byte("Caf\xe9 cr\xe8me br\xfbl\xe9e, d\xe9j\xe0 vu, na\xefve fa\xe7ade.\n"), "encoding"},
		{"controls", "ctl.txt", []byte(strings.Repeat("ab\x01\x02\x03", 50)), "control"},
		{"jsonl binary", "x.jsonl", []byte("\x89PNG\r\n\x1a\n\x00\x00"), "PNG"},
		{"html binary", "x.html", []byte("%PDF-1.4\n"), "PDF"},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustWrite(t, dir, tt.file, tt.data)
			items := mustWalk(t, nil, p)
			if len(items) != 1 {
				t.Fatalf("%d items, want 1: %s", len(items), summary(items))
			}
			err := items[0].Err
			if !errors.Is(err, ErrNotText) {
				t.Fatalf("err = %v, want ErrNotText", err)
			}
			if !strings.Contains(err.Error(), tt.file) || !strings.Contains(err.Error(), tt.reason) {
				t.Errorf("err %q does not name the file and %q", err, tt.reason)
			}
		})
	}
}

func TestWalk_Empty(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{"zero.txt": "", "space.md": " \r\n\t\u3000\n", "bom.txt": "\xef\xbb\xbf\n", "blank.html": "<html><body><script>x()</script></body></html>"} {
		items := mustWalk(t, nil, mustWrite(t, dir, name, []byte(data)))
		if len(items) != 1 || !items[0].Skipped() || !strings.Contains(items[0].Err.Error(), name) {
			t.Errorf("%s: %s", name, summary(items))
		}
	}
}

func TestWalk_SymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, dir, "a.txt", []byte("甲文件。"))
	mustWrite(t, dir, "sub/b.txt", []byte("乙文件。"))
	if err := os.Symlink("..", filepath.Join(dir, "sub", "up")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := os.Symlink("self.txt", filepath.Join(dir, "self.txt")); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, t.TempDir(), "x", nil)
	items := mustWalk(t, nil, dir)
	var texts []string
	loops := 0
	for _, it := range items {
		switch {
		case errors.Is(it.Err, ErrSymlinkLoop):
			loops++
		case it.Err != nil:
			t.Errorf("unexpected error %v", it.Err)
		default:
			texts = append(texts, it.Input.Text)
		}
	}
	if diff := cmp.Diff([]string{"甲文件。", "乙文件。"}, texts); diff != "" {
		t.Errorf("texts (-want +got):\n%s", diff)
	}
	if loops != 2 { // sub/up and self.txt, once each
		t.Errorf("%d loop reports, want 2: %s", loops, summary(items))
	}
}

func TestWalk_FollowsLinkToFolder(t *testing.T) {
	dir, other := t.TempDir(), t.TempDir()
	mustWrite(t, other, "c.txt", []byte("丙文件。"))
	if err := os.Symlink(other, filepath.Join(dir, "link")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	items := mustWalk(t, nil, dir)
	if len(items) != 1 || items[0].Input.Text != "丙文件。" {
		t.Errorf("items: %s", summary(items))
	}
}

func TestWalk_Stdin(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // name|source|text
	}{
		{"text", sampleZh, []string{"stdin|-|" + sampleZh}},
		{"jsonl", "\n{\"id\":\"s1\",\"text\":\"甲。\"}\n{\"id\":\"s2\",\"text\":\"乙。\"}", []string{"s1|-:2|甲。", "s2|-:3|乙。"}},
		{"html", "<!DOCTYPE html><p>网页正文。</p>", []string{"stdin|-|网页正文。"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, it := range mustWalk(t, &Walker{Stdin: strings.NewReader(tt.in)}, "-") {
				if it.Err != nil {
					t.Fatal(it.Err)
				}
				got = append(got, it.Input.Name+"|"+it.Input.Source+"|"+it.Input.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestWalk_MissingPathAndLimits(t *testing.T) {
	dir := t.TempDir()
	big := mustWrite(t, dir, "big.txt", []byte(strings.Repeat("长", 100)))
	ok := mustWrite(t, dir, "ok.txt", []byte("短。"))
	items := mustWalk(t, &Walker{MaxSize: 100}, filepath.Join(dir, "nope.txt"), big, ok)
	if len(items) != 3 || !errors.Is(items[0].Err, os.ErrNotExist) || !errors.Is(items[1].Err, ErrTooLarge) || items[2].Err != nil {
		t.Errorf("items: %s", summary(items))
	}
}

func TestWalk_StopsOnCallbackErrorAndCancel(t *testing.T) {
	tree := filepath.Join("testdata", "tree")
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{tree}, func(Item) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d items", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Walk(ctx, []string{tree}, func(Item) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled walk: %v", err)
	}
}

func TestWalk_ManyFiles(t *testing.T) {
	dir := t.TempDir()
	const n = 1000
	for i := range n {
		mustWrite(t, dir, fmt.Sprintf("f%05d.txt", (i*7919)%n), []byte("第"+fmt.Sprint(i)+"篇。"))
	}
	prev, count := "", 0
	err := Walk(context.Background(), []string{dir}, func(it Item) error {
		if it.Err != nil {
			return it.Err
		}
		if it.Input.Name <= prev {
			return fmt.Errorf("%s after %s", it.Input.Name, prev)
		}
		prev = it.Input.Name
		count++
		return nil
	})
	if err != nil || count != n {
		t.Fatalf("err %v, %d items", err, count)
	}
}

// TestWalk_LargeSingleLine reads a large one-line text file and a
// one-record JSON-lines file and checks the bytes allocated stay within a
// few times the file size.
func TestWalk_LargeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("large file")
	}
	const size = 20 << 20
	line := strings.Repeat("江", size/3)
	dir := t.TempDir()
	txt := mustWrite(t, dir, "big.txt", []byte(line))
	jsonl := mustWrite(t, dir, "big.jsonl", []byte(`{"id":"big","text":"`+line+`"}`+"\n"))
	for _, p := range []string{txt, jsonl} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		n := 0
		err := Walk(context.Background(), []string{p}, func(it Item) error {
			if it.Err != nil {
				return it.Err
			}
			n = len(it.Input.Text)
			return nil
		})
		runtime.ReadMemStats(&after)
		if err != nil || n != len(line) {
			t.Fatalf("%s: err %v, text %d bytes", p, err, n)
		}
		alloc := after.TotalAlloc - before.TotalAlloc
		t.Logf("%s: allocated %.1fx the file size", filepath.Base(p), float64(alloc)/size)
		if alloc > 5*size {
			t.Errorf("%s: allocated %d MiB for a %d MiB file", filepath.Base(p), alloc>>20, size>>20)
		}
	}
}

func TestExtractHTML(t *testing.T) {
	tests := []struct {
		name, in string
		want     htmlDoc
	}{
		{"body without article", `<html><body><div>第一段</div><div>第二段<br>第三段</div></body></html>`,
			htmlDoc{Text: "第一段\n第二段\n第三段"}},
		{"article wins", `<body><p>导航外的杂项</p><article><p>文章正文。</p></article></body>`,
			htmlDoc{Text: "文章正文。"}},
		{"main when no article", `<body><p>杂项</p><main><p>主体内容。</p></main></body>`,
			htmlDoc{Text: "主体内容。"}},
		{"dropped elements", `<body><nav>菜单</nav><header>页头</header><p>正文</p><script>alert("脚本")</script><style>p{}</style><footer>页脚</footer><aside>侧栏</aside><form>表单</form></body>`,
			htmlDoc{Text: "正文"}},
		{"line breaks between Chinese dropped, spaces kept", "<p>张三\n说：We  like\tGo 语言。</p>",
			htmlDoc{Text: "张三说：We like Go 语言。"}},
		// spaces separate the fields of a source line and two names
		{"spaces between Chinese kept", "<div>来源：东北网 作者：孙明 赵丽\u3000\u3000摄影：王 进</div>",
			htmlDoc{Text: "来源：东北网 作者：孙明 赵丽 摄影：王 进"}},
		{"a wrap across inline tags", "<p>东川区<b>图书\n  </b>馆开馆</p>",
			htmlDoc{Text: "东川区图书馆开馆"}},
		{"entities and nbsp", `<p>A&amp;B&nbsp;公司&lt;示例&gt;</p>`, htmlDoc{Text: "A&B 公司<示例>"}},
		{"title fallback to h1", `<body><h1>大标题</h1><p>内容</p></body>`, htmlDoc{Title: "大标题", Text: "大标题\n内容"}},
		{"unclosed head", `<html><head><title>题目</title><body><p>正文在此</p>`, htmlDoc{Title: "题目", Text: "正文在此"}},
		{"time element", `<article><time datetime="2024-05-06">5月6日</time><p>消息。</p></article>`, htmlDoc{Date: "2024-05-06", Text: "5月6日\n消息。"}},
		{"svg title is not the page title", `<head><title>页面</title></head><body><svg><title>图标</title></svg><p>正文</p><svg><title>图标</title></svg></body>`, htmlDoc{Title: "页面", Text: "正文"}},
		{"inline tags join", `<p>东<b>川</b>区<a href="#">图书馆</a></p>`, htmlDoc{Text: "东川区图书馆"}},
		// a site's chrome by class or id, and its copyright line, are no article text
		{"site chrome", `<body><div class="nav-bar">首页 &gt; 湖南频道</div><ul id="main_menu"><li>长沙</li></ul><div class="crumbs">当前位置：首页</div>` +
			`<div class="article-body"><p>正文。</p></div><div class="share-box">分享到</div><div class="related">相关新闻</div>` +
			`<div class="footer">责任编辑：王明</div><p>版权所有 湖南某网 湘ICP备00000000号</p><p>Copyright © 2026</p></body>`,
			htmlDoc{Text: "正文。\n责任编辑：王明"}},
		// related news, previous and next by their pinyin initials, a menu
		// named as part of a word, and footers' lines of technical support
		{"pinyin chrome", `<body><div class="subnav">长沙 株洲</div><p>正文。</p><div class="xgxw">·某县召开会议</div><div class="sxp">上一篇：某文</div>` +
			`<p>技术支持：某某科技有限公司</p><p>网站标识码4300000000</p></body>`, htmlDoc{Text: "正文。"}},
		// an element nested in the chrome ends inside it, not the chrome
		{"nested chrome", `<body><div class="nav"><div>首页</div>导航更多<p>未闭合</div><p>正文。</p></body>`, htmlDoc{Text: "正文。"}},
		// Chinese sites' class names (导航 dh, 位置 wz, 分享 fenxiang) and
		// the lines of a site's breadcrumb, address and publisher
		{"chinese chrome", `<body><div class="dh">首页 长沙 株洲</div><div class="wz">首页 &gt; 要闻</div><p>当前位置：首页 &gt; 市州</p>` +
			`<p>正文。</p><div class="fenxiang">微信 微博</div><p>主办：某某日报社 承办：某某网</p><p>地址：长沙市芙蓉区某路1号</p>` +
			`<p>主办方：县文化馆</p></body>`,
			htmlDoc{Text: "正文。\n主办方：县文化馆"}},
		// words that merely contain a chrome word are no chrome
		{"not chrome", `<div class="canvas snapshot"><p>正文。</p></div>`, htmlDoc{Text: "正文。"}},
		{"heading over a title with the site's name", `<head><title>小麦开镰_河南频道_某某网</title></head><body><h1>小麦开镰</h1><h1>其他</h1><p>内容</p></body>`,
			htmlDoc{Title: "小麦开镰", Text: "小麦开镰\n其他\n内容"}},
		{"a title that is not the heading and a suffix", `<head><title>小麦开镰了</title></head><body><h1>小麦开镰</h1></body>`,
			htmlDoc{Title: "小麦开镰了", Text: "小麦开镰"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, extractHTML(tt.in)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestDocName(t *testing.T) {
	for in, want := range map[string]string{"texts/d01.txt": "d01", "a.b.md": "a.b", "noext": "noext", "/x/.hidden": ".hidden", "dir/page.HTML": "page"} {
		if got := docName(in); got != want {
			t.Errorf("docName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsTraditional(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"臺灣的農會今年推廣新品種稻米，產量比去年增加了兩成。", true},
		{"這個縣的經濟發展很快。", true},
		{"这个县的经济发展很快。", false},
		{"北湖区农业农村局今年推广了新的水稻品种，招牌上写着「農會」两个字。", false},
		{"", false},
		{"hello world 123", false},
		{"中山大学", false}, // common to both scripts
	}
	for _, tt := range tests {
		if got := IsTraditional(tt.in); got != tt.want {
			tr, s := ScriptCounts(tt.in)
			t.Errorf("IsTraditional(%q) = %v (trad %d, simp %d), want %v", tt.in, got, tr, s, tt.want)
		}
	}
}

func TestToSimplified(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"臺灣的農會今年推廣新品種稻米，產量比去年增加了兩成。", "台湾的农会今年推广新品种稻米，产量比去年增加了两成。", true},
		{"這個縣長說：「發展經濟」。", "这个县长说：「发展经济」。", true},
		{"这个县长说。", "这个县长说。", false},
		{"abc", "abc", false},
		{"國\xffa", "国\xffa", true},
	}
	for _, tt := range tests {
		got, ok := ToSimplified(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ToSimplified(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
		if len(got) != len(tt.in) {
			t.Errorf("ToSimplified(%q) changed the byte length", tt.in)
		}
	}
}

func TestTables(t *testing.T) {
	tb := tables()
	var trad, simp int
	for _, c := range tb.script {
		switch c {
		case tradOnly:
			trad++
		case simpOnly:
			simp++
		}
	}
	if len(tb.t2s) < 3000 || trad < 2500 || simp < 2500 {
		t.Fatalf("tables too small: %d pairs, %d traditional-only, %d simplified-only", len(tb.t2s), trad, simp)
	}
	for tr, s := range tb.t2s {
		if utf8.RuneLen(tr) != utf8.RuneLen(s) {
			t.Errorf("%c -> %c changes length", tr, s)
		}
	}
	// the table holds one class a character: none may be in both lists
	for _, line := range strings.Split(simpData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		for _, r := range line {
			if tb.class(r) != simpOnly {
				t.Errorf("%c is both traditional-only and simplified-only", r)
			}
		}
	}
}

// TestJSONLinesCreditFields: a record's source and author fields (a string
// or an array) close its text as a credit line, unless the text holds them
// already or the source is a web address; crawlers' date fields give the
// date when date is empty.
func TestJSONLinesCreditFields(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "r.jsonl")
	lines := strings.Join([]string{
		`{"id":"a","content":"县里召开会议。","source":"海东时报","author":"韦静","pub_time":"2026-05-01 10:00"}`,
		`{"id":"b","content":"县里召开会议。","author":["本报记者 李娜","通讯员 王强"],"source":"https://example.com/x"}`,
		`{"id":"c","content":"县里召开会议。（海东时报记者 韦静）","source":"海东时报","author":"韦静","date":"2026-05-02"}`,
	}, "\n")
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	items := mustWalk(t, nil, path)
	want := []struct{ text, date string }{
		{"县里召开会议。\n\n来源：海东时报　作者：韦静", "2026-05-01 10:00"},
		{"县里召开会议。\n\n作者：本报记者 李娜 通讯员 王强", ""},
		{"县里召开会议。（海东时报记者 韦静）", "2026-05-02"},
	}
	if len(items) != len(want) {
		t.Fatalf("%d items, want %d", len(items), len(want))
	}
	for i, w := range want {
		if items[i].Err != nil || items[i].Input.Text != w.text || items[i].Input.Date != w.date {
			t.Errorf("record %d: text %q date %q err %v, want %q %q", i, items[i].Input.Text, items[i].Input.Date, items[i].Err, w.text, w.date)
		}
	}
}
