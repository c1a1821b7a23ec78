package relate_test

import "testing"

// TestAgeForms checks ages of a profile written after the sex, the ethnic
// group or the birth date, after 年满 and a pseudonym's note, and before a
// role of merit, with near misses.
func TestAgeForms(t *testing.T) {
	tests := []tripleCase{
		{name: "after the sex and the ethnic group", text: "周文华，男，汉族，58岁，中共党员，是村里的种植大户。", want: []string{"周文华 年龄 58"}},
		{name: "after the birth date", text: "周文华，男，1966年5月出生，今年58岁，是村里的种植大户。", want: []string{"周文华 年龄 58"}},
		{name: "the birth date alone is no age", text: "周文华，男，1966年5月出生，中共党员。", not: []string{"周文华 年龄 1966", "周文华 年龄 5"}},
		{name: "after 已年满", text: "周文华已年满60岁，仍在田间劳作。", want: []string{"周文华 年龄 60"}},
		{name: "after a pseudonym's note", text: "周文华（化名）今年58岁，在城里打工。", want: []string{"周文华 年龄 58"}},
		{name: "before a role of merit", text: "58岁的致富能手周文华说，今年的收成不错。", want: []string{"周文华 年龄 58"}},
		{name: "before a representative", text: "现年54岁的企业家代表王德福在会上发言。", want: []string{"王德福 年龄 54"}},
		{name: "an age of someone else before the role", text: "58岁的父亲和致富能手周文华一起劳动。", not: []string{"周文华 年龄 58"}},
		{name: "years of a term are no age", text: "周文华已年满60周年党龄。", not: []string{"周文华 年龄 60"}},
		{name: "an age after a comma before 的 is the next one's", text: "据了解，周文华，今年82岁的老伴李秀英常年卧病在床。", not: []string{"周文华 年龄 82"}},
		{name: "after a home, an age before 的 is the next one's", text: "据了解，周文华家住平昌县驷马镇水口村，今年82岁的老伴李秀英常年卧病在床。", not: []string{"周文华 年龄 82"}},
		{name: "one who is of an age before 的", text: "村民周文华是一位82岁的老党员。", want: []string{"周文华 年龄 82"}},
		{name: "the age of an event in a profile", text: "王德福，男，1942年生，18岁开始学医，至今已行医64年。", not: []string{"王德福 年龄 18"}},
		{name: "the age of an event after the sex", text: "王德福，男，18岁参军，1965年退伍。", not: []string{"王德福 年龄 18"}},
		{name: "an age in parentheses", text: "村民王德福（男，82岁）是村里的老党员。", want: []string{"王德福 年龄 82"}},
		{name: "a rough age after the name", text: "村民周文华今年30岁出头，在城里打工。", not: []string{"周文华 年龄 30"}},
		{name: "an age about", text: "村民周文华，50岁左右，在城里打工。", not: []string{"周文华 年龄 50"}},
		{
			name: "a quote said by a person of the article named after it",
			text: "塘背村村民贾珍在直播间里介绍产品。“别看我今年60了，干起活来一点不输年轻人。”贾珍笑着说。",
			want: []string{"贾珍 年龄 60"},
		},
		{
			name: "a quote said by someone else",
			text: "塘背村村民贾珍在直播间里介绍产品。“别看我今年60了，干起活来一点不输年轻人。”邻居笑着说。",
			not:  []string{"贾珍 年龄 60"},
		},
		{name: "this old one of an age after the name", text: "记者见到周文华时，这位82岁的老人正在院子里晒太阳。", want: []string{"周文华 年龄 82"}},
		{name: "this one of an age in the next sentence", text: "村民周文华坚持义务巡河十年。这位72岁的老党员说，只要身体允许，就会一直干下去。", want: []string{"周文华 年龄 72"}},
		{name: "this one after two people", text: "村民周文华和李秀英坚持义务巡河十年。这位72岁的老党员说，只要身体允许，就会一直干下去。", not: []string{"周文华 年龄 72", "李秀英 年龄 72"}},
		{name: "this one of an age who is no role", text: "记者见到周文华时，这位82岁的建筑仍然完好。", not: []string{"周文华 年龄 82"}},
		{name: "this one of this year's age", text: "记者见到周文华时，这位今年82岁的老人正在院子里晒太阳。", want: []string{"周文华 年龄 82"}},
	}
	runTripleCases(t, tests)
}

// TestAgeBeforeRankedTitles checks an age before a heritage bearer's title
// with its list's level (自治区级非遗代表性传承人) and before a company's
// post named by its kind (公司董事长), with a near miss.
func TestAgeBeforeRankedTitles(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "a heritage list's level", text: "58岁的自治区级非遗代表性传承人吴秀花正在刺绣。", want: []string{"吴秀花 年龄 58"}},
		{name: "a national list", text: "现年72岁的国家级非物质文化遗产项目代表性传承人杨德明说。", want: []string{"杨德明 年龄 72"}},
		{name: "a company's post by its kind", text: "今年63岁的公司董事长陈建华说，企业发展很快。", want: []string{"陈建华 年龄 63"}},
		{name: "an age of another before the title", text: "63岁的父亲和公司董事长陈建华一起参观。", not: []string{"陈建华 年龄 63"}},
	})
}

// TestAgeBeforeHome checks an age stated right after the name and before
// the clause of the home (Y今年8岁，家住X村，…), and after it.
func TestAgeBeforeHome(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "age first", text: "马尔麦今年8岁，家住布楞沟村，每天走10分钟上学。", want: []string{"马尔麦 年龄 8"}},
		{name: "home first", text: "村民周文华家住水口村，今年82岁，身体硬朗。", want: []string{"周文华 年龄 82"}},
	})
}

// TestAgeBeforeKinAndCraftsmen checks an age before a kin word (35岁的女儿Y)
// and before a craftsman (57岁的银匠Y).
func TestAgeBeforeKinAndCraftsmen(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "a daughter", text: "35岁的女儿李梅在县城工作。", want: []string{"李梅 年龄 35"}},
		{name: "a silversmith", text: "贵州省黔东南州雷山县西江镇57岁的银匠杨光明说，订单不断。", want: []string{"杨光明 年龄 57"}},
	})
}

// TestAgeAfterOnly checks an age stated after 才, 只有 or 仅.
func TestAgeAfterOnly(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{name: "才", text: "村民王小红才22岁，就当上了致富带头人。", want: []string{"王小红 年龄 22"}},
		{name: "只有", text: "村民刘晓东只有19岁。", want: []string{"刘晓东 年龄 19"}},
	})
}
