// Package synth generates a deterministic corpus of Chinese regional news
// with its gold facts, for benchmarks and for quality floors.
//
// # Articles
//
// [New] takes a seed and [Options]; [Generator.Article] returns article i,
// which depends only on the seed, the options and i. [Generate] and
// [Generator.Articles] stream the first n. An article is written from
// sentence templates ([Templates]) about places drawn from the gazetteer
// (a county of the corpus' pool with its townships and villages, written
// with their full chains: 黑龙江省大庆市让胡路区乘风街道乘风二社区),
// people named from the lexicon's surnames and common given-name
// characters, posts from the title lexicon, organizations built from places
// and name endings, products and industries from the lists in vocab.go, and
// a byline ([Bylines]). Sentences without names (fillers) bring a body to a
// length between Options.MinChars and MaxChars.
//
// # Styles
//
//   - web: [Article.Web], the title, a date and source line, then one
//     paragraph a line;
//   - JSON lines: [Article.JSON], {"id","title","date","source","text"};
//   - newspaper pages: [Generator.Pages], several articles a page, lines
//     broken every 10-20 characters with blank lines between them,
//     headlines gathered after the bodies, two-character names padded in
//     bylines and signatures (王 进), numbers sometimes set apart, credit
//     notes for a group of articles.
//
// # Gold
//
// Every template records the facts it states, named as the extraction
// guide (shared/eval/GUIDE.md) wants them: divisions by their full official
// names with 类型 地点 and their chain of 位于 up to the province, posts
// without their place (县委书记, 党委书记, 部长) with 任职于 the place or
// organization the same phrase names, 居住于 and 年龄 from 家住X的N岁老人Y and
// X村村民Y, 产业 from slogans and statements, 简称 from 以下简称/下称/简称,
// 隶属 from 下属/所属/旗下, and 作者 (subject DOC) for bylines, signatures,
// photo credits and credit notes, not for editors. A fact the guide leaves
// open (a place named only inside an organization's name, where an
// association is) is Optional and written with ?DOC. [WriteGold] writes the
// rows; the facts of a web text add its source line ([Article.WebFacts]).
//
// # Determinism
//
// Randomness comes from PCG streams keyed by the seed and the article or
// page number, reduced by our own code, so a seed gives the same bytes on
// every platform and Go release; the output does not depend on how many
// articles are asked for or in which order.
package synth
