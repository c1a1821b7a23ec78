package ner_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/lexicon"
	"github.com/zhkg/zhkg/extract/ner"
	"github.com/zhkg/zhkg/extract/places"
	"github.com/zhkg/zhkg/extract/segment"
)

// run runs segmentation, places and ner on text and returns the Doc.
func run(t *testing.T, text string) *extract.Doc {
	t.Helper()
	seg, err := segment.Default()
	if err != nil {
		t.Fatal(err)
	}
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := &extract.Doc{Text: text}
	p := extract.Pipeline{segment.New(seg), places.New(g), ner.New(lex, ner.WithDictionary(seg.Lookup))}
	if err := p.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// mentions runs segmentation, places and ner on text and returns the
// mentions as "TYPE:text" strings.
func mentions(t *testing.T, text string) []string {
	t.Helper()
	d := run(t, text)
	var out []string
	for _, m := range d.Mentions {
		if d.Text[m.Start:m.End] == "" {
			t.Errorf("empty span for %v", m)
		}
		if got := strings.Join(strings.Fields(d.Text[m.Start:m.End]), ""); got != m.Text {
			t.Errorf("mention %q covers %q", m.Text, got)
		}
		out = append(out, string(m.Type)+":"+m.Text)
	}
	sort.Strings(out)
	return out
}

func TestStage_Mentions(t *testing.T) {
	tests := []mentionCase{
		{"□ 本报记者 刘 洋", []string{"PER:刘洋", "TITLE:记者"}, nil},
		{"湖北省宜昌市秭归县委副书记、县长杜宏亮说。", []string{"PER:杜宏亮", "TITLE:县委副书记", "TITLE:县长"}, nil},
		{"村民甘秀兰今年70岁了。", []string{"PER:甘秀兰"}, []string{"PER:甘秀兰今"}},
		{"推动高质量发展，增强群众幸福感。", nil, []string{"PER:高质量", "PER:幸福感"}},
		{"按照统一部署，各单位迅速行动。", nil, []string{"ORG:统一部署"}},
		{"代表们走访了青禾纸业和陕西省汉中市城固县农业农村局。", []string{"ORG:青禾纸业", "ORG:陕西省汉中市城固县农业农村局"}, nil},
		{"主任巴特尔朝鲁讲话。", []string{"PER:巴特尔朝鲁"}, nil},
		// a three-character name the segmenter knows, with a cue: its given
		// name may hold 建, 强, 东
		{"“明年还要扩大规模。”王建华表示。", []string{"PER:王建华"}, nil},
		{"谈起收成，张志强说今年雨水足。", []string{"PER:张志强"}, []string{"PER:张志"}},
		{"陈东升认为，关键在于人才。", []string{"PER:陈东升"}, nil},
		{"各地全面推进改革。", nil, []string{"PER:全面"}},
		{"方面表示将继续合作。", nil, []string{"PER:方面"}},
		// company short names: a brand and an industry word; before a firm
		// word (纸业, 船务, 镍业) the brand may be a noun or a place
		{"记者走访了晨光纸业、金川镍业和中远船务等企业。", []string{"ORG:晨光纸业", "ORG:金川镍业", "ORG:中远船务"}, nil},
		{"华强电子与本地企业签订了合作协议。", []string{"ORG:华强电子"}, nil},
		{"园区引进了正泰电器。", []string{"ORG:正泰电器"}, nil},
		{"华蓉集团投资建设了新的生产线。", []string{"ORG:华蓉集团"}, nil},
		{"去年秋天，锦蓉集团在园区开工。", []string{"ORG:锦蓉集团"}, nil},
		{"该集团下属企业已有十家。", nil, []string{"ORG:该集团"}},
		{"推动企业集团化发展。", nil, []string{"ORG:企业集团"}},
		{"他们积极发展实业，壮大集体经济。", nil, []string{"ORG:发展实业"}},
		{"该县大力发展绿色食品和冷链物流。", nil, []string{"ORG:绿色食品", "ORG:冷链物流"}},
		{"这里的医药产业和现代农业发展很快。", nil, []string{"ORG:现代农业"}},
		// a strong cue and the segmenter's word over the name or its given
		// name: the third character may be a stop character
		{"县委书记王志强在会上讲话。", []string{"PER:王志强"}, []string{"PER:王志"}},
		{"瓜农林志强已经连续种了八年西瓜。", []string{"PER:林志强"}, nil},
		{"养殖户赵兴建已经养了五年肉牛。", []string{"PER:赵兴建"}, nil},
		{"乡长李东明天到村里调研。", []string{"PER:李东"}, []string{"PER:李东明"}},
		{"林农和林业职工都参加了培训。", nil, []string{"PER:和林业"}},
		{"建好妇女儿童阵地。", nil, []string{"PER:童阵地"}},
		{"党员干部带头参加。", nil, []string{"PER:干部"}},
		// transliterated names after a foreign title, followed by a verb
		{"法国总统马克龙访问上海，参观了博物馆。", []string{"PER:马克龙"}, []string{"PER:马克"}},
		{"美国国务卿布林肯表示将出访。", []string{"PER:布林肯"}, []string{"PER:林肯"}},
		{"国际奥委会主席巴赫宣布开幕。", []string{"PER:巴赫"}, nil},
		{"世卫组织总干事谭德塞呼吁加强合作。", []string{"PER:谭德塞"}, nil},
		{"德国总理默克尔的来访受到欢迎。", []string{"PER:默克尔"}, nil},
		{"会议期间，拜登总统发表了讲话。", []string{"PER:拜登"}, nil},
		{"英国首相约翰逊在伦敦会见代表团。", []string{"PER:约翰逊"}, nil},
		{"美国总统唐纳德·特朗普抵达。", []string{"PER:唐纳德·特朗普"}, nil},
		// not a foreign context: the Chinese reading stands
		{"中国驻法国大使卢沙野说，双方合作前景广阔。", []string{"PER:卢沙野"}, nil},
		{"县长马德安排部署防汛工作。", nil, []string{"PER:马德安"}},
		// a list of names ends with 等, 及, 和, 与
		{"出席仪式的还有市领导刘志刚、陈大为及各乡镇代表。", []string{"PER:刘志刚", "PER:陈大为"}, []string{"PER:陈大"}},
		{"市委书记赵大为和市长钱国栋出席。", []string{"PER:赵大为", "PER:钱国栋"}, nil},
		{"市长李四为大家讲解。", []string{"PER:李四"}, []string{"PER:李四为"}},
	}
	checkMentions(t, tests)
}

// A name the segmenter splits into ordinary words (白金/虎) is read at the
// start of a clause before a word of speech; common words that start with
// a surname character are not.
func TestStage_SplitNameBeforeSpeech(t *testing.T) {
	tests := []mentionCase{
		{"看着满仓的稻谷，白金虎笑着说，今年又是丰收年。", []string{"PER:白金虎"}, nil},
		{"看着新建的厂房，高山青笑着说，心里踏实多了。", []string{"PER:高山青"}, nil},
		{"江海涛告诉记者，订单排到了年底。", []string{"PER:江海涛"}, nil},
		{"黄金花指出，要把好质量关。", []string{"PER:黄金花"}, []string{"PER:黄金"}},
		{"钱玉兰告诉记者，合作社的订单越来越多。", []string{"PER:钱玉兰"}, nil},
		{"据韩雪梅回忆，那年冬天特别冷。", []string{"PER:韩雪梅"}, nil},
		// not at the start of a clause, or no word of speech after it
		{"这批白金虎头饰说明了工艺。", nil, []string{"PER:白金虎"}},
		{"江海涛声依旧。", nil, []string{"PER:江海涛"}},
		// common words that start with a surname character
		{"高校方表示，将积极配合。", nil, []string{"PER:高校方"}},
		{"金融界认为，风险可控。", nil, []string{"PER:金融界"}},
		{"安全员介绍，设备运行正常。", nil, []string{"PER:安全员"}},
		{"文艺界指出，作品要接地气。", nil, []string{"PER:文艺界"}},
		{"石化厂介绍，产能提高了。", nil, []string{"PER:石化厂"}},
		{"常务会指出，要抓落实。", nil, []string{"PER:常务会"}},
		{"大家说这是好事。", nil, []string{"PER:大家说"}},
		{"高度认为这很重要。", nil, []string{"PER:高度认"}},
		{"全面介绍了情况。", nil, []string{"PER:全面介"}},
		{"同时也指出了问题。", nil, []string{"PER:同时也"}},
		{"方面军表示同意。", nil, []string{"PER:方面军"}},
		{"负责人介绍，项目已经完工。", nil, []string{"PER:负责人"}},
		{"黄金表示价格上涨。", nil, []string{"PER:黄金", "PER:黄金表"}},
		{"江山说，风景如画。", nil, []string{"PER:江山"}},
	}
	checkMentions(t, tests)
}
