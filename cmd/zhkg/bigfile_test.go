package main

// TestProcess_HugeOneLineFile runs zhkg as a real process to measure its
// peak memory. SIGKILL, SIGINT, a held store and the server under load
// are in crash_test.go.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// procStatus reads a field in KiB (VmRSS, VmHWM) of /proc/PID/status.
func procStatus(pid int, field string) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, field+":"); ok {
			v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB"))
			return strconv.ParseInt(v, 10, 64)
		}
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", field, pid)
}

// TestProcess_HugeOneLineFile builds a 50 MB file without a single line
// break, in a zhkg process whose peak resident set (VmHWM) is sampled until
// it exits: it must take less than 1 GiB (20 times the file) and store the
// facts at both ends of the line.
func TestProcess_HugeOneLineFile(t *testing.T) {
	if testing.Short() {
		t.Skip("a 50 MB file: skipped with -short")
	}
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc: Linux only")
	}
	const size = 50 << 20
	dir := t.TempDir()
	bin := filepath.Join(t.TempDir(), "zhkg")
	if b, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	// Latin filler (which the pipeline passes through quickly) between two
	// Chinese sentences of our own, at the very start and the very end:
	// both facts found means the whole line was read. Dense Chinese text
	// runs at the extractor's usual speed (badinput.md: 50 MB in about 80 s).
	first := "浙江省丽水市庆元县委书记周明远在大会上说，香菇是庆元县的主导产业。"
	last := "河南省信阳市光山县县长秦立华到泼陂河镇调研茶叶生产。"
	filler := bytes.Repeat([]byte("lorem ipsum dolor sit amet, 2026. "), size/34+1)
	writeBytes(t, filepath.Join(dir, "big.txt"), append(append([]byte(first), filler...), last...))

	cmd := exec.Command(bin, "build", "big.txt")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var peak int64
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	limit := time.After(90 * time.Second) // a hang guard, not a speed test
wait:
	for {
		select {
		case <-done:
			break wait
		case <-tick.C:
			if v, err := procStatus(cmd.Process.Pid, "VmHWM"); err == nil && v > peak {
				peak = v
			}
		case <-limit:
			_ = cmd.Process.Kill()
			<-done
			t.Fatalf("a 50 MB one-line file was not built within 90 s (peak RSS %d MiB so far)", peak>>10)
		}
	}
	t.Logf("50 MB on one line: %v, peak RSS at least %d MiB\n%s", time.Since(start).Round(time.Millisecond), peak>>10, out.String())
	if code := cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	if peak > 1<<20 { // KiB
		t.Errorf("peak RSS %d MiB for a 50 MB file", peak>>10)
	}
	if !strings.Contains(out.String(), "documents: 1 (added 1") {
		t.Errorf("summary:\n%s", out.String())
	}
	for _, who := range []string{"周明远", "秦立华"} {
		ex := exec.Command(bin, "explain", who, "职务")
		ex.Dir, ex.Env = dir, cmd.Env
		b, err := ex.CombinedOutput()
		if err != nil || !strings.Contains(string(b), "rule:") {
			t.Errorf("the fact about %s (start and end of the line) was not stored: %v\n%s", who, err, b)
		}
	}
}
