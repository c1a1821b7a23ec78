// Package ner finds people, organizations and post titles in an article.
//
// It runs after the place stage (package places) and the segmenter (package
// segment) and adds Mentions of type PER, ORG and TITLE, and the PER and ORG
// entities, to the Doc. Nothing here is learnt from data: the evidence is a
// surname list, a title lexicon, organization name endings, the
// segmenter's words and part-of-speech tags, and the words around a name.
//
// # People
//
// A candidate is a surname followed by a given name of one or two
// characters (a transliterated name of up to six characters after a title).
// It is kept when the context supports it: a title before it (县委书记李玉甫)
// or after it (李玉甫书记, also where the segmenter reads the surname and
// the given name as two name tokens: 魏/东明教授), a press or byline cue (记者, 通讯员, 摄), a word of
// speech or of visiting after it (说, 表示, 指出, 参观, 视察, 点赞, 分别), a role before it (村民, 老人), a list of
// names after a title (ending with 、, 等, 及, 和 or 与), or the segmenter's
// person tag together with a clean given name. The role words include the
// people of rural news (瓜农, 种植户, 返乡青年), of court and city news
// (嫌疑人, 当事人, 原告, 乘客, 观众), of culture and markets (演员, 导演,
// 大师, 彩民), kin and acquaintances (邻居, 师傅), foreign staff, coaches
// and judges (外教, 外籍专家, 教练员, 评委), keepers of forests and rivers
// and the village's helpers (护林员, 巡河员, 调解员, 讲解员); （化名） after a name
// is a cue like a word of speech, and so is an age between commas (王德福，
// 68岁，; not 张家村，68岁的老人). A role or a title and 为 announce names
// that a list separator or punctuation closes (指导教师为钟海涛、曾慧敏。;
// not 志愿者为孙华平整土地). After a role, a name of three characters that
// the segmenter tags as a place is taken before a word of speech (患者家属
// 马建国激动地说), unless its last character ends small places' names
// (坡, 湾, 庄: 老人黄土坡介绍). A role
// glued to the start of a longer word starts no name where the rest of the
// word begins with a common word (领导班子, 职工宿舍, 亲属关系). A given name holding a
// character that is rare in names (the lexicon's stop characters: 建, 强,
// 东 …) is taken when the segmenter tags the three characters as one name
// and a role or a word of speech stands by (王建华表示), or when a title or
// a role stands before it, the rare character is the last one and the
// segmenter has one word over the given name (养殖户赵兴建已经, 书记王志强在);
// after a role, a given name of one such character is taken where the
// segmenter reads the two characters as a name (村民李强已经); and a given
// name whose first character only is one (建, 东, 全), read by the
// segmenter as one word, is taken after a role or an age: a name at once
// (摊主韦东明正忙着), a place or a proper noun before a person cue or a
// word of residence or right after an age (32岁的覃东林站在), a common
// noun or a verb before such a cue only (65岁的周建平家住, 市民杨建国今年
// 43岁, 患者吴建新今年67岁; not 村民王建房需要). 家住X的 and 现居X的 before
// a name are cues like a role (现居成都市的张晓东), and so is 来自X的
// (来自哈尔滨的凌素珍).
// A verb of visiting people (看望了, 慰问了, 会见了, 接见 …) is a cue like a
// role where a list separator, punctuation or a cue closes the name
// (看望了赵德明，, 慰问了周桂兰、李秀芳; not 看望了李家, a family). After a
// title, 向, 为 or 给 before a full name of three characters with a common
// surname and a clean given name, closed by a cue, a verb or a list's
// end, is the preposition (县长向刘秀英表示感谢, 书记为黄振华颁发; 县长向金龙
// 表示感谢 keeps the surname).
// The verb of an appointment or a removal (任命, 免去, 提名, 聘任, 选举 …)
// is a cue like a role where 为, 的, 同志, a list separator or punctuation
// closes the name, even inside a word of the segmenter (任命蔺志/刚为…审判员,
// 免去冉红的…职务; not 选举华丽落幕). So is the verb of an honour (授予,
// 追授, 追认) where a quotation mark, 同志, 等 or 为 closes the name
// (追授武俊峰“见义勇为英雄”称号; not 追授荣誉 at the end of a headline).
// A person's place in a photo in brackets (武俊峰（左二）, 李秀英（前排右一）)
// and 等 with a count of people (蒋文博等3人, 等五名), a verb of attending
// (王毅、秦刚等参加) or a role after up to two adjectives (孙红梅等优秀护士,
// 周桂兰等老党员) are cues like a word of speech, and so is a count of
// people and a role right after a name (何志强、罗晓燕两位老党员); such a
// bracket holds no signature. A list may open after a preposition of one character
// (向王丽娟、孙红梅等…颁发), whatever the segmenter's tag of it. A name before 的 and a
// word of kin (杨振宇的妻子, 龙海燕的儿子) or before 师傅 or 同学, and a full
// name of three characters before 家庭 (李秀珍家庭), is a person's; a surname and such an address alone (江先生, 王女士, 李同学) is
// no full name. Words said of people only (生前, 逝世, 本人, 老两口, 父子,
// 兄弟俩 also after a list of names,
// 等同志), verbs of leaders' meetings (会见, 会晤) and of the makers of
// works (执导, 主演, 作曲), and a profile's year of birth (晏德林，1940年出生) are cues too, and
// so are 在, an occasion that 时, 中 or 上 ends and a word of speech in the
// clause (聂海鹰在接受记者采访时说, 在会上强调). A transliterated name of
// three characters that opens a clause keeps its first character where
// the segmenter reads it alone and the rest as a name (卡/林顿在唁电中说).
// A rare surname read alone at the start of a clause is taken before a
// word of speech where the segmenter tags it, or the given name of two
// characters read as one word, as a name (禄/春燕说, 郦/nr 文 涛介绍: not 文涛).
// Verbs of honours and of a life's dates (当选, 荣获, 被评为,
// 毕业于, 出生于) and 凭借 after a name that opens a clause count like 觉得 and keep
// a name of three characters whole (蒋文博当选). Kin (外孙, 侄女, 岳父) and
// players (守门员, 门将, 队友, 战友), announcers and their audience (播音员,
// 听众, 读者), astronauts, pilots and scientists (航天员, 飞行员, 科学家),
// winners and players of sports news (冠军, 名将, 得主) before a name are
// roles. The last part of a name with a middle dot ends where the
// segmenter ends a word, not inside a time word after it (迈伦·斯科尔斯/日前). An adverb of
// one character read as a word of its own between a name and a word of
// speech (卫子豪则表示, 李明还说; not 都, 连…都说) leaves the word a cue,
// and so does an adverb of degree before an age (车雨欣今年只有14岁). A
// name taken where the segmenter cuts it (26岁的乐思/琪放弃: 乐思) is the
// longer name taken elsewhere in the article that holds it and ends where
// the segmenter ends a word (乐思琪的父亲), and so is a foreign name with
// middle dots taken at the same place. A first part of one or two
// characters outside the transliteration list before a middle dot belongs
// to the name where it follows a title, a role or punctuation (副国务秘书
// 宋·索帕特).
// A word of place or direction the segmenter reads over a given name
// (沿岸, 以北: 凯江沿岸察看) makes no name.
// A frequent word of two characters that the dictionary tags as a name
// (高峰, 高潮, 顾客: a frequency of 1000 or more, which the dictionary's
// names of real people stay below) is a common noun after a role with no
// cue after it (游客高峰到来; 村民高峰说 is a name). A third character
// the segmenter reads as one verb or morpheme before an aspect particle,
// or as one verb with its particle, is a verb (村民王川带着: 王川;
// 理事长周明算了一笔账: 周明).
// A list of people one a line (award lists, 名单) names each at the start
// of its line, a note of sex or ethnic group in brackets or white space
// after the name, and a line that ends with a title or a role (钟华平
// 宏达家具有限公司车间主任, 赖小燕（女） 华屋村党支部书记): a surname and a
// clean given name of one or two characters that is no word of the
// dictionary, on two such lines or more.
// A profile opens its paragraph with the name, a comma and the person's
// unit and post as a clause (庹光辉，兰陵县后屯村党支部书记。): a place or an
// organization right after the comma and a title that punctuation closes.
// A three-character name unknown to the segmenter whose given name holds
// one or two such characters of those common in given names (建, 强, 东,
// 南, 中, 全, 进, 业, 发; 杨建东, 王德发 after a role: 茶农王德发说) and no other stop character is taken where it
// opens a clause
// (after punctuation or 据) or follows a role, and a word of speech or of
// leading (说, 介绍, 告诉, 带领) follows it as a word of its own, unless the
// three characters or their first two are a common word (卢东升带领,
// 韦国东介绍; not 林业局介绍).
// Of the characters that never stand in a name elsewhere, 月, 元, 万 and 为
// do stand in given names, and so do 向 (向阳, 向东) and 年 (永年): such a name is
// taken after a title or a role when a word of speech or of attending
// (出席, 主持) or punctuation closes it (村民王月梅说, 镇长黄为民，,
// 县委书记郑向阳出席, also beside a stop character common in given names:
// 李向东说), and not where the character begins a word that goes on
// (县长周万元旦, 县长李向群众介绍). Before 同志 (not 同志们) such a name of
// three characters needs no role (祁永年同志).
// After a title, a run of three to five characters that starts with a
// common Japanese surname (lexicon.JapaneseSurnameAt: 佐藤, 长谷川) is one
// name, when no character of it is a hard stop and the last is no stop
// character (社长佐藤恒治说); so is one after a role that a country's name
// announces (日本选手伊藤美诚表示).
// A name the segmenter splits into ordinary words, a noun or adjective of
// two characters that starts with the surname and one character more
// (白金/虎, 江海/涛), is taken where it opens a clause (after punctuation or
// 据) or a role stands before it (老人王国/庆说), and a word of speech
// follows it as a word of its own (白金虎笑着说; not 说明), unless its last
// character is a noun suffix (高校方, 金融界), its given name holds a stop
// character, or the three characters are a word of the dictionary.
// A three-character name whose first two characters are a common word
// (白金, 王国) is taken where the segmenter reads a name over it and a cue
// supports it: one name token followed by a word of speech (王国华表示),
// or the surname split off and the given name tagged as a name (白/金龙)
// where the surname opens a clause (after punctuation, a role or 据) and
// is no function word (向, 和, 对), with a cue after it or a role before
// it (果农白金龙说).
// 全 and 都, read as words of their own before a verb of the dictionary,
// are adverbs of totality and start no name, also right after a title
// (河长全覆盖, 站长都参加; 县长全明亮 stays a name).
// A surname that is also a preposition or a conjunction (向, 和, 对, 同)
// starts no name where the segmenter has it as a word of its own inside a
// clause, after a word that is no title or role, or tags it as a
// conjunction or a preposition (他向金龙表示感谢, 总统和夫人): the name, if
// any, is the one after it. Where it opens a clause (向金龙表示，) or after
// a role or a title (村民向金龙说) it may be a surname, but not before a
// role, a pronoun, a word of people together or any word of three
// characters or more (县长向群众表示感谢, 书记向大家介绍, 县长向社会各界).
// Where the segmenter reads the third character of a name after a title or
// a role with 说 as one word and punctuation follows (村民尹福/来说：, 老人
// 苟德/明说，), the character is the name's, unless it is an adverb (还说)
// or, for 来说, 对, 就, 拿 or 从 stands before the name in its clause (对
// 村民王福来说，). After a title, a run of three characters cut by a word of
// speech is no name where its last character is an adverb of its own
// after a name the segmenter reads (局长李明/还/说).
// A name of three characters followed by a time word or an adverb that
// the segmenter ends at a word boundary (今年, 昨天, 已经, 正在) keeps its
// third character (刘海/波/昨天 is 刘海波), and so does one whose third
// character the segmenter tags as a name's after a name of two (杨春/燕/nr);
// where the segmenter reads the adverb over the third character (李文/正在),
// the name has two. After a
// title or a role, a third character common in given names (东, 强, 建)
// stays in the name before such a word, a word of speech, 在 or punctuation
// (村民黄晓东亲自, 设计师蓝晓强。, 董事余承东在). A word
// of speech after such a word is a cue as if it followed the name
// (刘海波昨天说), and so is an age (周立军今年五十岁, 韩雪36岁), also
// after two such words (刘桂兰今年已经八十五岁). Where the
// name opens a clause, a verb of feeling, knowing or doing by hand after
// it is a cue too (覃立松觉得, 韦福顺拿出, 蒙秀兰激动地).
// In a list after a title, a role or a byline label a common word of the
// dictionary ends the list (记者张华、文字编辑), and a name of three
// characters before 、 keeps a third character that is rare in given
// names (市领导雷振东、章立明).
// Two press names written together after 记者 or 通讯员 (记者韩梅张晓飞) are
// split where one split only gives two names of two or three characters,
// the second with a common surname.
// The other names of a list that holds a name so taken (张志红、覃立松、
// 韦福顺等人) are taken across 、, 和, 与 or 及 when each is a run of its
// own between the list's separators, a surname and a clean given name that
// the dictionary does not hold as a common word (高中生, 文字); after a
// common surname the given name may hold one stop character common in
// given names (蒙建英, 卢东林). A list of three such names or more, two of
// them with a common surname, needs no name taken on a cue (村里的覃秀梅、
// 蒙映松、韦文都来了), also right after a role (村民何建国、张秀兰、李春梅). A list
// closed by 二人 or 三人 is a cue like 等人. A list's last name may end
// before the predicate of its clause, a verb, an adjective, an adverb or a
// common noun of two characters or more that the segmenter reads (范思远、
// 贺俊杰和廖子轩入选, 陈雨欣表现出色), and may follow 和, 与 or 及 in a list
// of three names (王志鹏、刘子豪和陈雨欣), also where the segmenter reads the
// conjunction with the name's last character (王佳/怡和/陈子豪); and a name confirmed elsewhere in the article
// confirms the other names of the lists it stands in (胡静怡、邓子涵获得表彰。
// 据胡静怡介绍).
// A parenthesised signature of names ((曾 平), （方治 张世凌）, （覃明华摄）
// without 摄, （黄明辉 供图） without 供图) holds no
// ethnic group (（满族）) and no part that starts with a common word
// (（全文附后）).
// The speaker of an interview, a name that opens a clause right before a
// colon (邝少华：我们会…), is taken when its surname is common or the
// segmenter reads it as a name, its given name is clean and it is no word
// of the dictionary (记者：, 时间：), nor a place's name whose last
// character ends places' names and is a word of its own, with no name of
// the segmenter over any of it (景迈山：千年古茶园… is a headline; 王/nr
// 永/山： is a speaker). 记者： or 通讯员： that opens a sentence which goes
// on (记者：景迈山申遗成功后，…？) asks a question and announces no name.
// A Yi name is a clan name of two characters (lexicon.YiClanAt: 曲比,
// 沙马, 吉克, 某色) and a given name of two (曲比阿且, 沙马拉毅): it is read
// after a title or a byline label (县长曲比阿且介绍, 记者 吉克伍沙 文/图:
// not two press names), after a role (32岁的俄地阿莫是) or before a word of
// speech (阿的日作说), where a word boundary, a cue, punctuation, a
// function word or a verb closes the four characters and the given name
// holds no function character (海来生也). After a clan name that starts
// with a Han surname (马海, 吉木), the Han name of three characters wins
// where the segmenter reads a name over its given name and none over the
// fourth character (马/海燕/nr 站), or where the fourth character is a
// verb of its own not closed by a word of speech (吉木生/站/在).
// A byline label with a colon (作者：, 文：, 图：) credits the name after it
// where it opens a line or follows a bracket, a separator or a space
// (文：李明 图：刘思远); after ordinary text (如上图：, 诗集的作者：) the name
// is a person's but no credit, and so is the name after 告诉记者： or
// 对记者： (the reporter is spoken to). 文, 图 and 摄影 with a slash or a bar
// credit the same way (文/李明 图｜刘思远), a label of two characters or
// more with a space (记者 李明 摄影 刘思远, □文/图 李明), and so does a
// credit note (图片由黄明辉提供, not 图片由景区提供); names alone on a line
// before a credit mark are credited (黄明辉 供图, 王伟 李娜 摄, 黄明辉/图;
// not 受访者供图). After 图： a name that a sentence goes on from is the
// subject of a caption, no credit (图：李明正在查看苗情). A label that
// ends a longer one stands for it (编辑 of 责任编辑), and a label before a
// colon is no speaker's name (文图：). Where the page sets the name after
// a press label apart (white space before it; a closing bracket, the end
// of the line or white space and 摄, 报道 or another press label after
// it), the run of two to four Han characters is the name without a
// surname or though it is a word of the dictionary (通讯员 岩温）, 记者 霍然
// 摄); a press unit (县委报道组 徐丽娜) is such a label too.
// A common word of the dictionary that opens a clause before a title is
// no name (项目总监, 车间主任). A word the segmenter alone reads as a name is
// none before 镇, 乡 or 村 (蒋家堰镇党委书记, 蒋家堰/镇/卫生院; not 镇长).
// No title starts with 司 of 公司 or 团 of 集团 (宏达集团长沙分公司 holds no
// 团长 and no name after it).
// A name confirmed once is found everywhere in the article.
// Words in the lexicon's never-a-name list are never taken. After a
// title no name starts where the segmenter reads a verb, an adverb, a
// preposition or a conjunction, or a person cue (主席来到, 总统宣布,
// 主任向记者); a surname character that the segmenter does not tag as a
// name before an adverb, a preposition, a pronoun or a numeral of the
// dictionary (应亲自, 时再次, 主教/练依然; not 县长王/大为), or a function
// word before a common word (向全体), is no name; and a role glued to a name
// must start a word of the segmenter (not 业主 in 企业主管人员).
// Mongolian, Tibetan and Dai names have no Han surname either: one is
// read between a role or a title before it and a word of speech, of
// attending or of feeling or an adverb of time after it (牧民其木格正忙着,
// 嘎查党支部书记乌日图介绍, 县长岩罕龙主持): two to four characters of the
// transliteration set (日 included, a hard stop elsewhere), the
// segmenter's name over them and more (萨仁高娃), or 岩 of Dai men's names
// and one or two characters; not where the segmenter reads a common word
// at its start (局长多次强调, which no transliterated name after a title
// is either). The stage finds the places to test in its one pass: a
// character such a name can start with right after one a role can end
// with.
//
// A word the segmenter tags as a transliterated name (nrt) of two to six
// characters, or as a name (nr) of three to six, all of characters of
// foreign names, is a person's where a person cue follows it or a verb of
// visiting stands before it (会见了内塔尼亚胡。, 埃雷拉表示), unless the run
// of such characters goes on to the left (古/特雷斯) or the article writes
// it as the last part of a dotted name (谢尔盖·彼得罗夫 … 彼得罗夫表示).
//
// A foreign name has no surname and often no delimiter after it (法国总统
// 马克龙访问…): after a title that a country's name announces, or a head of
// state's title (总统, 首相, 国务卿 …), the longest run of transliteration
// characters (lexicon.ForeignTranslit, the middle dot included) that ends
// at a word boundary before a verb, a set phrase (布林肯通电话), an honorific (基辛格博士), a word of speech, a function word or
// punctuation is the name; after any other title only such a run of four
// characters or more is. The country may stand before the title's field,
// a noun of two characters (美国财政部长耶伦), and an organization whose
// name begins with a country or with 欧洲, 欧盟, 世界 or 联合国 announces a
// foreign person too (欧洲中央银行行长拉加德). A run that a character
// missing from the list cuts one or two characters before a middle dot is
// no name (埃米|略·德·孔西里斯). The characters of the set include those of
// Tibetan names (边巴顿珠, 旦增曲珍). A name of four characters or more
// ends before 和 that the segmenter reads as a conjunction of its own
// (队长边巴顿珠/和/驻村干部, 主席苏和巴特尔/和/委员们), though a name may
// end with 和 (巴图孟和); after a Han name of three characters with a
// common surname it is a conjunction (局长林明丽/和/同事们). Before a head of state's title the same run is
// read backwards (拜登总统). A person-name token of the segmenter of four
// to six characters over the name read after a title is the whole name,
// where a transliteration may end (主教练吉马良斯称赞: 良 is missing from
// the list). A name after a title goes on over the parts
// written after it with middle dots (局长买买提江·阿不都热依木). A name
// whose first two characters are the same is a reduplicated word (蒙蒙亮),
// unless it is a transliterated name of three characters or more or has
// a middle dot (其其格, 买买提·艾力).
//
// # Layout spaces
//
// Newspapers pad two-character names to three columns (王 进). The stage
// works on a compact view of the text in which such padding spaces are
// removed, and maps every span back to the original text.
// A space of the page ends a title even where the segmenter reads a word
// over it (通讯员 林志坚: 通讯/员林). A title that starts inside a word and
// ends inside an organization's name of the segmenter is none (水利部/长江
// 水利委员会: no 部长).
// An organization's name that the page breaks between two Han characters
// (城关\n镇卫生院) is keyed and labelled joined (城关镇卫生院).
//
// # Organizations
//
// An organization's name does not run left over white space that pads no
// name, though the segmenter reads a word over it (钟华平 江西南康…: the
// name starts after the space). A school or a body whose ending the
// segmenter reads with a role of its people (中学教师) ends before the
// role, and such a word is no organization of the segmenter's either.
// 经 and 经过 (by the decision of: 经市委研究) begin no name, nor does 于
// after a verb that takes it, though the segmenter reads it with the
// name's first characters (毕业于清华大学: 于清华/nr). A frequent verb
// (出席, 召开: a frequency of 1000 or more) right after a place, before two
// words of a name that is no registered company's, heads the clause: the
// name starts after it (在日内瓦出席政府间气候变化专门委员会), while a brand
// word right before the industry stays (罗平县丰盛医疗器械集团, 新乡远航电子
// 集团有限公司).
// An organization ends with a known ending (委员会, 局, 公司, 合作社, 日报 …) and
// starts at a place name, or as far left as the segmenter's nouns reach
// without crossing a verb, a function word or punctuation. Media and
// national bodies come from a list. A word of the segmenter that ends
// with 院校 or 高校 names a kind of school (美术院校), never one school. Generic groups (有关部门, 爱心企业) are
// not organizations, nor are bodies of a kind written after 全区, 全市 …
// (全区中小学) or a common abbreviation and a unit's ending (研发中心).
// A word the segmenter tags as an organization that names a street
// (建设路, 解放街), a kind of body (国有银行, 民营企业, 外资银行, 党和政府), the
// relations of two countries (中美关系), the states of a body
// (安理会常任理事国), a kind of family (军人家庭), a kind of zone (加工区,
// 保税区: zones are places) or an event of a kind (交易会, 音乐会) is none.
//
// A company is often written by its short name: a brand of two
// characters and an industry word (青禾纸业, 华强电子, 正泰电器). After most
// industry words (农业, 食品, 科技) the brand must not be a word of the
// dictionary or a place, since 绿色食品 and 崇明农业 name an industry; after
// the words that nearly only end a company's name (lexicon.Firm: 纸业, 镍业,
// 船务, 药业 …) it may be a noun or a place (晨光纸业, 金川镍业), never a
// verb or an adjective (发展实业). A 集团 whose name cannot be grown from
// the segmenter's words is read the same way, with a brand of two
// characters or, failing that, of three (华蓉集团, 新远航集团). An industry
// word that begins a compound noun (农业合作论坛, 科技产业园) ends no short
// name.
//
// A registered company's name (…有限公司) or a group's (…集团) with no
// place before it is a name where it starts at a clean boundary and is a
// trade name of two or three characters, no frequent common word of the
// dictionary (龙头, 专业) nor a word of kind, and one to three words of
// industry (宏源化工有限公司, 金地建设集团).
// A registered company name (…有限公司, …有限责任公司) is read in its
// registered form, place + trade name + industry + form: a trade name of
// two to four characters that the dictionary splits into odd pieces may
// stand between the place and the industry words (江西赣丰堂食品有限公司), and a
// place in brackets may follow the trade name (浙江华远(宁波)新材料有限公司).
// A level written alone before a word the segmenter tags as an
// organization begins its name (市安委会), and after a foreign place it is
// the foreign state's: the place begins the name (新西伯利亚州农业部), but not the level that ends a
// place's name (桂柳村卫生室: the village begins it, not 村).
// A division written right before such a word begins its name
// (保靖县人民代表大会), and so does one before a term's ordinal and the
// body (保靖县第十八届人民代表大会, 保靖县第十八届人民代表大会常务委员会),
// with 政协 before the place (政协保靖县第十届委员会); a national body
// (全国…, 中国…) after a place is no body of the place (香港特别行政区第九届
// 全国人民代表大会代表). A level written alone before a term's ordinal and
// such a body (县第十七届人民代表大会常务委员会, after no character of a
// name: not 全县第十届) begins it, and the name is resolved like 县人大常委会:
// the relations name it after the article's county. A level character inside a company's trade name,
// one or two characters after a place, begins no name (宁夏杞乡红生物科技
// 股份有限公司, not 乡红生物科技股份有限公司).
// Other rules of the growth leftwards: a listed name that holds the ending
// is the name (国家统计局, not the words before it); a fixed phrase of four
// characters or more right before the ending names the field (省生态环境厅),
// also before a one-character office ending inside the name (市生态环境局
// 桃源分局); a branch named after the place it serves (分局, 分社, 支行 …)
// goes on over the organization right before the place (毕节市生态环境局
// 织金分局, not 织金分局);
// a one-character office ending followed by a verb of its own ends the
// office (农业农村局发布通知), and so does 直属 or 所属 (县林业局直属事业单位);
// 局, 委, 厅 and 署 (not 办, also a verb) end it before any word of two
// characters or more that the segmenter reads on its own (农业农村局选派干部:
// 选派 tagged a noun). 日电 of a dateline begins no name (…5月2日电国家林业局),
// and no ending inside a division's name ends one (会理市鹿厂镇: 厂 is the
// township's).
// An ordinal among the last two words numbers a unit of the name before
// it (兰州大学第一医院, 市第二人民医院); a numeral alone only a hospital or
// a school (湘雅二医院; not 三部委, a count). A numbered bureau of an
// engineering group after the group's short name of two characters is
// a name from the short name on (中铁十七局, 中铁二十三局集团有限公司), and an
// ordinal alone before an ending is none (第十九局, a round of a game);
// nor is a numeral and 局 after anything but a noun of two characters
// (连赢三局, 扳回一局: a count of rounds; 中建三局 is a bureau). A school's kind may be a
// fixed phrase with 等 (中等专业学校), 控股 stands inside a company's name
// (科技控股有限公司), 现有 (existing) begins none, and a unit after 下属的
// is a member of the body before it (农业农村局下属的蔬菜产业发展中心);
// 旗下, like 下属, stands in no name (宏达集团旗下宁波宏达物流有限公司),
// and a company after 子公司 is a member too (控股子公司远帆物流有限公司).
// 新 or a phase (二期) after a company's name before a plant, a centre, a
// station, a farm or a shop names a facility of the company: the name is
// the company's (宏达新材料有限公司新工厂, 宏达公司新厂). A registered company's name
// right after another company's name and 与, 和, 及 or 、 needs no place
// nor proper noun (宏达机械有限公司与青石物流有限公司), and its trade name
// may be a word tagged as a verb (与南湖远航物流有限公司), also after 与
// and an adverb (宏达集团还与…); a name that starts with a word of kind
// (当地, 优质, 知名) is no name. A verb of building (建设, 新建, 修建 …)
// before a plant, a station, a field or a hall is the clause's
// (八步街道建设污水处理厂: no name), while a body's field of building
// stays (城乡建设局, 建设银行). 合作 right after an organization's name
// is the verb of the clause: the ending after it ends no name
// (与浙江大学合作建设研发中心). A registered name holds one company's
// form, at its end: it does not grow over a word ending with 公司
// (金帆物流有限公司全资子公司远帆置业有限公司 is two names).
// A body written with a level alone and its kind (县中医院, 区人民医院,
// 镇卫生院, 乡农业综合服务中心, 县水务局) in an article that names one
// division of that level (a county, a district, not an autonomous region,
// a township) is that division's (政和县中医院, 渭田镇卫生院) where the
// article also writes that full name; else it is named as written, as the
// extraction guide asks. For 县, the one county of the article's townships
// and villages stands for a county it does not name. A company's name is
// never so read (乡红生物科技股份有限公司).
// A kind alone (中医院) is the one name of the article that a division's
// name and the kind make (政和县中医院); where the article writes no such
// name, a kind of public hospital or school that every county has (中医医院,
// 人民医院, 卫生院, 中心小学), written with no place, level or brand, is no
// organization (眉山市的中医医院).
// An organization whose name starts inside a person's name taken in the
// article and runs past it is none, and the name is taken there (向晓阳
// 小学时: not 晓阳小学); so is one that a full name of three characters
// taken elsewhere begins, followed by a word of two characters or more and
// two words or more before its ending (杨春燕扎根乡村小学; 宋庆龄基金会
// stays). A level after a noun of two characters from a clean boundary
// ends the name of a place the stage did not read, and the name begins
// there (马场乡中心小学, not 乡中心小学); 中 of a central enterprise's short
// name read apart before a numbered bureau begins it (单位/中/铁十八局).
// A demonstration park read like an
// organization (X猕猴桃示范园) is emitted as a place.
//
// # Rivers
//
// A river the places stage does not list is a place where a word of its
// land, course or channel follows it (流域, 两岸, 沿岸, 下游, 畔, 河道: 瓯江流域,
// 南渡江下游, 清水河河道):
// a word of the segmenter of two to four characters ending in 江, 河 or
// 溪, tagged as a place or a name, after a clean boundary (punctuation,
// a word of function, a verb); the rivers of a list before the word are
// read too (涪江、嘉陵江沿岸). Before 河畔, 江畔 or 溪畔 such a word of one
// or two characters names the river with the 河 of the bank (通江/河畔:
// 通江河). Words of a kind of water (运河, 大河, 护城河)
// and a word glued to the one before it (白/沙河流域) are none.
//
// # Speed
//
// The stage reads each article in one pass that decodes the text, looks
// up the titles starting at every character and lists, for each finder,
// the positions where it has something to test (a character a surname,
// a title, a media name or an organization ending can start or end
// with); the finders then visit those positions only. The per-character
// arrays are reused from article to article.
package ner
