package layout

import (
	"math"
	"strings"

	"github.com/zhkg/zhkg/extract/lexicon"
)

// Tuning of the line joiner.
const (
	// widthTol is how far (in cells) two lines of one column may differ
	// in width: justified CJK text squeezes punctuation, so a column of
	// 15 cells holds lines of 14.5 to 17 cells.
	widthTol = 1.6
	// maxColumn is the widest line that can be a wrapped column line;
	// wider lines are web paragraphs and are never joined.
	maxColumn = 48
	// minColumn is the narrowest line that can be a wrapped column line.
	minColumn = 6
	// window is how many lines on each side are looked at to find the
	// width of the column a line belongs to.
	window = 6
	// support is how many lines of the window must share a line's width
	// for the line to count as a full column line; one is enough for a
	// line with clause punctuation.
	support = 2
	// pagedShare is the share of full column lines that makes a text a
	// page copied from a PDF.
	pagedShare = 0.3
	// minLoose is the narrowest line with clause punctuation that is
	// joined on a page without a column of its width around it.
	minLoose = 10
	// indent is the paragraph indent in cells.
	indent = 2
)

// Repair joins the lines of text that page layout broke inside paragraphs
// and returns the repaired text with one paragraph a line.
//
// A line is joined to the next one when it is a full line of a narrow
// column (at least two nearby lines with clause punctuation have the same
// width), it does not end a sentence, a byline or a photo credit, and the
// next line does not open a paragraph (本报讯, a byline, a subtitle, a
// signature, a credit note) nor is wider than it. Everything else ends a
// paragraph. Blank lines carry no information (PDF copies put one between
// every line) and are dropped; white space at both ends of a line is
// trimmed, white space inside lines is kept, and joined lines are glued
// without a space.
//
// The offset map is piecewise: clean[at[i]:at[i+1]] was copied from
// text[origin[i]:]. Every paragraph break of clean maps to the '\n' that
// ended its line in text. at is increasing, at[0] == 0 when clean is not
// empty, and len(at) == len(origin).
func Repair(text string) (clean string, at, origin []int) {
	sc := getScratch()
	defer sc.release()
	return repair(text, sc)
}

// repair is Repair with its lines in the arrays of sc.
func repair(text string, sc *scratch) (clean string, at, origin []int) {
	sc.lines = appendLines(sc.lines[:0], text)
	lines := sc.lines
	join := joins(lines)
	var b strings.Builder
	b.Grow(len(text))
	// a piece a line, and one more for each line break that does not
	// follow its line in text
	at = make([]int, 0, len(lines)+1)
	origin = make([]int, 0, len(lines)+1)
	add := func(piece string, from int) {
		if piece == "" {
			return
		}
		n := len(at)
		if n > 0 && origin[n-1]+(b.Len()-at[n-1]) == from {
			b.WriteString(piece) // contiguous in the source: extend the last piece
			return
		}
		at = append(at, b.Len())
		origin = append(origin, from)
		b.WriteString(piece)
	}
	sc.widths = sc.widths[:0]
	var w float64 // width of the paragraph so far: widths add up
	clause := false
	for i, l := range lines {
		add(l.text, l.start)
		w, clause = w+l.width, clause || l.clause
		if i < len(lines)-1 && join[i] {
			continue
		}
		sc.widths = append(sc.widths, paraWidth{w, clause})
		w, clause = 0, false
		if i < len(lines)-1 {
			add("\n", l.nl) // l.nl >= 0: a line followed by another ends with '\n'
		}
	}
	return b.String(), at, origin
}

// joins decides for every line whether it continues on the next one.
func joins(lines []line) []bool {
	join := make([]bool, len(lines))
	paged := isPaged(lines)
	for i := 0; i+1 < len(lines); i++ {
		cur, next := lines[i], lines[i+1]
		first := i == 0 || !join[i-1]
		if cur.valid && next.valid && (brokenByline(cur.text) && startsHan(next.text) || openCredit(cur.text, next.text)) {
			join[i] = true // 本报讯 记者谢 / 云峰报道: the name goes on
			continue
		}
		join[i] = continues(lines, i, first, paged)
	}
	return join
}

// continues reports whether lines[i] goes on in lines[i+1]; first tells
// whether lines[i] opens its paragraph, paged whether the text is a page.
func continues(lines []line, i int, first, paged bool) bool {
	cur, next := lines[i], lines[i+1]
	if !cur.valid || !next.valid {
		// (joining broken UTF-8 could glue bytes into a rune the source does not hold)
		return false
	}
	// Every test below must pass: the ones of widths come first, the
	// reading of the two lines' text last.
	// a full column line, or on a page a line of a caption or a wider
	// column too short to have neighbours of its width
	if !columnLine(lines, i, first) && !(paged && cur.clause && cur.width >= minLoose && cur.width <= maxColumn) {
		return false
	}
	// (the column is never narrower than cur, whose full width is at
	// least its width: only a wider next line needs the column's width)
	if next.width > cur.width+widthTol {
		w := colWidth(lines, i)
		if first {
			w = max(w, cur.width+indent)
		}
		if next.width > w+widthTol {
			return false // a wider line is a headline or another column
		}
	}
	if !cur.clause && !next.clause && (first || !columnLine(lines, i+1, false)) && !bodyAfter(lines, i, paged) {
		return false // two short lines without punctuation: stacked headlines
	}
	if !cur.clause && listItem(next.text) {
		return false // a list item without punctuation, then the next one (一是…/二是…)
	}
	return !endsParagraph(cur.text, cur.width) && !startsParagraph(next.text, next.width)
}

