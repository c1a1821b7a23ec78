package news_test

import "testing"

// TestPlaceInsideAProductOrABreed: a city's short form that begins a
// product of its own (普洱茶) and a county's that names a breed standing
// alone (三河牛、) name no division, and the full names of districts that
// are also common nouns (拉萨老城区) need their parents near.
func TestPlaceInsideAProductOrABreed(t *testing.T) {
	x := MustExtractor(t)
	tests := []rowCase{
		{"勐海县是普洱茶的重要产区。", []string{"勐海县 类型 地点", "勐海县 产业 普洱茶"}, []string{"普洱市 类型 地点"}},
		{"鄂温克旗的三河牛、驯鹿都很有名。", []string{"鄂温克族自治旗 类型 地点"}, []string{"三河市 类型 地点"}},
		{"拉萨老城区的八廓街游客如织。", []string{"拉萨市 类型 地点"}, []string{"老城区 类型 地点"}},
		{"河曲马是中国三大名马之一，玛曲县的牧民世代养马。", []string{"玛曲县 类型 地点"}, []string{"河曲县 类型 地点"}},
		{"洛阳市老城区西大街游客如织。", []string{"老城区 类型 地点", "老城区 位于 洛阳市"}, nil},
	}
	checkRows(t, x, tests)
}

// TestShortFormTakenByWordsAround: a short form of two characters whose
// characters the words around it take (湖面上海鸥: 面上 and 海鸥; 洞庭湖北岸:
// 洞庭湖 and 北岸) names no division; the same form standing as a word
// does (在上海工作).
func TestShortFormTakenByWordsAround(t *testing.T) {
	x := MustExtractor(t)
	tests := []rowCase{
		{"清晨的湖面上海鸥飞来飞去。", nil, []string{"上海市 类型 地点"}},
		{"墙面上海报贴得整整齐齐。", nil, []string{"上海市 类型 地点"}},
		{"洞庭湖北岸的村庄迎来候鸟。", []string{"洞庭湖 类型 地点"}, []string{"湖北省 类型 地点"}},
		{"他大学毕业后在上海工作。", []string{"上海市 类型 地点"}, nil},
	}
	checkRows(t, x, tests)
}
