package ner_test

import "testing"

// TestXiangInGivenName: 向 is a function word and a hard stop, but it
// opens many given names (向阳, 向东, 向前): after a title or a role, a
// name that holds it is taken where a word of speech, of attending or
// punctuation closes it (县委书记郑向阳出席); a stop character common in
// given names may stand beside it (李向东说).
func TestXiangInGivenName(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"近日，临江县委书记郑向阳出席会议并讲话。", []string{"PER:郑向阳"}, []string{"PER:向阳"}},
		{"县委书记李向东说，要抓好落实。", []string{"PER:李向东"}, nil},
		{"县委书记王为民出席开幕式。", []string{"PER:王为民"}, nil},
		{"村民吴向荣介绍，今年的收成不错。", []string{"PER:吴向荣"}, nil},
		// 向 as a preposition after the title and a surname
		{"县长李向群众介绍政策。", nil, []string{"PER:李向群"}},
		{"主任张向东部地区推广经验。", nil, []string{"PER:张向东"}},
	})
}
