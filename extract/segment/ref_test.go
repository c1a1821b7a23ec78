package segment

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
)

// refTokens is the plain form of appendTokens that the fast one replaced:
// every character decoded by utf8, every user word looked up at every
// unit, the matches of a unit collected (a user word replacing the stock
// word of its length) before the jumpers are relaxed, and the path walked
// back into reversed tokens. The fast form must give the same tokens.
func refTokens(s *Segmenter, text string) []extract.Token {
	d := s.stock()
	us := refSplit(d, text, 0, len(text), nil)
	if len(us) == 0 {
		return nil
	}
	user := s.user
	var keys []byte
	var koff []int32
	if user != nil {
		for _, u := range us {
			koff = append(koff, int32(len(keys)))
			keys = appendLower(keys, text[u.start:u.end])
		}
		koff = append(koff, int32(len(keys)))
	}
	relax := func(j *jumper, base float32, m match) {
		nd := base + m.dist
		if j.min == 0 || j.min > nd {
			j.min, j.ref, j.n = nd, m.ref, m.n
		}
	}
	js := make([]jumper, len(us))
	for cur := range us {
		var base float32
		if cur > 0 {
			base = js[cur-1].min
		}
		var ms []match
		node := int32(0)
		for k := cur; k < len(us); k++ {
			l := us[k].label
			if l == noLabel {
				break
			}
			if node = d.child(node, l); node < 0 {
				break
			}
			if nd := &d.nodes[node]; nd.word {
				ms = append(ms, match{n: int32(k - cur + 1), ref: node, dist: nd.dist})
			}
		}
		if user != nil {
			for k := cur; k < len(us) && k-cur < user.maxUnits; k++ {
				v, ok := user.keys[string(keys[koff[cur]:koff[k+1]])]
				if !ok {
					break
				}
				if v >= 0 {
					m := match{n: int32(k - cur + 1), ref: -2 - v, dist: user.entries[v].dist}
					i := len(ms)
					for i > 0 && ms[i-1].n >= m.n {
						i--
					}
					if i < len(ms) && ms[i].n == m.n {
						ms[i] = m
					} else {
						ms = slices.Insert(ms, i, m)
					}
				}
			}
		}
		for _, m := range ms {
			relax(&js[cur+int(m.n)-1], base, m)
		}
		if len(ms) == 0 || ms[0].n > 1 {
			relax(&js[cur], base, match{n: 1, ref: -1, dist: pseudoDistance})
		}
	}
	var rev []extract.Token
	for end := len(us) - 1; end >= 0; {
		j := js[end]
		first := end - int(j.n) + 1
		rev = s.appendToken(rev, text, us[first:end+1], j.ref, user)
		end = first - 1
	}
	slices.Reverse(rev)
	return rev
}

// refSplit is split without the fast path for the CJK Unified
// Ideographs.
func refSplit(d *dict, text string, lo, hi int, us []unit) []unit {
	prevHan := false
	var low [64]byte
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(text[i:hi])
		switch {
		case isAlnum(r, size):
			j := i + size
			for j < hi {
				r2, s2 := utf8.DecodeRuneInString(text[j:hi])
				if !isAlnum(r2, s2) {
					break
				}
				j += s2
			}
			us = append(us, unit{start: int32(i), end: int32(j), label: d.alnumLabel(text[i:j], low[:0])})
			i = j
			prevHan = false
			continue
		case prevHan && isLayoutSpace(r):
			j := i + size
			for j < hi {
				r2, s2 := utf8.DecodeRuneInString(text[j:hi])
				if !isLayoutSpace(r2) {
					break
				}
				j += s2
			}
			if j < hi {
				if r2, _ := utf8.DecodeRuneInString(text[j:hi]); isHan(r2) {
					i = j
					continue
				}
			}
		}
		u := unit{start: int32(i), end: int32(i + size), label: uint32(r), space: isSpace(r)}
		if r == utf8.RuneError && size == 1 {
			u.label = noLabel
		}
		us = append(us, u)
		prevHan = isHan(r)
		i += size
	}
	return us
}

// TestSegmenter_Tokens_SameAsPlainForm compares Tokens with refTokens on
// random texts made of user words, their parts, stock words, Latin,
// digits, punctuation, spaces and broken UTF-8, with and without user
// words (some of one character, some starting with Latin or a digit, one
// replacing a stock word).
func TestSegmenter_Tokens_SameAsPlainForm(t *testing.T) {
	userWords := []string{"李玉甫", "王", "哈尔滨新区", "中华人民共和国", "黑龙江省", "Chat GPT", "5G基站", "《人民", "一带一路倡议", "城关镇东街社区"}
	pieces := []string{"李玉", "玉甫", "哈尔滨", "新区", "中华", "人民", "共和国", "黑龙江", "省", "ChatGPT", "chat", "GPT", "5G", "基站",
		"《", "》", "一带一路", "倡议", "城关镇", "东街", "社区", "的", "了", "在", "今天", "记者", "市长", "调研",
		"，", "。", "、", " ", "\u3000", "\n", "2024", "18.6%", "Ａ", "—", "𠮷", "\xe4\xb8", "\xff", "x", "ab", "〇", "㐀"}
	pieces = append(pieces, userWords...)
	r := rand.New(rand.NewPCG(7, 11))
	texts := make([]string, 3000)
	for i := range texts {
		var b strings.Builder
		for k := 1 + r.IntN(24); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts[i] = b.String()
	}
	plain := mustDefault(t)
	withUser := mustDefault(t)
	for i, w := range userWords {
		withUser.AddWord(w, float64(100*(i+1)), "u")
	}
	for _, s := range []*Segmenter{plain, withUser} {
		for _, text := range texts {
			got, want := s.Tokens(text), refTokens(s, text)
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !slices.Equal(got, want) {
				t.Fatalf("Tokens(%q) (user words: %v):\n got %v\nwant %v", text, s.user != nil, got, want)
			}
		}
	}
}
