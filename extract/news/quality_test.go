package news_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/labeleval"
	"github.com/zhkg/zhkg/extract/news"
	"github.com/zhkg/zhkg/extract/synth"
)

// Quality floors on the project's own labelled articles
// (testdata/labelled/*.txtar: an article and its gold label view, written
// for these tests). A change that lowers a score below its floor fails; a
// change that raises it should raise the floor.
const (
	floorAll       = 0.90 // F1 over all predicates
	floorPredicate = 0.70 // F1 of every predicate with gold
)

func TestQuality_Floor(t *testing.T) {
	x := MustExtractor(t)
	files, err := filepath.Glob("testdata/labelled/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no labelled articles: %v", err)
	}
	var gold, sys []labeleval.Row
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txtar")
		var text string
		for _, af := range ar.Files {
			switch {
			case strings.HasSuffix(af.Name, ".txt"):
				text = string(af.Data)
			case af.Name == "gold.tsv":
				rows, err := labeleval.Read(bytes.NewReader(af.Data), f)
				if err != nil {
					t.Fatal(err)
				}
				gold = append(gold, rows...)
			}
		}
		docs, err := x.Extract(context.Background(), news.Input{Name: name, Source: f, Text: text, Layout: true})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := extract.WriteTSV(&buf, docs); err != nil {
			t.Fatal(err)
		}
		rows, err := labeleval.Read(&buf, name)
		if err != nil {
			t.Fatal(err)
		}
		sys = append(sys, rows...)
	}
	r := labeleval.Score(gold, sys)
	var table bytes.Buffer
	r.WriteTable(&table)
	t.Logf("own labelled articles:\n%s", table.String())
	for _, m := range r.Missed {
		t.Logf("missed\t%s\t%s\t%s\t%s", m.Doc, m.Subject, m.Predicate, m.Object)
	}
	for _, m := range r.False {
		t.Logf("false\t%s\t%s\t%s\t%s", m.Doc, m.Subject, m.Predicate, m.Object)
	}
	if f := r.All.F1(); f < floorAll {
		t.Errorf("F1 over all predicates %.3f < floor %.2f", f, floorAll)
	}
	for p, c := range r.ByPredicate {
		if c.Gold > 0 && c.F1() < floorPredicate {
			t.Errorf("F1 of %s %.3f < floor %.2f", p, c.F1(), floorPredicate)
		}
	}
}

// TestQuality_DevSet scores the project's development set when it is
// present beside the repository (../shared/eval). It only reports: the
// development set is for measuring, not a test to fit.
func TestQuality_DevSet(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	dir := "../../../shared/eval/dev"
	texts, _ := filepath.Glob(filepath.Join(dir, "texts", "*.txt"))
	if len(texts) == 0 {
		t.Skip("no development set at " + dir)
	}
	x := MustExtractor(t)
	var gold, sys []labeleval.Row
	for _, f := range texts {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := x.Extract(context.Background(), news.Input{Name: name, Source: f, Text: string(b), Layout: true})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		_ = extract.WriteTSV(&buf, docs)
		rows, _ := labeleval.Read(&buf, name)
		sys = append(sys, rows...)
		g, err := os.ReadFile(filepath.Join(dir, "gold", name+".tsv"))
		if err == nil {
			rows, err := labeleval.Read(bytes.NewReader(g), name)
			if err != nil {
				t.Fatal(err)
			}
			gold = append(gold, rows...)
		}
	}
	var table bytes.Buffer
	labeleval.Score(gold, sys).WriteTable(&table)
	t.Logf("development set:\n%s", table.String())
}

// TestQuality_Synth scores the extractor on generated articles whose gold
// facts the generator writes (extract/synth): web articles and newspaper
// pages of one fixed seed. The templates are the project's own; the floor
// guards the rules that the templates exercise.
func TestQuality_Synth(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	const floorSynth = 0.90
	x := MustExtractor(t)
	g, err := synth.New(11, synth.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var gold, sys []labeleval.Row
	score := func(name, text string, facts []synth.Fact) {
		var gb bytes.Buffer
		if err := synth.WriteGold(&gb, name, facts); err != nil {
			t.Fatal(err)
		}
		rows, err := labeleval.Read(&gb, name)
		if err != nil {
			t.Fatal(err)
		}
		gold = append(gold, rows...)
		docs, err := x.Extract(context.Background(), news.Input{Name: name, Source: name, Text: text, Layout: true})
		if err != nil {
			t.Fatal(err)
		}
		var sb bytes.Buffer
		_ = extract.WriteTSV(&sb, docs)
		rows, _ = labeleval.Read(&sb, name)
		sys = append(sys, rows...)
	}
	for a := range g.Articles(80) {
		score(a.ID, a.Web(), a.WebFacts())
	}
	for p := range g.Pages(10) {
		score(p.ID, p.Text, p.Facts)
	}
	r := labeleval.Score(gold, sys)
	var table bytes.Buffer
	r.WriteTable(&table)
	t.Logf("generated articles:\n%s", table.String())
	if f := r.All.F1(); f < floorSynth {
		t.Errorf("F1 on generated articles %.3f < floor %.2f", f, floorSynth)
	}
}
