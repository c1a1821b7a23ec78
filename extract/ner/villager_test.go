package ner_test

import "testing"

// TestNameAfterVillage checks a name after X村的, which an age, a copula,
// a word of speech or punctuation closes, and words after X村的 that are
// no names.
func TestNameAfterVillage(t *testing.T) {
	tests := []mentionCase{
		{"隆回县虎形山瑶族乡崇木凼村的沈建华今年35岁。", []string{"PER:沈建华"}, nil},
		{"组长是隆回县虎形山瑶族乡崇木凼村的李秀英。", []string{"PER:李秀英"}, nil},
		{"隆回县虎形山瑶族乡崇木凼村的金银花远近闻名。", nil, []string{"PER:金银花"}},
	}
	checkMentions(t, tests)
}
