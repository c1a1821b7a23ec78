// Command zhkg builds a knowledge graph from Chinese news articles, stores
// it in a Cayley graph store, and queries, explains, exports and serves it.
//
// Run `zhkg help` for the commands; README.md explains the graph model.
//
// For profiling, ZHKG_CPUPROFILE=FILE writes a Go CPU profile of the whole
// run to FILE (read it with `go tool pprof`).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
)

func main() {
	stopProfile := startProfile(os.Getenv("ZHKG_CPUPROFILE"))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	stopProfile()
	os.Exit(code)
}

// startProfile starts a CPU profile into path ("" : none) and returns what
// ends it.
func startProfile(path string) func() {
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "zhkg: ZHKG_CPUPROFILE: %v\n", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(os.Stderr, "zhkg: ZHKG_CPUPROFILE: %v\n", err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
