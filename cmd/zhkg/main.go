// Command zhkg builds a knowledge graph from Chinese news articles, stores
// it in a Cayley graph store, and queries, explains, exports and serves it.
//
// Run `zhkg help` for the commands; README.md explains the graph model.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
