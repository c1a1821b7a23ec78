// Package news assembles the complete zhkg extraction: it splits an input
// document into articles and runs the stage pipeline on each of them.
//
//	input ─▶ layout (repair, split) ─▶ sentences ─▶ segment ─▶ places ─▶ ner ─▶ relate
//
// An Extractor loads its dictionaries once and is safe for concurrent use;
// parallelism is the caller's (a worker pool over documents).
package news

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/layout"
	"github.com/zhkg/zhkg/extract/lexicon"
	"github.com/zhkg/zhkg/extract/ner"
	"github.com/zhkg/zhkg/extract/places"
	"github.com/zhkg/zhkg/extract/relate"
	"github.com/zhkg/zhkg/extract/segment"
)

// Input is one input document: a text file or one record of a JSON-lines file.
type Input struct {
	Name   string // document name used by the label view (file base name without extension, or the record id)
	Source string // where it was read from: a path, "path:line" for a JSON-lines record, or "-"
	Title  string // a title given by the input (JSON-lines title, HTML <title>); "" if none
	Date   string
	Text   string // the decoded UTF-8 text
	Layout bool   // true when the text may be page layout (PDF copy) that needs line repair and article splitting

	// Original, when set, is the text as written and Text a converted copy
	// of the same byte length used for matching (traditional characters
	// converted to simplified ones). Extract matches on Text and gives the
	// articles the original characters back, so evidence quotes the source.
	Original string
}

// Options configure an Extractor.
type Options struct {
	// UserDicts are paths of user dictionaries (see ReadUserDict).
	UserDicts []string
}

// Extractor turns Inputs into processed articles. It is safe for concurrent use.
type Extractor struct {
	pipeline extract.Pipeline
}

// New builds an Extractor: it loads the segmenter's dictionary, the
// gazetteer and the lexicon (each once per process) and the user
// dictionaries of opts. It fails when a dictionary cannot be read, naming it.
func New(opts Options) (*Extractor, error) {
	// user entries change the lexicon: then it is a private copy
	seg, gaz, lex, err := load(len(opts.UserDicts) > 0)
	if err != nil {
		return nil, err
	}
	for _, path := range opts.UserDicts {
		entries, err := ReadUserDict(path)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if err := lex.Add(e.Kind, e.Word); err != nil {
				return nil, fmt.Errorf("user dictionary %s:%d: %w", path, e.Line, err)
			}
			if pos := posOf(e.Kind); pos != "" {
				seg.AddWord(e.Word, 0, pos)
			}
		}
	}
	x := &Extractor{}
	for _, st := range stages(seg, gaz, lex) {
		x.pipeline = append(x.pipeline, st.Stage)
	}
	return x, nil
}

// NamedStage is one stage of the pipeline with its name.
type NamedStage struct {
	Name  string
	Stage extract.Stage
}

// Stages returns the stages an Extractor without user dictionaries runs on
// each article, in order, for benchmarks and tools that run them one by one.
func Stages() ([]NamedStage, error) {
	seg, gaz, lex, err := load(false)
	if err != nil {
		return nil, err
	}
	return stages(seg, gaz, lex), nil
}

// load returns a segmenter of its own, the shared gazetteer, and the
// shared lexicon or, with private set, a fresh one that may take user
// entries.
func load(private bool) (*segment.Segmenter, *gazetteer.Gazetteer, *lexicon.Lexicon, error) {
	// the segmenter's trie and the gazetteer are built side by side: each
	// takes most of a start-up's time, and they share nothing
	var gaz *gazetteer.Gazetteer
	var gerr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		gaz, gerr = gazetteer.Default()
	}()
	seg, err := segment.Default()
	<-done
	if err != nil {
		return nil, nil, nil, fmt.Errorf("load segmenter: %w", err)
	}
	if gerr != nil {
		return nil, nil, nil, fmt.Errorf("load gazetteer: %w", gerr)
	}
	lex, err := lexicon.Default()
	if private {
		lex, err = lexicon.New()
	}
	if err != nil {
		return nil, nil, nil, fmt.Errorf("load lexicon: %w", err)
	}
	return seg, gaz, lex, nil
}

func stages(seg *segment.Segmenter, gaz *gazetteer.Gazetteer, lex *lexicon.Lexicon) []NamedStage {
	return []NamedStage{
		{"sentences", layout.Sentences()},
		{"segment", segment.New(seg)},
		{"places", places.New(gaz, places.WithProducts(productBrand(lex, seg)), places.WithCommonNouns(productNoun(lex, seg)), places.WithSurnames(commonSurname(lex)), places.WithWords(commonWord(seg)))},
		{"ner", ner.New(lex, ner.WithPlaceNames(countyName(gaz)), ner.WithDictionary(seg.Lookup))},
		{"relate", relate.New(lex)},
	}
}

