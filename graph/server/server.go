package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	_ "github.com/cayleygraph/cayley/query/gizmo" // the one query language served (GraphQL and MQL are not linked in)

	"github.com/zhkg/zhkg/graph/internal/guard"
)

// Defaults applied by New to zero Options fields.
const (
	DefaultQueryTimeout = 30 * time.Second
	DefaultQueryLimit   = 1000
	DefaultMaxBody      = 16 << 20
)

// Options configure the server. The zero value is safe: read-only, with the
// default timeout, result limit and body limit, no CORS, loopback host names only.
type Options struct {
	QueryTimeout time.Duration // per query; <= 0 means DefaultQueryTimeout
	QueryLimit   int           // results per query; <= 0 means DefaultQueryLimit
	Writable     bool          // accept /api/v2/write, /delete and /node/delete
	MaxBody      int64         // request body limit in bytes; <= 0 means DefaultMaxBody
	// AssetsDir holds node_modules with monaco-editor@0.18.1 and
	// material-icons (npm ci in graph/server/ui). Empty or incomplete: the UI
	// loads them from the CDN, and New logs a warning.
	AssetsDir string
	// AllowOrigins lists extra browser origins ("http://host:port") that may
	// call the API cross-site; they also get CORS headers. Empty: none.
	AllowOrigins []string
	// AllowHosts lists extra Host names the server answers to, besides IP
	// literals and localhost (a defence against DNS rebinding). Empty: none.
	AllowHosts []string
	Logger     *slog.Logger // nil: slog.Default()
}

type server struct {
	h       *cgraph.Handle
	mu      *sync.RWMutex
	opt     Options
	log     *slog.Logger
	read    *cayleyhttp.APIv2 // queries in other languages, /read, /formats
	write   *cayleyhttp.APIv2 // /write, /delete, /node/delete (only when Writable)
	origins map[string]bool
	hosts   map[string]bool
	// exclusive makes readers take mu.Lock: memstore writes a flag on every
	// read (QuadStore.cloneAll), so even two queries race on it.
	exclusive bool
}

// New returns the HTTP handler of zhkg serve: the Cayley web UI (patched to
// work on any address and offline), Cayley's HTTP API v2 over h, GET
// /health, and 501 for the UI's retired /api/v1/shape page. Every request
// that reads the store holds mu.RLock, every write holds mu.Lock (the
// bolt and memstore backends need this, notes/cayley.md §6).
func New(h *cgraph.Handle, mu *sync.RWMutex, opts Options) http.Handler {
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = DefaultQueryTimeout
	}
	if opts.QueryLimit <= 0 {
		opts.QueryLimit = DefaultQueryLimit
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	s := &server{h: h, mu: mu, opt: opts, log: opts.Logger, origins: map[string]bool{}, hosts: map[string]bool{}}
	_, s.exclusive = cgraph.Unwrap(h.QuadStore).(*memstore.QuadStore)
	for _, o := range opts.AllowOrigins {
		s.origins[strings.TrimSuffix(o, "/")] = true
	}
	for _, hst := range opts.AllowHosts {
		s.hosts[strings.ToLower(hst)] = true
	}

	// The read API sees the store through a guard that never closes: it
	// turns backend panics into errors for GraphQL and MQL too.
	rg := guard.New(s.log)
	s.read = cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: rg.Store(h.QuadStore), QuadWriter: h.QuadWriter})
	s.read.SetQueryTimeout(opts.QueryTimeout)
	s.read.SetQueryLimit(opts.QueryLimit)
	s.read.SetReadOnly(true)
	s.write = cayleyhttp.NewAPIv2(h)
	s.write.SetReadOnly(!opts.Writable)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	mux.HandleFunc("/api/v2/query", s.serveQuery)
	mux.HandleFunc("/api/v2/read", s.readLocked)
	mux.HandleFunc("/api/v2/formats", s.readLocked)
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete"} {
		mux.HandleFunc(p, s.serveWrite)
	}
	mux.HandleFunc("/api/v1/shape/", func(w http.ResponseWriter, _ *http.Request) {
		jsonError(w, http.StatusNotImplemented, "the query shape view is not supported by this server")
	})
	mux.HandleFunc("/api/", func(w http.ResponseWriter, _ *http.Request) {
		jsonError(w, http.StatusNotFound, "no such API endpoint")
	})
	s.mountUI(mux)
	return s.recoverer(s.checkHost(s.sameOrigin(s.limitBody(mux))))
}

