// Package segment splits Chinese text into words: tokens with byte offsets
// into the text and jieba-style tags (n, nr, ns, nt, v, ...). Its output is
// gse's (github.com/go-ego/gse) Segment/Pos output with gse's stock
// simplified Chinese dictionary (zh_s), but it starts in about 30 ms instead
// of gse's 1.4 s (2.7 s with the traditional dictionary too).
//
// # Using it
//
//	s, err := segment.Default() // the stock dictionary, decoded once per process
//	s.AddWord("李玉甫", 1000, "nr")
//	for _, t := range s.Tokens(text) { ... t.Start, t.End, t.Text, t.POS ... }
//
// [New] wraps a Segmenter as the pipeline stage that fills Doc.Tokens, one
// sentence span at a time when Doc.Sentences is set. [Preload] starts
// decoding the dictionary in the background at process start.
//
// # Design: gse's algorithm over a prebuilt dictionary
//
// Loading gse's dictionary is slow because every one of its 352 275 words is
// parsed from text and inserted into a cedar double-array trie, and then
// gse segments every word again to prepare its search mode. gse exposes no
// way around either: its trie is an unexported field, tokens have unexported
// fields, and AddToken is the same cedar insert. So this package keeps gse
// as the reference and re-implements the one algorithm it needs:
//
//   - internal/gendict (go generate) loads zh_s through gse itself and writes
//     dict.bin (2.9 MB): the words in sorted order, front-coded as sequences
//     of unit labels, with their frequency and tag, and the dictionary's total
//     frequency. Every word is kept, so nothing is lost to pruning.
//   - At start-up the embedded file is decoded and a breadth-first trie is
//     built from the sorted words in one linear pass (no hashing, no double
//     array construction): children of a node are contiguous and sorted, so
//     a lookup is a binary search, and the root's children are a direct table.
//     A node keeps its label, where its children start and the cost and tag
//     of the word ending there side by side (16 bytes), so a step down the
//     trie reads one place in memory.
//   - Segmentation is gse's shortest-path segmentWords, replicated exactly:
//     the text is split into gse's units (a character, or a run of letters and
//     digits of at most two UTF-8 bytes each, matched without ASCII case),
//     each word costs float32(log2 total) - float32(log2 freq), a unit that
//     starts no word costs 32 (tag "x"), ties and gse's "distance 0 means
//     unreached" rule are kept as they are.
//
// The agreement tests compare every token (span and tag) with gse loaded
// from zh_s: own sentences under testdata/ and 20 000 generated sentences
// of random dictionary words, word fragments, digits, Latin, punctuation and
// spaces. Both agree 100 %. gse's HMM (used by Cut with hmm=true) is not part
// of Pos/Segment and is not reproduced.
//
// # Layout spaces
//
// Text copied from page layout may carry spaces inside words ("王 进",
// "黑龙 江省"). A run of spaces, tabs, U+3000 or U+00A0 between two Chinese
// characters is dropped before segmentation, so the word around it is found;
// the token's span still covers the space (Text has it removed, so
// text[Start:End] minus those spaces == Text). Spaces next to Latin letters
// or digits, and line breaks, are kept and are word boundaries. Whitespace is
// never reported as a token.
//
// # User words
//
// AddWord adds a word with a gse frequency and a tag to one Segmenter. The
// stock dictionary is immutable and shared; each Segmenter from Default has
// its own user words behind a read-write lock, so Extractors do not see each
// other's words and AddWord may run while Tokens does. A user word replaces a
// stock word with the same text. Its cost is computed like a stock word's
// against the stock total frequency (which does not change, so the rest of
// the segmentation stays gse's); frequency 1000 (DefaultUserFreq) keeps a
// three- or four-character name whole in running text.
//
// # Measurements (2 cores, go1.26)
//
//   - start-up: decoding and building the trie 25 ms, 20 MB allocated, about
//     8 MB kept; a tiny program that loads and segments one sentence runs in
//     0.03-0.05 s wall, 23 MB max RSS, 5.5 MB binary. Stock gse: 1.4 s, 217 MB
//     max RSS, 36 MB binary (zh_s); 2.8 s, 302 MB (zh).
//   - throughput on 20 KB of news-like text: 30-42 MB/s against gse Pos's
//     10-14 MB/s in the same runs, 2.5-3 times faster, with one allocation
//     per call (BenchmarkTokens, BenchmarkGsePos).
//
// Regenerate dict.bin with `go generate ./extract/segment` after a gse
// upgrade, then run the agreement tests (they skip under -short, as they
// load gse).
package segment