// commonWordFreq is the least frequency in the segmenter's dictionary of
// a word that places.WithWords counts as common (面上 985, 海鸥 91; 海市
// 19 is no word of news).
const commonWordFreq = 40

// commonWord reports whether w is a word of the segmenter's dictionary of
// frequency commonWordFreq or more.
func commonWord(seg *segment.Segmenter) func(w string) bool {
	return func(w string) bool {
		_, freq, ok := seg.Lookup(w)
		return ok && freq >= commonWordFreq
	}
}

// companyAfterProduct are the words that make "place + product" the name of a
// company (洛川苹果有限公司), where the place-like word is a brand.
var companyAfterProduct = []string{"有限", "公司", "股份", "集团", "厂", "实业", "科技"}

// productBrand reports whether the name text[start:end] stands right before
// a known product and is not part of a company's name: the cue of a county's
// geographical brand (通江银耳). The name and the product must not name a
// company anywhere in the text (洛川苹果有限公司 makes 洛川苹果 a company's
// short name).
// commonSurname reports whether r is a common single-character surname
// (weight 2 or 3 in the lexicon) that is not more often a function word
// (和, 向, 于: 黄河和长江).
func commonSurname(lex *lexicon.Lexicon) func(r rune) bool {
	return func(r rune) bool {
		return lex.Surname(string(r)) >= 2 && !strings.ContainsRune("和与及同向对由于在从把被将以为经过沿到至", r)
	}
}

func productBrand(lex *lexicon.Lexicon, seg *segment.Segmenter) func(text string, start, end int) bool {
	noun := productNoun(lex, seg)
	return func(text string, start, end int) bool {
		_, pend, ok := lex.ProductStartingAt(text, end)
		if !ok || noun(text, start, end) {
			return false
		}
		phrase := text[start:pend]
		for _, w := range companyAfterProduct {
			if lexicon.HasPrefix(text[pend:], w) || lexicon.Contains(text, phrase+w) {
				return false
			}
		}
		return true
	}
}

// productNoun reports whether the name text[start:end] and the known
// product right after it are one common word of the segmenter's dictionary
// (黑山羊, a breed of goat; 长白猪): a noun of its own, no place's brand.
// A word the dictionary tags as a place is no such noun.
func productNoun(lex *lexicon.Lexicon, seg *segment.Segmenter) func(text string, start, end int) bool {
	return func(text string, start, end int) bool {
		_, pend, ok := lex.ProductStartingAt(text, end)
		if !ok {
			return false
		}
		// 普洱茶: the name and the product are a product of their own
		if lex.IsProduct(text[start:pend]) {
			return true
		}
		// 三河牛、三河马: a breed of livestock named after its county,
		// standing alone
		if r, n := utf8.DecodeRuneInString(text[end:]); pend == end+n && strings.ContainsRune("牛马羊猪驴", r) {
			if next, _ := utf8.DecodeRuneInString(text[pend:]); !unicode.Is(unicode.Han, next) || strings.ContainsRune("、和及等是为", next) {
				return true
			}
		}
		pos, _, known := seg.Lookup(text[start:pend])
		return known && !strings.HasPrefix(pos, "ns")
	}
}

// countyName reports whether s names a division down to the county level
// by its full name or a short form (崇明, 嘉鱼).
func countyName(g *gazetteer.Gazetteer) func(string) bool {
	return func(s string) bool {
		for _, c := range g.Candidates(s) {
			if c.Level <= gazetteer.County {
				return true
			}
		}
		return false
	}
}

func posOf(k lexicon.Kind) string {
	switch k {
	case lexicon.KindPerson:
		return "nr"
	case lexicon.KindOrg:
		return "nt"
	case lexicon.KindPlace:
		return "ns"
	case lexicon.KindTitle, lexicon.KindProduct:
		return "n"
	}
	return ""
}

