package extract

import "strings"

// DivisionLevel returns the level of a GB/T 2260 code (1 province,
// 2 prefecture, 3 county, 4 township, 5 village), or 0 for anything
// else.
func DivisionLevel(code string) int {
	if code == "" || strings.TrimLeft(code, "0123456789") != "" {
		return 0
	}
	switch len(code) {
	case 6:
		switch {
		case strings.HasSuffix(code, "0000"):
			return 1
		case strings.HasSuffix(code, "00"):
			return 2
		}
		return 3
	case 9:
		return 4
	case 12:
		if strings.HasSuffix(code, "000") {
			return 4
		}
		return 5
	}
	return 0
}
