// Package graph stores the knowledge graph in Cayley. It is the only
// package of zhkg that imports Cayley; its exported API uses no Cayley
// types except View and Update, which exist for graph/server alone.
//
// # The model
//
// A [Source] is one input document (a path, the sha256 of its bytes) and
// the articles ([extract.Doc]) processed from it. Each article becomes a
// set of quads whose fourth element (the label) is the article's IRI,
//
//	B + "article/" + <first 16 hex of the sha256> + "/" + <index>
//
// for every quad derived from it: the article node, the label and type
// of every entity it mentions, its facts, the evidence node of each fact
// (sentence, byte offsets in the source file, rule) and the labels of the
// classes and predicates it uses. So deleting an article means deleting
// exactly its quads, and the same triple may be held under several
// labels. vocab.go lists the IRIs of the schema.
// Integers are stored as native quad.Int; Export and WriteNQuads write
// them as "81"^^<http://www.w3.org/2001/XMLSchema#integer>.
//
// # Backends and locking
//
// [Open] takes a backend name: "bolt" or "leveldb" (a directory) or
// "memstore" (in memory, for tests). A PostgreSQL backend will add itself
// to the backends table from a file of its own, with a metaKV of its own.
// Every access goes through one sync.RWMutex: queries, exports and Explain
// take the read lock, writes the write lock. This is required, not
// cosmetic: bolt deadlocks when a commit and a query run at the same time,
// and memstore crashes on concurrent map access. A store directory holds
// our lock file zhkg.lock; Open takes a non-blocking flock on it, so a
// second process gets [ErrLocked] at once instead of hanging on bolt's own
// lock (Cayley opens bolt without a timeout). ReadOnly stores take the same
// exclusive lock, since bolt would too.
//
// bolt reads its files through memory maps, and every page a write
// touches stays counted in the process's resident set: a build of 10 000
// articles ended at 1.39 GB of peak RSS, 850 MB of it the index file's
// pages. A bolt store open for writing therefore watches the process's
// resident pages (maps.go) and, once they pass 896 MiB, gives the maps'
// pages back to the kernel (graph/internal/boltmap); the data stays in the
// page cache. It checks on a timer and, since one commit can map GBs of
// the index (Cayley rewrites a hub's index entry, one value listing all
// its quads, whenever a quad is added to it), also from the write
// transactions every 32 MiB they put (boltkv.go: Cayley's bolt store,
// opened as Cayley opens it, with its transactions counted). A transaction holds in memory every leaf it touches until it
// commits, and the same number of quads touches more of them the larger
// the store, so Cayley transactions shrink when the live heap passes a
// third of the soft memory limit and grow back towards BatchSize when it
// falls (txQuads in put.go).
//
// # The meta store
//
// Cayley's KV backends have no index on the label, so finding the quads of
// one article would be a full scan. We therefore remember each document's
// quads on our side, in a small key-value store behind the metaKV
// interface: a bolt file zhkg-meta.bolt in the store directory (bolt and
// leveldb), a map (memstore), later a table (postgres). Its buckets:
//
//	docs     path → hash, counts, entities of the committed document
//	quads    path → the document's quads (deflate-compressed N-Quads)
//	pending  path → the new record and quads of a replace in progress
//	byhash   hash+"\x00"+path, to find documents with identical bytes
//	entities node IRI → type and number of documents that hold it
//	counts   documents, articles, quads, entities by type, quads by predicate
//
// [Store.Stats] reads the counters, never the quad store.
//
// # The write protocol
//
// Put, PutMany and Delete replace documents in batches of about
// Options.BatchSize quads:
//
//  1. In one meta transaction, write a pending record for every document
//     of the batch: its new record and new quads (none for a delete).
//  2. Remove from Cayley the old quads of the batch's documents, except the
//     ones their new versions keep and the ones another stored document
//     with the same bytes (and hence the same article IRIs) still holds;
//     then add all new quads. Both go in transactions of BatchSize quads
//     with ignore_duplicate and ignore_missing, so they can be repeated.
//  3. In one meta transaction, commit: replace the docs and quads records,
//     update the counters and delete the pending records.
//
// If the process dies, or a write fails, anywhere in between, the pending
// records remain. The next Open, Put, PutMany or Delete first runs steps 2
// and 3 again for them (roll forward); as step 2 is idempotent, the store
// ends exactly as if the write had succeeded. After a failed Cayley
// transaction the quad store is closed and reopened, because the KV
// backends otherwise store a corrupt "ghost" quad on the next write.
// Quads are never written with strict (non-ignoring) transactions.
//
// # Queries
//
// [Store.Query] runs Gizmo with JSON-LD collation and returns plain JSON
// values: {"@id": iri} for nodes, plain strings and numbers for literals.
// The timeout is enforced through the iterator's context, which interrupts
// the JavaScript VM (`while(true){}` stops). On bolt and leveldb the store
// is wrapped by graph/internal/kvindex, which lets a step from one node
// (g.V(x).in(p)) scan the (object, predicate) prefix of Cayley's object
// index; Cayley's own optimiser reads every quad pointing at x instead, so
// a step from a county named in thousands of articles cost milliseconds
// even when it found nothing. The wrapper also checks one value against a
// step through one exact index key (has(), out(p).is(v)), reads quads one
// at a time from the key-value store (bolt's own transactions on bolt)
// instead of Cayley's batches of 100, and keeps the quads and node values
// a query has read, up to 262 144 of each; [Store.Query] and the HTTP
// server run Gizmo over such a per-query wrapper (kvindex.WrapQuery).
// [Store.Explain] walks the evidence nodes to show where a fact was read.
//
// # Testing
//
// The race detector's checkptr mode trips over github.com/boltdb/bolt
// v1.3.1 (used by Cayley's bolt backend and by our meta store) with
// "converted pointer straddles multiple allocations"; run
//
//	go test -race -gcflags=all=-d=checkptr=0 ./graph/...
//
// BenchmarkPut compares PutMany with Cayley's bulk loader on the same quads.
package graph
