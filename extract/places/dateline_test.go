package places

import "testing"

// The place a story was filed from, in a dateline right after the
// agency's or paper's name, is read although no boundary stands before it.
func TestStage_Process_Dateline(t *testing.T) {
	s := mustStage(t)
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"新华社南宁11月3日电（记者 韦小明）初冬时节，果园里一派繁忙。", []string{"南宁市"}, nil},
		{"中新网成都１１月５日电 全省秋粮收购进度过半。", []string{"成都市"}, nil},
		{"本报长沙十一月五日讯 全省冬修水利工程全面开工。", []string{"长沙市"}, nil},
		// a county paper: its county's short form needs no other support
		{"本报通江5月12日讯 县里今年新建银耳基地三个。", []string{"通江县"}, nil},
		// no date, or a date that is no dateline: the form stays unread
		{"中新网成都频道报道，全省秋粮收购进度过半。", nil, []string{"成都市"}},
		{"公司通江5月12日发布公告。", nil, []string{"通江县"}},
	} {
		checkLabels(t, tc.text, labels(run(t, s, tc.text)), tc.want, tc.not)
	}
}

func TestDatelineAt(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"11月3日电", true},
		{"讯 近日", true},
		{"5月12日讯（记者", true},
		{"１１月５日电", true},
		{"十一月五日电", true},
		{"11月3日", false},
		{"11月3日发布", false},
		{"月3日电", false},
		{"11日电", false},
		{"", false},
	} {
		if got := datelineAt(tc.s); got != tc.want {
			t.Errorf("datelineAt(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
