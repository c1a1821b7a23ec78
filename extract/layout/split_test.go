package layout

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/zhkg/zhkg/extract"
)

// page is an invented three-article page: bodies first, then the
// headlines in another order, then a credit note, then an article with a
// byline whose headline is at the end of the page.
var page = pdf(
	"本报讯 为改善农田灌溉条件，",
	"某某县东山乡组织开展渠道清淤，",
	"共清理渠道十二条、二十公里，",
	"保障来年春耕用水。",
	"本报讯 今年以来，某某县西河镇",
	"大力发展大棚蔬菜种植，全镇大棚",
	"已达八百栋，带动农户增收致富。",
	"西河镇大棚蔬菜带动农户增收",
	"东山乡渠道清淤保障春耕用水",
	"（本组稿件均由本报记者刘海采写）",
	"□ 本报记者 王 进",
	"近日，某某县南湖村举办农民丰收",
	"节，展示稻米、菌菇等特色农产品，",
	"吸引游客两千余人次前来参观。",
	"（曾 平）",
	"南湖村农民丰收节吸引游客",
)

func TestSplit_Page(t *testing.T) {
	docs := Split("p", "p.txt", page)
	MustValidDocs(t, "p", page, docs)
	var titles []string
	for _, d := range docs {
		titles = append(titles, d.Title)
	}
	want := []string{"东山乡渠道清淤保障春耕用水", "西河镇大棚蔬菜带动农户增收", "南湖村农民丰收节吸引游客"}
	if diff := cmp.Diff(want, titles); diff != "" {
		t.Fatalf("titles (-want +got):\n%s", diff)
	}
	const credit = "（本组稿件均由本报记者刘海采写）"
	checks := []struct {
		doc       int
		has, lack []string
	}{
		{0, []string{"东山乡组织开展渠道清淤", credit}, []string{"西河镇", "南湖村"}},
		{1, []string{"西河镇大力发展", credit}, []string{"东山乡", "南湖村"}},
		{2, []string{"□ 本报记者 王 进", "（曾 平）", "南湖村举办"}, []string{credit, "东山乡", "西河镇"}},
	}
	for _, c := range checks {
		text := docs[c.doc].Text
		for _, s := range c.has {
			if !strings.Contains(text, s) {
				t.Errorf("doc %d lacks %q:\n%s", c.doc, s, text)
			}
		}
		for _, s := range c.lack {
			if strings.Contains(text, s) {
				t.Errorf("doc %d holds %q:\n%s", c.doc, s, text)
			}
		}
	}
	// the credit copy points at the one credit line of the page
	for _, d := range docs[:2] {
		i := strings.Index(d.Text, credit)
		if o := d.SourceOffset(i); !strings.HasPrefix(page[o:], credit) {
			t.Errorf("%s: credit maps to %q", d.ID, page[o:o+20])
		}
	}
}

