package ner_test

import "testing"

// TestForeignNameParts checks transliterated names: the parts written
// before a middle dot belong to the name, and a foreign name after a
// head-of-state title may end before an adverb or a time word.
func TestForeignNameParts(t *testing.T) {
	tests := []mentionCase{
		{"经济学家史蒂芬·罗奇认为，通胀将上升。", []string{"PER:史蒂芬·罗奇"}, []string{"PER:罗奇"}},
		{"演员玛丽·安·刘易斯说，她很高兴。", []string{"PER:玛丽·安·刘易斯"}, nil},
		{"法国总统马克龙此前宣布了计划。", []string{"PER:马克龙"}, nil},
		{"美国总统拜登近日签署了法案。", []string{"PER:拜登"}, nil},
	}
	checkMentions(t, tests)
}

// TestDottedNames: names of parts joined by middle dots after a title or a
// role, or before a word of speech, also when they hold characters the
// transliteration set lacks (Uyghur 阿不都); a dot between a country and a
// place or between words names no one.
func TestDottedNames(t *testing.T) {
	tests := []mentionCase{
		{"县委副书记阿不都热合曼·买买提主持会议。", []string{"PER:阿不都热合曼·买买提"}, nil},
		{"村民艾力·吐尔逊说，今年收成好。", []string{"PER:艾力·吐尔逊"}, []string{"PER:村民艾力·吐尔逊"}},
		{"影评人说，安吉丽娜·茱莉在片中表现出色。", []string{"PER:安吉丽娜·茱莉"}, []string{"PER:安吉丽娜·茱莉在"}},
		{"2024中国·安吉竹博会开幕。", nil, []string{"PER:中国·安吉"}},
		{"第二届中国·东盟博览会在南宁开幕。", nil, []string{"PER:中国·东盟"}},
	}
	checkMentions(t, tests)
}

// TestRepeatedFirstCharacter: Mongolian and Uyghur names may repeat their
// first character (其其格, 买买提); a reduplicated word is still no name.
func TestRepeatedFirstCharacter(t *testing.T) {
	tests := []mentionCase{
		{"旗妇联主席其其格、副主席乌云出席活动。", []string{"PER:其其格"}, nil},
		{"村委会主任买买提·艾力说，合作社今年分红了。", []string{"PER:买买提·艾力"}, nil},
		{"局长买买提江·阿不都热依木介绍，演出很受欢迎。", []string{"PER:买买提江·阿不都热依木"}, nil},
		{"村民蒙蒙亮就下地干活了。", nil, []string{"PER:蒙蒙亮"}},
	}
	checkMentions(t, tests)
}

// TestTibetanNames: Tibetan and Mongolian names of two parts (边巴顿珠,
// 旦增曲珍, 苏和巴特尔) after a title before a list word, or after a role
// before a word of speech; a name may end with 和 (巴图孟和), a
// conjunction of its own after a name of four characters ends it.
func TestTibetanNames(t *testing.T) {
	tests := []mentionCase{
		{"工作队队长边巴顿珠和驻村干部一道走访群众。", []string{"PER:边巴顿珠"}, []string{"PER:边巴"}},
		{"乡长次旦琼达在会上讲话。", []string{"PER:次旦琼达"}, nil},
		{"牧民旦增曲珍说：“合作社统一销售，价格高了。”", []string{"PER:旦增曲珍"}, []string{"PER:曲珍"}},
		{"主席苏和巴特尔和委员们交流。", []string{"PER:苏和巴特尔"}, []string{"PER:苏和巴特尔和"}},
		{"局长巴图孟和到村里调研。", []string{"PER:巴图孟和"}, nil},
		{"书记李明和县长王强出席。", []string{"PER:李明", "PER:王强"}, []string{"PER:李明和"}},
	}
	checkMentions(t, tests)
}
