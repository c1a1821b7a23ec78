package places

import (
	"slices"
	"strings"
	"testing"

	"github.com/zhkg/zhkg/extract"
)

// located returns the 位于 triples of d as "A>B".
func located(d *extract.Doc) []string {
	var out []string
	for _, tr := range d.Triples {
		if tr.Predicate == extract.LocatedIn {
			out = append(out, d.Entity(tr.Subject).Label+">"+d.Entity(tr.Object).Label)
		}
	}
	return out
}

// A county's paper writes 我县 and a township many counties hold
// (城关镇): the article's other townships and villages pick the county.
func TestStage_Process_ImpliedCounty(t *testing.T) {
	s := mustStage(t)
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		// a second township that only one county holds with 城关镇
		{"我县城关镇和老县镇联合开展消防演练。", []string{"城关镇>平利县", "老县镇>平利县"}, nil},
		// a village of the township
		{"本县城关镇三里垭村新修水渠两公里。", []string{"城关镇>平利县", "三里垭村>城关镇"}, nil},
		// two widespread townships that one county holds together
		{"全县城关镇、兴隆镇率先完成春播。", []string{"城关镇>平利县", "兴隆镇>平利县"}, nil},
		// a village whose name holds a city's short form is the village
		{"我县城关镇三里垭村、长沙铺村举办采茶节。", []string{"长沙铺村>城关镇", "城关镇>平利县"}, []string{"长沙市>湖南省"}},
		// no cue: a paper of elsewhere
		{"城关镇和老县镇联合开展消防演练。", nil, []string{"城关镇>平利县"}},
		// a cue, but one township alone
		{"我县城关镇开展消防演练。", nil, []string{"城关镇>平利县"}},
		// the county named: the rule is not needed and the named one wins
		{"我县城关镇开展演练。静宁县威戎镇也参加。", []string{"威戎镇>静宁县"}, []string{"城关镇>平利县"}},
		// no cue: a township with one of its villages right after it, a
		// pair one county holds
		{"今年，城关镇三里垭村新修水渠两公里。", []string{"城关镇>平利县", "三里垭村>城关镇"}, nil},
		{"凌家镇八楞村的柑橘迎来丰收。", []string{"凌家镇>市中区", "八楞村>凌家镇"}, nil},
		// no cue, the village apart from the township: no evidence
		{"城关镇的干部来到三里垭村。", nil, []string{"城关镇>平利县"}},
	} {
		got := located(run(t, s, tc.text))
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: 位于 %v, want %s", tc.text, got, w)
			}
		}
		for _, w := range tc.not {
			if slices.Contains(got, w) {
				t.Errorf("%s: 位于 %v, must not have %s", tc.text, got, w)
			}
		}
	}
}

// TestSeatAfterTwoCharacterCounty: a county's name of two characters
// before its seat's township (文县城关镇) is read, though 县城 is a word.
func TestSeatAfterTwoCharacterCounty(t *testing.T) {
	s := mustStage(t)
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"文县城关镇召开防汛会议。", []string{"文县", "城关镇"}, nil},
		{"陇南市文县城关镇。", []string{"陇南市", "文县", "城关镇"}, nil},
		{"新县城的道路拓宽了。", nil, []string{"新县"}},
	} {
		d := run(t, s, tc.text)
		checkLabels(t, tc.text, labels(d), tc.want, tc.not)
	}
}

// TestCommunityNamedLikeItsStreet: a community whose name begins with its
// street's short form (燕儿窝社区 of 燕儿窝街道) is read as the community
// when named again alone, not as the street.
func TestCommunityNamedLikeItsStreet(t *testing.T) {
	s := mustStage(t)
	text := "乌鲁木齐市天山区燕儿窝街道燕儿窝社区开展活动。家住燕儿窝社区的老人说，燕儿窝社区变美了。"
	d := run(t, s, text)
	streets, communities := 0, 0
	for _, m := range d.Mentions {
		switch m.Text {
		case "燕儿窝", "燕儿窝街道":
			streets++
		case "燕儿窝社区":
			communities++
		}
	}
	if streets != 1 || communities != 3 {
		t.Errorf("%s: %d mentions of the street, %d of the community; want 1 and 3 (%v)", text, streets, communities, labels(d))
	}
}

// TestCountyKnownAsAnotherWord: a county's full name of two characters
// that the dictionary knows as another word (曹县, 单县) is read where the
// text places it (在曹县。来到单县，曹县大集镇), not before 长 (曹县长: a
// county head named 曹).
func TestCountyKnownAsAnotherWord(t *testing.T) {
	s := mustStage(t)
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"我在曹县。", []string{"曹县"}, nil},
		{"来到单县，看到了变化。", []string{"单县"}, nil},
		{"曹县大集镇的汉服产业很火。", []string{"曹县", "大集镇"}, nil},
		{"曹县长说，要抓好春耕。", nil, []string{"曹县"}},
	} {
		d := run(t, s, tc.text)
		checkLabels(t, tc.text, labels(d), tc.want, tc.not)
	}
}

// TestEthnicTownshipAsWritten checks a township the list names without its
// people (街津口乡) where the text writes them (街津口赫哲族乡): one place,
// the listed township, with the people's name in its span.
func TestEthnicTownshipAsWritten(t *testing.T) {
	s := mustStage(t)
	for _, tc := range []struct{ text, want string }{
		{"同江市街津口赫哲族乡举办乌日贡大会。", "街津口乡>同江市"},
		{"同江市八岔赫哲族乡的渔民开始冬捕。", "八岔乡>同江市"},
	} {
		d := run(t, s, tc.text)
		if got := located(d); !slices.Contains(got, tc.want) {
			t.Errorf("%s: 位于 %v, want %s", tc.text, got, tc.want)
		}
		found := false
		for _, m := range d.Mentions {
			if m.Type == extract.Place && strings.HasSuffix(m.Text, "赫哲族乡") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no mention spans the people's name: %v", tc.text, d.Mentions)
		}
	}
}
