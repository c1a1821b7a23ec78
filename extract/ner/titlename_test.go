package ner_test

import "testing"

// TestStopThirdBeforeZai: after a title, a third character common in given
// names (东, 强, 南) stays in the name before 在 (董事余承东在发布会上).
func TestStopThirdBeforeZai(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"集团常务董事余承东在发布会上介绍了新产品。", []string{"PER:余承东"}, []string{"PER:余承"}},
		{"副县长蒲志南在调研时指出，要抓好春耕。", []string{"PER:蒲志南"}, []string{"PER:蒲志"}},
		// a name of two characters before 在 stays two
		{"县长张伟在会上讲话。", []string{"PER:张伟"}, []string{"PER:张伟在"}},
		{"局长李建在会上通报了情况。", []string{"PER:李建"}, []string{"PER:李建在"}},
	})
}

// TestLongNameTokenAfterTitle: a person-name token of the segmenter of
// four characters or more over the name read after a title is the whole
// name (主教练吉马良斯称赞), where a transliteration may end.
func TestLongNameTokenAfterTitle(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"巴西队主教练吉马良斯称赞对手防守出色。", []string{"PER:吉马良斯"}, []string{"PER:吉马良"}},
		// a Han name of three characters stays three
		{"主教练郎平赛后表示满意。", []string{"PER:郎平"}, nil},
		{"县委书记李玉甫主持会议。", []string{"PER:李玉甫"}, nil},
	})
}
