package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/zhkg/zhkg/config"
	"github.com/zhkg/zhkg/extract/input"
	"github.com/zhkg/zhkg/extract/news"
	"github.com/zhkg/zhkg/graph"
)

// version is set at build time with -ldflags "-X main.version=…"; the
// module version from the build info is used otherwise.
var version = ""

// app is one run of the command: its streams and its configuration.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	cfg            config.Config
	sources        config.Sources
	log            *slog.Logger
}

// exitError carries an exit status other than 1.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// Main runs zhkg with args and returns the exit status: 0 on success, 1 on
// failure, 2 when some inputs failed but the rest was done.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "zhkg: %v\n", err)
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "zhkg",
		Short: "Build a knowledge graph from Chinese news",
		Long: `zhkg reads Chinese news articles (text copied from newspaper PDFs, web pages,
JSON lines), finds people, places, organizations, posts and industries with
rules and dictionaries, and stores the facts in a Cayley graph with the
article and sentence each fact came from.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Name() == "version" || cmd.Name() == "help" {
				return nil
			}
			return a.loadConfig(cmd)
		},
	}
	config.BindFlags(root.PersistentFlags())
	root.AddCommand(
		a.buildCmd(),
		a.extractCmd(),
		a.queryCmd(),
		a.exportCmd(),
		a.statsCmd(),
		a.explainCmd(),
		a.serveCmd(),
		a.configCmd(),
		a.versionCmd(),
	)
	return root
}

func (a *app) loadConfig(cmd *cobra.Command) error {
	cfg, src, err := config.Load(config.LoadOptions{Flags: cmd.Flags()})
	if err != nil {
		return err
	}
	a.cfg, a.sources = cfg, src
	for _, w := range src.Warnings {
		fmt.Fprintf(a.stderr, "zhkg: warning: %s\n", w)
	}
	level := slog.LevelInfo
	_ = level.UnmarshalText([]byte(cfg.Log.Level))
	a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
	return nil
}

// walker reads the inputs; "-" is the command's standard input.
func (a *app) walker() *input.Walker { return &input.Walker{Stdin: a.stdin} }

// openStore opens the configured graph store.
func (a *app) openStore(ctx context.Context, readOnly bool) (*graph.Store, error) {
	return graph.Open(ctx, graph.Options{Backend: a.cfg.DB, Path: a.cfg.DBPath, Base: a.cfg.Base, ReadOnly: readOnly, BatchSize: a.cfg.BatchQuads})
}

// extractor builds the extraction pipeline with the configured user dictionaries.
func (a *app) extractor() (*news.Extractor, error) {
	return news.New(news.Options{UserDicts: a.cfg.Extract.UserDicts})
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of zhkg",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "zhkg %s\n", buildVersion())
			return err
		},
	}
}

func (a *app) configCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration and where each value came from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return config.Write(cmd.OutOrStdout(), a.cfg, a.sources)
		},
	}
}
