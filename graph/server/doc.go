// Package server serves a zhkg graph over HTTP: Cayley's web UI, Cayley's
// HTTP API v2 and a health check, safe by default.
//
// # What is served
//
//	GET  /                      the Cayley UI (ui.FS), its JS and CSS patched:
//	                            API calls go to the page's own origin, and with
//	                            Options.AssetsDir the Monaco editor and the icon
//	                            font come from /monaco/vs/ and /icons/ (npm
//	                            packages, see ui/package.json) instead of CDNs
//	GET|POST /api/v2/query      ?lang=gizmo (run here, see below); Accept:
//	                            application/ld+json selects JSON-LD results
//	GET|POST /api/v2/read       quads by sub/pred/obj/label (Cayley's handler)
//	GET  /api/v2/formats
//	POST /api/v2/write, /delete, /node/delete   only with Options.Writable (else 403)
//	POST /api/v1/shape/...      501 (the UI's Query Shape page)
//	GET  /health                204
//
// Errors are JSON: {"error": "..."}.
//
// # Safety
//
//   - Read-only unless Writable. Request bodies over MaxBody get 413.
//   - No CORS unless AllowOrigins names an origin. API requests a browser
//     sends from another site (Origin, or Sec-Fetch-Site without Origin) get
//     403, and Host names other than IP literals, localhost and AllowHosts
//     get 421, so neither a foreign page nor DNS rebinding reaches the graph.
//   - Locking: queries hold mu.RLock, writes mu.Lock (bolt deadlocks and
//     memstore crashes otherwise, notes/cayley.md §6). On memstore, queries
//     take mu.Lock too: its readers write a shared flag.
//   - Timeouts: each query gets QueryTimeout; an endless query answers 504.
//   - Panics: Gizmo runs in a goroutine of Cayley's own, where no recover
//     of ours reaches; a panic there kills the process. So the query sees
//     the store through a guard that recovers panics in every store and
//     iterator call (where backend bugs such as PostgreSQL's both().both()
//     live) and turns them into a 500. The guard also waits for the VM
//     goroutine's store calls to finish before the lock is released.
//     A panic in Cayley's generic query code (not the store's) inside that
//     goroutine is still fatal: nothing outside cayley can catch it.
package server
