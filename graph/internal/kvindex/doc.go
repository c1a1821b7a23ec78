// Package kvindex lets Gizmo steps from one node use the prefix of a Cayley
// key-value index.
//
// Cayley's key-value quad stores (bolt, leveldb) keep two indexes of quad
// IDs, keyed by (subject, predicate) and by (object, predicate, subject).
// A Gizmo step such as g.V(node).in(p) becomes a quad filter on the object
// and the predicate, and the store's optimiser (kv.QuadStore.OptimizeShape)
// looks for an index to scan. It finds (object, predicate, subject), whose
// first two directions are exactly the filter's, and then gives up: it
// wants a value for every direction of the index, including the subject
// the filter does not fix. The step then falls back to reading every quad
// whose object is the node and testing its predicate, so its cost grows
// with the node's whole in-degree, not with the answer. On a store of
// 100 000 news articles one in() step from a county that many articles
// mention read about 1 700 quads and took 6 ms even when it found nothing.
//
// A step from several nodes (g.V(a, b, c).in(p)) is worse: Cayley reads
// every quad of every node and intersects them with the predicate.
//
// A step along several predicates (g.V(node).both([p1, p2])), or along one
// predicate saved under a tag (in(p, "tag")), also reads every quad of the
// node. And a check of one value against a step (out(p).is(v), has(p, o)
// on many candidates) reads every quad of the value, because Cayley's HasA
// looks a value up through the quads that have it in the step's direction.
//
// Wrap returns the store with an optimiser that, when Cayley's own declines
// a filter, scans the index whose leading directions are exactly the
// filtered ones with those values as the key prefix (the iterator of
// kv.IndexScan already scans prefixes), and turns a step of one or several
// predicates from one or several nodes into a union of such scans, one per
// node and predicate, carrying the tags of nodes and predicates, in the
// order Cayley's scan would meet them. The lookup of a value in a step adds
// the value to the step's filter and scans that exact key. Each replaced
// part reports the statistics of the part it replaces, so the planner's
// choices stay what they were. Answers, and their order, are unchanged;
// only the scans are narrower.
//
// The scans themselves read the key-value database directly (Wrap finds it
// in the store by reflection; without it, Cayley's iterators serve them):
// a quad is read from Cayley's log when the iteration reaches it, where
// Cayley reads a hundred at a time, so the first value of a step from a
// node with thousands of copies of a quad (zLabel on a province) costs one
// read; and every quad and node value read is kept for the rest of the
// query, which holds the store's read lock, so the many short steps of a
// catalogue query do not read the same facts and labels again (up to
// 262 144 quads and as many values; past that, reads are not kept). A
// wrapped store serves one query; WrapQuery also reads the values of nodes
// in one transaction that the caller releases when the query is over.
package kvindex
