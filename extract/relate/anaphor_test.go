package relate_test

import "testing"

// TestAnaphoricOwners checks posts after a body referred to by its kind
// (该院院长, 该局局长, 中心副主任), which belong to the body of that kind
// the article named last or to its only one, and near misses where two
// bodies of the kind compete.
func TestAnaphoricOwners(t *testing.T) {
	tests := []tripleCase{
		{
			name: "该院 after a hospital",
			text: "日前，平安县人民医院组织医生下乡义诊。该院院长高建平介绍，今年将开展义诊40场。",
			want: []string{"高建平 职务 院长", "高建平 任职于 平安县人民医院"},
		},
		{
			name: "该局 after a bureau named sentences before",
			text: "近日，浏阳市自然资源局开展土地执法检查。检查覆盖全市各乡镇。该局副局长秦晓明说，发现问题立即整改。",
			want: []string{"秦晓明 职务 副局长", "秦晓明 任职于 浏阳市自然资源局"},
		},
		{
			name: "该局 after two bureaus named together: no link",
			text: "浏阳市自然资源局与浏阳市生态环境局联合开展执法检查。该局副局长秦晓明说，发现问题立即整改。",
			want: []string{"秦晓明 职务 副局长"},
			not:  []string{"秦晓明 任职于 浏阳市自然资源局", "秦晓明 任职于 浏阳市生态环境局"},
		},
		{
			name: "该校 after a school",
			text: "3月5日，宁乡市实验小学举行开学典礼。该校校长魏红霞为新生佩戴校徽。",
			want: []string{"魏红霞 任职于 宁乡市实验小学"},
		},
		{
			name: "该行 after a bank branch",
			text: "中国建设银行南湖分行向当地小微企业发放贷款2亿元。该行行长邹立伟表示将加大支持力度。",
			want: []string{"邹立伟 职务 行长", "邹立伟 任职于 中国建设银行南湖分行"},
		},
		{
			name: "该公司 after a company",
			text: "南湖宏达机械有限公司新建的生产线投产。该公司总经理杜海涛说，年产值可达5亿元。",
			want: []string{"杜海涛 任职于 南湖宏达机械有限公司"},
		},
		{
			name: "中心 alone: the one centre of the article",
			text: "宁乡市政务服务中心推出延时服务。中心副主任邵春来说，窗口每天延长两小时。",
			want: []string{"邵春来 职务 副主任", "邵春来 任职于 宁乡市政务服务中心"},
		},
		{
			name: "公司 alone with two companies: no link",
			text: "南湖宏达机械有限公司与南湖远航物流有限公司签约。公司总经理杜海涛说，合作将降低运输成本。",
			want: []string{"杜海涛 职务 总经理"},
			not:  []string{"杜海涛 任职于 南湖宏达机械有限公司", "杜海涛 任职于 南湖远航物流有限公司"},
		},
		{
			name: "中心 alone after a common noun's phrase read as a name: no link",
			text: "株洲市科学技术局公布了新一批市级企业研发中心名单。中心主任王建军表示，将加强产学研合作。",
			want: []string{"王建军 职务 主任"},
			not:  []string{"王建军 任职于 研发中心"},
		},
		{
			name: "该村 after a village",
			text: "记者来到云南省普洱市景东彝族自治县锦屏镇新城村。该村党支部书记罗国华正在田里查看茶苗。",
			want: []string{"罗国华 任职于 新城村"},
		},
		{
			name: "该区 after a district and a community",
			text: "长沙市岳麓区近日启动老旧小区改造，首批覆盖望岳街道银杉社区。该区区长王志强说，改造将在年内完成。",
			want: []string{"王志强 任职于 岳麓区"},
			not:  []string{"王志强 任职于 银杉社区"},
		},
		{
			name: "该市 after a city",
			text: "浏阳市今年新增就业岗位1万个。该市副市长邓春燕介绍了情况。",
			want: []string{"邓春燕 职务 副市长", "邓春燕 任职于 浏阳市"},
		},
		{
			name: "该院 with no hospital named: no link",
			text: "该院院长高建平介绍，今年将开展义诊40场。",
			want: []string{"高建平 职务 院长"},
			not:  []string{"高建平 任职于 该院"},
		},
	}
	runTripleCases(t, tests)
}

// TestGroupsUnder checks companies after 旗下 whose group is not named
// right before it: after the note of the group's short name, referred to
// by its kind (集团旗下, 该集团旗下) or as the subject of the sentence, and
// near misses where two groups compete.
func TestGroupsUnder(t *testing.T) {
	tests := []tripleCase{
		{
			name: "after the note of the group's short name",
			text: "浙江宏达控股集团有限公司（以下简称“宏达集团”）旗下的宁波宏达新材料有限公司正式投产。",
			want: []string{"宁波宏达新材料有限公司 隶属 浙江宏达控股集团有限公司"},
		},
		{
			name: "所属 after the note of the parent's short name",
			text: "浙江宏达控股集团有限公司（以下简称“宏达集团”）所属的宁波宏达炼化分公司举行投产仪式。",
			want: []string{"宁波宏达炼化分公司 隶属 浙江宏达控股集团有限公司"},
		},
		{
			name: "集团 alone: the one group of the article",
			text: "浙江宏达控股集团有限公司今年营收增长两成。集团旗下的宁波宏达物流有限公司新开通了三条国际航线。",
			want: []string{"宁波宏达物流有限公司 隶属 浙江宏达控股集团有限公司"},
		},
		{
			name: "该集团",
			text: "浙江宏达控股集团有限公司成立于1998年。该集团旗下的宁波宏达物流有限公司新开通了三条国际航线。",
			want: []string{"宁波宏达物流有限公司 隶属 浙江宏达控股集团有限公司"},
		},
		{
			name: "the subject of the sentence and a list",
			text: "浙江宏达控股集团有限公司成立于1998年，旗下拥有宁波宏达物流有限公司、宁波宏达置业有限公司等十余家企业。",
			want: []string{"宁波宏达物流有限公司 隶属 浙江宏达控股集团有限公司", "宁波宏达置业有限公司 隶属 浙江宏达控股集团有限公司"},
		},
		{
			name: "集团 alone with two groups: no link",
			text: "浙江宏达控股集团有限公司与浙江远航控股集团有限公司签约。集团旗下的宁波宏达物流有限公司将承担运输任务。",
			not:  []string{"宁波宏达物流有限公司 隶属 浙江宏达控股集团有限公司", "宁波宏达物流有限公司 隶属 浙江远航控股集团有限公司"},
		},
		{
			name: "a subject that is not the first name of the sentence: no link",
			text: "记者从宁波市商务局获悉，浙江宏达控股集团有限公司，旗下拥有宁波宏达物流有限公司。",
			not:  []string{"宁波宏达物流有限公司 隶属 宁波市商务局"},
		},
	}
	runTripleCases(t, tests)
}
