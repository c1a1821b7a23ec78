package relate_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/news"
)

var (
	pipeOnce sync.Once
	pipe     extract.Pipeline
	pipeErr  error
)

// MustPipeline returns the extractor's stages, from sentences to relations.
func MustPipeline(tb testing.TB) extract.Pipeline {
	tb.Helper()
	pipeOnce.Do(func() {
		stages, err := news.Stages()
		if err != nil {
			pipeErr = err
			return
		}
		for _, st := range stages {
			pipe = append(pipe, st.Stage)
		}
	})
	if pipeErr != nil {
		tb.Fatal(pipeErr)
	}
	return pipe
}

// MustExtract runs the pipeline on text and returns its label view rows
// as "SUBJECT PREDICATE OBJECT" strings.
func MustExtract(tb testing.TB, text string) map[string]bool {
	tb.Helper()
	d := &extract.Doc{ID: "t", Name: "t", Text: text}
	if err := MustPipeline(tb).Process(context.Background(), d); err != nil {
		tb.Fatal(err)
	}
	out := map[string]bool{}
	for _, r := range extract.LabelView(d) {
		out[r[1]+" "+r[2]+" "+r[3]] = true
	}
	return out
}

func TestRelations(t *testing.T) {
	tests := []tripleCase{
		{
			name: "post with place and level",
			text: "近日，云南省普洱市景东彝族自治县委书记赵文澜到锦屏镇调研茶叶生产。",
			want: []string{"赵文澜 类型 人物", "赵文澜 职务 县委书记", "赵文澜 任职于 景东彝族自治县", "景东彝族自治县 位于 普洱市", "普洱市 位于 云南省"},
		},
		{
			name: "coordinated titles",
			text: "湖南省岳阳市华容县委副书记、县长邓海波主持会议。",
			want: []string{"邓海波 职务 县委副书记", "邓海波 职务 县长", "邓海波 任职于 华容县"},
		},
		{
			name: "organization owner",
			text: "江苏省苏州市吴江区委组织部部长孙建平出席活动。",
			want: []string{"孙建平 职务 部长", "孙建平 任职于 江苏省苏州市吴江区委组织部", "江苏省苏州市吴江区委组织部 类型 机构", "江苏省苏州市吴江区委组织部 位于 吴江区"},
		},
		{
			name: "press byline is author",
			text: "本报记者王晨阳报道 今年以来，山东省寿光市蔬菜产业持续发展。",
			want: []string{"王晨阳 职务 记者", "t 作者 王晨阳"},
			not:  []string{"王晨阳 任职于 本报"},
		},
		{
			name: "agency photographer",
			text: "山东省烟台市栖霞市的苹果喜获丰收。新华社记者 刘洋 摄",
			want: []string{"刘洋 职务 记者", "刘洋 任职于 新华社", "t 作者 刘洋"},
		},
		{
			name: "editor is not author",
			text: "甘肃省定西市安定区马铃薯产业稳步发展。（作者：宋佳 责任编辑：吕航）",
			want: []string{"t 作者 宋佳"},
			not:  []string{"t 作者 吕航"},
		},
		{
			name: "residence and age",
			text: "家住河北省保定市莲池区东关街道的76岁老人许凤英，每天都到社区食堂吃饭。",
			want: []string{"许凤英 年龄 76", "许凤英 类型 人物"},
		},
		{
			name: "short name",
			text: "广西壮族自治区农业科学院甘蔗研究所（以下简称甘蔗所）发布了新品种。甘蔗所将在来宾市推广。",
			want: []string{"广西壮族自治区农业科学院甘蔗研究所 简称 甘蔗所"},
		},
		{
			name: "industry goal",
			text: "贵州省遵义市湄潭县以打造湄潭茶叶百亿产业为目标，扩大种植面积。",
			want: []string{"湄潭县 产业 茶叶"},
		},
		{
			name: "geographical product",
			text: "江西省赣州市寻乌县蜜柚喜获丰收，客商纷纷前来收购。",
			want: []string{"寻乌县 产业 蜜柚"},
		},
		{
			name: "cultivation area",
			text: "山东省临沂市兰陵县今年种植大蒜12万亩，带动农户增收。",
			want: []string{"兰陵县 产业 大蒜"},
		},
		{
			name: "list of specialties",
			text: "宁夏回族自治区中卫市沙坡头区依托枸杞、硒砂瓜等特色产品发展乡村旅游。",
			want: []string{"沙坡头区 产业 枸杞"},
		},
		{
			name: "our county",
			text: "河北省邯郸市永年区的紧固件闻名全国。市领导肯定了我区以紧固件、五金产业集群为重点的发展思路。",
			want: []string{"永年区 产业 五金"},
		},
		{
			name: "industry as a sentence's subject",
			text: "让茶叶产业成为推动湖北省恩施土家族苗族自治州宣恩县乡村振兴的重要力量。",
			want: []string{"宣恩县 产业 茶叶"},
		},
		{
			name: "what a company makes",
			text: "四川省绵阳市涪城区恒昌电子有限公司主要生产电源模块，产品销往海外。",
			want: []string{"四川省绵阳市涪城区恒昌电子有限公司 产业 电源模块"},
		},
		{
			name: "hometown slogan names the place after it",
			text: "素有“中国猕猴桃之乡”美誉的陕西省西安市周至县，今年猕猴桃喜获丰收。",
			want: []string{"周至县 产业 猕猴桃"},
			not:  []string{"中国 产业 猕猴桃"},
		},
		{
			name: "no industry without a statement",
			text: "浙江省温州市瑞安市的一家超市里，苹果和香蕉摆满了货架。",
			not:  []string{"瑞安市 产业 苹果", "瑞安市 产业 香蕉"},
		},
		{
			name: "membership",
			text: "吉林省延边州林业局及下属森林防火指挥中心开展演练。",
			want: []string{"森林防火指挥中心 隶属 吉林省延边州林业局"},
		},
		{
			name: "subsidiary",
			text: "岳阳市云溪区鑫润化工有限公司是湖南长岭控股集团旗下的全资子公司。",
			want: []string{"岳阳市云溪区鑫润化工有限公司 隶属 湖南长岭控股集团"},
		},
		{
			name: "title after name",
			text: "中国科学院陈立群院士为学员授课。",
			want: []string{"陈立群 职务 院士", "陈立群 任职于 中国科学院"},
		},
		{
			name: "list after a title",
			text: "市领导钱永刚、褚卫东、卞晓梅参加活动。",
			want: []string{"钱永刚 类型 人物", "褚卫东 类型 人物", "卞晓梅 类型 人物"},
		},
		{
			name: "transliterated name after a title",
			text: "内蒙古自治区锡林郭勒盟正蓝旗人大常委会主任巴特尔朝鲁介绍了情况。",
			want: []string{"巴特尔朝鲁 类型 人物", "巴特尔朝鲁 职务 主任"},
		},
		{
			name: "company short names after a brand",
			text: "代表团来到宏岳纸业和瑞丰铸造参观。江苏省南通市崇川区农业发展势头良好。",
			want: []string{"宏岳纸业 类型 机构", "瑞丰铸造 类型 机构"},
			not:  []string{"崇川农业 类型 机构", "区农业 类型 机构"},
		},
		{
			name: "common words are not names",
			text: "高质量发展离不开金融支持，江河治理也要常态化推进。",
			not:  []string{"高质量 类型 人物", "江河 类型 人物", "金融 类型 人物"},
		},
	}
	runTripleCases(t, tests)
}

func dump(m map[string]bool) string {
	var b strings.Builder
	for k := range m {
		b.WriteString("  " + k + "\n")
	}
	return b.String()
}

// tripleCase is a text with the triples ("SUBJECT PREDICATE OBJECT";
// subject "t" is the article) its
// extraction must hold and those it must not.
type tripleCase struct {
	name string
	text string
	want []string
	not  []string
}

// runTripleCases extracts each case's text and checks its triples.
func runTripleCases(t *testing.T, tests []tripleCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := MustExtract(t, tc.text)
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q\ngot:\n%s", w, dump(got))
				}
			}
			for _, n := range tc.not {
				if got[n] {
					t.Errorf("unexpected %q", n)
				}
			}
		})
	}
}
