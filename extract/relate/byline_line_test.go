package relate_test

import "testing"

// TestBylineLineList checks that a name on the line after a byline shares
// its post only where it ends its line, with near misses.
func TestBylineLineList(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a profile that opens the line after the byline",
			text: "在大山深处当守护者\n新华社记者 赵晓明\n罗永红，男，苗族，1968年11月生，中共党员。\n",
			want: []string{"赵晓明 职务 记者"},
			not:  []string{"罗永红 职务 记者", "罗永红 任职于 新华社"},
		},
		{
			name: "a list on one line",
			text: "在大山深处当守护者\n本报记者 马立卫 侯晓玉\n近日，雷山县召开会议。\n",
			want: []string{"马立卫 职务 记者", "侯晓玉 职务 记者"},
		},
	}
	runTripleCases(t, tests)
}

// TestBylineCreditsAndNextLine: a bracketed byline whose names end with a
// credit of text and photos (文/图) credits every name however far into
// the page it stands; a title that opens the next line is no post of the
// name that ends the line before (作者：X Y↵记者从…获悉).
func TestBylineCreditsAndNextLine(t *testing.T) {
	tests := []tripleCase{
		{
			name: "two names before 文/图 after a long header",
			text: "融水苗族自治县：芦笙节开幕 高铁带火苗乡游\n\n来源：北海日报　　发布时间：2025-03-02 10:15\n\n本报讯（记者 何丽娟 郑 伟 文/图）3月1日，融水苗族自治县的芦笙节开幕，来自各地的游客与苗族群众同欢共舞。\n",
			want: []string{"t 作者 何丽娟", "t 作者 郑伟"},
		},
		{
			name: "a reporter's line after the authors",
			text: "新建大桥合龙\n作者：钱立新 孙晓雨\n\n记者从市住房和城乡建设局获悉，大桥已经合龙。\n",
			want: []string{"t 作者 孙晓雨"},
			not:  []string{"孙晓雨 职务 记者"},
		},
	}
	runTripleCases(t, tests)
}
