package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
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

// startBuildAndWait starts `zhkg build --batch 32 corpus` in dir and
// returns once the store has grown past 2 MiB, in the middle of the build.
func startBuildAndWait(t *testing.T, bin, dir, corpus string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(bin, "build", "--batch", "32", corpus)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir)
	out := new(bytes.Buffer)
	cmd.Stdout, cmd.Stderr = out, out
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
	return cmd, out
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
	// wait until some documents are stored, then kill in the middle
	cmd, out := startBuildAndWait(t, bin, killed, corpus)
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
	cmd, out := startBuildAndWait(t, bin, dir, corpus)
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

// startServe runs `zhkg serve` on a free loopback port and returns its
// base URL and process.
func startServe(t *testing.T, bin, dir string, args ...string) (string, *exec.Cmd) {
	t.Helper()
	srv := exec.Command(bin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	srv.Dir = dir
	srv.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir)
	stderr, err := srv.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Process.Kill(); _ = srv.Wait() })
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			if i := strings.Index(line, "url=http://"); i >= 0 {
				u := strings.Fields(line[i+len("url="):])[0]
				urls <- strings.TrimSuffix(u, "/")
			}
		}
	}()
	select {
	case u := <-urls:
		return u, srv
	case <-time.After(20 * time.Second):
		t.Fatal("zhkg serve did not start")
	}
	return "", nil
}

func vmRSS(t *testing.T, pid int) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "status"))
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			n, _ := strconv.Atoi(strings.Fields(line)[1])
			return n
		}
	}
	return 0
}

// TestServe_LoadFromAnotherProcess drives `zhkg serve --writable` from
// this process with concurrent queries and writes, bounded in count and
// time, on loopback: no request fails or hangs, every write is readable
// afterwards, and the server's memory stays flat.
func TestServe_LoadFromAnotherProcess(t *testing.T) {
	bin := crashBinary(t)
	dir := t.TempDir()
	if s, err := runBin(t, bin, dir, "build", examples(t)); err != nil {
		t.Fatalf("build: %v\n%s", err, s)
	}
	base, srv := startServe(t, bin, dir, "--writable")
	client := &http.Client{Timeout: 10 * time.Second}
	post := func(path, body string) (int, string, error) {
		resp, err := client.Post(base+path, "text/plain", strings.NewReader(body))
		if err != nil {
			return 0, "", err
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b), nil
	}
	query := `g.V("<http://zhkg.example.org/person/周明远>").Out().All()`
	// warm up, then measure memory
	for i := 0; i < 20; i++ {
		if code, b, err := post("/api/v2/query?lang=gizmo", query); err != nil || code != 200 {
			t.Fatalf("warm-up query: %d %v %s", code, err, b)
		}
	}
	const workers, each = 8, 60
	round := func(r int) time.Duration {
		var wg sync.WaitGroup
		errs := make(chan string, workers*each)
		start := time.Now()
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := 0; i < each; i++ {
					if i%3 == 0 {
						nq := fmt.Sprintf("<http://zhkg.example.org/load/%d-%d-%d> <http://zhkg.example.org/schema/loadTest> \"%d\" .\n", r, w, i, i)
						if code, b, err := post("/api/v2/write", nq); err != nil || code != 200 {
							errs <- fmt.Sprintf("write %d-%d: %d %v %s", w, i, code, err, b)
						}
						continue
					}
					if code, b, err := post("/api/v2/query?lang=gizmo", query); err != nil || code != 200 {
						errs <- fmt.Sprintf("query: %d %v %s", code, err, b)
					}
				}
			}(w)
		}
		wg.Wait()
		close(errs)
		for e := range errs {
			t.Error(e)
		}
		return time.Since(start)
	}
	// the first round warms the server up; the second must not grow it
	took1 := round(1)
	mid := vmRSS(t, srv.Process.Pid)
	took2 := round(2)
	after := vmRSS(t, srv.Process.Pid)
	took := took1 + took2
	// every write is there
	code, b, err := post("/api/v2/query?lang=gizmo", `g.emit(g.V().Has("<http://zhkg.example.org/schema/loadTest>").Count())`)
	if err != nil || code != 200 {
		t.Fatalf("count: %d %v %s", code, err, b)
	}
	want := 2 * workers * ((each + 2) / 3)
	if !strings.Contains(b, strconv.Itoa(want)) {
		t.Errorf("written %d quads, the store holds: %s", want, b)
	}
	t.Logf("%d requests in %v (%.0f/s); server RSS after the first round %d KiB, after the second %d KiB", 2*workers*each, took.Round(time.Millisecond), float64(2*workers*each)/took.Seconds(), mid, after)
	if after > mid+mid/2+20_000 {
		t.Errorf("server memory grew from %d to %d KiB in a second round of the same load", mid, after)
	}
}
