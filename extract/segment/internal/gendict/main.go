// Command gendict writes the prebuilt dictionary of package segment.
//
// It loads gse's stock simplified Chinese dictionary (zh_s) through gse
// itself, so that the words, frequencies, tags and total frequency are
// exactly what gse uses after its own filtering, and writes them in the
// compact form read by segment's decoder (see the package docs of segment
// for the format). Run it through `go generate` in extract/segment.
package main

import (
	"bufio"
	"encoding/binary"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// magic opens every dictionary file; it must match segment's decoder.
const magic = "zhkgseg1"

// alnumBase is the first label of an alphanumeric unit; it must match segment.
const alnumBase = 0x110000

func main() {
	out := flag.String("o", "dict.bin", "output file")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}

type word struct {
	labels []uint32
	freq   uint64
	pos    int
}

func isAlnumUnit(u []byte) bool {
	r, size := utf8.DecodeRune(u)
	return size <= 2 && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

func run(out string) error {
	var seg gse.Segmenter
	seg.SkipLog = true
	if err := seg.LoadDictEmbed("zh_s"); err != nil {
		return fmt.Errorf("load gse zh_s: %w", err)
	}
	d := seg.Dict

	// collect alphanumeric units and part-of-speech tags
	alnumSet := map[string]bool{}
	posIdx := map[string]int{}
	var posNames []string
	for i := range d.Tokens {
		t := &d.Tokens[i]
		for _, u := range gse.SplitWords([]byte(t.Text())) {
			if isAlnumUnit(u) {
				alnumSet[string(u)] = true
			}
		}
		if _, ok := posIdx[t.Pos()]; !ok {
			posIdx[t.Pos()] = len(posNames)
			posNames = append(posNames, t.Pos())
		}
	}
	if len(posNames) > 255 {
		return fmt.Errorf("too many tags: %d", len(posNames))
	}
	alnum := make([]string, 0, len(alnumSet))
	for s := range alnumSet {
		alnum = append(alnum, s)
	}
	sort.Strings(alnum)
	alnumLabel := make(map[string]uint32, len(alnum))
	for i, s := range alnum {
		alnumLabel[s] = alnumBase + uint32(i)
	}

	words := make([]word, 0, len(d.Tokens))
	for i := range d.Tokens {
		t := &d.Tokens[i]
		f := t.Freq()
		if f != math.Trunc(f) || f < 1 {
			return fmt.Errorf("word %q: frequency %v is not a positive integer", t.Text(), f)
		}
		var labels []uint32
		for _, u := range gse.SplitWords([]byte(t.Text())) {
			if isAlnumUnit(u) {
				labels = append(labels, alnumLabel[string(u)])
			} else {
				r, _ := utf8.DecodeRune(u)
				labels = append(labels, uint32(r))
			}
		}
		if len(labels) == 0 || len(labels) > 255 {
			return fmt.Errorf("word %q: %d units", t.Text(), len(labels))
		}
		words = append(words, word{labels: labels, freq: uint64(f), pos: posIdx[t.Pos()]})
	}
	slices.SortFunc(words, func(a, b word) int { return slices.Compare(a.labels, b.labels) })
	for i := 1; i < len(words); i++ {
		if slices.Equal(words[i-1].labels, words[i].labels) {
			return fmt.Errorf("duplicate key %v", words[i].labels)
		}
	}

	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	w := bufio.NewWriter(f)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { w.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); w.WriteString(s) }

	w.WriteString(magic)
	binary.LittleEndian.PutUint64(buf[:8], math.Float64bits(d.TotalFreq()))
	w.Write(buf[:8])
	uv(uint64(len(posNames)))
	for _, p := range posNames {
		str(p)
	}
	uv(uint64(len(alnum)))
	for _, s := range alnum {
		str(s)
	}
	uv(uint64(len(words)))
	var prev []uint32
	for _, wd := range words {
		shared := 0
		for shared < len(prev) && shared < len(wd.labels) && prev[shared] == wd.labels[shared] {
			shared++
		}
		w.WriteByte(byte(shared))
		w.WriteByte(byte(len(wd.labels) - shared))
		for _, l := range wd.labels[shared:] {
			uv(uint64(l))
		}
		uv(wd.freq)
		w.WriteByte(byte(wd.pos))
		prev = wd.labels
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close %s: %w", out, err)
	}
	fmt.Fprintf(os.Stderr, "gendict: %d words, %d alnum units, %d tags, total freq %v\n", len(words), len(alnum), len(posNames), d.TotalFreq())
	return nil
}
