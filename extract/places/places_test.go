package places

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/gazetteer"
)

func mustStage(tb testing.TB) *Stage {
	tb.Helper()
	g, err := gazetteer.Default()
	if err != nil {
		tb.Fatalf("gazetteer.Default: %v", err)
	}
	return New(g)
}

func run(tb testing.TB, s *Stage, text string) *extract.Doc {
	tb.Helper()
	d := &extract.Doc{ID: "t", Text: text}
	if err := s.Process(context.Background(), d); err != nil {
		tb.Fatalf("Process: %v", err)
	}
	return d
}

// mentionsOf counts the place mentions whose text is form in text.
func mentionsOf(tb testing.TB, s *Stage, text, form string) int {
	tb.Helper()
	n := 0
	for _, m := range run(tb, s, text).Mentions {
		if m.Text == form {
			n++
		}
	}
	return n
}

// checkLabels reports the labels of want missing from got and those of
// not present in it.
func checkLabels(t *testing.T, text string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%s: mentions %v, want %s", text, got, w)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("%s: mentions %v, must not have %s", text, got, w)
		}
	}
}

// labels returns the labels of the mentioned places, in text order, without repeats.
func labels(d *extract.Doc) []string {
	var out []string
	for _, m := range d.Mentions {
		l := d.Entity(m.Key).Label
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

func TestStage_Process_Mentions(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name    string
		text    string
		want    []string // labels that must be mentioned
		notWant []string // labels that must not be
	}{
		{"full names nested", "今年春天，四川省巴中市通江县举办了一场银耳推介会。", []string{"四川省", "巴中市", "通江县"}, nil},
		{"short forms", "来自四川巴中的客商到通江考察。", []string{"四川省", "巴中市", "通江县"}, nil},
		{"autonomous region", "广西和内蒙古、新疆、宁夏、西藏的代表出席。", []string{"广西壮族自治区", "内蒙古自治区", "新疆维吾尔自治区", "宁夏回族自治区", "西藏自治区"}, nil},
		{"ethnic county short", "黑龙江省大庆市杜尔伯特县的草原上，牧民正在转场。", []string{"黑龙江省", "大庆市", "杜尔伯特蒙古族自治县"}, nil},
		{"ethnic township short", "云南省普洱市澜沧拉祜族自治县力所乡的茶农采摘新茶。", []string{"力所拉祜族乡"}, nil},
		{"layout spaces", "黑龙江 省大庆 市让胡路区召开会议。", []string{"黑龙江省", "大庆市", "让胡路区"}, nil},
		{"ambiguous township with parent", "通江县陈河镇的村民种下了新品种。", []string{"通江县", "陈河镇"}, nil},
		{"ambiguous township alone", "陈河镇的村民种下了新品种。", nil, []string{"陈河镇"}},
		{"township short with parent", "巴中市通江县陈河的茶叶很有名。", []string{"陈河镇"}, nil},
		{"village with parent", "大庆市让胡路区乘风街道乘风二社区居委会组织志愿者清扫楼道。", []string{"乘风街道", "乘风二社区"}, nil},
		{"village without parent", "乘风二社区组织志愿者清扫楼道。", nil, []string{"乘风二社区"}},
		{"foreign places", "企业产品远销俄罗斯、美国和新加坡，并在莫斯科设立办事处。", []string{"俄罗斯", "美国", "新加坡", "莫斯科"}, nil},
		{"ethnic group is not a country", "村里住着朝鲜族和俄罗斯族群众。", nil, []string{"朝鲜", "俄罗斯"}},
		{"road is not a city", "他在南京路和北京路之间开了一家小店。", nil, []string{"江苏省", "南京市", "北京市"}},
		{"common words", "公安干警坚持和平与光明，东方既白，朝阳初升，大兴调查研究之风。", nil, []string{"公安县", "和平区", "光明区", "东方市", "朝阳区", "大兴区"}},
		{"short name inside a word", "我们搭建协同创新平台，推动品牌兴县。", nil, []string{"新平彝族傣族自治县", "兴县"}},
		{"rural is not a township", "全县建设乡村振兴示范带。", nil, []string{"建设乡"}},
		{"two-character county", "重庆市忠县三汇镇的车间开足马力。", []string{"重庆市", "忠县", "三汇镇"}, nil},
		{"zones", "哈尔滨新区和宣城市郎溪经济开发区签约合作。", []string{"哈尔滨新区", "郎溪经济开发区"}, nil},
		{"free trade zone", "中国（黑龙江）自由贸易试验区哈尔滨片区新增企业三百家。", []string{"中国（黑龙江）自由贸易试验区哈尔滨片区"}, []string{"中国（黑龙江）自由贸易试验区"}},
		{"trade name and bracketed place", "绿源(漯河)食品产业园一期已经投产，禾丰（宿迁）现代农业示范园同时开园。", []string{"绿源(漯河)食品产业园", "禾丰（宿迁）现代农业示范园"}, nil},
		{"clause before a bracketed place", "我们在新建的(漯河)食品产业园参观。", nil, []string{"新建的(漯河)食品产业园", "的(漯河)食品产业园"}},
		{"demonstration park and scenic area", "江苏省宿迁市现代农业示范园和湖南省张家界市武陵源风景名胜区吸引游客。", []string{"宿迁市现代农业示范园", "武陵源风景名胜区"}, []string{"张家界市武陵源风景名胜区", "江苏省宿迁市现代农业示范园"}},
		// the nearest place begins a zone, and the zone is one entity
		// however its place is written
		{"zone after two places", "安徽省合肥市经开区新落户一批项目，合肥经开区已形成产业集群。", []string{"合肥市经开区"}, []string{"安徽省合肥市经开区", "合肥经开区"}},
		{"a clause is no park name", "宿迁市加快建设农业示范园，全市景区免费开放。", nil, []string{"宿迁市加快建设农业示范园", "全市景区"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, tt.text, labels(run(t, s, tt.text)), tt.want, tt.notWant)
		})
	}
}

