// Package relate reads relations between the mentions that earlier stages
// found: posts (职务, 任职于), bylines (作者), short names (简称), residence
// (居住于), age (年龄), industries (产业), membership (隶属) and where
// government bodies are (位于).
//
// Every rule is a pattern over mentions and the few characters between
// them, with the spaces of page layout ignored. Each triple carries the
// sentence it was read from and the rule's name, so that a user can ask
// why a fact is in the graph.
//
// # Posts
//
// A post is read backwards from a person: the titles right before the
// name, separated by 、 (市委常委、政法委书记颜明山), and for each title the
// organization or place right before it (让胡路区委组织部部长). A party or
// government post of a place (通江县委书记, 市政府副市长) belongs to the place;
// a level written alone (市政府) is resolved to the one division of that
// level the article names, or to one that stands out: named most, its
// own committee or government counting more, and the first named (in the
// title or the lead) counting more too; a division written right before
// one of its own only locates it (潍坊市 in 潍坊市寿光市) and counts only
// where the article names no other division of its level. A body after its parent's name shortened
// (局关工委, 厅团委) is the parent's body: the one the article names in
// full (省海洋与渔业局关工委), or the body of the article's one 局. A title
// after the name (李玉院士) and "担任 X" read forwards, as do posts after
// 是, 现任, 出任 or 兼任, in parentheses right after the name (Y（X公司总经理）),
// in an apposition after a comma that begins with the owner
// (Y，X医院院长，…) and at the end of a short biography (Y，男，1970年出生，
// 现任X公司董事长; also with the long clauses of a cadre's biography,
// 2003年6月加入中国共产党, 在职研究生学历, and the past posts after 曾任 or
// 历任 among them). Past posts count: 曾任, 历任, 先后任 and 此前任 after
// the name read forwards like 现任, 历任 over commas where another post
// follows (历任A县县长，B市市委常委、秘书长等职), and a sentence that opens
// with 历任 gives the posts of the person who opens the sentence before it.
// In a personnel notice the post follows the name after 任命X为 or
// 免去X的 (…职务). In a chain, a unit written alone before a title
// (县委常委、组织部部长) gives the title without an owner, and a unit of
// two characters or more between an owner and its title (县人民医院
// 护理部主任, 车间, 骨科) keeps the owner. In parentheses and in an apposition the chain of
// titles must end the clause: Y，X报社党组书记、社长Z gives Z's posts,
// none of Y's. An organization and 的 before a title own it (X医院的院长Y).
// A post in a zone's administrative committee (管委会, 管理委员会) belongs
// to the zone: named in full before the committee (宁乡经济技术开发区管委会
// 主任), or by its kind alone (经开区, 示范区, 产业园 …) where the article
// names one zone of that kind; a post after a zone's kind alone
// (经开区党工委书记) is the zone's the same way.
// Such a post belongs to the last of a chain of divisions before it
// (张三是A市B区C镇D村党支部书记: D村). The people in a list after a title
// share it; over a line break only one who ends its line (新华社记者 Y\n
// Z，男，… gives Z no post). A post of a level with no owner right after another person's
// post of a division of that level, with only 、, ， or 和 between, shares
// the division (X县委书记A，县长B; X镇党委书记A、镇长B; and on along the
// chain: ，副县长C、D), not another level's (X县委书记A，市长B). In a list of people one a line (钟华平 宏达家具有限公司车间
// 主任) the post is the title that ends the name's line, owned by the
// organization or place right after the name where at most four
// characters of a unit stand between them (车间, 骨科); the title that
// ends the line before is another's. A body referred to by its kind before a post (该院院长,
// 该局副局长, 该校校长, 该行行长, 该村党支部书记) is the body of that kind
// the article named last, unless another of the kind is named in the same
// sentence (A局与B局…该局局长: none); a kind's word alone (中心副主任,
// 公司总经理) is the article's one body of that kind, and none where the
// article names two or writes the word at the end of a name no stage
// found; a kind's word after at most six characters that open the phrase
// (交易中心负责人) is the one body of the kind whose full name ends with
// them. A village before 驻村 owns the post after it (X村驻村第一书记).
//
// # Industries
//
// An industry of a place is read where the sentence states it: a slogan
// (中国香菇之乡, 脐橙之乡, “中国香菇城”, “中国白茶都”; without a word that only rates the product:
// 中国优质小龙虾之乡: 小龙虾; 生态, 有机 too), a feature (特色产业是X, 以X为主导, 以X、Y为主的特色种植业 (of the lexicon), 被评为全国X产业示范县, 把X作为主导产业 (also 新兴产业, 重点产业),
// X养殖是当地的主导产业, with the products of a list before it: A、B养殖是…;
// a predicate that names no place is of the place the sentence names
// before it, unless a villager's or one visited (在Y村调研时指出): Y村有茶园…，茶叶已成为村民增收的支柱产业;
// X产业 where the sentence marks it (also 增收, 致富), 依托…，发展X产业
// too (of two characters or more): a whole word
// of the segmenter, not 花茶 in 茉莉花茶产业), growing (种植X 3万亩, 种植X和Y, 种植X、Y等, 以种植X为主; not after a person named
// after the place with no 全县 or 该村 between: 在X街道，青年Y…主要种植Z, nor of
// a native's village: Y是X村人，…养殖Z; 大力发展X种植, 盛产X和Y,
// 主栽A、B等优质X品种), a scale (X种植面积已达…, X养殖面积…,
// X养殖规模不断扩大), a share of the output (X产量占全省…, not X产量达…) or
// an output value in 亿 (X产值突破百亿元, X产业综合产值达…亿元), a base the place is or builds
// (是X生产基地, 是著名的X产地, X产区, X种植区, 全国最大的X生产县, X制品生产加工基地, X的重要产地,
// X集散地, 建成X产业园, not a park or project named
// with a place: 新建Y县X产业园, Y县X产业项目; of the place right before the
// verb: Y镇是Z县X的主产区 is Y镇's; not a park another builds there:
// Y将在X投资建设Z产业园) or the first of the land for it
// (全国X生产第一县, 中国X第一乡), a list (X、Y等特色产品,
// X、Y和Z三大产业, 围绕X和Y两大主导产业, X、Y、Z“三大主导产业” (after 这里的 or 当地的 of the
// innermost of the divisions the paragraph names, where they lie on one line), X、Y等高原特色农业产业 but not …等现代农业产业园; 蔬菜种植、肉牛养殖等产业: 蔬菜, 肉牛; after the verb that opens it: 发展家具制造、电子商务等产业,
// not 集体经济 but 数字经济) and a goal (打造X百亿产业, also with no place or the place's short form
// before X: 新平县以打造新平生猪百亿产业为目标; 围绕X产业，打造千亿级产业集群 (聚焦X、Y等Z产业: X, Y and Z),
// of the one place the sentence names before it or else of the one
// division of its paragraph). A product of the lexicon after a place and
// 的 is its industry when the sentence says it is famous (X的Y远近闻名, X的Y、Z也是远近闻名的特产, XY是国家地理标志产品, X的Y种植历史悠久,
// X的Y品牌) or sold far away (X的Y远销海外, X的Y畅销全国, X的Y制品远销…), as is one the place is known for (X以Y闻名, X因Y而闻名) or
// the origin of (X是Y的原产地, 发源地). Where the pattern itself is
// loose (之乡 without 中国, scale, base, growing, lists), the product must
// be one of the lexicon's. A product of the lexicon of one character is
// a kind (茶, 鸡): where the segmenter reads it inside a longer word
// (乌骨鸡) or after nouns, adjectives or numerals of one or two
// characters (石墨/茶, 五/黑/鸡) in a list, a slogan, a scale or a base,
// the product is the narrower name, unless the words only rate it
// (优质茶), are a scope (全县茶产业: 茶) or are a verb and its object (养鸡). 中国 in a slogan (中国X之乡) is never the
// subject, nor is a division after 是 and one it holds (平谷区是北京重要的
// 鲜桃产区: 平谷区), nor a place inside a zone's name (哈尔滨 in 哈尔滨新区). An organization's industry is what it makes (主要生产X, 主营业务为X, 是全球领先的X制造商,
// 是全国最大的X生产企业, 年产X 50万吨, 生产的X远销海外,
// 主要经营X (not 主营业务收入, 经营范围), X公司以Y生产为主, 是一家以Y种植、加工和
// 销售为主的企业 (Y of the lexicon),
// 主要为客户加工X, 专业从事X生产, 专业从事X加工的国家级龙头企业 (a long
// kind of company only after the making), 专注于X的研发和生产: only of a
// company right before it or referred to by its kind, and only with the
// making after X, 是一家集X研发、生产、销售于一体的企业;
// also of a body referred to by its kind: 该公司专业从事X种苗繁育,
// 集团主要从事X研发、Y种植 as the article's one group; 该企业主要生产X as the
// company named last, 企业主要生产X opening a clause as the article's one
// company; a place is the maker only right before the verb or before a
// comma: not 温岭华达精密铸造有限公司主要从事X where no stage found the name), the
// field it leads (国内X行业的龙头企业，Y) or, for a
// farm, an orchard or a cooperative (…合作社, …示范园), what it grows,
// also referred to by its kind (合作社主要种植X: the article's one). A
// company named right after 龙头企业 or 领军企业 that no stage found
// (领军企业Y的全资子公司) becomes an organization when its name is written
// again in the article.
//
// # Ages
//
// An exact age next to a person: before the name (58岁的村民Y, 六十八岁的老人Y,
// 56岁的社员Y, 63岁的生态护林员Y: a role read by its last character 员, 户,
// 农, 工 or 民 too, with no 的, 和 or 、 that links two people in it:
// not 8岁的孙子和护林员Y; 45岁的村党支部书记Y, 52岁的X局局长Y, 58岁的致富能手Y, 54岁的企业家代表Y), after it
// (Y，男，33岁; Y，男，汉族，58岁; Y，男，1966年5月出生，今年58岁; Y（女，47岁）;
// Y（化名，42岁）; Y（化名）今年26岁; Y已年满60岁; an age after a comma with no
// 今年 or 现年 must end its clause: not Y，男，1942年生，18岁开始学医, nor
// Y，今年82岁的老伴Z;
// Y今年已经72岁; Y现年45岁; Y年仅32岁; Y已85岁高龄), of a pronoun that opens a
// sentence naming no one (今年47岁的他，…: the one person of the sentence
// before; not 比他小10岁的她), of 这位 or 这名 before an age and a role
// (记者见到Y时，这位82岁的老人…: the one person named before in the sentence,
// or else the one of the sentence before), the age at death of the one
// person of the sentence (Y同志…逝世，享年86岁; 终年), or said by the person
// (Y：“…我今年69了…”), also in a second quote that goes on the first
// (Y说：“…！”“我今年69了…”) or in a quote before the sentence where the
// person says it (“我今年70岁了…”村民Y说; Y may be the name of a person of
// the article that no stage marked there). Digits and Chinese numerals up to 九十九
// are read; a rough age (六十多岁, 年过七旬, 30岁出头, 50岁左右) is not an age.
//
// # Residence
//
// Where a person lives: X村村民Y (also 居民, 牧民, 市民: 成都市民Y; X村82岁的村民Y;
// after a village or a community only, 脱贫户, 种植户, 农户 …), Y是X村村民
// (also after the clauses of a profile: Y，男，汉族，82岁，X村村民),
// 家住X的Y (also 现居, 住在, 居住在, 定居), Y家住X or Y住在X, also after
// clauses of the person's age or sex (Y，女，62岁，家住X), and a villager
// in a sentence that names one village (also one the division list does
// not hold, keyed under its township), or, for 村民, 居民 and 牧民 in a
// sentence that names none, in a paragraph that names one before it
// (走进X村，…。村民Y正在…). An age may follow the clause of
// the home (Y家住X，今年82岁). A sentence split by a line break the layout
// left after a Chinese character goes on before it for 家住 and an age
// before the name (…社区的63岁老\n人Y高兴地说). X followed by 的 and another
// name is that one's home (Y，住在X的村民Z).
//
// # Membership
//
// An organization belongs to another where the text says so: after the
// parent's name and 下属, 所属, 直属, 旗下, 下辖 or 下设 (X局下属的Y中心,
// X与所属Y, X局下设Y、Z; every organization of a list joined by 、),
// Y隶属于X, Y是(系)X的全资子公司 or 直属事业单位, Y为X全资子公司, Y作为X的子公司, Y是X下属的Z or X直属学校 (Y's,
// not Z's), Y归口X管理, Y归X管理, Y由X主管, and
// Y、Z等局属单位. After 旗下 the parent may also be a name followed by the
// note of its short name (X（以下简称“Y”）旗下的Z), the group referred to by
// its kind (集团旗下的Z, 该集团旗下Z) or the organization that opens the
// sentence (X成立于1998年，旗下拥有Z、W).
//
// # Where organizations are
//
// A government or party body whose name begins with a place is 位于 the
// innermost place so written (让胡路区委组织部 → 让胡路区), and so is a public
// body of the class of centres and stations named after its division. Any
// other organization is 位于 the place where the text states it is: a
// division or a named zone, the last of a chain (江苏省常州市武进区), written
// before it with 的 (河南省郑州市的仁和医院, 位于X的Y, 来自X的Y, X境内的Y,
// X辖区内的Y), after 在 and a verb of building (在X投资建设的Y, 在X设立的Y),
// or after it with 位于,
// 坐落于, 坐落在, 地处, 落户, 入驻, 扎根 or 总部设在 (Y正式落户X,
// Y是一家位于X的企业; in an apposition Y，位于X，…, not Y，位于X的Z), after 是
// where 的一家, 一所, 最大的 or 的龙头企业 follows (Y是X的一家民营企业, Y是X最大的
// 家纺企业; not Y是X的合作伙伴, and the country is no such place),
// or alone in parentheses right after it (Y（湖南长沙）、Z（江苏南通）; not
// Y（长沙）分公司, where the rest of a branch's name follows).
// Business in a place (销往X, 走进X, 来到X, 与X合作, 毗邻X) locates nothing,
// nor does a post in a place (驻X的Y记者: Y is elsewhere),
// and a name that begins with a division is left unless that division
// holds the place (上海某公司 in 南京市 is a branch; 山东某公司 in
// 山东省潍坊市寿光市 is there); one that lies inside the place says more
// (成都市的锦江区教育局 is 锦江区's only). An organization the article places
// in two divisions neither of which holds the other (北京市的Y和上海市的Y) has
// branches and is placed in neither.
//
// A named natural place is 位于 the division after a verb of location
// right after it (玉龙雪山位于云南省丽江市); not before it (位于X的西江千户苗寨
// may hold a natural name as the start of a longer one).
//
// # Bylines
//
// People credited for the article: names after 记者/通讯员 at the start or
// end of an article or before 报道/摄, or anywhere in a byline of two press
// names (记者潘海燕 通讯员钱立军, 本报记者 牛立新 通讯员 解晓东: a name
// before another press label, or after an author and one), after labels such as 文/图: and 作者:,
// and in a signature in parentheses, before a mark of credit (Y/文, Y 供图,
// Y 文/图) or after a label at the start of a line (文/Y, 摄影：Y, 撰文：Y).
// Editors (编辑, 审核, 终审, 校对) are not authors.
package relate
