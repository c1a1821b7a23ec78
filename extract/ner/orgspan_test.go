package ner_test

import "testing"

// TestOrdinalInOrgName: an ordinal numbers a unit of the name before it
// (a university's hospital, a county's school); a numeral alone only a
// hospital or a school, and an ordinal with nothing before it is no name.
func TestOrdinalInOrgName(t *testing.T) {
	tests := []mentionCase{
		{"专家来自青海大学第二医院。", []string{"ORG:青海大学第二医院"}, []string{"ORG:青海大学"}},
		{"患者转入南华大学附属第一医院治疗。", []string{"ORG:南华大学附属第一医院"}, nil},
		{"市第三人民医院院长介绍了情况。", []string{"ORG:市第三人民医院"}, nil},
		{"中南大学湘雅二医院的专家前来会诊。", []string{"ORG:中南大学湘雅二医院"}, []string{"ORG:中南大学"}},
		// a count, not an ordinal
		{"商务部三部委联合发文。", []string{"ORG:商务部"}, []string{"ORG:商务部三部委"}},
		{"他在第一医院住了三天。", nil, []string{"ORG:第一医院"}},
	}
	checkMentions(t, tests)
}

// TestOrgNameInnerWords: 控股 inside a company's name, a school's kind of
// four characters with 等 (中等专业学校), troupes' endings, an office
// followed by 直属 or 所属, and a unit after 下属的.
func TestOrgNameInnerWords(t *testing.T) {
	tests := []mentionCase{
		{"浙江恒远科技控股有限公司发布公告。", []string{"ORG:浙江恒远科技控股有限公司"}, []string{"ORG:浙江恒远科技"}},
		{"于都县职业中等专业学校举行开学典礼。", []string{"ORG:于都县职业中等专业学校"}, nil},
		{"县歌舞团团长说，新剧目下月上演。", []string{"ORG:县歌舞团"}, nil},
		{"叶城县文工团演员表演了舞蹈。", []string{"ORG:叶城县文工团"}, nil},
		{"他们组成代表团出访。", nil, []string{"ORG:代表团"}},
		// 现有 (existing) begins no name
		{"全省现有农业普通中等专业学校，学生三千人。", nil, []string{"ORG:全省现有农业普通中等专业学校"}},
		{"该站是县林业局直属事业单位。", []string{"ORG:县林业局"}, nil},
		{"县教育局所属学校均已开学。", []string{"ORG:县教育局"}, nil},
		{"县水利局下属的灌溉服务中心负责维修。", []string{"ORG:灌溉服务中心"}, nil},
		// no membership cue: a common noun and a unit's ending is a kind of unit
		{"他们成立了服务中心。", nil, []string{"ORG:服务中心"}},
	}
	checkMentions(t, tests)
}
