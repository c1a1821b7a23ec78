package ner_test

import "testing"

// TestCommonWordsAreNoOrganizations: words that end with a body's ending
// but name a situation or an arrangement (服务大局, 合理布局, 战略部署), and
// words the dictionary tags as organizations that name a field, an event,
// a document, a thing or a kind of body (社会科学, 长足进展, 联合公报,
// 越野车, 党政机关), are no organizations; bodies whose ending a common
// word shares stay (县邮政局: 邮/政局).
func TestCommonWordsAreNoOrganizations(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"全县干部要坚持服务大局，顾全大局。", nil, []string{"ORG:服务大局", "ORG:顾全大局"}},
		{"优化合理布局，形成合作新格局。", nil, []string{"ORG:优化合理布局", "ORG:合理布局", "ORG:合作新格局", "ORG:新格局"}},
		{"县里对秋收作出战略部署。", nil, []string{"ORG:战略部署"}},
		{"两地交流取得长足进展和重大进展。", nil, []string{"ORG:长足进展", "ORG:重大进展"}},
		{"他研究古代文学和社会科学多年。", nil, []string{"ORG:古代文学", "ORG:社会科学"}},
		{"各级党政机关和国家机关带头节约。", nil, []string{"ORG:党政机关", "ORG:国家机关"}},
		{"他驾驶越野车前往公共场所。", nil, []string{"ORG:越野车", "ORG:公共场所"}},
		{"大会在人民大会堂开幕。", nil, []string{"ORG:人民大会堂"}},
		{"县邮政局局长出席，市财政局负责人参加。", []string{"ORG:县邮政局", "ORG:市财政局"}, nil},
		{"中国人民解放军和联合国维和部队。", []string{"ORG:中国人民解放军", "ORG:联合国"}, nil},
	})
}

// TestGenericBodiesAndConjoinedBodies: a party, a force or a government
// named by its role alone (参政党, 人民军队, 地方政府) is no organization;
// two bodies joined by 和 where the segmenter reads 和县 (a county's name
// too) are two (县人民法院, 县人民检察院), and the county's own bodies stay.
func TestGenericBodiesAndConjoinedBodies(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"民主党派是参政党，人民军队听党指挥。", nil, []string{"ORG:参政党", "ORG:人民军队"}},
		{"地方政府要加大投入。", nil, []string{"ORG:地方政府"}},
		{"县人民法院和县人民检察院联合开展普法活动。", []string{"ORG:县人民法院", "ORG:县人民检察院"}, []string{"ORG:县人民法院和县人民检察院"}},
		{"城关镇人民政府和县人民检察院签订协议。", []string{"ORG:城关镇人民政府", "ORG:县人民检察院"}, nil},
		{"安徽省马鞍山市和县人民检察院召开会议。", []string{"ORG:安徽省马鞍山市和县人民检察院", "LOC:和县"}, nil},
	})
}
