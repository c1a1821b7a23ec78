// Package layout repairs text copied out of newspaper pages, cuts a page
// into articles and splits text into sentences.
//
// # Page layout
//
// Text copied from a newspaper PDF breaks every 10 to 25 characters, often
// with a blank line after every line; one page holds several articles,
// each opened by a dateline (本报讯, 新华社…电) or a byline (□ 本报记者 王
// 进), and the headlines are gathered AFTER the bodies in a block of short
// lines (a kicker ending with ——, the headline, a subtitle starting with
// ——). A page also carries section headers (一线观察 地方传真), photo
// captions ending with a credit (新华社记者 陈泽国 摄), signatures closing
// an article (（曾 平）; an editor's note in brackets, （责任编辑：肖 娜）,
// closes it the same way and is never a headline) and credit notes for a group of articles
// (（本组稿件除署名外均由本报记者X采写）). Web articles, by contrast, have
// one paragraph a line, which must not be joined.
//
// # Repair
//
// [Repair] joins wrapped lines into paragraphs. It measures every line in
// cells (a CJK character is 1, ASCII 0.5, and the punctuation that
// justified typesetting squeezes, ，、。“” and brackets, 0.5). A line is a
// full column line when at least two lines within six lines of it with
// clause punctuation (，、；。！？) have its width ±1.6 cells (one is
// enough when the line has clause punctuation itself; the first line of a
// paragraph may be two cells short, the indent that copies lose). A full
// column line continues on the next line unless it ends a sentence
// (。！？；… and closing quotes), a byline (…报道, … 摄), a signature or a
// credit note, or the next line opens a paragraph (a dateline, a byline, a
// subtitle, a signature, a credit note, metadata) or is wider than the
// column: wider than the full width (squeezed punctuation a full cell) of
// the line and of the lines with clause punctuation around it that share
// its width, so a ragged column does not break a paragraph (…。青禾县 /
// 盛丰农业科技有限公司…). A byline may name its paper (黑龙江日报记者 王
// 进). Two lines without clause punctuation at the start of a paragraph
// are stacked headlines and stay apart, unless the second goes on in a
// line with clause punctuation, directly or through one more line
// (…理事长周 / 明远算了一笔账： / 今年…):
// then they open a paragraph, except after a section header; a line
// without clause punctuation never goes on in a list item (一是…, 二、…).
// A dateline whose bracketed credit is cut inside a name goes on in the
// line that closes the bracket (本报讯（记者王进通讯员赖 / 旭）10月2日…).
// On a page (at least 30% of the lines are full
// column lines) a line of 10 cells or more with clause punctuation also
// continues under the same conditions, which joins captions and short
// wide-column blocks that have no neighbours of their width. Lines wider
// than 48 cells (web paragraphs) and lines that are not valid UTF-8 are
// never joined. Lines end at '\n'; a '\r' before it is trimmed, a lone
// '\r' is white space. Blank lines and white space at both ends of lines are
// dropped; white space inside lines is kept (the extractors handle 王 进);
// joined lines are glued without a space.
//
// The offset map is piecewise: clean[at[i]:at[i+1]] is a copy of
// text[origin[i]:...]; paragraph breaks map to the '\n' that ended the
// line. It has the shape of extract.Doc.OriginAt/Origin.
//
// # Split
//
// [Split] classifies the repaired paragraphs (body, lead, headline,
// caption, signature, credit note, metadata) and cuts articles: an article
// starts at a lead (consecutive leads are one start), at a caption that
// follows a headline block or a signature, at body text after a signature,
// and at body text after a headline block that holds a credit note or two
// headlines or more. One headline line between body paragraphs is a
// subhead and stays in the body. An article must hold text before the
// next can start, so a web page's title, date line and byline stay with
// its body; and a last article without text right after another's body
// (a byline, photo credit or signature closing a web article: 记者 王 进
// 摄) joins that article (after a headline block it stays apart, to take
// the block's headlines and credit notes).
//
// Headline blocks are matched to articles by content: the share of the
// headline's Han character bigrams found in the article (at least 30% and
// two bigrams), best pairs first, among the untitled articles since the
// previous headline block and the article right after the block (pages
// that put headlines first). Headlines left over go by order; section
// headers before the first article are dropped; other unmatched headline
// lines stay as paragraphs of the article they follow.
//
// Each Doc's Text is its headline lines (kicker, headline, subtitle; also
// in Doc.Title, glued together), then its body in source order (datelines,
// bylines, subheads, captions and signatures included), then the credit
// notes that cover it: a note in a headline block covers the articles
// whose headlines share the block, or, if none matched, the articles
// before the block; the note is copied into each of them as a final line.
// Doc.Origin/OriginAt map every byte of Text to the source, so evidence
// spans can point into the input file.
//
// A text with one article keeps the repaired text as is; its Title is the
// first headline line before the body that is not a section header, or a
// headline after the body that matches it, or else the first headline of
// a block that ends the text and shares a bigram with the body (a page
// that gathers its one headline after the body). Origin is left empty when
// nothing was repaired.
//
// # Sentences
//
// [Sentences] is the stage that fills Doc.Sentences using
// [SplitSentences]: sentences end after 。！？；!? with their closing
// quotes, and at line breaks.
package layout
