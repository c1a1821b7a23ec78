package input

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/zhkg/zhkg/extract/news"
)

// Item is one input read by Walk: a document, or a failure to read one.
type Item struct {
	Input    news.Input
	Path     string // the file it came from ("-" for standard input)
	Hash     string // sha256 hex of the raw file bytes; for a JSON-lines record, of its line
	Encoding string // the encoding the text was decoded from (UTF8, GB18030, ...)
	Err      error  // a *Error when the input could not be read; Input is then partial or empty
}

// Skipped reports whether the item is an empty input: not a failure, but
// there is nothing to extract (warn and go on).
func (it Item) Skipped() bool { return errors.Is(it.Err, ErrEmpty) }

// Format is the kind of an input file.
type Format int

// The input formats.
const (
	Unknown   Format = iota
	Text             // .txt, .md: plain text, possibly page layout copied from a PDF
	JSONLines        // .jsonl, .ndjson: one article a line
	HTML             // .html, .htm: a web page
)

// Extensions maps the file extensions read from folders to their formats.
var Extensions = map[string]Format{
	".txt": Text, ".md": Text, ".text": Text,
	".jsonl": JSONLines, ".ndjson": JSONLines,
	".html": HTML, ".htm": HTML, ".xhtml": HTML,
}

// FormatOf returns the format of a path by its extension (case-insensitive).
func FormatOf(path string) Format {
	return Extensions[strings.ToLower(filepath.Ext(path))]
}

// DefaultMaxSize is the largest file a zero Walker reads.
const DefaultMaxSize = 512 << 20

// Walker reads input paths. The zero value is ready to use.
type Walker struct {
	Stdin   io.Reader // read for the path "-"; nil means os.Stdin
	MaxSize int64     // largest file read; 0 means DefaultMaxSize
}

// Walk reads paths with a zero Walker; see Walker.Walk.
func Walk(ctx context.Context, paths []string, fn func(Item) error) error {
	var w Walker
	return w.Walk(ctx, paths, fn)
}

