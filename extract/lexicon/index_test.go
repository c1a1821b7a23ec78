package lexicon

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndex_MatchesStrings compares Index with strings.Index on random
// texts of Chinese characters that share lead bytes and third bytes with
// the words looked for, ASCII and broken UTF-8.
func TestIndex_MatchesStrings(t *testing.T) {
	words := []string{"岁", "产业", "自由贸易试验区", "、", "家住", "住在", "a", "ab", "", "\xe5", "\xe5\xb2", "岁a"}
	pieces := []string{"岁", "产", "业", "产业", "家", "住", "在", "、", "，", "a", "b", "\xe5", "\xb2\x81", "\x81", "崁", "自由", "贸易试验区", "岂"}
	r := rand.New(rand.NewPCG(1, 3))
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(12); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for _, w := range words {
			if got, want := Index(s, w), strings.Index(s, w); got != want {
				t.Fatalf("Index(%q, %q) = %d, want %d", s, w, got, want)
			}
		}
	}
}

func TestHasPrefixSuffix_MatchStrings(t *testing.T) {
	words := []string{"", "记者", "通讯员", "本报", "a", "报", "\xe8", "者"}
	pieces := []string{"记者", "记", "者", "通讯", "员", "本", "报", "a", "\xe8", "\x80", "亚"}
	r := rand.New(rand.NewPCG(2, 9))
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(5); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for _, w := range words {
			if got, want := HasPrefix(s, w), strings.HasPrefix(s, w); got != want {
				t.Fatalf("HasPrefix(%q, %q) = %v, want %v", s, w, got, want)
			}
			if got, want := HasSuffix(s, w), strings.HasSuffix(s, w); got != want {
				t.Fatalf("HasSuffix(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}