func TestSplit_Table(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		titles []string
		paras  []int // paragraphs per doc
	}{
		{"empty", "", []string{""}, []int{1}},
		{"web article with title, meta and subhead",
			"某某县：小蘑菇撑起大产业\n来源：某某日报\n近日，记者走进某某县的蘑菇种植基地，看到村民们正忙着采收，一派繁忙的景象，到处是丰收的喜悦。\n技术支撑 品质提升\n据了解，该县与省农科院合作建立服务站，常年派驻技术人员提供指导，蘑菇品质逐年提高。\n",
			[]string{"某某县：小蘑菇撑起大产业"}, []int{5}},
		{"web article without title",
			"近日，某某县召开全县经济工作会议，总结今年工作，部署明年任务，会议由县长主持。\n会议强调，要坚持稳中求进工作总基调，推动经济持续健康发展。",
			[]string{""}, []int{2}},
		{"kicker and headline before a web body",
			"合作社带领村民奔小康——\n打造四季飘香果园\n□ 记者 咸 明\n本报讯 在某某镇某某村，有一个采摘园，一年四季都有新鲜水果，吸引了许多城里的游客前来采摘游玩。",
			[]string{"合作社带领村民奔小康——打造四季飘香果园"}, []int{4}},
		{"photo captions of a web gallery stay one article",
			"7月1日，农户在田间收割早稻。 新华社记者 某某 摄\n近日，某地早稻进入收获期，农户抢抓晴好天气收割晾晒，确保颗粒归仓，田间一派繁忙。\n7月1日，农户驾驶农机收割早稻。 新华社记者 某某 摄",
			[]string{""}, []int{3}},
		{"page", page,
			[]string{"东山乡渠道清淤保障春耕用水", "西河镇大棚蔬菜带动农户增收", "南湖村农民丰收节吸引游客"},
			[]int{3, 3, 4}},
		{"photo credit closing a web article stays with it",
			"北坡村的杏子熟了\n六月的北坡村，漫山遍野的杏树挂满了金黄的果实，村民们忙着采摘装箱，发往各地。\n村委会主任说，今年杏子的收购价比去年高，大家干劲十足。\n记者 韦小川 摄",
			[]string{"北坡村的杏子熟了"}, []int{4}},
		{"byline and picture credit closing a web article stay with it",
			"河口镇建起冷链仓库\n近日，河口镇冷链仓库正式投入使用，可储存果蔬两千吨，解决了农产品保鲜难的问题。\n本报记者 欧阳青\n（图片由河口镇提供）",
			[]string{"河口镇建起冷链仓库"}, []int{4}},
		{"a byline after a page's headline block stays apart",
			pdf(
				"本报讯 今年以来，某某县东山乡组",
				"织开展渠道清淤，共清理渠道十二",
				"条，保障了来年的春耕用水需求。",
				"东山乡渠道清淤保障春耕用水",
				"西河镇大棚蔬菜带动农户增收",
				"□ 本报记者 王 进",
			),
			[]string{"东山乡渠道清淤保障春耕用水", ""}, []int{3, 1}},
		{"a page's one article takes the headline gathered after it",
			pdf(
				"一线观察 地方传真",
				"本报讯 今年以来，某某县南湖村大",
				"力发展葡萄种植，全村葡萄园已达",
				"八百亩，带动农户增收致富。",
				"（曾 平）",
				"（责任编辑：肖 娜）",
				"小葡萄撑起大产业",
			),
			[]string{"小葡萄撑起大产业"}, []int{5}},
		{"a web article without a title takes no closing line that shares nothing with it",
			"近日，某某县召开全县经济工作会议，总结今年工作，部署明年任务，会议由县长主持。\n会议强调，要坚持稳中求进工作总基调，推动经济持续健康发展。\n本版编辑：李 颖",
			[]string{""}, []int{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := Split("n", "n.txt", tt.in)
			MustValidDocs(t, "n", tt.in, docs)
			var titles []string
			var paras []int
			for _, d := range docs {
				titles = append(titles, d.Title)
				paras = append(paras, strings.Count(d.Text, "\n")+1)
			}
			if diff := cmp.Diff(tt.titles, titles); diff != "" {
				t.Errorf("titles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.paras, paras); diff != "" {
				t.Errorf("paragraphs per doc (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClassify_Table(t *testing.T) {
	tests := []struct {
		in   string
		want kind
	}{
		{"本报讯 今年以来，某某县大力发展产业。", kLead},
		{"本报哈尔滨12月5日讯 近日，某某县召开会议。", kLead},
		{"新华社北京12月1日电 近日，某某部门召开会议。", kLead},
		{"□ 本报记者 王 进", kLead},
		{"本报见习记者李鹏", kLead},
		{"阳光讯(记者 某某 通讯员 某某)金秋时节，果园飘香。", kLead},
		{"记者了解到，该县今年粮食产量稳定。", kBody},
		{"（曾 平）", kSignature},
		{"(张三 李四)", kSignature},
		{"（本组稿件除署名外均由本报记者袁小峰采写）", kCredit},
		{"某某县融媒体中心供稿", kCredit},
		{"（某某市农业农村局供稿）", kCredit},
		{"某某县融媒体中心稿件今起免费供稿", kTitle},
		{"来源：某某日报", kMeta},
		{"2016年05月25日", kMeta},
		{"2016-05-25 08:30:15", kMeta},
		{"2016/5/25\t9:05", kMeta},
		{"2016年，全县新建大棚二百余栋。", kBody},
		{"2016-05-25 某某县", kTitle},
		{"责任编辑：某某", kMeta},
		{"农户在检查大棚的覆盖情况。 新华社记者 某 某 摄", kCaption},
		{"某某县科技服务助力乡村产业发展", kTitle},
		{"某省：“某某贷”贷动小生意", kTitle},
		{"一线观察 地方传真", kTitle},
		{"全县今年新建大棚二百余栋。", kBody},
	}
	for _, tt := range tests {
		if got := classify(tt.in); got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// MustValidSpans checks that spans are in bounds, on rune boundaries,
// non-empty, trimmed and in order.
func MustValidSpans(tb testing.TB, text string, spans []extract.Span) {
	tb.Helper()
	bounds := map[int]bool{len(text): true}
	for i := range text { // decoder positions, also in invalid UTF-8
		bounds[i] = true
	}
	last := 0
	for _, s := range spans {
		if s.Start < last || s.End <= s.Start || s.End > len(text) {
			tb.Fatalf("bad span %v (previous end %d, text %d bytes)", s, last, len(text))
		}
		if !bounds[s.Start] || !bounds[s.End] {
			tb.Fatalf("span %v not on rune boundaries", s)
		}
		if a, b := trimSpace(text, s.Start, s.End); a != s.Start || b != s.End {
			tb.Fatalf("span %v not trimmed: %q", s, text[s.Start:s.End])
		}
		last = s.End
	}
}