// bodyAfter reports whether lines[i+1] goes on in lines[i+2], a line with
// clause punctuation, or in lines[i+2] that goes on in such a line: the
// lines before it are the start of a paragraph, not stacked headlines.
func bodyAfter(lines []line, i int, paged bool) bool {
	if i+2 >= len(lines) || sectionHeader(lines[i].text) {
		return false
	}
	if !lines[i+2].clause && !(i+3 < len(lines) && lines[i+3].clause && continues(lines, i+2, false, paged)) {
		return false
	}
	return continues(lines, i+1, false, paged)
}

// listItem reports whether s opens an item of a list: 一是, 二、, （三）,
// 4. or 4、.
func listItem(s string) bool {
	r, n := decodeRune(s)
	if r == '（' || r == '(' {
		r, _ = decodeRune(s[n:])
		return numeral(r)
	}
	if r >= '0' && r <= '9' {
		// one or two digits and a dot that no digit follows (76.8亿元 is no item)
		t := strings.TrimLeft(s, "0123456789")
		if len(s)-len(t) > 2 {
			return false
		}
		for _, p := range [...]string{".", "、", "．"} {
			if strings.HasPrefix(t, p) {
				t = t[len(p):]
				return t == "" || t[0] < '0' || t[0] > '9'
			}
		}
		return false
	}
	if !numeral(r) {
		return false
	}
	t := s[n:]
	return strings.HasPrefix(t, "是") || strings.HasPrefix(t, "、")
}

// numeral reports whether r is a Chinese numeral from 一 to 十.
func numeral(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

// sectionHeader reports whether s is a line of section headers (一线观察
// 地方传真), which never goes on in the next line.
func sectionHeader(s string) bool {
	return strings.ContainsAny(s, " \t\u3000") && reFurniture.MatchString(s)
}

// isPaged reports whether lines look like a page copied from a PDF: many
// of them are full column lines.
func isPaged(lines []line) bool {
	if len(lines) < 6 {
		return false
	}
	n := 0
	for i := range lines {
		if columnLine(lines, i, false) {
			n++
		}
	}
	return float64(n) >= pagedShare*float64(len(lines))
}

// columnLine reports whether lines[i] is a full line of a narrow column:
// enough lines of its window with clause punctuation have its width. The
// first line of a paragraph may be short by the indent, which PDF copies
// lose.
func columnLine(lines []line, i int, first bool) bool {
	w := lines[i].width
	if w < minColumn || w > maxColumn {
		return false
	}
	n := 0
	for j := max(0, i-window); j <= min(len(lines)-1, i+window); j++ {
		if j == i || !lines[j].clause {
			continue
		}
		d := lines[j].width - w
		if math.Abs(d) <= widthTol || first && math.Abs(d-indent) <= widthTol {
			n++
			if n >= support || lines[i].clause {
				return true
			}
		}
	}
	return false
}

// colWidth is the widest the column of lines[i] can be set: the full width
// (squeezed punctuation a full cell) of lines[i] and of the lines with
// clause punctuation of its window that share its width.
func colWidth(lines []line, i int) float64 {
	w := lines[i].width
	c := lines[i].full
	for j := max(0, i-window); j <= min(len(lines)-1, i+window); j++ {
		if j == i || !lines[j].clause {
			continue
		}
		if math.Abs(lines[j].width-w) <= widthTol {
			c = max(c, lines[j].full)
		}
	}
	return c
}

// openCredit reports whether cur ends inside the bracketed credit of a
// dateline that next closes within a name: 本报讯（记者王进通讯员赖 /
// 旭）10月2日, 本报讯（记者 李 / 明）.
func openCredit(cur, next string) bool {
	// a credit names a press title (the cheap test first)
	if !lexicon.Contains(cur, "记者") && !lexicon.Contains(cur, "通讯员") {
		return false
	}
	k := strings.LastIndex(cur, "（")
	if k < 0 || strings.Contains(cur[k:], "）") || !lexicon.Contains(cur[k:], "记者") && !lexicon.Contains(cur[k:], "通讯员") {
		return false
	}
	if !leadStart(cur) {
		return false
	}
	// next holds one to four characters of a name, then the bracket
	n := 0
	for i := 0; i < len(next); {
		r, size := decodeRune(next[i:])
		switch {
		case r == '）':
			return n > 0
		case isHan(r):
			n++
		case !isSpace(r):
			return false
		}
		if n > 4 {
			return false
		}
		i += size
	}
	return false
}
