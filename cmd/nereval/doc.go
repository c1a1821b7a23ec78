// Command nereval scores zhkg's entity recognition on the public NER sets
// (MSRA NER test, CLUENER2020 dev) per type, next to part-of-speech
// baselines. See package extract/nereval for the conversions and the
// scoring rules.
//
// The sets are not in the repository (their licences do not allow it);
// by default they are read from ../shared/eval/public/ relative to the
// repository root, or from the file given with -data.
//
// # Scoring zhkg
//
//	go run ./cmd/nereval -set msra -write-input /tmp/msra.jsonl
//	go run ./cmd/zhkg extract --format mentions /tmp/msra.jsonl > /tmp/msra.mentions
//	go run ./cmd/nereval -set msra -system /tmp/msra.mentions -baseline gse
//
// or in one line:
//
//	go run ./cmd/zhkg extract --format mentions /tmp/msra.jsonl | go run ./cmd/nereval -set msra -system -
//
// -write-input writes one JSON line per sentence (MSRA) or record
// (CLUENER): {"id", "text", "gold", "excluded"}; zhkg reads id and text.
// The file can be given back with -data (a .jsonl name is read as such).
//
// # Baselines
//
// -baseline gse runs gse's stock zh_s dictionary and tags (nr/nrfg/nrt →
// PER, ns → LOC, nt → ORG) on the same documents and prints its table and
// its speed. -baseline gojieba does the same with gojieba; it needs cgo
// and a C++ compiler and is built only with the gojieba tag:
//
//	go run -tags gojieba ./cmd/nereval -set msra -baseline gse,gojieba
//
// # Output
//
// A Markdown table per system: gold, system and correct mentions, exact P,
// R, F1, the boundary-only, type-only and nested disagreements and the
// overlap F1 (boundary-only counted as found), one row per type and a
// PER+LOC+ORG row. -errors N lists up to N errors of each kind and type
// (missed, boundary, type, nested, spurious) for inspection.
package main