// Extract splits in into articles and runs the pipeline on each. The
// returned Docs are in source order. An input with no text gives no Doc.
// The articles go through the stages in groups of up to MaxGroupBytes of
// text, each stage over the whole group before the next; an article comes
// out as the pipeline alone would leave it.
func (x *Extractor) Extract(ctx context.Context, in Input) ([]*extract.Doc, error) {
	if strings.TrimSpace(in.Text) == "" {
		return nil, nil
	}
	var docs []*extract.Doc
	if in.Layout {
		docs = layout.Split(in.Name, in.Source, in.Text)
	} else {
		docs = []*extract.Doc{{ID: in.Name, Name: in.Name, Source: in.Source, Text: in.Text}}
	}
	docs = chunk(docs, MaxArticleBytes)
	for _, d := range docs {
		if in.Title != "" && len(docs) == 1 {
			d.Title = in.Title
		}
		if d.Date == "" {
			d.Date = in.Date
		}
	}
	for lo := 0; lo < len(docs); {
		// a group of articles goes through one stage after another: a
		// stage's tables stay in the cache while it reads all of them
		hi, n := lo+1, len(docs[lo].Text)
		for hi < len(docs) && n+len(docs[hi].Text) <= MaxGroupBytes {
			n += len(docs[hi].Text)
			hi++
		}
		if err := x.process(ctx, docs[lo:hi]); err != nil {
			return nil, fmt.Errorf("extract %s: %w", in.Source, err)
		}
		for _, d := range docs[lo:hi] {
			if in.Original != "" && len(in.Original) == len(in.Text) {
				restore(d, in.Text, in.Original)
			}
			// the words were for the stages; nothing after them needs them
			segment.Release(d)
		}
		lo = hi
	}
	return docs, nil
}

// MaxGroupBytes bounds the text of the articles that Extract runs through
// the stages together, and so the memory their words take at once.
const MaxGroupBytes = 256 << 10

// process runs the stages on docs, each stage on every Doc before the
// next stage; it fails as extract.Pipeline.Process would on the first Doc
// that fails.
func (x *Extractor) process(ctx context.Context, docs []*extract.Doc) error {
	for i, st := range x.pipeline {
		for _, d := range docs {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := st.Process(ctx, d); err != nil {
				return fmt.Errorf("extract %s: stage %d (%T): %w", d.ID, i, st, err)
			}
		}
	}
	return nil
}

// restore gives d the characters of original back where its text was
// taken from the converted copy; offsets do not move, since both texts
// have the same byte length at every character.
func restore(d *extract.Doc, converted, original string) {
	b := []byte(d.Text)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		o := d.SourceOffset(i)
		if o >= 0 && o+n <= len(converted) {
			if cr, cn := utf8.DecodeRuneInString(converted[o:]); cr == r && cn == n {
				if or, on := utf8.DecodeRuneInString(original[o:]); on == n && or != utf8.RuneError {
					copy(b[i:i+n], original[o:o+n])
				}
			}
		}
		i += n
	}
	d.Text = string(b)
}

// MaxArticleBytes is the largest article text the pipeline reads in one
// piece. A longer one (a whole archive pasted into one line) is cut into
// pieces at sentence or line ends, so that the work stays linear in the
// size of the input; each piece is an article of its own.
const MaxArticleBytes = 64 << 10

// chunk cuts the articles longer than max into pieces and numbers the
// articles of the document again.
func chunk(docs []*extract.Doc, max int) []*extract.Doc {
	long := false
	for _, d := range docs {
		if len(d.Text) > max {
			long = true
		}
	}
	if !long {
		return docs
	}
	var out []*extract.Doc
	for _, d := range docs {
		if len(d.Text) <= max {
			out = append(out, d)
			continue
		}
		for a := 0; a < len(d.Text); {
			b := cutAt(d.Text, a, max)
			out = append(out, sub(d, a, b))
			a = b
		}
	}
	for i, d := range out {
		d.Index = i
		d.ID = fmt.Sprintf("%s#%d", d.Name, i+1)
	}
	return out
}

// cutAt returns where a piece that starts at a should end: after the last
// sentence end or line break before a+max, or at a rune boundary.
func cutAt(text string, a, max int) int {
	if len(text)-a <= max {
		return len(text)
	}
	limit := a + max
	for i := limit; i > a+max/2; {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if strings.ContainsRune("。！？!?\n", r) {
			return i
		}
		i -= n
	}
	for limit > a && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// sub returns the article made of d.Text[a:b], with its offsets mapped to
// the source through d's own map.
func sub(d *extract.Doc, a, b int) *extract.Doc {
	c := &extract.Doc{Name: d.Name, Source: d.Source, Title: d.Title, Date: d.Date, Text: d.Text[a:b]}
	if len(d.OriginAt) == 0 {
		c.Origin, c.OriginAt = []int{a}, []int{0}
		return c
	}
	for i, start := range d.OriginAt {
		end := len(d.Text)
		if i+1 < len(d.OriginAt) {
			end = d.OriginAt[i+1]
		}
		if end <= a || start >= b {
			continue
		}
		s := max(start, a)
		c.OriginAt = append(c.OriginAt, s-a)
		c.Origin = append(c.Origin, d.Origin[i]+(s-start))
	}
	return c
}
