package ner_test

import "testing"

// TestYiNames: a Yi clan name of the lexicon and a given name of two
// characters is one name of four characters where a title, a role or a
// word of speech supports it; a Han name of three characters whose first
// two are a clan name keeps three before its cue.
func TestYiNames(t *testing.T) {
	tests := []mentionCase{
		{"县委副书记、县长曲比阿且介绍，县里发展旅游。", []string{"PER:曲比阿且"}, []string{"PER:曲比阿"}},
		{"州文旅局副局长沙马拉毅说，要打造名片。", []string{"PER:沙马拉毅"}, []string{"PER:沙马拉"}},
		{"凉山日报记者 吉克伍沙 文/图", []string{"PER:吉克伍沙"}, []string{"PER:吉克", "PER:伍沙"}},
		{"村党支部书记某色吉日站在村口。", []string{"PER:某色吉日"}, nil},
		{"搬迁户阿的日作说，孩子上学近了。", []string{"PER:阿的日作"}, nil},
		{"今年32岁的俄地阿莫是村里的致富带头人。", []string{"PER:俄地阿莫"}, nil},
		{"驻村第一书记俄木尔古带领村民种花椒。", []string{"PER:俄木尔古"}, nil},
		{"村民俄地阿莫养了三头牛。", []string{"PER:俄地阿莫"}, nil},
		// Han names after the same characters
		{"副院长马海军表示，将开展义诊。", []string{"PER:马海军"}, []string{"PER:马海军表"}},
		{"局长马海燕站在台上。", []string{"PER:马海燕"}, []string{"PER:马海燕站"}},
		{"局长马海军作报告。", []string{"PER:马海军"}, []string{"PER:马海军作"}},
		{"局长马海涛和副局长李明出席。", []string{"PER:马海涛"}, []string{"PER:马海涛和"}},
		{"村民马海燕种了三亩地。", []string{"PER:马海燕"}, []string{"PER:马海燕种"}},
		{"村民吉木生站在门口。", []string{"PER:吉木生"}, []string{"PER:吉木生站"}},
		// a function character ends a given name
		{"书记海来生也来了。", []string{"PER:海来生"}, []string{"PER:海来生也"}},
		{"村民阿尔木就说，好。", []string{"PER:阿尔木"}, []string{"PER:阿尔木就"}},
	}
	checkMentions(t, tests)
}

// TestMoreYiClans: names of more Yi clans of Liangshan (阿苦, 尔古) keep
// their four characters after a title.
func TestMoreYiClans(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"副州长阿苦日沙出席会议。", []string{"PER:阿苦日沙"}, []string{"PER:阿苦"}},
		{"镇长尔古拉哈说，今年收成好。", []string{"PER:尔古拉哈"}, []string{"PER:古拉哈"}},
	})
}