func (s *server) readLocked(w http.ResponseWriter, r *http.Request) {
	unlock := s.rlock()
	defer unlock()
	s.read.ServeHTTP(w, r)
}

// rlock takes the lock for a reader and returns its release.
func (s *server) rlock() (unlock func()) {
	if s.exclusive {
		s.mu.Lock()
		return s.mu.Unlock
	}
	s.mu.RLock()
	return s.mu.RUnlock
}

func (s *server) serveWrite(w http.ResponseWriter, r *http.Request) {
	if !s.opt.Writable {
		jsonError(w, http.StatusForbidden, "the graph is read-only (start the server as writable to change it)")
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		jsonError(w, http.StatusMethodNotAllowed, "use POST")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.write.ServeHTTP(w, r)
}

// jsonError writes {"error": msg} with the status code.
func jsonError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// recoverer answers 500 for a panic in the request goroutine and logs it.
func (s *server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.Error("panic while serving", "path", r.URL.Path, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				jsonError(w, http.StatusInternalServerError, "internal error (logged by the server)")
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// checkHost refuses Host names other than IP literals, localhost and
// AllowHosts, so a web site whose name resolves to 127.0.0.1 (DNS
// rebinding) cannot talk to the server as if it were same-origin.
func (s *server) checkHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hostAllowed(r.Host) {
			jsonError(w, http.StatusMisdirectedRequest, fmt.Sprintf("host %q is not served here; allow it in the server configuration", r.Host))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *server) hostAllowed(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.ToLower(strings.Trim(host, "[]"))
	if host == "" || net.ParseIP(host) != nil || host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	return s.hosts[host]
}

// sameOrigin rejects browser requests to the API that come from another
// site: with the Origin header when the browser sends one, else with
// Sec-Fetch-Site. Clients that are not browsers send neither and pass.
// An origin in AllowOrigins passes and gets CORS headers.
func (s *server) sameOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/api/") {
			next.ServeHTTP(w, r)
			return
		}
		origin := r.Header.Get("Origin")
		allowed := origin != "" && s.origins[origin]
		if allowed {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Add("Vary", "Origin")
			if r.Method == http.MethodOptions {
				w.Header().Set("Access-Control-Allow-Methods", "GET, POST")
				w.Header().Set("Access-Control-Allow-Headers", "Content-Type, Accept")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		if !allowed && !s.sameSite(r, origin) {
			jsonError(w, http.StatusForbidden, "cross-site request refused")
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *server) sameSite(r *http.Request, origin string) bool {
	if origin != "" {
		u, err := url.Parse(origin)
		return err == nil && origin != "null" && strings.EqualFold(u.Host, r.Host)
	}
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
		return true
	}
	return false
}

// limitBody answers 413 for a body over MaxBody. Bodies are read here, so
// the handlers behind (Cayley's among them) never see a partial body.
func (s *server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || r.Body == http.NoBody {
			next.ServeHTTP(w, r)
			return
		}
		tooLarge := func() {
			jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over the %d-byte limit", s.opt.MaxBody))
		}
		if r.ContentLength > s.opt.MaxBody {
			tooLarge()
			return
		}
		data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opt.MaxBody))
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			tooLarge()
			return
		}
		if err != nil {
			jsonError(w, http.StatusBadRequest, "reading the request body: "+err.Error())
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(data))
		r.ContentLength = int64(len(data))
		next.ServeHTTP(w, r)
	})
}
