// Package nereval scores zhkg's entity recognition on public Chinese NER
// sets, next to baselines, so that anyone can rerun the numbers.
//
// It is a check, not a training signal: nothing in zhkg is, or should be,
// tuned on these sets.
//
// # The pieces
//
//   - Converters turn a set's file into a Set of Documents (id, text, gold
//     mentions with rune offsets, END exclusive): [ReadMSRA] for the MSRA
//     NER BIO file, [ReadCLUENER] for CLUENER2020's JSON lines.
//     [Set.WriteJSONL] writes them as JSON lines that `zhkg extract` reads
//     as articles (it takes id and text and ignores the gold fields).
//   - [ReadMentions] reads what `zhkg extract --format mentions` prints:
//     DOC<TAB>START<TAB>END<TAB>TYPE<TAB>NAME, rune offsets, END exclusive.
//   - [Score] compares system mentions with the gold ones and returns a
//     [Report]; [Report.WriteTable] prints it as a Markdown table.
//   - Baselines ([Tagger]): [GSE], gse's own part-of-speech tags with its
//     stock dictionary, and [Gojieba] (build tag gojieba; cgo and C++),
//     both mapped by [POSType]: nr, nrfg, nrt → PER, ns → LOC, nt → ORG,
//     one word one mention.
//
// cmd/nereval wires them into a command.
//
// # Scoring
//
// A system mention is correct when a gold mention of the same document has
// the same span and type (exact match, the CoNLL/SIGHAN rule). P, R and F1
// are computed per type and micro-averaged over PER, LOC and ORG. Errors
// that are disagreements of convention rather than of recognition are
// counted apart (see [Counts]): boundary-only (overlaps a gold mention of
// its type with other boundaries: 北京 for gold 北京市), type-only (the span
// of a gold mention of another type) and nested (inside a longer gold
// mention of another type: 中国 inside the ORG 中国致公党). The overlap F1
// column counts boundary-only disagreements as found. Repeated system
// mentions count once; mentions of a type the set does not annotate are
// reported, not scored.
//
// # MSRA (SIGHAN 2006 bakeoff, test split)
//
// Types PER, LOC and ORG; each blank-line separated sentence is one
// Document (msra-0001 …). Names inside a longer name are not annotated
// (中国 in the ORG 中国致公党第十一次全国代表大会 is not a LOC), but a chain of
// places written together is one LOC per place, adjacent, not one long
// LOC (山东|安丘市|召忽镇, 天津市|和平区: 76 such pairs in the test file, and
// none of the form 省…市 or 市…县 as a single mention); a person named
// inside a longer expression (邓小平 in 邓小平理论) is a PER; single-character
// abbreviations (中|美, 台|港) are LOC; titles are not annotated, so TITLE
// mentions are not scored. Digits and Latin letters are full-width, as in
// the file. A sentence without any name is still a Document: a system
// mention there is a false positive.
//
// # CLUENER2020 (dev split)
//
// Each record is one Document (cluener-0001 … by line). Its ten labels are
// mapped as [CLUENERMap] says: name → PER; address and scene → LOC;
// government, organization and company → ORG; position → TITLE. book, game
// and movie ([CLUENERExcluded]) have no zhkg type: their gold mentions are
// kept apart, and a system mention overlapping one (a person's name inside
// a film title) is not scored. Offsets in the file are inclusive; here they
// are exclusive like everywhere else. The set marks addresses as fully as
// possible (province, city, district, street and number as one mention,
// the opposite of MSRA's one LOC per place, so no system matches both
// exactly: the boundary-only column shows it) and has no nested mentions.
// Its annotation is not exhaustive for places: a country or city named in
// passing is mostly left unlabelled (in the dev file 美国 stands alone 15
// times and is never labelled, 中国 is labelled 2 times of about 40), so a
// system that finds every place loses LOC precision there that it would
// keep on MSRA; read the LOC row of CLUENER with that in mind. Since labels are finer than types, the table
// adds recall per gold label.
package nereval
