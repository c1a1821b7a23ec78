// Package extract turns Chinese news articles into entities and triples.
//
// # The model
//
// A [Doc] is one article. Stages read what earlier stages left in it and
// append their own findings; no stage rewrites [Doc.Text]. Every finding
// carries a [Span], a half-open byte range of Doc.Text, so that each fact in
// the graph can be traced back to the characters it came from.
//
//	text ─▶ sentences ─▶ tokens ─▶ mentions ─▶ entities + triples
//
// A [Stage] is the one interface of the package. A [Pipeline] is a list of
// stages run in order; parallelism lives outside it (a worker pool over
// documents), so a stage must be safe to call on different Docs at once.
//
// # Entities and keys
//
// Entities are identified by a key that is stable across documents:
// administrative divisions by their GB/T 2260 code ("place/510921"), other
// entities by type and name ("person/李玉甫", "org/新华社"). Two mentions
// with the same key are one node in the graph.
//
// # Triples
//
// A [Triple] links a subject entity key to an object entity key or to a
// literal, with one of the predicates of the schema ([Predicate]). The
// subject [ArticleSubject] stands for the article itself (作者).
package extract
