package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// appointHeadings are the verbs that head the lists of a personnel notice
// (决定任命：↵X为…；↵Y为…。 免去：↵Z的…职务。), longest first where one
// ends another.
var appointHeadings = []string{"提请任命", "任命", "免去", "免除", "聘任", "提名", "解聘"}

// headingVerb returns the verb of a heading line that holds nothing but
// an ordinal and one of appointHeadings (一、任命, 二、免去, （一）任命), or "".
func headingVerb(line string) string {
	for _, v := range appointHeadings {
		if !HasSuffix(line, v) {
			continue
		}
		ord := strings.TrimSuffix(line, v)
		ord = strings.TrimRight(ord, "、.．，, ")
		ord = strings.TrimRight(ord, "（）()")
		digits := strings.TrimRightFunc(ord, func(r rune) bool { return strings.ContainsRune("一二三四五六七八九十0123456789", r) })
		if digits == ord {
			return "" // no ordinal
		}
		// the ordinal opens the line, or follows a colon that the line
		// repair joined it to (决定：一、任命)
		digits = strings.TrimRight(digits, "（(")
		if digits != "" && !strings.HasSuffix(digits, "：") && !strings.HasSuffix(digits, ":") {
			return ""
		}
		return v
	}
	return ""
}

// AppointListVerb reports the verb of the personnel list that the clause
// at byte i of text belongs to, or "". The clause must open a line or
// follow a ； of it; the lines above it up to the heading must all be
// items of the list (ending with ； or ，), and the heading a line that
// ends with one of the verbs and a colon (任命：, 决定任命：, 二、免去：).
// A line that ends with 。 closes a list, so a heading never reaches past
// the end of its own list.
func AppointListVerb(text string, i int) string {
	if i < 0 || i > len(text) {
		return ""
	}
	// most clauses follow neither a line's start nor a ；: decide that
	// from the characters right before i
	before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	if before != "" && !strings.HasSuffix(before, "；") && !strings.HasSuffix(before, ";") && len(before) == i {
		return ""
	}
	ls := strings.LastIndexByte(text[:i], '\n') + 1
	if b := strings.TrimRightFunc(text[ls:i], unicode.IsSpace); b != "" && !strings.HasSuffix(b, "；") && !strings.HasSuffix(b, ";") {
		return ""
	}
	for n := 0; n < 40 && ls > 0; n++ {
		end := ls - 1 // the newline that ends the line above
		start := strings.LastIndexByte(text[:end], '\n') + 1
		line := strings.TrimSpace(text[start:end])
		ls = start
		if line == "" {
			continue
		}
		switch {
		case strings.HasSuffix(line, "："), strings.HasSuffix(line, ":"):
			_, w := utf8.DecodeLastRuneInString(line)
			head := line[:len(line)-w]
			for _, v := range appointHeadings {
				if HasSuffix(head, v) {
					return v
				}
			}
			return ""
		case headingVerb(line) != "":
			// 一、任命 (no colon): a numbered heading of the verb alone
			return headingVerb(line)
		case strings.HasSuffix(line, "；"), strings.HasSuffix(line, ";"), strings.HasSuffix(line, "，"):
			continue
		}
		return ""
	}
	return ""
}

// appointVerbs are the verbs of appointments and removals written in a
// sentence (任命X为…, 免去X的…职务).
var appointVerbs = []string{"提请任命", "任命", "免去", "免除", "聘任", "提名", "解聘", "选举", "补选", "推选", "增补"}

// AppointClauseVerb reports the verb of an appointment that governs the
// clause at byte i of text, or "": the clause follows a comma or a ； of a
// sentence that such a verb opened before it, with its first item already
// stated (任命X为A局局长，Y为B局局长; 免去X的A职务，Y的B职务).
func AppointClauseVerb(text string, i int) string {
	if i < 0 || i > len(text) {
		return ""
	}
	before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
	if !strings.HasSuffix(before, "，") && !strings.HasSuffix(before, "；") && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ";") {
		return ""
	}
	// the sentence so far, within the last 300 bytes (an item follows its
	// verb closely)
	win := before[max(0, len(before)-300):]
	ss := max(strings.LastIndex(win, "。"), strings.LastIndexByte(win, '\n'), strings.LastIndex(win, "："))
	sent := win[ss+1:]
	best, at := "", -1
	for _, v := range appointVerbs {
		if k := strings.LastIndex(sent, v); k > at || k == at && len(v) > len(best) {
			best, at = v, k
		}
	}
	if at < 0 {
		return ""
	}
	item := sent[at+len(best):]
	if best == "免去" || best == "免除" || best == "解聘" {
		if !strings.Contains(item, "职务") {
			return ""
		}
	} else if !strings.Contains(item, "为") {
		return ""
	}
	return best
}
