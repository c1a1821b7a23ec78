package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/pprof/profile"
)

// TestStartProfile: ZHKG_CPUPROFILE writes a CPU profile that pprof reads;
// an unwritable path is reported and the run goes on.
func TestStartProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.prof")
	stop := startProfile(path)
	x := 0
	for i := 0; i < 1e6; i++ {
		x += i
	}
	_ = x
	stop()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := profile.Parse(f); err != nil {
		t.Fatalf("not a profile: %v", err)
	}
	startProfile(filepath.Join(t.TempDir(), "no", "such", "dir", "cpu.prof"))() // must not panic
}