func TestStage_Process_Chain(t *testing.T) {
	s := mustStage(t)
	text := "记者来到北京市东城区。杜尔伯特蒙古族自治县江湾乡的牧场迎来游客。"
	d := run(t, s, text)
	var got []string
	for _, tr := range d.Triples {
		got = append(got, d.Entity(tr.Subject).Label+">"+d.Entity(tr.Object).Label)
		if tr.Predicate != extract.LocatedIn || tr.Rule != RuleChain {
			t.Errorf("triple %+v: want 位于 by %s", tr, RuleChain)
		}
		if tr.Evidence.Start < 0 || tr.Evidence.End > len(text) {
			t.Errorf("triple %+v: evidence out of bounds", tr)
		}
	}
	for _, w := range []string{"东城区>北京市", "江湾乡>杜尔伯特蒙古族自治县", "杜尔伯特蒙古族自治县>大庆市", "大庆市>黑龙江省"} {
		if !slices.Contains(got, w) {
			t.Errorf("triples %v: want %s", got, w)
		}
	}
	// parents are entities, not mentions
	if d.Entity("place/230000") == nil {
		t.Errorf("no entity for 黑龙江省")
	}
	for _, m := range d.Mentions {
		if m.Key == "place/230000" || m.Key == "place/230600" {
			t.Errorf("parent %s is a mention", m.Key)
		}
	}
}

func TestStage_Process_Spans(t *testing.T) {
	s := mustStage(t)
	text := "在黑龙江 省大庆市，\n让胡路区的 干部 下乡。"
	d := run(t, s, text)
	if len(d.Mentions) == 0 {
		t.Fatal("no mentions")
	}
	for _, m := range d.Mentions {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("mention %+v out of bounds", m)
		}
		surface := strings.Join(strings.Fields(text[m.Start:m.End]), "")
		if surface != m.Text {
			t.Errorf("mention %+v: span reads %q", m, surface)
		}
		if m.Type != extract.Place || !strings.HasPrefix(m.Key, "place/") {
			t.Errorf("mention %+v: want a place key", m)
		}
	}
}

