package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/input"
	"github.com/zhkg/zhkg/extract/news"
)

// result is one input document after extraction.
type result struct {
	item    input.Item
	docs    []*extract.Doc
	err     error // reading or extraction failed; the document is skipped
	skipped bool  // an empty input: nothing to extract, not a failure
	chars   int64 // characters of the input text
}

// key returns the key under which the document is stored: its path, or
// path#id for a record of a JSON-lines file.
func (r result) key() string {
	if r.item.Input.Source != "" && r.item.Input.Source != r.item.Path && r.item.Input.Name != "" {
		return r.item.Path + "#" + r.item.Input.Name
	}
	return r.item.Path
}

// pipeline reads paths, extracts every document with workers goroutines and
// calls emit for each document in input order, so the output does not
// depend on the number of workers. At most window documents are in flight,
// which bounds memory whatever the corpus size. It stops at the first error
// that emit returns or when ctx is done.
func pipeline(ctx context.Context, x *news.Extractor, walker *input.Walker, paths []string, workers int, emit func(result) error) error {
	if workers < 1 {
		workers = 1
	}
	window := 4 * workers
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq   int
		item  input.Item
		in    news.Input // item.Input, in simplified characters where it was traditional
		chars int64      // characters of the input text
	}
	jobs := make(chan job, window)
	done := make(chan struct {
		seq int
		r   result
	}, window)
	slots := make(chan struct{}, window)

	var walkErr error
	go func() {
		defer close(jobs)
		seq := 0
		walkErr = walker.Walk(ctx, paths, func(it input.Item) error {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			// what every document needs before extraction is done here,
			// beside the workers: reading a text's script and counting its
			// characters cost about 4% of one worker's time, which is the
			// whole run's with --workers 1
			j := job{seq: seq, item: it, in: it.Input, chars: int64(utf8.RuneCountInString(it.Input.Text))}
			if it.Err == nil && !it.Skipped() && input.IsTraditional(j.in.Text) {
				// match on simplified characters, quote the original
				if simp, ok := input.ToSimplified(j.in.Text); ok && len(simp) == len(j.in.Text) {
					j.in.Original, j.in.Text = j.in.Text, simp
				}
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			seq++
			return nil
		})
	}()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := result{item: j.item, err: j.item.Err, chars: j.chars}
				if j.item.Skipped() {
					r.err, r.skipped = nil, true
				}
				if r.err == nil && !r.skipped {
					r.docs, r.err = x.Extract(ctx, j.in)
				}
				select {
				case done <- struct {
					seq int
					r   result
				}{j.seq, r}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	pending := map[int]result{}
	next := 0
	var emitErr error
	for d := range done {
		if emitErr != nil {
			continue
		}
		pending[d.seq] = d.r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			if err := emit(r); err != nil {
				emitErr = err
				cancel()
				break
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if walkErr != nil && !errors.Is(walkErr, context.Canceled) {
		return fmt.Errorf("read inputs: %w", walkErr)
	}
	return nil
}
