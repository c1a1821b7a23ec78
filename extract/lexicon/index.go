package lexicon

import "strings"

// Index is strings.Index(s, sub) made for Chinese text. strings.Index
// looks for the first byte of sub and compares sub where it is; in
// Chinese text the lead byte of a character is shared by a sixth of all
// characters, so it stops almost at every other character. Index looks
// for the third byte of a sub that begins with a three-byte character (a
// continuation byte, shared by one character in 64) and compares sub
// where that byte is. The result is the same: the first occurrence.
func Index(s, sub string) int {
	if len(sub) < 3 || sub[0] < 0xE0 || sub[0] >= 0xF0 {
		return strings.Index(s, sub)
	}
	c := sub[2]
	for i := 2; i < len(s); i++ {
		j := strings.IndexByte(s[i:], c)
		if j < 0 {
			return -1
		}
		i += j
		if strings.HasPrefix(s[i-2:], sub) {
			return i - 2
		}
	}
	return -1
}

// Contains is strings.Contains(s, sub) by Index.
func Contains(s, sub string) bool { return Index(s, sub) >= 0 }

// HasPrefix is strings.HasPrefix(s, prefix) that compares the last byte
// of prefix first: for a word of Chinese text that is a continuation byte,
// which most other characters do not share, so most calls that fail do
// without comparing the rest.
func HasPrefix(s, prefix string) bool {
	n := len(prefix)
	return len(s) >= n && (n == 0 || s[n-1] == prefix[n-1]) && s[:n] == prefix
}

// HasSuffix is strings.HasSuffix(s, suffix) that compares the last bytes
// first (see HasPrefix).
func HasSuffix(s, suffix string) bool {
	n := len(suffix)
	return len(s) >= n && (n == 0 || s[len(s)-1] == suffix[n-1]) && s[len(s)-n:] == suffix
}

// LongestPrefix returns the longest of words that s begins with, or "".
func LongestPrefix(s string, words []string) string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) && HasPrefix(s, w) {
			best = w
		}
	}
	return best
}

// LongestSuffix returns the longest of words that s ends with, or "".
func LongestSuffix(s string, words []string) string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) && HasSuffix(s, w) {
			best = w
		}
	}
	return best
}
