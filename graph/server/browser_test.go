package server

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/zhkg/zhkg/queries"
)

// TestBrowser_Visualize opens the served UI in headless Chromium, runs the
// catalogue's neighbourhood query on the Visualize page and checks that
// the graph is drawn with the entities' labels. It needs Debian's chromium
// and the npm assets (npm ci in graph/server/ui), so it runs only with
// ZHKG_BROWSER=1. ZHKG_SCREENSHOT=path saves a screenshot (a relative path
// is taken from the module root, e.g. docs/explore.png); ZHKG_CHROMIUM
// overrides /usr/bin/chromium.
func TestBrowser_Visualize(t *testing.T) {
	if os.Getenv("ZHKG_BROWSER") != "1" {
		t.Skip("browser test skipped: set ZHKG_BROWSER=1 (needs apt chromium fonts-wqy-zenhei and npm ci in graph/server/ui)")
	}
	chromium := os.Getenv("ZHKG_CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Fatalf("chromium not found at %s: %v (apt-get install chromium)", chromium, err)
	}
	if !isFile(filepath.Join("ui", monacoDir, "loader.js")) {
		t.Fatal("UI assets missing: run npm ci in graph/server/ui")
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: New(MustHandle(t, nil), &sync.RWMutex{}, Options{AssetsDir: "ui", Logger: quietLogger()})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	url := "http://" + ln.Addr().String() + "/"

	q, _ := queries.Get("neighbourhood")
	text, err := q.Render(map[string]string{"entity": "巴中市", "depth": "2"}, testBase)
	if err != nil {
		t.Fatal(err)
	}
	textJSON, _ := json.Marshal(text)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(userDataDir(t)),
		chromedp.WindowSize(1280, 1000),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(func(string, ...any) {}))
	defer cancel()
	// a bound so that a broken page fails the test instead of hanging it
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	defer cancelTimeout()

	var alerts []string
	var amu sync.Mutex
	chromedp.ListenTarget(ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			amu.Lock()
			alerts = append(alerts, d.Message)
			amu.Unlock()
			go chromedp.Run(ctx, page.HandleJavaScriptDialog(false))
		}
	})

	var labels []string
	var shot []byte
	err = chromedp.Run(ctx,
		chromedp.Navigate(url),
		chromedp.WaitVisible(`//*[normalize-space(text())="Visualize"]`, chromedp.BySearch),
		chromedp.Click(`//*[normalize-space(text())="Visualize"]`, chromedp.BySearch),
		chromedp.Poll(`window.monaco !== undefined && monaco.editor.getModels().length > 0`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate(`monaco.editor.getModels().forEach(function (m) { m.setValue(`+string(textJSON)+`) }); true`, nil),
		chromedp.Click(`//button[contains(., "Run")]`, chromedp.BySearch),
		chromedp.Poll(`document.querySelectorAll("svg text").length >= 5`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Sleep(3*time.Second), // let the force layout settle before the picture
		chromedp.Evaluate(`Array.from(document.querySelectorAll("svg text")).map(function (t) { return t.textContent })`, &labels),
		chromedp.CaptureScreenshot(&shot),
	)
	amu.Lock()
	if len(alerts) > 0 {
		t.Errorf("the page raised alerts: %q", alerts)
	}
	amu.Unlock()
	if err != nil {
		t.Fatalf("browser: %v", err)
	}
	for _, want := range []string{"巴中市", "通江县", "巴州区", "张明", "四川省"} {
		found := false
		for _, l := range labels {
			if strings.TrimSpace(l) == want {
				found = true
			}
		}
		if !found {
			t.Errorf("no node labelled %s in the drawing (labels: %q)", want, labels)
		}
	}
	path := os.Getenv("ZHKG_SCREENSHOT")
	if path == "" {
		path = filepath.Join(t.TempDir(), "explore.png")
	} else if !filepath.IsAbs(path) {
		path = filepath.Join("..", "..", path) // from graph/server to the module root
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes), %d labels drawn", path, len(shot), len(labels))
}

// userDataDir makes a profile folder for Chromium. Chromium's helper
// processes may still write into it for a moment after the browser is
// closed, so it is removed with retries instead of by t.TempDir.
func userDataDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "zhkg-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for i := 0; i < 50; i++ {
			if os.RemoveAll(dir) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Logf("could not remove %s", dir)
	})
	return dir
}
