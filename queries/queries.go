package queries

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"sync"
)

//go:embed *.js
var files embed.FS

// preludeFile holds the helpers every rendered query starts with; it is not
// a query itself.
const preludeFile = "_prelude.js"

// Param is one parameter of a query.
type Param struct {
	Name     string // a JavaScript identifier, e.g. "place"
	Doc      string // one line, with an example
	Default  string // used when the argument is absent and Optional is set
	Optional bool   // whether Default applies
}

// Query is one query of the catalogue.
type Query struct {
	Name   string  // e.g. "officials"
	Doc    string  // one line
	Params []Param // in header order
	Body   string  // the JavaScript after the header
	File   string  // the embedded file name
}

var (
	loadOnce sync.Once
	catalog  []Query
	prelude  string
	loadErr  error
)

// Errors returned by Render and by the catalogue loader.
var (
	// ErrMissingParam is returned when a required parameter has no argument.
	ErrMissingParam = errors.New("missing parameter")
	// ErrUnknownParam is returned for an argument the query does not declare.
	ErrUnknownParam = errors.New("unknown parameter")
	// ErrBadHeader is returned for a query file whose header cannot be read.
	ErrBadHeader = errors.New("bad query header")
)

func load() {
	loadOnce.Do(func() {
		catalog, prelude, loadErr = parseAll(files)
	})
}

func parseAll(fsys fs.FS) ([]Query, string, error) {
	names, err := fs.Glob(fsys, "*.js")
	if err != nil {
		return nil, "", fmt.Errorf("list queries: %w", err)
	}
	var (
		out  []Query
		pre  string
		seen = map[string]string{}
	)
	for _, n := range names {
		data, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, "", fmt.Errorf("read query %s: %w", n, err)
		}
		if n == preludeFile {
			pre = string(data)
			continue
		}
		q, err := parse(n, string(data))
		if err != nil {
			return nil, "", err
		}
		if other, dup := seen[q.Name]; dup {
			return nil, "", fmt.Errorf("parse query %s: %w: name %q also used by %s", n, ErrBadHeader, q.Name, other)
		}
		seen[q.Name] = n
		out = append(out, q)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, pre, nil
}

var (
	identRe   = regexp.MustCompile(`^[a-z][A-Za-z0-9]*$`)
	defaultRe = regexp.MustCompile(`\s*\(default: ([^)]*)\)\s*$`)
	// reserved names the rendered program defines itself.
	reserved = map[string]bool{"g": true, "graph": true, "BASE": true}
)

// parse reads the header comment of a query file.
func parse(file, text string) (Query, error) {
	q := Query{File: file}
	sc := bufio.NewScanner(strings.NewReader(text))
	var body strings.Builder
	inHeader := true
	for sc.Scan() {
		line := sc.Text()
		if inHeader {
			t := strings.TrimSpace(line)
			if !strings.HasPrefix(t, "//") {
				inHeader = false
			} else {
				t = strings.TrimSpace(strings.TrimPrefix(t, "//"))
				key, val, ok := strings.Cut(t, ":")
				if !ok {
					continue // a free comment line in the header
				}
				val = strings.TrimSpace(val)
				switch strings.TrimSpace(key) {
				case "name":
					q.Name = val
				case "doc":
					q.Doc = val
				case "param":
					p, err := parseParam(val)
					if err != nil {
						return Query{}, fmt.Errorf("parse query %s: %w", file, err)
					}
					q.Params = append(q.Params, p)
				}
				continue
			}
		}
		body.WriteString(line)
		body.WriteByte('\n')
	}
	if q.Name == "" || q.Doc == "" {
		return Query{}, fmt.Errorf("parse query %s: %w: needs name and doc lines", file, ErrBadHeader)
	}
	q.Body = body.String()
	return q, nil
}

func parseParam(s string) (Param, error) {
	var name, doc string
	for _, sep := range []string{"—", " - ", "–"} {
		if a, b, ok := strings.Cut(s, sep); ok {
			name, doc = strings.TrimSpace(a), strings.TrimSpace(b)
			break
		}
	}
	if !identRe.MatchString(name) || reserved[name] {
		return Param{}, fmt.Errorf("%w: param %q is not a usable identifier", ErrBadHeader, name)
	}
	p := Param{Name: name, Doc: doc}
	if m := defaultRe.FindStringSubmatch(doc); m != nil {
		p.Default, p.Optional = strings.TrimSpace(m[1]), true
	}
	return p, nil
}

// List returns the catalogue, sorted by name. It is empty only if the
// embedded files are broken, which the package tests rule out.
func List() []Query {
	load()
	out := make([]Query, len(catalog))
	copy(out, catalog)
	return out
}

// Get returns the query with the given name.
func Get(name string) (Query, bool) {
	load()
	for _, q := range catalog {
		if q.Name == name {
			return q, true
		}
	}
	return Query{}, false
}

// LoadError reports a broken embedded catalogue (nil in any tested build).
func LoadError() error {
	load()
	return loadErr
}

// Usage returns a one-line synopsis such as "officials place=… ".
func (q Query) Usage() string {
	var b strings.Builder
	b.WriteString(q.Name)
	for _, p := range q.Params {
		if p.Optional {
			fmt.Fprintf(&b, " [%s=%s]", p.Name, p.Default)
		} else {
			fmt.Fprintf(&b, " %s=…", p.Name)
		}
	}
	return b.String()
}

// Render returns the Gizmo program for args over a graph whose IRIs start
// with base (e.g. "http://zhkg.example.org/"). Every value is embedded as a
// JSON string literal. It fails, naming the parameter, when a required
// argument is missing or an argument is not a parameter of q.
func (q Query) Render(args map[string]string, base string) (string, error) {
	load()
	if loadErr != nil {
		return "", fmt.Errorf("render %s: %w", q.Name, loadErr)
	}
	declared := map[string]bool{}
	for _, p := range q.Params {
		declared[p.Name] = true
	}
	var unknown []string
	for k := range args {
		if !declared[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return "", fmt.Errorf("render %s: %w %s (parameters: %s)", q.Name, ErrUnknownParam,
			strings.Join(unknown, ", "), q.paramNames())
	}
	if base == "" {
		return "", fmt.Errorf("render %s: empty IRI base", q.Name)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// zhkg query %q: %s\n", q.Name, q.Doc)
	fmt.Fprintf(&b, "var BASE = %s;\n", jsString(base))
	for _, p := range q.Params {
		v, ok := args[p.Name]
		if !ok {
			if !p.Optional {
				return "", fmt.Errorf("render %s: %w %s (%s)", q.Name, ErrMissingParam, p.Name, p.Doc)
			}
			v = p.Default
		}
		fmt.Fprintf(&b, "var %s = %s;\n", p.Name, jsString(v))
	}
	b.WriteString(prelude)
	b.WriteString(q.Body)
	return b.String(), nil
}

func (q Query) paramNames() string {
	if len(q.Params) == 0 {
		return "none"
	}
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

// jsString quotes s as a JSON string, which is also a valid JavaScript
// string literal (encoding/json escapes U+2028 and U+2029).
func jsString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(buf.String(), "\n")
}
