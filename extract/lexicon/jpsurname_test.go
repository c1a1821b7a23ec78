package lexicon

import "testing"

func TestJapaneseSurnameAt(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want string // the surname JapaneseSurnameAt finds
	}{
		{"佐藤恒治", "佐藤"},
		{"长谷川隆", "长谷川"},
		{"佐佐木翔", "佐佐木"},
		{"山田", "山田"},
		{"林芳正", ""}, // one-character surnames are Chinese ones too
		{"王建国", ""},
		{"佐", ""},
		{"", ""},
		{"\xff佐藤", ""},
	} {
		if got := tc.text[:l.JapaneseSurnameAt(tc.text)]; got != tc.want {
			t.Errorf("JapaneseSurnameAt(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestYiClanAt(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, want string }{
		{"曲比阿且", "曲比"},
		{"沙马拉毅", "沙马"},
		{"某色吉日", "某色"},
		{"曲阿", ""},
		{"王建国", ""},
		{"曲", ""},
		{"", ""},
	} {
		if got := tc.text[:l.YiClanAt(tc.text)]; got != tc.want {
			t.Errorf("YiClanAt(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
