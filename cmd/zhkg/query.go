package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/zhkg/zhkg/graph"
	"github.com/zhkg/zhkg/queries"
)

func (a *app) queryCmd() *cobra.Command {
	var limit int
	var timeout time.Duration
	var file, name string
	var args []string
	var list bool
	cmd := &cobra.Command{
		Use:   "query [--limit N] [--timeout D] QUERY | --file F.js | --name NAME [--arg k=v]... | --list",
		Short: "Run a Gizmo query against the store and print JSON results",
		Long: `query runs a Gizmo query (JavaScript, see the Cayley documentation) against
the store and prints one JSON object per result line. Nodes are printed as
{"@id": "IRI"}, literals as plain values.

A ready query from the catalogue runs with --name and its parameters with
--arg (zhkg query --name officials --arg place=通江县); --list shows them.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, argv []string) error {
			out := cmd.OutOrStdout()
			tuneGC(queryGCPercent)
			if list {
				for _, q := range queries.List() {
					fmt.Fprintf(out, "%-14s %s\n", q.Name, q.Doc)
					for _, p := range q.Params {
						fmt.Fprintf(out, "  --arg %s=…  %s\n", p.Name, p.Doc)
					}
				}
				return nil
			}
			var text string
			switch {
			case name != "":
				q, ok := queries.Get(name)
				if !ok {
					return fmt.Errorf("no query named %q (zhkg query --list shows them)", name)
				}
				kv := map[string]string{}
				for _, a := range args {
					k, v, ok := strings.Cut(a, "=")
					if !ok {
						return fmt.Errorf("--arg %q: want NAME=VALUE", a)
					}
					kv[k] = v
				}
				var err error
				if text, err = q.Render(kv, a.cfg.Base); err != nil {
					return err
				}
			case file != "":
				b, err := os.ReadFile(file)
				if err != nil {
					return fmt.Errorf("read query: %w", err)
				}
				text = string(b)
			case len(argv) == 1:
				text = argv[0]
			default:
				return fmt.Errorf("give a query, --file, --name or --list")
			}
			if !cmd.Flags().Changed("limit") {
				limit = a.cfg.Query.Limit
			}
			if !cmd.Flags().Changed("timeout") {
				timeout = a.cfg.Query.Timeout
			}
			st, err := a.openStore(cmd.Context(), true)
			if err != nil {
				return err
			}
			defer st.Close()
			rows, err := st.Query(cmd.Context(), text, graph.QueryOptions{Limit: limit, Timeout: timeout})
			if err != nil {
				return err
			}
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			for _, r := range rows {
				if err := enc.Encode(r); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 0, "maximum number of results (default: query.limit)")
	cmd.Flags().DurationVar(&timeout, "timeout", 0, "time limit of the query (default: query.timeout)")
	cmd.Flags().StringVar(&file, "file", "", "read the query from a file")
	cmd.Flags().StringVar(&name, "name", "", "run a query of the catalogue")
	cmd.Flags().StringArrayVar(&args, "arg", nil, "a parameter of a catalogue query, NAME=VALUE")
	cmd.Flags().BoolVar(&list, "list", false, "list the catalogue of queries")
	return cmd
}
