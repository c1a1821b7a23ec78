package places

import "unicode/utf8"

// datelineAt reports whether s, the text right after a place's name,
// continues a wire or newspaper dateline: a date of month and day and
// 电 or 讯 (新华社南宁11月3日电, 本报通江5月12日讯, 中新网成都１１月５日电),
// or 讯 alone (本报长沙讯).
// The name in front of such a date is the place the story was filed
// from, written as a short form right after the agency's or paper's name,
// so it passes the boundary check (社 before 南宁 is no boundary
// otherwise) and a county's short form needs no other support. Digits
// may be ASCII, full-width or Chinese numerals; white space is already
// removed.
func datelineAt(s string) bool {
	if hasAt(s, 0, "讯") {
		return true
	}
	i, ok := datelineNumber(s, 0)
	if !ok || !hasAt(s, i, "月") {
		return false
	}
	i, ok = datelineNumber(s, i+len("月"))
	if !ok || !hasAt(s, i, "日") {
		return false
	}
	i += len("日")
	return hasAt(s, i, "电") || hasAt(s, i, "讯")
}

// datelineNumber reads one to three digits or Chinese numerals at i and
// returns the offset after them.
func datelineNumber(s string, i int) (int, bool) {
	n := 0
	for i < len(s) && n < 3 {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || isChineseNumeral(r)) {
			break
		}
		i += size
		n++
	}
	return i, n > 0
}

func isChineseNumeral(r rune) bool {
	switch r {
	case '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '廿', '卅':
		return true
	}
	return false
}

func hasAt(s string, i int, w string) bool { return len(s)-i >= len(w) && s[i:i+len(w)] == w }
