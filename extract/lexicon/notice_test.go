package lexicon

import (
	"strings"
	"testing"
)

func TestAppointListVerb(t *testing.T) {
	notice := "经研究，决定：\n任命：\n甲乙丙为某局局长；\n丁戊为某局副局长。\n免去：\n己庚的某局局长职务；辛壬的某所所长职务。\n以上同志任职时间自发文之日起计算。\n"
	at := func(s string) int {
		for i := 0; i+len(s) <= len(notice); i++ {
			if notice[i:i+len(s)] == s {
				return i
			}
		}
		t.Fatalf("%q not in the notice", s)
		return -1
	}
	tests := []struct {
		clause string
		want   string
	}{
		{"甲乙丙为", "任命"},
		{"丁戊为", "任命"},   // the item after one that ends with ；
		{"己庚的", "免去"},   // the nearest heading wins
		{"辛壬的", "免去"},   // after a ； inside the line
		{"以上同志", ""},    // the line above ends the list with 。
		{"任命：", ""},     // a heading is no item
		{"局局长；\n丁", ""}, // inside a line, not after ；
	}
	for _, tt := range tests {
		if got := AppointListVerb(notice, at(tt.clause)); got != tt.want {
			t.Errorf("AppointListVerb(%q) = %q, want %q", tt.clause, got, tt.want)
		}
	}
	if got := AppointListVerb("会议决定：\n张三为组长；", len("会议决定：\n")); got != "" {
		t.Errorf("a heading without an appointment verb: got %q, want none", got)
	}
}

func TestAppointClauseVerb(t *testing.T) {
	tests := []struct {
		text, clause, want string
	}{
		{"决定任命甲乙丙为某局局长，丁戊为某局副局长。", "丁戊为", "任命"},
		{"免去甲乙丙的某局局长职务，丁戊的某所所长职务。", "丁戊的", "免去"},
		{"会议补选甲乙丙为某委员会副主任；丁戊为委员。", "丁戊为", "补选"},
		// no first item before the comma, no verb, or another sentence
		{"任命程序启动后，丁戊为此奔走。", "丁戊为", ""},
		{"甲乙丙为某局局长，丁戊为某局副局长。", "丁戊为", ""},
		{"任命甲乙丙为某局局长。丁戊为此很高兴，", "丁戊为", ""},
		{"免去甲乙丙的费用，丁戊的也免了。", "丁戊的", ""},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.clause)
		if got := AppointClauseVerb(tt.text, i); got != tt.want {
			t.Errorf("AppointClauseVerb(%q at %q) = %q, want %q", tt.text, tt.clause, got, tt.want)
		}
	}
}

func TestAppointListVerbNumberedHeading(t *testing.T) {
	notice := "经研究，决定：\n一、任命\n甲乙丙为某局局长；\n二、免去\n丁戊的某局局长职务。\n"
	for clause, want := range map[string]string{"甲乙丙为": "任命", "丁戊的": "免去"} {
		i := strings.Index(notice, clause)
		if got := AppointListVerb(notice, i); got != want {
			t.Errorf("AppointListVerb(%q) = %q, want %q", clause, got, want)
		}
	}
	if got := AppointListVerb("会议要求：\n任命制度\n甲乙丙为组长；", len("会议要求：\n任命制度\n")); got != "" {
		t.Errorf("a line that is no heading: got %q", got)
	}
}
