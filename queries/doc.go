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
//
// # Cost
//
// On the key-value stores (bolt, leveldb) every g.V call costs about 20–30
// µs before it reads anything, and every article that mentions a node
// repeats its label, type and fact quads, so a hub (a province, a post such
// as 县委书记) has thousands of copies of each. The queries therefore read
// single values with toArray(1) (zLabel, zValue, zFirst, each cached for
// the query), and the single values of many evidence nodes or articles
// with one tagged traversal (zFirsts); look labels up only for the rows
// they emit (cooccurring ranks first), emit rows as they find them when
// the order allows (neighbourhood, so the query limit ends the walk), read
// the evidence of one predicate of a node through has() (zFactsOf: a
// county's industries without reading its other facts; zEvidenceArticles:
// a person's evidence for one object), and the facts of a node once per
// query (zFacts is cached); walk locatedIn one node at a time (zReach)
// rather than with followRecursive, whose steps bypass the store's
// optimiser and read every quad of every node they pass; and avoid
// untagged traversals from many nodes and traversals that tag several
// predicates at once, which Cayley answers by scanning a whole predicate.
// path searches from both ends and crosses hubs from their cheap side; its
// chain is a shortest one, ties broken by IRI order.
package queries
