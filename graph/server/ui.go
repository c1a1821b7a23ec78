package server

import (
	"bytes"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/cayleygraph/cayley/ui"
)

// The URLs compiled into Cayley's UI bundle (notes/cayley.md §2.1).
const (
	bundleServerURL = `"http://localhost:64210"`
	bundleMonaco    = "https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs"
	bundleIcons     = "https://fonts.googleapis.com/icon?family=Material+Icons"

	monacoPrefix = "/monaco/vs/"
	iconsPrefix  = "/icons/"
)

// Where the npm packages put the files, relative to AssetsDir.
var (
	monacoDir = filepath.Join("node_modules", "monaco-editor", "min", "vs")
	iconsDir  = filepath.Join("node_modules", "material-icons", "iconfont")
)

// uiHandler serves the UI bundle from ui.FS, rewriting its JavaScript and
// CSS: API calls go to the page's own origin (relative URLs, so any
// address and port work), and, when the npm assets are installed, the
// Monaco editor and the icon font come from this server instead of CDNs.
type uiHandler struct {
	files  fs.FS
	static http.Handler
	local  bool
	start  time.Time

	mu      sync.Mutex
	patched map[string][]byte
}

func (s *server) mountUI(mux *http.ServeMux) {
	web, err := fs.Sub(ui.FS, "web")
	if err != nil { // ui.FS always holds web/
		s.log.Error("the embedded Cayley UI is missing", "err", err)
		return
	}
	u := &uiHandler{files: web, static: http.FileServerFS(web), start: time.Now(), patched: map[string][]byte{}}
	monaco := filepath.Join(s.opt.AssetsDir, monacoDir)
	icons := filepath.Join(s.opt.AssetsDir, iconsDir)
	if s.opt.AssetsDir != "" && isFile(filepath.Join(monaco, "loader.js")) && isFile(filepath.Join(icons, "material-icons.css")) {
		u.local = true
		mux.Handle(monacoPrefix, http.StripPrefix(monacoPrefix, http.FileServer(http.Dir(monaco))))
		mux.Handle(iconsPrefix, http.StripPrefix(iconsPrefix, http.FileServer(http.Dir(icons))))
		s.log.Info("serving the UI's editor and icons locally", "dir", s.opt.AssetsDir)
	} else {
		s.log.Warn("UI assets not found: the web UI will load its editor from cdn.jsdelivr.net and its icons from fonts.googleapis.com, "+
			"and will not work offline; install them with `npm ci` in graph/server/ui and point the assets directory there",
			"assets_dir", s.opt.AssetsDir, "looked_for", []string{monaco, icons})
	}
	mux.Handle("/", u)
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func (u *uiHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("X-Frame-Options", "DENY")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		jsonError(w, http.StatusMethodNotAllowed, "the UI is read with GET")
		return
	}
	p := path.Clean(r.URL.Path)
	if ext := path.Ext(p); strings.HasPrefix(p, "/static/") && (ext == ".js" || ext == ".css") {
		data, ok := u.patch(strings.TrimPrefix(p, "/"))
		if !ok {
			http.NotFound(w, r)
			return
		}
		http.ServeContent(w, r, path.Base(p), u.start, bytes.NewReader(data))
		return
	}
	u.static.ServeHTTP(w, r)
}

// patch returns the rewritten file (cached after the first request).
func (u *uiHandler) patch(name string) ([]byte, bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if b, ok := u.patched[name]; ok {
		return b, true
	}
	b, err := fs.ReadFile(u.files, name)
	if err != nil {
		return nil, false
	}
	b = bytes.ReplaceAll(b, []byte(bundleServerURL), []byte(`""`))
	if u.local {
		b = bytes.ReplaceAll(b, []byte(bundleMonaco), []byte(strings.TrimSuffix(monacoPrefix, "/")))
		b = bytes.ReplaceAll(b, []byte(bundleIcons), []byte(iconsPrefix+"material-icons.css"))
	}
	u.patched[name] = b
	return b, true
}
