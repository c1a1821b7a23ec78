// Package places is the stage that finds place mentions: administrative
// divisions from the [gazetteer], countries and major foreign cities, named
// natural places (长江, 秦岭, 青藏高原: data/natural.txt, none of them also a
// division), and named zones and parks (哈尔滨新区, 郎溪经济开发区,
// 绿源(漯河)食品产业园).
//
// # How a text is read
//
// White space is removed first (a map keeps byte offsets of the original
// text), so page layout such as 黑龙江 省 reads as 黑龙江省. Every surface
// form of the gazetteer and every foreign name found in the text is a
// match; overlapping matches keep the longest (黑龙江省, not 龙江). Adjacent
// names stay separate mentions: 四川省巴中市通江县 is three.
//
// # Resolution
//
// A form may name several divisions (陈河镇 is in Sichuan, Hubei and
// Shaanxi). Each candidate is scored by the divisions accepted elsewhere in
// the article through full names and short forms: an ancestor or
// descendant counts 3, a sibling 2, the same prefecture 1; the division
// written right before it (巴中市 in 巴中市通江县) adds 3. The best-supported
// candidate wins; a tie, or a shared county or township name without
// support, is dropped. A province's short name (河南) names the province
// unless the lower division sharing it is tied closer than through its
// province (its prefecture in context, another mention, its parent right
// before it); listed next to a province (天津、河北, 河北和天津) it names
// the province whatever the context, and listed next to cities (长春、吉林、
// 哈尔滨) the city of that name. A two-character county short form (通江) needs a
// sibling or an ancestor in context, unless a known product follows it
// (通江银耳, a geographical brand; see [WithProducts]); a county short form
// that makes one common word of the dictionary with the product after it
// (黑山羊, a breed of goat; see [WithCommonNouns]) names no county at all. Weak forms (township short forms like 陈河, short
// forms that are ordinary words like 朝阳 or 公安) need a support of 2. A
// short form followed by 路, 街, 大道 … is a street (南京路), one
// followed by 族 an ethnic group and one followed by a word of a river's
// land (河谷, 流域, 两岸, 畔: 右江河谷, 嫩江流域, 清水河畔) the river, and so
// does one that ends with 江, 河, 溪 or 湖 before a word of the river's
// channel (河道, 河床, 河堤, 水域: 清水河河道; 长江武汉河段 keeps the city).
// A short form followed by 河, 江 or 溪 and a clean end (punctuation, a
// function character, a word of the river's land) is a river named after
// the place (玉溪河、升钟水库等灌区: 玉溪河, rule natural; not 成都河流). A two-character
// short form or county name inside a run of text (推动黟县石墨茶) is
// read only where the article writes the same form for the division at a
// clean boundary elsewhere (在黟县); the place of a dateline, before a date
// and 电 or before 讯, begins at a clean boundary (新华社武汉6月20日电,
// 本报长沙讯); the 日 of a date after a digit begins no 日本 (12日本报讯). A
// division's short form listed next to a natural place
// (天山、博斯腾湖) is a natural place of that name, not the division (天山区). Villages and communities are read only
// from the counties (and preferably townships) accepted in the article. A
// natural place of two characters right after a common surname is a given
// name (李长江; see [WithSurnames]), and one that begins with the 长 of a
// head's title and goes on into a name of its second character's surname
// is none (组织部长江海涛, 县长江明亮表示: the segmenter reads a name over or
// after that character, or a given name of two characters before a verb). A village or community the national
// list does not hold (renamed, merged or newer) is read only where the text
// writes it right after the full name of its township (曾家镇虎峰村,
// 乘风街道青檀二社区: two to four characters and 村 or 社区, no function
// word, count or kind of village such as 各村, 贫困村), and then also
// where the same name stands alone later in the article.
// A listed village of two characters (际村; the scan of villages reads
// three or more, since 乡村, 山村, 全村 are words) is read right after the
// name of its township or its county (宏村镇际村, 黟县宏村) and then where
// the name stands alone; a township's weak short form that is the full
// name of its own village ending in 村 (许村 of 许村镇) names the village.
// A township written with the other of 乡 and 镇 than the list (叶坪乡 for
// 叶坪镇, renamed) is the listed one where a county in context holds it and
// no township named as written, and its stem begins a word (瑞金市叶坪乡,
// 在叶坪乡); the official name is the label.
// A county's own paper names its county 我县, 本县 or 全县 and often never
// by name: where the article names no county, a township many counties
// hold (城关镇) is the one of the county (a 县) that holds two or more of
// the article's names, a second township (老县镇) or a village of one of
// those townships (城关镇三里垭村), where no other county holds as many;
// that county is then in the context of every place and its villages are
// read. Without those words, a township written with one of its villages
// right after it (西江镇麻料村), a pair that one county alone holds, is
// such evidence by itself: the second article of a page, whose county the
// first named. A listed village of a county in context is read over a short
// form of a city or a county inside it (长沙铺村, not 长沙).
//
// # Output
//
// Mentions of type [extract.Place] with key "place/<code>" (rules
// gazetteer.full, .alt, .short, .weak, .village), or "place/<name>" for
// foreign places (rule foreign), natural places (rule natural) and zones
// (rule zone), and "place/<township code>/<name>" for unlisted villages
// (rule village.unlisted, 位于 the township). Entities carry the
// full official name as label and the code. For every mentioned division,
// 位于 triples run from it to its parent and on to the province (rule
// gazetteer.chain); parents become entities but not mentions. A zone is
// 位于 the division its name begins with (rule zone.prefix); a zone's name
// without its place (三江新区 after 宜宾市三江新区), two characters or more
// before the suffix, is a mention of the same zone wherever the article
// repeats it; a development zone's suffix right after a county's
// two-character short form supports it (通江经济开发区), and township-level
// units named only by a kind of zone (经济开发区, 县经济开发区) are never
// read, so they hide no county before them; of places
// written one after another the nearest begins the zone (安徽省合肥市经开区
// is 合肥市经开区), and a zone's key is the division's code and the rest of
// its name, so 合肥经开区 and 合肥市经开区 are one entity. Between the
// place and the suffix stand up to four characters, or more where they
// are a proper name of up to two characters (a valley's or a basin's with
// its landform: 右江河谷) and two words of the zone's theme or more
// (现代, 特色, 生态, 农业, 旅游 …): 广西右江河谷现代特色农业示范区,
// 桂林漓江生态文化旅游产业园; a longer name is a company's brand. A
// listed river begins a zone of such a theme too (漓江生态文化旅游产业园;
// not 辽河经济区, a region).
// Reservoirs, nature reserves and parks (水库, 自然保护区, 国家级自然保护区,
// 湿地公园, 国家森林公园, 风景名胜区: suffixes that name places only) are
// zones too, named by a proper name of two or three characters: after a
// division (屏山县老君山国家级自然保护区, 位于 屏山县), or with none
// before it where the name runs from a clean boundary (a punctuation
// mark, the start of the text, 在, 的, 与 …: ，青龙潭水库; rule zone, no
// 位于). A size, a level, a kind, a count or a verb is no name (小型水库,
// 省级森林公园, 城市湿地公园, 两座水库, 游览森林公园), a longer run before
// the suffix is a clause (今年完成松溪湿地公园), and a place followed by
// the rest of an organization's name (白石水库管理处, 平昌县白石水库管理处)
// is not read, with or without a division before it. A
// reservoir is named by a division alone only in its short form, below a
// province (密云水库, 位于 密云区; 平昌县水库 and 四川水库 are the place's
// reservoirs). An old town or village (古镇, 古城, 苗寨, 侗寨, 古寨, 土楼) and a
// fishing port (渔港, 中心渔港) are read the same way, but only after a
// division (花溪区青岩古镇, 下司古镇 of 下司镇, 凤凰古城 of 凤凰县, 西江千户苗寨,
// 潭门中心渔港 of 潭门镇; not 黟县千年古镇), and not where a
// scenic area or a body takes its name (平遥古城景区, 平遥古城保护管理委员会).
//
// [Stage.Resolve] and [Expand] give other stages the division behind a name
// such as the 让胡路区 of 让胡路区委组织部.
package places
