package news_test

import "testing"

// TestGeographicalBrand: a county's short form before a known product
// (洛川苹果) names the county and states its industry with no other place
// in the article, unless the same words name a company in the article.
func TestGeographicalBrand(t *testing.T) {
	x := MustExtractor(t)
	tests := []rowCase{
		{"近年来，洛川苹果远销海外，果农的腰包鼓了起来。", []string{"洛川县 类型 地点", "洛川县 产业 苹果", "洛川县 位于 延安市"}, nil},
		{"在外地超市，通江银耳摆上了货架。", []string{"通江县 类型 地点", "通江县 位于 巴中市"}, nil},
		// the short form and the product name a company here
		{"记者走访了洛川苹果有限公司。", nil, []string{"洛川县 类型 地点"}},
		{"今年，洛川苹果的订单翻了一番。洛川苹果有限公司扩建了冷库。", nil, []string{"洛川县 类型 地点", "洛川县 产业 苹果"}},
		// no product after the short form: still needs a place in context
		{"今年，洛川的雨水比往年多。", nil, []string{"洛川县 类型 地点"}},
	}
	checkRows(t, x, tests)
}

// TestProductNoun: a county's short form and the product after it that the
// dictionary knows as one common word (黑山羊, a breed of goat) name no
// county, with or without the county's prefecture in context; a brand that
// is no such word still names the county.
func TestProductNoun(t *testing.T) {
	x := MustExtractor(t)
	tests := []rowCase{
		{"今年，山坡上的黑山羊长得膘肥体壮，养殖户笑开了颜。", nil, []string{"黑山县 类型 地点"}},
		{"锦州市的农户说，黑山羊比绵羊好养。", []string{"锦州市 类型 地点"}, []string{"黑山县 类型 地点", "黑山县 产业 羊"}},
		{"合作社今年出栏长白猪三千头。", nil, []string{"长白朝鲜族自治县 类型 地点"}},
		// a brand the dictionary does not hold as one word
		{"在外地超市，通江银耳摆上了货架。", []string{"通江县 类型 地点"}, nil},
		// the county written in full before the noun is still the county
		{"在锦州市黑山县，黑山羊养殖成了富民产业。", []string{"黑山县 类型 地点", "黑山县 位于 锦州市"}, nil},
	}
	checkRows(t, x, tests)
}
