package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/zhkg/zhkg/extract/synth"
)

// crashBinary builds the zhkg command into a temporary folder, once per
// test, for tests that need a real process to kill or to hold a lock.
func crashBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: builds and runs zhkg processes")
	}
	bin := filepath.Join(t.TempDir(), "zhkg")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// crashCorpus writes n generated web articles into dir, one file each.
func crashCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	g, err := synth.New(5, synth.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for a := range g.Articles(n) {
		writeFile(t, filepath.Join(dir, a.ID[:5], a.ID+".txt"), a.Web())
	}
}

func runBin(t *testing.T, bin, dir string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}

func sortedLines(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestCrash_KillDuringBuild kills a build with SIGKILL while it writes,
// then checks that the store opens and answers, and that running the same
// build again completes it: the export equals that of a clean build.
func TestCrash_KillDuringBuild(t *testing.T) {
	bin := crashBinary(t)
	corpus := t.TempDir()
	crashCorpus(t, corpus, 1200)

	killed := t.TempDir()
	cmd := exec.Command(bin, "build", "--batch", "32", corpus)
	cmd.Dir = killed
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+killed)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// wait until some documents are stored, then kill in the middle
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if st, err := os.Stat(filepath.Join(killed, "zhkg.db", "indexes.bolt")); err == nil && st.Size() > 2<<20 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	werr := cmd.Wait()
	if werr == nil {
		t.Skipf("the build finished before it could be killed (%s); the corpus is too small for this machine", strings.TrimSpace(out.String()))
	}

	// the store opens and answers after the crash
	if s, err := runBin(t, bin, killed, "stats"); err != nil {
		t.Fatalf("stats after SIGKILL: %v\n%s", err, s)
	}
	if s, err := runBin(t, bin, killed, "query", `g.V().Limit(3).All()`); err != nil {
		t.Fatalf("query after SIGKILL: %v\n%s", err, s)
	}
	// the same build completes it
	if s, err := runBin(t, bin, killed, "build", corpus); err != nil {
		t.Fatalf("rebuild after SIGKILL: %v\n%s", err, s)
	}
	got, err := runBin(t, bin, killed, "export")
	if err != nil {
		t.Fatal(err)
	}

	clean := t.TempDir()
	if s, err := runBin(t, bin, clean, "build", corpus); err != nil {
		t.Fatalf("clean build: %v\n%s", err, s)
	}
	want, err := runBin(t, bin, clean, "export")
	if err != nil {
		t.Fatal(err)
	}
	if sortedLines(got) != sortedLines(want) {
		t.Fatalf("after kill and rebuild the store holds %d lines, a clean build %d", strings.Count(got, "\n"), strings.Count(want, "\n"))
	}
}

// TestCrash_StoreHeldByAnotherProcess: while `zhkg serve` holds the store,
// a build fails with a clear error within a second instead of hanging.
func TestCrash_StoreHeldByAnotherProcess(t *testing.T) {
	bin := crashBinary(t)
	dir := t.TempDir()
	if s, err := runBin(t, bin, dir, "build", examples(t)); err != nil {
		t.Fatalf("build: %v\n%s", err, s)
	}
	srv := exec.Command(bin, "serve", "--addr", "127.0.0.1:0")
	srv.Dir = dir
	srv.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir)
	stderr, err := srv.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = srv.Process.Kill(); _ = srv.Wait() }()
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "serving") {
				ready <- true
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		t.Fatal("zhkg serve did not start")
	}
	start := time.Now()
	s, err := runBin(t, bin, dir, "build", examples(t))
	took := time.Since(start)
	if err == nil {
		t.Fatalf("a second writer got in while the store was held:\n%s", s)
	}
	if !strings.Contains(s, "locked") {
		t.Errorf("the error does not say the store is locked:\n%s", s)
	}
	if took > 2*time.Second {
		t.Errorf("the locked store took %v to report (want about a second at most)", took)
	}
	t.Logf("locked store reported after %v: %s", took.Round(time.Millisecond), strings.TrimSpace(s))
}

// TestCrash_InterruptStopsCleanly sends SIGINT (Ctrl-C) to a build: it
// stops after the current batch with a message and a non-zero status, and
// the store is whole.
func TestCrash_InterruptStopsCleanly(t *testing.T) {
	bin := crashBinary(t)
	corpus := t.TempDir()
	crashCorpus(t, corpus, 1200)
	dir := t.TempDir()
	cmd := exec.Command(bin, "build", "--batch", "32", corpus)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if st, err := os.Stat(filepath.Join(dir, "zhkg.db", "indexes.bolt")); err == nil && st.Size() > 2<<20 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("the build did not stop within 30 s of SIGINT")
	}
	if err == nil {
		t.Skipf("the build finished before the interrupt arrived: %s", out.String())
	}
	if !strings.Contains(out.String(), "interrupted") {
		t.Errorf("no message about the interruption:\n%s", out.String())
	}
	if s, err := runBin(t, bin, dir, "stats"); err != nil || strings.Contains(s, "pending:") {
		t.Fatalf("stats after SIGINT: %v\n%s", err, s)
	}
	if s, err := runBin(t, bin, dir, "build", corpus); err != nil || !strings.Contains(s, "unchanged") {
		t.Fatalf("rebuild after SIGINT: %v\n%s", err, s)
	}
}
