package relate_test

import "testing"

// TestLocatedOrgs: an organization is 位于 the place where the text states
// it is (X的Y, 位于X的Y, Y坐落在X, Y落户X, Y总部设在X, 在X投资建设的Y), the last
// place of a chain; a company that only does business in a place (销往X,
// 走进X, 来到X, 与X的经销商合作) is not located there, and a name that
// begins with another place keeps its own.
func TestLocatedOrgs(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "位于X的Y, a chain",
			text: "位于浙江省湖州市德清县的恒锐精密机械有限公司昨日举行投产仪式。",
			want: []string{"恒锐精密机械有限公司 位于 德清县"},
		},
		{
			name: "X的Y, a school",
			text: "湖北省襄阳市的汉江实验学校组织学生参观科技馆。",
			want: []string{"汉江实验学校 位于 襄阳市"},
		},
		{
			name: "来自X的Y",
			text: "来自福建省龙岩市的闽西红壤农业开发有限公司展出了百香果。",
			want: []string{"闽西红壤农业开发有限公司 位于 龙岩市"},
		},
		{
			name: "Y坐落在X",
			text: "近日，锦程纺织有限公司坐落在江苏省南通市海门区，主要生产家纺产品。",
			want: []string{"锦程纺织有限公司 位于 海门区"},
		},
		{
			name: "Y落户X",
			text: "近日，华鼎数据科技有限公司正式落户四川省绵阳市涪城区。",
			want: []string{"华鼎数据科技有限公司 位于 涪城区"},
		},
		{
			name: "Y总部设在X",
			text: "据了解，宏泰物流有限公司总部设在湖南省长沙市，在全国有二十多个网点。",
			want: []string{"宏泰物流有限公司 位于 长沙市"},
		},
		{
			name: "在X投资建设的Y",
			text: "近日，宏泰物流有限公司在江西省赣州市投资建设的赣南冷链物流有限公司已经投入运营。",
			want: []string{"赣南冷链物流有限公司 位于 赣州市"},
		},
		{
			name: "a name that begins with a parent of the place",
			text: "河北金穗农业科技有限公司坐落于河北省邢台市南和区。",
			want: []string{"河北金穗农业科技有限公司 位于 南和区"},
		},
		{
			name: "a name that begins with another place",
			text: "近日，位于江苏省南京市的杭州宏泰物流有限公司正式开业。",
			want: []string{"杭州宏泰物流有限公司 类型 机构"},
			not:  []string{"杭州宏泰物流有限公司 位于 南京市"},
		},
		{
			name: "over a line break",
			text: "近日，记者走进位于江苏省南通市海门区的\n锦程纺织有限公司生产车间，工人们正在忙碌。",
			want: []string{"锦程纺织有限公司 位于 海门区"},
		},
		{
			name: "a byline between the place and the organization",
			text: "近日，记者走进位于江苏省南通市海门区的\n南通日报记者 王明远\n锦程纺织有限公司生产车间，工人们正在忙碌。",
			want: []string{"南通日报 类型 机构"},
			not:  []string{"南通日报 位于 海门区"},
		},
		{
			name: "a division's name read as an organization too",
			text: "（王明远）\n记者走进位于遵义市汇川区高坪街道的汇川区\n\n恒锐光伏有限公司生产车间，一条条生产线正满负荷运转。",
			not:  []string{"汇川区 位于 高坪街道"},
		},
		{
			name: "Y是X的一家…企业",
			text: "据了解，锦程纺织有限公司是江苏省南通市的一家民营企业。",
			want: []string{"锦程纺织有限公司 位于 南通市"},
		},
		{
			name: "Y是X的 a partner, not one of its companies",
			text: "据了解，锦程纺织有限公司是江苏省南通市的合作伙伴。",
			want: []string{"锦程纺织有限公司 类型 机构"},
			not:  []string{"锦程纺织有限公司 位于 南通市"},
		},
		{
			name: "Y（X）, in a list",
			text: "近日，宏泰物流有限公司（湖南省长沙市）、锦程纺织有限公司（江苏南通）等企业参展。",
			want: []string{"宏泰物流有限公司 位于 长沙市", "锦程纺织有限公司 位于 南通市"},
		},
		{
			name: "Y（X） with a verb after",
			text: "近日，宏泰物流有限公司（湖南长沙）也与多家企业签约。",
			want: []string{"宏泰物流有限公司 位于 长沙市"},
		},
		{
			name: "a place in parentheses inside a name",
			text: "近日，华信（深圳）科技有限公司发布新品。",
			not:  []string{"华信（深圳）科技有限公司 位于 深圳市"},
		},
		{
			name: "a place in parentheses before the rest of a branch's name",
			text: "近日，宏泰物流有限公司（长沙）分公司正式成立。",
			want: []string{"宏泰物流有限公司 类型 机构"},
			not:  []string{"宏泰物流有限公司 位于 长沙市"},
		},
		{
			name: "a short name in parentheses",
			text: "近日，宏泰物流有限公司（以下简称宏泰物流）在湖南省长沙市开展业务。",
			want: []string{"宏泰物流有限公司 类型 机构"},
			not:  []string{"宏泰物流有限公司 位于 长沙市"},
		},
		{
			name: "a reporter stationed in a place",
			text: "近日，驻江西省的新华社记者来到井冈山市采访。",
			want: []string{"新华社 类型 机构"},
			not:  []string{"新华社 位于 江西省"},
		},
		{
			name: "X境内的Y",
			text: "近日，湖南省长沙市境内的宏泰物流有限公司完成扩建。",
			want: []string{"宏泰物流有限公司 位于 长沙市"},
		},
		{
			name: "X辖区内的Y",
			text: "近日，江苏省南通市海门区辖区内的锦程纺织有限公司完成技改。",
			want: []string{"锦程纺织有限公司 位于 海门区"},
		},
		{
			name: "Y入驻X",
			text: "近日，华鼎数据科技有限公司正式入驻四川省绵阳市涪城区。",
			want: []string{"华鼎数据科技有限公司 位于 涪城区"},
		},
		{
			name: "Y扎根X",
			text: "据了解，锦程纺织有限公司扎根江苏省南通市海门区二十多年。",
			want: []string{"锦程纺织有限公司 位于 海门区"},
		},
		{
			name: "Y，位于X，… in an apposition",
			text: "据了解，锦程纺织有限公司，位于江苏省南通市海门区，是当地纳税大户。",
			want: []string{"锦程纺织有限公司 位于 海门区"},
		},
		{
			name: "Y，位于X的Z: Z's place",
			text: "近日，宏泰物流有限公司，位于江苏省南通市海门区的锦程纺织有限公司等企业参加了会议。",
			want: []string{"锦程纺织有限公司 位于 海门区"},
			not:  []string{"宏泰物流有限公司 位于 海门区"},
		},
		{
			name: "Y是X最大的…企业",
			text: "据了解，锦程纺织有限公司是江苏省南通市最大的家纺企业。",
			want: []string{"锦程纺织有限公司 位于 南通市"},
		},
		{
			name: "Y是X的龙头企业",
			text: "据了解，锦程纺织有限公司是江苏省南通市海门区的龙头企业。",
			want: []string{"锦程纺织有限公司 位于 海门区"},
		},
		{
			name: "the country is no place of a company",
			text: "据了解，锦程纺织有限公司是中国最大的家纺企业之一。",
			want: []string{"锦程纺织有限公司 类型 机构"},
			not:  []string{"锦程纺织有限公司 位于 中国"},
		},
		{
			name: "a name that begins with a division inside the place says more",
			text: "近日，四川省成都市的锦江区教育局召开会议。",
			want: []string{"锦江区教育局 位于 锦江区"},
			not:  []string{"锦江区教育局 位于 成都市"},
		},
		{
			name: "a government body named by its kind alone",
			text: "近日，四川省雅安市的财政局召开会议。",
			want: []string{"财政局 类型 机构"},
			not:  []string{"财政局 位于 雅安市"},
		},
		{
			name: "two places apart: branches",
			text: "近日，北京市的宏泰物流有限公司和上海市的宏泰物流有限公司同时开展促销。",
			want: []string{"宏泰物流有限公司 类型 机构"},
			not:  []string{"宏泰物流有限公司 位于 北京市", "宏泰物流有限公司 位于 上海市"},
		},
		{
			name: "two places in one line",
			text: "近日，湖南省的宏泰物流有限公司扩建仓库。宏泰物流有限公司位于湖南省长沙市。",
			want: []string{"宏泰物流有限公司 位于 长沙市", "宏泰物流有限公司 位于 湖南省"},
		},
		{
			name: "sold to a place",
			text: "近日，锦程纺织有限公司的产品销往广东省深圳市等地。",
			want: []string{"锦程纺织有限公司 类型 机构"},
			not:  []string{"锦程纺织有限公司 位于 深圳市"},
		},
		{
			name: "entering a place",
			text: "近日，锦程纺织有限公司走进四川省成都市开展推介活动，并来到重庆市考察。",
			want: []string{"锦程纺织有限公司 类型 机构"},
			not:  []string{"锦程纺织有限公司 位于 成都市", "锦程纺织有限公司 位于 重庆市"},
		},
		{
			name: "working with a place",
			text: "近日，锦程纺织有限公司与浙江省绍兴市开展合作，在安徽省合肥市开展业务。",
			want: []string{"锦程纺织有限公司 类型 机构"},
			not:  []string{"锦程纺织有限公司 位于 绍兴市", "锦程纺织有限公司 位于 合肥市"},
		},
		{
			name: "near a place is not in it",
			text: "近日，锦程纺织有限公司毗邻江苏省苏州市。",
			want: []string{"锦程纺织有限公司 类型 机构"},
			not:  []string{"锦程纺织有限公司 位于 苏州市"},
		},
		{
			name: "built by an organization without 在",
			text: "湖南省长沙市建设的赣南冷链物流有限公司投入运营。",
			want: []string{"赣南冷链物流有限公司 类型 机构"},
			not:  []string{"赣南冷链物流有限公司 位于 长沙市"},
		},
	})
}

// TestLocatedNatural: a named natural place is 位于 the division the text
// states with a verb of location, not one it is only written after.
func TestLocatedNatural(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "Y位于X",
			text: "据介绍，玉龙雪山位于云南省丽江市，是游客向往的地方。",
			want: []string{"玉龙雪山 位于 丽江市"},
		},
		{
			name: "位于X的Y: Y may begin a longer name",
			text: "近日，位于贵州省黔东南苗族侗族自治州雷山县的西江千户苗寨迎来旅游旺季。",
			not:  []string{"西江 位于 雷山县"},
		},
		{
			name: "Y地处X",
			text: "据介绍，玉龙雪山地处云南省丽江市玉龙纳西族自治县。",
			want: []string{"玉龙雪山 位于 玉龙纳西族自治县"},
		},
		{
			name: "X的Y without a verb: a river runs on",
			text: "近日，湖北省宜昌市的长江岸线整治工作全面完成。",
			want: []string{"长江 类型 地点"},
			not:  []string{"长江 位于 宜昌市"},
		},
		{
			name: "a natural place that begins a zone's name",
			text: "据了解，漓江生态文化旅游产业园位于广西壮族自治区桂林市。",
			not:  []string{"漓江 位于 桂林市"},
		},
	})
}
