package places

import (
	"testing"

	"github.com/zhkg/zhkg/extract/gazetteer"
)

// TestForeignStates: countries named by their formal names, former
// countries, other countries' states and cities; a short name followed by
// a state form (共和国, 王国) is read whole; and the listed names are not
// read inside common words.
func TestForeignStates(t *testing.T) {
	g, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := New(g)
	tests := []struct {
		text      string
		want, not []string
	}{
		{"中华人民共和国成立以来，城乡面貌发生了巨大变化。", []string{"中华人民共和国"}, nil},
		{"代表团访问了加利福尼亚州和北海道的农场。", []string{"加利福尼亚州", "北海道"}, nil},
		{"柬埔寨王国首相出席论坛。", []string{"柬埔寨王国"}, []string{"柬埔寨"}},
		{"他曾在苏联留学，后来去了檀香山。", []string{"苏联", "檀香山"}, nil},
		// names left out of the list because they are common inside words
		{"沿海地区的小麦加工企业顺利马上投产。", nil, []string{"海地", "麦加", "利马"}},
		{"我们参加州里的会议，获得州级表彰。", nil, []string{"加州", "得州"}},
	}
	for _, tc := range tests {
		d := run(t, s, tc.text)
		checkLabels(t, tc.text, labels(d), tc.want, tc.not)
	}
}

// TestForeignSubdivisions: a division's name written right after a
// foreign country's, with its level, is that country's place (越南平阳省 is
// no 平阳县 of Zhejiang); China's own divisions after 中国 stay China's, and
// a short form after a foreign city without a level is no subdivision.
func TestForeignSubdivisions(t *testing.T) {
	s := mustStage(t)
	tests := []struct {
		text      string
		want, not []string
	}{
		{"工厂设在越南平阳省的工业区。", []string{"越南", "平阳省"}, []string{"平阳县", "温州市"}},
		{"代表团访问了老挝丰沙里省。", []string{"老挝"}, nil},
		{"他生于中国四川省巴中市。", []string{"中国", "四川省", "巴中市"}, nil},
		{"两地结为阿拉木图友好城市。", []string{"阿拉木图"}, []string{"友好", "友好区"}},
	}
	for _, tc := range tests {
		d := run(t, s, tc.text)
		checkLabels(t, tc.text, labels(d), tc.want, tc.not)
	}
}
