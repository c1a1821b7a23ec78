package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/zhkg/zhkg/graph/server"
)

func (a *app) serveCmd() *cobra.Command {
	var addr, assets string
	var writable bool
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:64210] [--writable]",
		Short: "Serve the Cayley web UI and HTTP API over the store",
		Long: `serve opens the store and serves Cayley's web UI (Query, Visualize, Write)
and its HTTP API v2 on one address. It listens on loopback and is
read-only unless told otherwise; queries are bounded by query.timeout and
query.limit. The UI's editor and icons are served from the npm packages
installed by 'npm ci' in graph/server/ui (or --assets DIR); without them
the UI loads them from their CDN and a warning is logged.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			if !cmd.Flags().Changed("addr") {
				addr = a.cfg.Serve.Addr
			}
			if !cmd.Flags().Changed("writable") {
				writable = a.cfg.Serve.Writable
			}
			if assets == "" {
				assets = findAssets()
			}
			st, err := a.openStore(ctx, !writable)
			if err != nil {
				return err
			}
			defer st.Close()
			h := st.Handler(server.Options{
				QueryTimeout: a.cfg.Query.Timeout,
				QueryLimit:   a.cfg.Query.Limit,
				Writable:     writable,
				MaxBody:      int64(a.cfg.Serve.MaxBody),
				AssetsDir:    assets,
				Logger:       a.log,
			})
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
			a.log.Info("serving the Cayley UI", "url", "http://"+ln.Addr().String()+"/", "writable", writable, "store", a.cfg.DB+" "+a.cfg.DBPath)
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				if !errors.Is(err, http.ErrServerClosed) {
					return fmt.Errorf("serve: %w", err)
				}
				return nil
			case <-ctx.Done():
				sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				return srv.Shutdown(sctx)
			}
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:64210", "address to listen on (default: serve.addr)")
	cmd.Flags().BoolVar(&writable, "writable", false, "accept writes through the HTTP API (default: serve.writable)")
	cmd.Flags().StringVar(&assets, "assets", "", "folder holding node_modules with monaco-editor and material-icons")
	return cmd
}

// findAssets looks for the npm assets next to the working directory's
// checkout (graph/server/ui) and next to the executable.
func findAssets() string {
	var dirs []string
	if wd, err := os.Getwd(); err == nil {
		dirs = append(dirs, filepath.Join(wd, "graph", "server", "ui"))
	}
	if exe, err := os.Executable(); err == nil {
		dirs = append(dirs, filepath.Join(filepath.Dir(exe), "ui"))
	}
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "node_modules", "monaco-editor")); err == nil {
			return d
		}
	}
	return ""
}
