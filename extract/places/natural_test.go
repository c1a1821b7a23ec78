package places

import (
	"strings"
	"testing"

	"github.com/zhkg/zhkg/extract/gazetteer"
)

// TestNaturalPlaces checks listed natural places, their rule, and that a
// two-character one after a common surname stays a person's given name.
func TestNaturalPlaces(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	common := func(r rune) bool { return strings.ContainsRune("李张王刘陈", r) }
	s := New(g, WithSurnames(common))
	tests := []struct {
		text      string
		want, not []string
	}{
		{"长江沿线城市与青藏高原的牧区结成对子。", []string{"长江", "青藏高原"}, nil},
		{"游客沿秦岭北麓而行，远处是太平洋的季风带来的云。", []string{"秦岭", "太平洋"}, nil},
		{"村民李长江和王秦岭一起上山。", nil, []string{"长江", "秦岭"}},
		{"他说，黄河和长江都是母亲河。", []string{"黄河", "长江"}, nil},
		// rivers, lakes, grasslands, gorges and waterfalls of regional news
		{"赤水河两岸的酒厂飘出酒香。", []string{"赤水河"}, nil},
		{"巴音布鲁克草原上的天鹅越来越多。", []string{"巴音布鲁克草原"}, nil},
		{"游客在壶口瀑布前合影，又去了镜泊湖。", []string{"壶口瀑布", "镜泊湖"}, nil},
		{"科考队穿越雅鲁藏布大峡谷。", []string{"雅鲁藏布大峡谷"}, nil},
	}
	for _, tc := range tests {
		d := run(t, s, tc.text)
		checkLabels(t, tc.text, labels(d), tc.want, tc.not)
		for _, m := range d.Mentions {
			if m.Rule != RuleNatural {
				t.Errorf("%s: %s read by rule %s, want %s", tc.text, m.Text, m.Rule, RuleNatural)
			}
		}
	}
}

// TestNaturalListIsNoDivision: a listed natural place is never also a name
// or short form of a division, which the gazetteer reads with its code.
func TestNaturalListIsNoDivision(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := New(g)
	if len(s.natural) < 100 {
		t.Fatalf("%d natural places loaded, want the whole list", len(s.natural))
	}
	for name := range s.natural {
		if cs := g.Candidates(name); len(cs) > 0 {
			t.Errorf("%s is also the division %s (%s)", name, cs[0].Name, cs[0].Code)
		}
	}
}

// A division's short form listed next to a natural place is the natural
// place of that name (天山、博斯腾湖: the mountains, not Urumqi's 天山区); the
// full name stays the district.
func TestStage_NaturalInLists(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a short form before a lake, its prefecture in context",
			"博览会在新疆乌鲁木齐开幕。天山、博斯腾湖等景区向游客展示了自然风光。",
			[]string{"天山", "博斯腾湖", "乌鲁木齐市"}, []string{"天山区"}},
		{"the full name stays the district",
			"乌鲁木齐市天山区、博斯腾湖景区管理处参加会议。",
			[]string{"天山区"}, nil},
		{"a short form alone with its prefecture",
			"记者来到乌鲁木齐市天山区的一所学校。",
			[]string{"天山区"}, []string{"天山"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, tt.text, labels(run(t, s, tt.text)), tt.want, tt.not)
		})
	}
}

// A division's short form before 河, 江 or 溪 and a clean end is a river
// named after the place (玉溪河、升钟水库等灌区), no division; 河 that begins
// a word (成都河流) leaves the division.
func TestStage_RiversOfDivisions(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a river in a list", "抓好都江堰、玉溪河、升钟水库等灌区建设。", []string{"玉溪河"}, []string{"玉溪市"}},
		{"a river before its irrigation area", "玉溪河灌区今年完成改造。", []string{"玉溪河"}, []string{"玉溪市"}},
		{"河 beginning a word", "成都河流众多。", []string{"成都市"}, nil},
		{"a city alone", "记者来到玉溪，看到一片繁忙景象。", []string{"玉溪市"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLabels(t, tt.text, labels(run(t, s, tt.text)), tt.want, tt.not)
		})
	}
}

