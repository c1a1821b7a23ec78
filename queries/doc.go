// Package queries is zhkg's catalogue of ready Gizmo queries: questions a
// reader of regional news asks of the graph (who governs a place, what a
// person's posts were, which articles say so) written once, as data.
//
// # Queries are files
//
// Each query is a JavaScript file in this folder, embedded with go:embed.
// It starts with a header of line comments:
//
//	// name: officials
//	// doc: Officials of a place and of every place under it ...
//	// param: place — the place's label, e.g. 通江县
//	// param: depth — how many steps to go (default: 2)
//
// and its body uses each parameter as a JavaScript variable of the same
// name, always a string, plus BASE (the graph's IRI base) and the helpers
// of _prelude.js (predicate IRIs such as P_WORKS_AT, zFind, zLabel,
// zEvidence, ...). Parameters name entities by their label (通江县), so users
// need not know IRIs; an IRI in angle brackets or a key such as
// place/511921 works too.
//
// # Rendering
//
// [Query.Render] turns a query and its arguments into one self-contained
// Gizmo program: a comment, the BASE and parameter variables (each value
// JSON-string-escaped, so no argument can break out of its string), the
// prelude and the body. The same text runs in `zhkg query`, over the HTTP
// API and in the Cayley web UI. A missing parameter without a default, or
// an argument the query does not declare, is an error naming it.
//
// # Results
//
// Queries emit plain JSON objects with g.emit, so they read the same with
// the JSON and the JSON-LD collation. Queries meant for the UI's Visualize
// view (neighbourhood, path) emit {source: {"@id": label}, target: {"@id":
// label}} rows: Visualize draws the @id text, so labels make readable nodes.
package queries
