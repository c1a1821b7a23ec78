package lexicon

import (
	"fmt"
	"strconv"
)

// Surname is one entry of the built-in surname list.
type Surname struct {
	Name   string
	Weight int // 3 very common, 2 common, 1 rare
}

// Surnames returns the built-in surnames in file order. It reads the
// embedded list afresh on every call; it is meant for tools such as the
// corpus generator (extract/synth), not for extraction.
func Surnames() ([]Surname, error) {
	var out []Surname
	err := readList("surnames.txt", func(f []string) error {
		w := 2
		if len(f) > 1 {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return fmt.Errorf("weight %q: %w", f[1], err)
			}
			w = n
		}
		out = append(out, Surname{Name: f[0], Weight: w})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// TitleHeads returns the built-in title heads (data/titles.txt) with their
// classes, in file order, without the composed forms (副, 县委 …). Like
// Surnames it is meant for tools.
func TitleHeads() ([]Title, error) {
	var out []Title
	err := readList("titles.txt", func(f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("title %q has no class", f[0])
		}
		out = append(out, Title{Text: f[0], Head: f[0], Class: TitleClass(f[1])})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