// Walk calls fn for every input found in paths, in order: a file is read
// whatever its extension (as plain text when the extension is not known);
// a folder is walked recursively in name order, skipping hidden entries
// (names starting with ".") and files whose extension is not in
// Extensions; "-" is standard input, its format sniffed from its content.
// Symbolic links are followed; a folder reached again inside itself is
// reported once as ErrSymlinkLoop and not entered.
//
// Files are read one at a time. Failures to read an input are reported to
// fn as an Item with Err set, and the walk goes on. Walk returns the first
// error returned by fn, or ctx's error when it is done, or nil.
func (w *Walker) Walk(ctx context.Context, paths []string, fn func(Item) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("read input: %w", err)
		}
		if p == "-" {
			if err := w.stdin(fn); err != nil {
				return err
			}
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			if err := fn(Item{Path: p, Err: &Error{Path: p, Err: statErr(err)}}); err != nil {
				return err
			}
			continue
		}
		if st.IsDir() {
			err = w.dir(ctx, p, st, nil, fn)
		} else {
			err = w.file(p, st, true, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func statErr(err error) error {
	if errors.Is(err, syscall.ELOOP) {
		return fmt.Errorf("%w: %v", ErrSymlinkLoop, err)
	}
	return err
}

// dir walks a folder; ancestors are the folders above it in this walk.
func (w *Walker) dir(ctx context.Context, path string, st os.FileInfo, ancestors []os.FileInfo, fn func(Item) error) error {
	for _, a := range ancestors {
		if os.SameFile(a, st) {
			return fn(Item{Path: path, Err: &Error{Path: path, Err: fmt.Errorf("%w: %s is a folder above it; not entered again", ErrSymlinkLoop, path)}})
		}
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return fn(Item{Path: path, Err: &Error{Path: path, Err: err}})
	}
	ancestors = append(ancestors, st)
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("read input: %w", err)
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		full := filepath.Join(path, name)
		typ := e.Type()
		if typ&os.ModeSymlink == 0 && !typ.IsDir() && !typ.IsRegular() {
			continue // device, pipe, socket
		}
		if typ.IsRegular() && FormatOf(name) == Unknown {
			continue
		}
		fst, err := os.Stat(full) // follows symbolic links
		if err != nil {
			if err := fn(Item{Path: full, Err: &Error{Path: full, Err: statErr(err)}}); err != nil {
				return err
			}
			continue
		}
		switch {
		case fst.IsDir():
			err = w.dir(ctx, full, fst, ancestors, fn)
		case fst.Mode().IsRegular() && FormatOf(name) != Unknown:
			err = w.file(full, fst, false, fn)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (w *Walker) maxSize() int64 {
	if w.MaxSize > 0 {
		return w.MaxSize
	}
	return DefaultMaxSize
}

// file reads one file; explicit files of unknown extension are read as text.
func (w *Walker) file(path string, st os.FileInfo, explicit bool, fn func(Item) error) error {
	if st.Size() > w.maxSize() {
		return fn(Item{Path: path, Err: &Error{Path: path, Err: fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, st.Size(), w.maxSize())}})
	}
	format := FormatOf(path)
	if format == Unknown {
		format = Text
	}
	if format == JSONLines {
		f, err := os.Open(path)
		if err != nil {
			return fn(Item{Path: path, Err: &Error{Path: path, Err: err}})
		}
		defer f.Close()
		return readJSONLines(path, f, fn)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fn(Item{Path: path, Err: &Error{Path: path, Err: err}})
	}
	return fn(readDocument(path, docName(path), data, format))
}

func (w *Walker) stdin(fn func(Item) error) error {
	r := w.Stdin
	if r == nil {
		r = os.Stdin
	}
	data, err := io.ReadAll(io.LimitReader(r, w.maxSize()+1))
	if err != nil {
		return fn(Item{Path: "-", Err: &Error{Path: "-", Err: err}})
	}
	if int64(len(data)) > w.maxSize() {
		return fn(Item{Path: "-", Err: &Error{Path: "-", Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, w.maxSize())}})
	}
	format := sniffFormat(data)
	if format == JSONLines {
		return readJSONLines("-", bytes.NewReader(data), fn)
	}
	return fn(readDocument("-", StdinName, data, format))
}

// StdinName is the document name of standard input read as one document.
const StdinName = "stdin"

// sniffFormat guesses the format of standard input from its first bytes.
func sniffFormat(data []byte) Format {
	head := bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), 1024)], []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("{")):
		return JSONLines
	case bytes.HasPrefix(head, []byte("<")):
		l := bytes.ToLower(head)
		if bytes.Contains(l, []byte("<html")) || bytes.Contains(l, []byte("<!doctype html")) || bytes.Contains(l, []byte("<body")) || bytes.Contains(l, []byte("<p")) {
			return HTML
		}
	}
	return Text
}

// docName is the document name of a file: its base name without extension.
func docName(path string) string {
	base := filepath.Base(path)
	if ext := filepath.Ext(base); ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// readDocument decodes the bytes of a text or HTML file into an Item.
func readDocument(path, name string, data []byte, format Format) Item {
	it := Item{Path: path, Hash: hashOf(data), Input: news.Input{Name: name, Source: path}}
	declared := ""
	if format == HTML {
		declared = htmlCharset(data)
	}
	text, enc, err := decode(data, declared)
	it.Encoding = enc
	if err != nil {
		it.Err = &Error{Path: path, Err: err}
		return it
	}
	switch format {
	case HTML:
		d := extractHTML(text)
		it.Input.Title, it.Input.Date, it.Input.Text = d.Title, d.Date, d.Text
		if d.Text == "" {
			it.Err = &Error{Path: path, Err: fmt.Errorf("%w: the page has no article text", ErrEmpty)}
		}
	default:
		it.Input.Text = text
		it.Input.Layout = true
	}
	return it
}

// lineReader reads lines of any length.
func newLineReader(r io.Reader) *bufio.Reader { return bufio.NewReaderSize(r, 64<<10) }