// Famous rivers, lakes, mountains and the poles that no division shares are
// natural places (黄浦江, 喀纳斯湖, 大凉山, 南极).
func TestStage_MoreNaturalPlaces(t *testing.T) {
	s := mustStage(t)
	text := "考察队从南极归来，途经黄浦江；游客游览了喀纳斯湖和三江源，还走进了大凉山。"
	checkLabels(t, text, labels(run(t, s, text)), []string{"南极", "黄浦江", "喀纳斯湖", "三江源", "大凉山"}, nil)
}

// Capitals and major cities written in full are foreign places, and the
// longer name wins over a city it holds (都柏林, not 柏林).
func TestStage_MoreForeignCities(t *testing.T) {
	s := mustStage(t)
	text := "代表团先后访问了都柏林、贝尔格莱德和哈瓦那，并在达沃斯出席论坛。"
	checkLabels(t, text, labels(run(t, s, text)), []string{"都柏林", "贝尔格莱德", "哈瓦那", "达沃斯"}, []string{"柏林"})
}

// More countries of three characters or more, and 波黑, 加蓬, 乍得, are
// foreign places; a country's name inside a longer word is not
// (沿海地区 holds no 海地).
func TestStage_MoreCountries(t *testing.T) {
	s := mustStage(t)
	text := "代表团访问了巴拿马、牙买加、特立尼达和多巴哥、圭亚那和波黑。沿海地区经济发展很快。"
	checkLabels(t, text, labels(run(t, s, text)), []string{"巴拿马", "牙买加", "特立尼达和多巴哥", "圭亚那", "波黑"}, []string{"海地"})
}

// The 日 of a date after a digit begins no 日本 (12日本报讯, also across
// the line break of a page header).
func TestStage_DateDayNoJapan(t *testing.T) {
	s := mustStage(t)
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"综合新闻 2024年6月12日\n本报讯 近日，全市开展活动。", nil, []string{"日本"}},
		{"6月10日，日本客商来访。", []string{"日本"}, nil},
		{"十二日本报记者获悉。", nil, []string{"日本"}},
	} {
		checkLabels(t, tc.text, labels(run(t, s, tc.text)), tc.want, tc.not)
	}
}

// TestShortFormAsTitledGivenName: a division's short form of two
// characters after a title and a common surname, closed by a verb of
// speech or attending, is the person's given name (县委书记王海南主持), not
// the province; the same short form elsewhere is the province.
func TestShortFormAsTitledGivenName(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := New(g, WithSurnames(func(r rune) bool { return strings.ContainsRune("李张王刘陈", r) }))
	tests := []struct {
		text      string
		want, not []string
	}{
		{"县委书记王海南主持会议。", nil, []string{"海南省"}},
		{"镇长李江西说，要抓好春耕。", nil, []string{"江西省"}},
		{"王海南下广东考察。", nil, nil},
		{"海南的椰子和江西的脐橙都很有名。", []string{"海南省", "江西省"}, nil},
	}
	for _, tc := range tests {
		d := run(t, s, tc.text)
		checkLabels(t, tc.text, labels(d), tc.want, tc.not)
	}
}

// TestDirectionBeforeMountainSide: a province's short form ending with a
// direction before the word of a mountain's or a river's side (无量山东麓,
// 雪峰山西麓, 黄河南岸) is the mountain or river and its side.
func TestDirectionBeforeMountainSide(t *testing.T) {
	s := mustStage(t)
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"茶园分布在无量山东麓。", nil, []string{"山东省"}},
		{"村子坐落在雪峰山西麓。", nil, []string{"山西省"}},
		{"黄河南岸的滩地种上了小麦。", []string{"黄河"}, []string{"河南省"}},
		{"山东的大葱和山西的小米。", []string{"山东省", "山西省"}, nil},
	} {
		d := run(t, s, tc.text)
		checkLabels(t, tc.text, labels(d), tc.want, tc.not)
	}
}
