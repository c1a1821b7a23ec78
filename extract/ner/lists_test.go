package ner_test

import "testing"

// TestListNeighbours checks the names of a list that holds a name taken on
// its own cue (等人, a word of speech, a role): the other names across 、,
// 和, 与 or 及 are taken, and so are lists closed by 二人 or 三人; common
// words, places and function words in such a list are not names.
func TestListNeighbours(t *testing.T) {
	tests := []mentionCase{
		{"参加培训的有张志红、覃立松、韦福顺等人。", []string{"PER:张志红", "PER:覃立松", "PER:韦福顺"}, nil},
		{"获奖的是李明、蒙丽娟和邝少华等人。", []string{"PER:李明", "PER:蒙丽娟", "PER:邝少华"}, nil},
		{"感谢王芳、李明等人的帮助。", []string{"PER:王芳", "PER:李明"}, []string{"PER:谢王芳"}},
		{"覃立松、韦福顺二人被评为先进个人。", []string{"PER:覃立松", "PER:韦福顺"}, nil},
		{"刘海波、覃立松、韦福顺三人被评为先进个人。", []string{"PER:刘海波", "PER:覃立松", "PER:韦福顺"}, nil},
		{"村民蒙丽娟、邝少华和庞思远都说路修好了。", []string{"PER:蒙丽娟", "PER:邝少华", "PER:庞思远"}, nil},
		// common words, places and function words next to a name
		{"高中生、韦福顺等人参加了培训。", []string{"PER:韦福顺"}, []string{"PER:高中生"}},
		{"和平、邝少华等人参加了培训。", []string{"PER:邝少华"}, []string{"PER:和平"}},
		{"张家口、覃立松等人参加了活动。", []string{"PER:覃立松"}, []string{"PER:张家口"}},
		{"文字、覃立松等人参加了活动。", []string{"PER:覃立松"}, []string{"PER:文字"}},
		{"韦福顺等人和高温作斗争。", []string{"PER:韦福顺"}, []string{"PER:高温"}},
		{"覃立松表示，白菜、萝卜和土豆都丰收了。", []string{"PER:覃立松"}, []string{"PER:白菜", "PER:萝卜"}},
		{"两人三人一组，韩梅等人负责。", nil, []string{"PER:两人三"}},
		// a stop character common in given names inside a list (建, 东)
		{"到会的有蒙建英、卢东林、韦福顺等人。", []string{"PER:韦福顺", "PER:蒙建英", "PER:卢东林"}, nil},
		{"全县党员、韦福顺等人参加了活动。", []string{"PER:韦福顺"}, []string{"PER:全县党员", "PER:全县"}},
		{"高建设、韦福顺等人参加了活动。", []string{"PER:韦福顺"}, []string{"PER:高建设"}},
		{"向东南、韦福顺等人致意。", []string{"PER:韦福顺"}, []string{"PER:向东南"}},
		// 元 closes no list name: it stands in given names (周阳元)
		{"出席的有韩梅、周阳元、卢建国等人。", nil, []string{"PER:周阳"}},
	}
	checkMentions(t, tests)
}

// TestListAfterTitleOrRole checks lists after a title, a role or a byline
// label: a common word ends the list (文字编辑, 高中生, 黄金周), and a name
// of three characters before 、 keeps its third character even where it
// is rare in given names (雷振东: 东).
func TestListAfterTitleOrRole(t *testing.T) {
	tests := []mentionCase{
		{"副主任江海波、马立华出席。", []string{"PER:江海波", "PER:马立华"}, nil},
		{"记者邝少华、覃立松报道。", []string{"PER:邝少华", "PER:覃立松"}, nil},
		{"市领导雷振东、章立明、郭晓光参加。", []string{"PER:雷振东", "PER:章立明", "PER:郭晓光"}, []string{"PER:雷振"}},
		{"村民赵兴建、章立明参加了培训。", []string{"PER:赵兴建", "PER:章立明"}, []string{"PER:赵兴"}},
		{"记者张华、文字编辑和摄影师一同前往。", []string{"PER:张华"}, []string{"PER:文字"}},
		{"市民王芳、高中生和老人都来了。", []string{"PER:王芳"}, []string{"PER:高中生"}},
		{"村民王芳、黄金周期间也没有休息。", []string{"PER:王芳"}, []string{"PER:黄金周"}},
		{"镇长李华、高温天气里坚守岗位的人。", []string{"PER:李华"}, []string{"PER:高温"}},
	}
	checkMentions(t, tests)
}

// TestPressNamePair checks two press names written together after 记者
// or 通讯员, split where only one split gives two names, and runs that are
// one name or a name and other words.
func TestPressNamePair(t *testing.T) {
	tests := []mentionCase{
		{"（记者韩梅张晓飞）据了解，新校区下月启用。", []string{"PER:韩梅", "PER:张晓飞"}, []string{"PER:韩梅张"}},
		{"本报记者蒙岩陈凯报道", []string{"PER:蒙岩", "PER:陈凯"}, nil},
		{"（通讯员邝立辉王敏）老城区启动了改造。", []string{"PER:邝立辉", "PER:王敏"}, []string{"PER:邝立"}},
		{"本报记者韦德成摄", []string{"PER:韦德成"}, []string{"PER:韦德", "PER:成摄"}},
		{"记者王芳今天报道", []string{"PER:王芳"}, []string{"PER:今天"}},
		{"（记者覃立松）", []string{"PER:覃立松"}, nil},
	}
	checkMentions(t, tests)
}

// TestNameListWithoutCue checks lists of three names or more with no cue
// (村里的覃秀梅、蒙映松、韦文都来了), and lists of common words, crops and
// places that are none.
func TestNameListWithoutCue(t *testing.T) {
	tests := []mentionCase{
		{"村里的覃秀梅、蒙映松、韦文都来了。", []string{"PER:覃秀梅", "PER:蒙映松", "PER:韦文"}, nil},
		{"获奖的有邝继成、黎恩铭、庞星海等学者。", []string{"PER:邝继成", "PER:黎恩铭", "PER:庞星海"}, nil},
		{"园区种植了金银花、白术、黄芪等中药材。", nil, []string{"PER:金银花", "PER:白术", "PER:黄芪"}},
		{"高铁、高速、机场等设施都已建成。", nil, []string{"PER:高铁", "PER:高速"}},
		{"路边种着柳树、杨树、槐树。", nil, []string{"PER:柳树", "PER:杨树"}},
		{"他擅长书法、绘画、篆刻等艺术。", nil, []string{"PER:书法"}},
		{"白菜、萝卜、黄瓜、茄子都丰收了。", nil, []string{"PER:黄瓜"}},
		{"马铃薯、玉米、高粱长势良好。", nil, []string{"PER:高粱长", "PER:高粱", "PER:马铃薯"}},
		// two names only are no list of its own
		{"村里的覃秀梅、蒙映松都来了。", nil, []string{"PER:覃秀梅"}},
	}
	checkMentions(t, tests)
}
