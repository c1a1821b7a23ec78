package news

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/zhkg/zhkg/extract/lexicon"
)

// UserEntry is one entry of a user dictionary.
type UserEntry struct {
	Word string
	Kind lexicon.Kind
	Line int
}

// ReadUserDict reads a user dictionary: UTF-8 text, one entry a line,
//
//	WORD<TAB or spaces>KIND
//
// where KIND is person, org, place, title, product or notname (a word that
// must never be taken as a name); `#` starts a comment. A user entry always
// wins over the built-in lists. Errors name the file and line.
func ReadUserDict(path string) ([]UserEntry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("user dictionary: %w", err)
	}
	defer f.Close()
	var out []UserEntry
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 2 {
			return nil, fmt.Errorf("user dictionary %s:%d: want WORD KIND, got %q", path, n, line)
		}
		k := lexicon.Kind(strings.ToLower(fields[1]))
		switch k {
		case lexicon.KindPerson, lexicon.KindOrg, lexicon.KindPlace, lexicon.KindTitle, lexicon.KindProduct, lexicon.KindNotName:
		default:
			return nil, fmt.Errorf("user dictionary %s:%d: unknown kind %q (want person, org, place, title, product or notname)", path, n, fields[1])
		}
		out = append(out, UserEntry{Word: fields[0], Kind: k, Line: n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("user dictionary %s: %w", path, err)
	}
	return out, nil
}
