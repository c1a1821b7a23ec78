package ner_test

import "testing"

// TestJobsAsPosts checks the jobs of community, school and hospital news
// that reporters write before a name as its post (网格员, 护理员, 班主任),
// which also announce the name, and a Yi name after one that a verb with
// its particle closes.
func TestJobsAsPosts(t *testing.T) {
	tests := []mentionCase{
		{"社区网格员邬晓梅巡查时发现了隐患。", []string{"TITLE:网格员", "PER:邬晓梅"}, nil},
		{"护理员贝美善每天上门送饭。", []string{"TITLE:护理员", "PER:贝美善"}, nil},
		{"班主任战晓燕说，孩子们进步很快。", []string{"TITLE:班主任", "PER:战晓燕"}, []string{"TITLE:主任"}},
		{"辅导员吉克阿依带着孩子们唱歌。", []string{"TITLE:辅导员", "PER:吉克阿依"}, []string{"PER:吉克阿"}},
	}
	checkMentions(t, tests)
}
