package input

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/news"
)

// record is one line of a JSON-lines file. Other fields are ignored.
type record struct {
	ID      json.RawMessage `json:"id"`
	Title   string          `json:"title"`
	Date    string          `json:"date"`
	Source  string          `json:"source"`
	Author  json.RawMessage `json:"author"`
	Text    *string         `json:"text"`
	Content *string         `json:"content"`
	// dates under the names crawlers give them, read when date is empty
	PubTime     string `json:"pub_time"`
	PublishTime string `json:"publish_time"`
	PubDate     string `json:"pubdate"`
	Time        string `json:"time"`
}

// date returns the first date the record gives.
func (r *record) date() string {
	for _, d := range []string{r.Date, r.PubTime, r.PublishTime, r.PubDate, r.Time} {
		if d = strings.TrimSpace(d); d != "" {
			return d
		}
	}
	return ""
}

// authors returns the author field as written: a string, or the strings
// of an array joined by a space; other values are ignored.
func (r *record) authors() string {
	if len(r.Author) == 0 {
		return ""
	}
	var one string
	if err := json.Unmarshal(r.Author, &one); err == nil {
		return strings.TrimSpace(one)
	}
	var many []string
	if err := json.Unmarshal(r.Author, &many); err == nil {
		return strings.TrimSpace(strings.Join(many, " "))
	}
	return ""
}

// creditLine renders a record's source and author fields as the credit
// line of a web page (来源：海东时报　作者：韦静), which the extractors read
// as they read a page's: the medium is an organization, the author a
// credit of the article. It is "" when the record has neither, or when
// the text already holds them.
func creditLine(text, source, author string) string {
	var parts []string
	if source = strings.Join(strings.Fields(source), " "); source != "" && !strings.Contains(text, source) && !strings.ContainsAny(source, "/:.") {
		parts = append(parts, "来源："+source)
	}
	if author = strings.Join(strings.Fields(author), " "); author != "" && !strings.Contains(text, author) {
		parts = append(parts, "作者："+author)
	}
	return strings.Join(parts, "　")
}

// readJSONLines reads the records of a JSON-lines stream one line at a
// time and calls fn for each. A bad line is reported as an Item whose Err
// names path:line, and reading goes on. It returns fn's error.
func readJSONLines(path string, r io.Reader, fn func(Item) error) error {
	br := newLineReader(r)
	if head, _ := br.Peek(512); len(head) > 0 {
		if why := sniffBinary(head); why != "" {
			return fn(Item{Path: path, Err: &Error{Path: path, Err: fmt.Errorf("%w: %s", ErrNotText, why)}})
		}
	}
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(line) > 0 {
			if it, ok := readRecord(path, n, line); ok {
				if err := fn(it); err != nil {
					return err
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fn(Item{Path: path, Err: &Error{Path: path, Line: n, Err: err}})
		}
	}
}

// readRecord reads line n; ok is false for a blank line.
func readRecord(path string, n int, line []byte) (Item, bool) {
	line = bytes.TrimRight(line, "\r\n")
	if n == 1 {
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return Item{}, false
	}
	src := path + ":" + strconv.Itoa(n)
	it := Item{Path: path, Hash: hashOf(line), Encoding: UTF8, Input: news.Input{Source: src}}
	fail := func(err error) (Item, bool) {
		it.Err = &Error{Path: path, Line: n, Err: err}
		return it, true
	}
	if !utf8.Valid(line) {
		return fail(fmt.Errorf("%w: not UTF-8 (JSON lines must be UTF-8)", ErrRecord))
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fail(fmt.Errorf("%w: broken JSON at byte %d: %v", ErrRecord, se.Offset, err))
		}
		return fail(fmt.Errorf("%w: %v", ErrRecord, err))
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return fail(err)
	}
	it.Input.Name, it.Input.Title, it.Input.Date = id, strings.TrimSpace(rec.Title), rec.date()
	text := rec.Text
	if text == nil {
		text = rec.Content
	}
	if text == nil {
		return fail(fmt.Errorf("%w: record %s has neither \"text\" nor \"content\"", ErrRecord, id))
	}
	if why := controlChars(*text); why != "" {
		return fail(fmt.Errorf("%w: text of record %s: %s", ErrRecord, id, why))
	}
	if strings.TrimFunc(*text, unicode.IsSpace) == "" {
		return fail(ErrEmpty)
	}
	it.Input.Text = *text
	// the fields of the source and the author, which a page would print
	// under its headline, close the text as a credit line of its own
	if line := creditLine(*text, rec.Source, rec.authors()); line != "" {
		it.Input.Text = strings.TrimRight(*text, " \t\r\n") + "\n\n" + line
	}
	return it, true
}

// recordID returns the id of a record: a non-empty string or a number.
func recordID(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", fmt.Errorf("%w: no \"id\"", ErrRecord)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		if s = strings.TrimSpace(s); s == "" {
			return "", fmt.Errorf("%w: empty \"id\"", ErrRecord)
		}
		return s, nil
	}
	var num json.Number
	if err := json.Unmarshal(raw, &num); err == nil {
		return num.String(), nil
	}
	return "", fmt.Errorf("%w: \"id\" is %s, want a string or a number", ErrRecord, raw)
}
