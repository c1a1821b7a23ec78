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

// TestMoreJobsSurnamesAndParties checks teachers and village doctors as
// posts, surnames of the Hui, Dongxiang and Tu peoples of the northwest (纳,
// 妥, 星), 绍 in a given name, and a democratic party's committee of a
// place with its chair (民盟X市委员会主委).
func TestMoreJobsSurnamesAndParties(t *testing.T) {
	tests := []mentionCase{
		{"数学教师宋兰说，孩子们很用功。", []string{"TITLE:教师", "PER:宋兰"}, nil},
		{"乡村医生贝德海每天出诊。", []string{"TITLE:乡村医生", "PER:贝德海"}, []string{"TITLE:医生"}},
		{"副县长纳文斌主持会议。", []string{"PER:纳文斌"}, nil},
		{"局长妥建军介绍了情况。", []string{"PER:妥建军"}, nil},
		{"村民王绍军说，收成不错。", []string{"PER:王绍军"}, nil},
		{"民盟海伦市委员会主委刘明出席。", []string{"ORG:民盟海伦市委员会", "TITLE:主委", "PER:刘明"}, nil},
	}
	checkMentions(t, tests)
}

// TestRolesOfCraftsAndTheSurnameZhan checks roles of crafts and orchards
// before a name (绣娘, 歌师, 梅农) and the surname 占 after a title.
func TestRolesOfCraftsAndTheSurnameZhan(t *testing.T) {
	tests := []mentionCase{
		{"45岁的绣娘李阿妹正在飞针走线。", []string{"PER:李阿妹"}, nil},
		{"县长占国华说，今年要抓好春耕。", []string{"PER:占国华"}, nil},
	}
	checkMentions(t, tests)
}
