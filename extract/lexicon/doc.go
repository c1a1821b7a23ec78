// Package lexicon holds the word lists the rule-based extractors rest on:
// Chinese surnames, common Japanese surnames of two or three characters
// (佐藤, 长谷川: [Lexicon.JapaneseSurnameAt]), post titles with their classes, organization name
// endings, media names, words that must never be taken as a person's name,
// and character classes for given names and transliterated names.
//
// # Data
//
// Every list is a UTF-8 text file under data/, one entry a line, fields
// separated by a tab, `#` starting a comment. The files are embedded, parsed
// once on first use (a few milliseconds) and shared read-only by all
// goroutines.
//
// # Titles
//
// A title (职务) is composed: an optional committee level (县委, 市委, 党组,
// 村党支部 …) for party posts, optional modifiers (副, 常务副, 代 …) and a
// head from data/titles.txt. A chief of the river and forest chief systems
// (河长, 总河长, 林长 …) takes the level of the division it answers for,
// with or without 级 (县总河长, 市级总林长, 县副总河长, 村级河长). [Lexicon.TitleStartingAt] finds the longest
// composed title that starts at a position; the relation stage then reads
// posts backwards from the name that follows them (县委副书记、县长王玉东).
//
// # Lookups
//
// Titles, organization endings (read backwards), media names and products
// are held in rune tries, so a lookup at a position costs one table probe
// a character and stops at the first character no entry continues with;
// the runes entries can start (or end) with are bitmaps ([RuneSet]), so
// the extractors can skip a position with one test. Surnames and the name
// character classes are rune sets too.
//
// # Reading Chinese text fast
//
// The extractors read text through a few helpers made for it: [Decode3]
// and [DecodeLast3] decode a three-byte character inline (most characters
// of a Chinese text), [DecodeRune] and [DecodeLastRune] anything else;
// [Index] and [Contains] find a word by its third byte (a continuation
// byte shared by one character in 64, where strings.Index stops at every
// character sharing the word's lead byte, a sixth of a text); [HasPrefix]
// and [HasSuffix] compare a word's last byte first, inline. Each gives
// what its utf8 or strings counterpart gives.
//
// # User entries
//
// [Lexicon.Add] adds entries at run time (users' own dictionaries); a user
// entry wins over the built-in lists.
package lexicon
