package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/graph"
)

func (a *app) exportCmd() *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "export [--format nquads|jsonld] [-o FILE]",
		Short: "Write the whole graph as RDF (N-Quads with the article as graph label, or JSON-LD)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.openStore(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer st.Close()
			var w io.Writer = cmd.OutOrStdout()
			var f *os.File
			if output != "" && output != "-" {
				if f, err = os.Create(output); err != nil {
					return fmt.Errorf("export: %w", err)
				}
				w = f
			}
			n, err := st.Export(cmd.Context(), w, format)
			if f != nil {
				if cerr := f.Close(); cerr != nil && err == nil {
					err = fmt.Errorf("export: %w", cerr)
				}
			}
			if err != nil {
				return err
			}
			if output != "" && output != "-" {
				fmt.Fprintf(a.stderr, "zhkg: wrote %d quads to %s\n", n, output)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "nquads", "nquads or jsonld")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to FILE instead of stdout")
	return cmd
}

func (a *app) statsCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Show what the graph holds, by type and by predicate",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.openStore(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := st.Stats(cmd.Context())
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				enc.SetIndent("", "  ")
				return enc.Encode(s)
			}
			fmt.Fprintf(out, "store:     %s %s\n", a.cfg.DB, a.cfg.DBPath)
			fmt.Fprintf(out, "documents: %d\narticles:  %d\nquads:     %d\nnodes:     %d\n", s.Documents, s.Articles, s.Quads, s.Nodes)
			fmt.Fprintln(out, "entities:")
			names := map[string]string{"PER": "人物", "LOC": "地点", "ORG": "机构", "TITLE": "职务", "PRODUCT": "产品/产业"}
			for _, k := range []string{"PER", "LOC", "ORG", "TITLE", "PRODUCT"} {
				fmt.Fprintf(out, "  %-6s %-8s %d\n", k, names[k], s.Entities[k])
			}
			fmt.Fprintln(out, "predicates:")
			for _, p := range extract.Predicates {
				if p == extract.TypeOf {
					continue
				}
				fmt.Fprintf(out, "  %-6s %d\n", p, s.Predicates[graph.PredicateIRI(a.cfg.Base, p)])
			}
			if s.Pending > 0 {
				fmt.Fprintf(out, "pending:   %d documents (run the build again to complete them)\n", s.Pending)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func (a *app) explainCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "explain SUBJECT [PREDICATE [OBJECT]]",
		Short: "Show the articles, sentences, spans and rules behind facts",
		Long: `explain answers "why is this in my graph?": for every stored fact that
matches, it prints the article, the sentence, the byte span of the sentence
in the source file and the rule that produced the fact. SUBJECT and OBJECT
are labels (李玉甫), IRIs or keys (person/李玉甫); PREDICATE is a schema
name (职务) or an IRI; "" matches anything.`,
		Args: cobra.RangeArgs(1, 3),
		RunE: func(cmd *cobra.Command, argv []string) error {
			for len(argv) < 3 {
				argv = append(argv, "")
			}
			st, err := a.openStore(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer st.Close()
			ev, err := st.Explain(cmd.Context(), argv[0], argv[1], argv[2])
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetEscapeHTML(false)
				for _, e := range ev {
					if err := enc.Encode(e); err != nil {
						return err
					}
				}
				return nil
			}
			if len(ev) == 0 {
				fmt.Fprintln(out, "no matching fact")
				return nil
			}
			for _, e := range ev {
				fmt.Fprintf(out, "%s %s %s\n", orShort(e.SubjectLabel, e.Subject), orShort(e.PredicateLabel, e.Predicate), orShort(e.ObjectLabel, e.Object))
				fmt.Fprintf(out, "  article:  %s (%s, article %d of %s)\n", e.Title, e.Name, e.Index+1, e.Source)
				fmt.Fprintf(out, "  sentence: %s\n", strings.TrimSpace(e.Sentence))
				fmt.Fprintf(out, "  span:     bytes %d–%d of %s\n", e.Start, e.End, e.Source)
				fmt.Fprintf(out, "  rule:     %s\n", e.Rule)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per fact")
	return cmd
}

func orShort(label, iri string) string {
	if label != "" && label != iri && !strings.Contains(label, "://") {
		return label
	}
	return short(iri)
}

// short shows the last path segment of an IRI.
func short(s string) string {
	s = strings.Trim(s, "<>")
	if i := strings.LastIndexAny(s, "/#"); i >= 0 && strings.Contains(s, "://") {
		return s[i+1:]
	}
	return s
}