func TestStage_Process_Conformance(t *testing.T) {
	s := mustStage(t)
	for _, text := range []string{"", "   \n\t", "Hello, world. 123", "。。。"} {
		d := run(t, s, text)
		if len(d.Mentions) != 0 || len(d.Triples) != 0 {
			t.Errorf("%q: got %d mentions, %d triples", text, len(d.Mentions), len(d.Triples))
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Process(ctx, &extract.Doc{Text: "四川省"}); err == nil {
		t.Error("Process on a cancelled context: no error")
	}
	// the same output twice
	a := run(t, s, "四川省巴中市通江县陈河镇")
	b := run(t, s, "四川省巴中市通江县陈河镇")
	if !slices.Equal(a.Mentions, b.Mentions) {
		t.Errorf("different mentions on the same text: %v vs %v", a.Mentions, b.Mentions)
	}
}

func TestStage_Resolve(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name    string
		context []string
		want    string // "" = not resolved
	}{
		{"让胡路区", nil, "让胡路区"},
		{"通江", nil, "通江县"},
		{"四川", nil, "四川省"},
		{"陈河镇", nil, ""},
		{"陈河镇", []string{"511921"}, "陈河镇"},
		{"陈河", []string{"511921"}, "陈河镇"},
		{"朝阳区", []string{"110000"}, "朝阳区"},
		{"鼓楼区", nil, ""},
	}
	for _, tt := range tests {
		d, ok := s.Resolve(tt.name, tt.context)
		got := ""
		if ok {
			got = d.Name
		}
		if got != tt.want {
			t.Errorf("Resolve(%s, %v) = %q, want %q", tt.name, tt.context, got, tt.want)
		}
	}
	if d, ok := Expand(s.g, "巴中"); !ok || d.Code != "511900" {
		t.Errorf("Expand(巴中) = %+v, %v", d, ok)
	}
}

func BenchmarkStage_Process(b *testing.B) {
	s := mustStage(b)
	base := "四川省巴中市通江县陈河镇的村民种植银耳，产品远销俄罗斯和新加坡。哈尔滨新区与黑龙江省大庆市让胡路区签约，" +
		"杜尔伯特县江湾乡的牧民迎来游客。记者在公安局了解到，全县建设乡村振兴示范带，推进协同创新平台建设。\n"
	var sb strings.Builder
	for sb.Len() < 10<<10 {
		sb.WriteString(base)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d := &extract.Doc{Text: text}
		if err := s.Process(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// TestStage_WithProducts: a two-character county short form needs a
// sibling or an ancestor in the article, unless a known product follows it
// (a geographical brand); with no product test the rule is off.
func TestStage_WithProducts(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	products := []string{"苹果", "银耳", "脐橙"}
	brand := func(text string, _, end int) bool {
		return slices.ContainsFunc(products, func(p string) bool { return strings.HasPrefix(text[end:], p) })
	}
	with, without := New(g, WithProducts(brand)), New(g)
	tests := []struct {
		text        string
		with, never []string
	}{
		{"今年，洛川苹果又卖上了好价钱。", []string{"洛川县"}, nil},
		{"走进大山，通江银耳的产区处处是忙碌的身影。", []string{"通江县"}, nil},
		{"洛川今年的雨水比往年多。", nil, []string{"洛川县"}}, // no product: still needs context
		{"推广洛川苹果的新品种。", nil, []string{"洛川县"}},  // inside a run of text (广洛)
	}
	for _, tc := range tests {
		got := labels(run(t, with, tc.text))
		for _, w := range tc.with {
			if !slices.Contains(got, w) {
				t.Errorf("%s: mentions %v, want %s", tc.text, got, w)
			}
			if base := labels(run(t, without, tc.text)); slices.Contains(base, w) {
				t.Errorf("%s: %s found without the product test: the case tests nothing", tc.text, w)
			}
		}
		for _, w := range tc.never {
			if slices.Contains(got, w) {
				t.Errorf("%s: mentions %v, must not have %s", tc.text, got, w)
			}
		}
	}
}
