package nereval

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadMentions reads system mentions in the format of `zhkg extract
// --format mentions`: DOC<TAB>START<TAB>END<TAB>TYPE<TAB>NAME a line, rune
// offsets with END exclusive. Blank lines and lines starting with # are
// skipped.
func ReadMentions(r io.Reader) ([]Mention, error) {
	var out []Mention
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.SplitN(line, "\t", 5)
		if len(f) < 4 {
			return nil, fmt.Errorf("read mentions: line %d: want DOC, START, END, TYPE and NAME separated by TABs, have %q", n, line)
		}
		start, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || start < 0 || end <= start {
			return nil, fmt.Errorf("read mentions: line %d: bad offsets %q, %q", n, f[1], f[2])
		}
		m := Mention{Doc: f[0], Start: start, End: end, Type: f[3]}
		if len(f) == 5 {
			m.Text = f[4]
		}
		out = append(out, m)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read mentions: %w", err)
	}
	return out, nil
}

// WriteMentions writes mentions in the format ReadMentions reads.
func WriteMentions(w io.Writer, ms []Mention) error {
	bw := bufio.NewWriter(w)
	for _, m := range ms {
		fmt.Fprintf(bw, "%s\t%d\t%d\t%s\t%s\n", m.Doc, m.Start, m.End, m.Type, m.Text)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write mentions: %w", err)
	}
	return nil
}
