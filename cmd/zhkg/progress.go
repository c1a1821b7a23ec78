package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows a build's progress: a bar with documents, characters/s and
// the time left when stderr is a terminal, a log line every few seconds
// otherwise (pipes, CI).
type progress struct {
	w        io.Writer
	bar      *progressbar.ProgressBar
	start    time.Time
	last     time.Time
	docs     int
	bytes    int64
	chars    int64
	interval time.Duration
	once     sync.Once
}

func newProgress(w io.Writer, paths []string) *progress {
	p := &progress{w: w, start: time.Now(), last: time.Now(), interval: 5 * time.Second}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		total := inputSize(paths)
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("building"),
			progressbar.OptionShowBytes(true),
			progressbar.OptionShowCount(),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
	}
	return p
}

// inputSize adds up the sizes of the regular files under paths, for the
// progress bar's total; it gives up at a million files (-1: unknown).
func inputSize(paths []string) int64 {
	var total int64
	files := 0
	for _, root := range paths {
		if root == "-" {
			return -1
		}
		_ = filepath.WalkDir(root, func(_ string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if files++; files > 1_000_000 {
				total = -1
				return filepath.SkipAll
			}
			if d.Type().IsRegular() {
				if info, err := d.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
		if total < 0 {
			return -1
		}
	}
	return total
}

func (p *progress) add(r result) {
	p.docs++
	p.chars += r.chars
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("%d documents", p.docs))
		_ = p.bar.Add64(int64(len(r.item.Input.Text)))
		return
	}
	if now := time.Now(); now.Sub(p.last) >= p.interval {
		p.last = now
		secs := now.Sub(p.start).Seconds()
		fmt.Fprintf(p.w, "zhkg: %d documents, %.0f characters/s, %.0fs\n", p.docs, float64(p.chars)/secs, secs)
	}
}

func (p *progress) finish() {
	p.once.Do(func() {
		if p.bar != nil {
			_ = p.bar.Finish()
		}
	})
}
