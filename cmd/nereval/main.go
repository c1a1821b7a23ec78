package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/zhkg/zhkg/extract/nereval"
)

// defaultData is where the public sets are, relative to the repository root.
var defaultData = map[string]string{
	"msra":    filepath.Join("..", "shared", "eval", "public", "msra", "test.bio.txt"),
	"cluener": filepath.Join("..", "shared", "eval", "public", "cluener2020", "dev.json"),
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

type options struct {
	set, data, writeInput, system, name, baseline string
	errors                                        int
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var o options
	fs := flag.NewFlagSet("nereval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.set, "set", "", "evaluation set: msra or cluener (required)")
	fs.StringVar(&o.data, "data", "", "the set's file: the public BIO or JSON file, or a .jsonl written by -write-input (default ../shared/eval/public/...)")
	fs.StringVar(&o.writeInput, "write-input", "", "write the set's documents as JSON lines (id, text, gold) to this file, the input of `zhkg extract --format mentions`")
	fs.StringVar(&o.system, "system", "", "system mentions to score: a file of DOC<TAB>START<TAB>END<TAB>TYPE<TAB>NAME lines, or - for stdin")
	fs.StringVar(&o.name, "name", "zhkg", "the system's name in the table")
	fs.StringVar(&o.baseline, "baseline", "", "baselines to run and score, comma-separated: gse, gojieba (needs -tags gojieba)")
	fs.IntVar(&o.errors, "errors", 0, "print up to this many errors of each kind and type after each table")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: nereval -set msra|cluener [-data FILE] [-write-input FILE] [-system FILE|-] [-baseline gse[,gojieba]] [-errors N]\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || o.set == "" || (o.writeInput == "" && o.system == "" && o.baseline == "") {
		fs.Usage()
		return 2
	}
	if err := evaluate(o, stdin, stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "nereval: %v\n", err)
		return 1
	}
	return 0
}

func evaluate(o options, stdin io.Reader, stdout, stderr io.Writer) error {
	set, err := load(o.set, o.data)
	if err != nil {
		return err
	}
	if o.writeInput != "" {
		if err := writeInput(set, o.writeInput); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "nereval: wrote %d %s documents (%d characters) to %s\n", len(set.Docs), set.Name, set.Runes(), o.writeInput)
	}
	if o.system != "" {
		var r io.Reader = stdin
		if o.system != "-" {
			f, err := os.Open(o.system)
			if err != nil {
				return fmt.Errorf("read system mentions: %w", err)
			}
			defer f.Close()
			r = f
		}
		ms, err := nereval.ReadMentions(r)
		if err != nil {
			return fmt.Errorf("%s: %w", o.system, err)
		}
		if err := report(stdout, set, o.name, nereval.Score(set, ms), "", o.errors); err != nil {
			return err
		}
	}
	if o.baseline == "" {
		return nil
	}
	for _, b := range strings.Split(o.baseline, ",") {
		b = strings.TrimSpace(b)
		start := time.Now()
		t, closeFn, err := tagger(b)
		if err != nil {
			return err
		}
		loaded := time.Since(start)
		start = time.Now()
		ms := nereval.Run(t, set)
		took := time.Since(start)
		if err := closeFn(); err != nil {
			return fmt.Errorf("close %s: %w", b, err)
		}
		timing := fmt.Sprintf("%s: dictionary loaded in %.1f s; %d characters tagged in %.2f s (%.0f characters/s)",
			b, loaded.Seconds(), set.Runes(), took.Seconds(), float64(set.Runes())/took.Seconds())
		if err := report(stdout, set, b+" baseline", nereval.Score(set, ms), timing, o.errors); err != nil {
			return err
		}
	}
	return nil
}

func tagger(name string) (nereval.Tagger, func() error, error) {
	switch name {
	case "gse":
		g, err := nereval.NewGSE()
		return g, func() error { return nil }, err
	case "gojieba":
		g, err := nereval.NewGojieba()
		if err != nil {
			return nil, nil, err
		}
		return g, g.Close, nil
	}
	return nil, nil, fmt.Errorf("unknown baseline %q (want gse or gojieba)", name)
}

// load reads the set from path: a .jsonl written by -write-input, or the
// set's public file.
func load(set, path string) (*nereval.Set, error) {
	def, ok := defaultData[set]
	if !ok {
		return nil, fmt.Errorf("unknown set %q (want msra or cluener)", set)
	}
	if path == "" {
		path = def
	}
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && path == def {
			return nil, fmt.Errorf("read %s: %w (run from the repository root, or give -data)", set, err)
		}
		return nil, fmt.Errorf("read %s: %w", set, err)
	}
	defer f.Close()
	var s *nereval.Set
	switch {
	case strings.HasSuffix(path, ".jsonl"):
		types := nereval.MSRATypes
		if set == "cluener" {
			types = nereval.CLUENERTypes
		}
		s, err = nereval.ReadJSONL(f, set, types)
	case set == "msra":
		s, err = nereval.ReadMSRA(f)
	default:
		s, err = nereval.ReadCLUENER(f)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func writeInput(set *nereval.Set, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write input: %w", err)
	}
	if err := set.WriteJSONL(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write input: %w", err)
	}
	return nil
}

func report(w io.Writer, set *nereval.Set, name string, rep *nereval.Report, timing string, nerr int) error {
	if err := rep.WriteTable(w, name); err != nil {
		return err
	}
	if timing != "" {
		fmt.Fprintf(w, "\n%s\n", timing)
	}
	if nerr > 0 {
		writeErrors(w, rep, nerr)
	}
	_, err := fmt.Fprintln(w)
	return err
}

// writeErrors prints up to n errors of each kind and type.
func writeErrors(w io.Writer, rep *nereval.Report, n int) {
	shown := map[string]int{}
	for _, e := range rep.Errors {
		k := e.Kind + " " + e.Mention.Type
		if shown[k] >= n {
			continue
		}
		shown[k]++
		line := fmt.Sprintf("%s\t%s\t%s\t%d-%d %s", k, e.Mention.Doc, e.Mention.Type, e.Mention.Start, e.Mention.End, e.Mention.Text)
		if e.Gold != nil {
			line += fmt.Sprintf("\tgold %s %d-%d %s", e.Gold.Type, e.Gold.Start, e.Gold.End, e.Gold.Text)
		}
		fmt.Fprintln(w, line)
	}
}
