package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract"
	"github.com/zhkg/zhkg/extract/lexicon"
	"github.com/zhkg/zhkg/extract/places"
)

// Words after a name that show it is a person: speech, action, address.
var rightCues = []string{
	"说", "表示", "指出", "介绍", "强调", "认为", "告诉", "称", "坦言", "笑着说", "感慨", "回忆", "透露", "讲述",
	"要求", "希望", "同志", "一行", "等人", "先生", "女士", "主持", "出席", "陪同", "率队", "带队", "一同",
	"参加", "摄", "报道", "主持召开", "调研", "走访", "看望", "慰问", "察看", "考察", "听取", "深入", "来到",
	"带领", "向记者", "对记者", "告诉记者", "笑着", "激动", "高兴", "感激", "说道", "答道", "问道", "代表",
	"表态", "发言", "致辞", "讲话", "宣布", "提出", "作", "随同", "陪同调研", "一起", "夫妇", "老师", "老人", "一家", "家中", "家里",
	"二人", "两人", "三人", "（化名）", "(化名)", "致欢迎词", "致词", "致电", "致信", "致函",
	"通报", "汇报", "传达", "宣读", "参观", "视察", "点赞", "颁奖", "分别", "坐镇", "靠前指挥", "以高票", "以全票", "高票当选", "全票当选", "被推选为", "被选为", "被选举为", "被任命为",
	// a person's kind after the name (张伟是一名主任医师)
	"是一名", "是一位", "是一个", "作为一名",
	// a person's kin (杨振宇的妻子), and address after a name (程晓峰师傅)
	"的妻子", "的丈夫", "的爱人", "的老伴", "的儿子", "的女儿", "的父亲", "的母亲", "的孙子", "的孙女",
	"的家人", "的家属", "师傅", "同学",
	// words said of people only: a life's end, kin together, oneself
	"生前", "逝世", "去世", "病逝", "牺牲", "本人", "老两口", "父子", "母女", "母子", "父女",
	"兄弟俩", "姐妹俩", "兄妹俩", "姐弟俩", "夫妻俩",
	"等同志", "等领导", "等专家", "等同学", "等老师", "等选手", "等运动员", "等志愿者", "等村民",
	// meetings of leaders, and the makers of works
	"会见", "会晤", "接见", "宴请", "题词", "执导", "主演", "作词", "作曲", "演唱",
	// personnel news: a person elected, serving or moved to a post
	"当选为", "当选", "现任", "新任", "已调任", "调任", "升任", "曾任", "历任", "拟任", "担任", "出任", "兼任",
}

// Nouns that follow a person's name in names of works and ideas (邓小平理论).
var namedAfter = []string{"理论", "思想", "文选", "故居", "铜像", "生平", "遗像", "纪念馆", "夫人", "同志", "先生", "女士", "主席", "总理"}

// Time words that may follow a name directly (吕俊今年66岁).
var timeWords = []string{"今年", "现年", "去年", "前年", "明年", "近年", "今天", "昨天", "当年", "目前", "如今", "早年"}

// Words that often follow a person who is the subject of a clause:
// time words and adverbs (周立军今年, 刘海波昨天说, 李文/正在). Where the
// segmenter ends one of them at a word boundary right after a name of
// three characters, the three characters stand alone (刘海/波/昨天 is
// 刘海波); where it reads one of them over the third character, the name
// has two (李文/正在).
var afterSubject = []string{
	"今年", "现年", "去年", "前年", "明年", "今天", "昨天", "前天", "明天", "当天", "近日", "日前", "目前",
	"如今", "当年", "早年", "当时", "此前", "随后", "后来", "近年来", "多年来", "上午", "下午", "中午",
	"晚上", "早上", "凌晨", "每天", "每年", "已经", "正在", "曾经", "一直", "始终", "仍然", "依然", "仍",
	"还是", "总是", "常常", "经常", "早已", "刚刚", "随即", "立即", "马上", "亲自", "专门", "特意", "再次",
	"多次", "先后", "至今", "当即", "连忙", "赶紧", "不仅", "虽然", "因为", "由于", "如果",
}

// How a visiting leader does what is reported (庞学勤详细询问, 柴宏伟认真
// 听取): words after the subject too (afterSubjectSet holds them).
var mannerAdverbs = []string{"认真", "详细", "仔细", "实地", "逐一", "一一", "亲切", "耐心", "热情", "专程", "充分", "高度"}

// Verbs of a leader's visit or meeting that, after a manner adverb
// (afterSubject: 详细询问, 认真听取, 充分肯定), show the clause's subject
// is a person; weaker than rightCues, they count only there.
var visitVerbs = []string{
	"询问", "了解", "查看", "肯定", "察看", "指导", "检查", "观看", "听取", "考察", "交流", "倾听",
	"部署", "回答", "解答", "记录", "调研", "走访", "看望", "慰问",
}

// Verbs of feeling, knowing and doing by hand that, after a name that
// opens a clause, show it is a person (覃立松觉得, 韦福顺拿出): weaker than
// rightCues, they count only there.
var subjectVerbs = []string{
	"觉得", "记得", "想起", "知道", "感到", "看到", "听到", "发现", "决定", "打算", "坚持", "负责", "牵头",
	"拿出", "拿着", "指着", "望着", "看着", "握着", "摸着", "翻开", "打开", "掏出", "自豪地", "激动地",
	"高兴地", "兴奋地", "感慨地", "动情地", "笑呵呵地", "乐呵呵地",
	// honours and a life's dates (蒋文博当选, 邹德明毕业于)
	"当选", "荣获", "荣膺", "获评", "被评为", "被授予", "毕业于", "出生于", "生于", "凭借",
}

// leftCues are the words before a name that show it is a person: the
// lexicon's words for people by their role, kin or trade.
var leftCues = lexicon.PersonRoles

// groupWords name people together; the segmenter tags some of them as
// nouns (大家/n).
var groupWords = map[string]bool{"大家": true, "大伙": true, "大伙儿": true, "各位": true, "全体": true, "广大": true, "社会": true, "群众": true, "人们": true}

// Verbs of an appointment or a removal that a name follows in personnel
// notices (任命蒲海涛为…, 免去谯光明的…职务, 提名X为…候选人).
var appointCues = []string{"任命", "免去", "免除", "提名", "聘任", "聘请", "选举", "推选", "推举", "提请任命", "补选", "增补"}

// What closes a name after an appointment verb, besides punctuation: 为
// and the post (任命X为), 的 and the post removed (免去X的…职务), 同志.
var appointClose = []string{"为", "的", "同志"}

// Verbs of visiting people, with their aspect particle, that a name
// follows (看望了赵德明，, 慰问了周桂兰、李秀芳两位老人).
var visitCues = []string{"看望了", "慰问了", "探望了", "会见了", "接见了", "会见", "接见", "看望", "探望"}

// Terms of address that follow a full name (王德全先生).
var addressAfter = []string{"先生", "女士", "同志"}

// What closes a name after a verb of naming (有位老人名叫郝玉珍，, 种粮大户叫
// 田学军，; see namingVerbBefore): punctuation, 的 or 是.
var nameClose = []string{"的", "是", "，", ","}

// namingVerbBefore reports whether a verb of naming that ends at i names a
// person: 名叫 and 名字叫 do; 叫 alone only after a pronoun of a person or
// a role (她叫X, 种粮大户叫X), not where it calls for or calls a thing
// (手机叫车, 管这种饼叫金饼).
func (w *work) namingVerbBefore(i int) bool {
	t := w.v.text
	if lexicon.HasSuffix(t[:i], "名叫") || lexicon.HasSuffix(t[:i], "名字叫") {
		return true
	}
	k := i - len("叫")
	if k <= 0 || t[k:i] != "叫" {
		return false
	}
	r, _ := lexicon.DecodeLastRune(t, k)
	return r == '他' || r == '她' || r == '我' || leftCueSet.suffixOf(t[:k])
}

// namesPlace reports whether the name that a verb of naming announces and
// that ends at e names a place or a body: 的 and, among the next words
// before a verb, one that ends with a noun of a settlement, a place or a
// body (一个叫熊家坪的贫困村, 叫X的小店; not 叫X的小姑娘站在).
func (w *work) namesPlace(e int) bool {
	t := w.v.text
	if !strings.HasPrefix(t[e:], "的") {
		return false
	}
	k := e + len("的")
	for n := 0; n < 3 && k < len(t) && isHanAt(t, k); n++ {
		tk, ok := w.v.tokenAt(k)
		if !ok || tk.end <= k || strings.HasPrefix(tk.pos, "v") {
			return false
		}
		if r, _ := lexicon.DecodeLastRune(t, tk.end); strings.ContainsRune(placeNounChars, r) {
			return true
		}
		k = tk.end
	}
	return false
}

// Characters that end the nouns of settlements, places and bodies.
const placeNounChars = "村镇乡县市区州省屯寨庄街路巷山河湖岛湾地方店厂校院馆园场站社所司团"

// Verbs of an honour given to a person (授予X“…”称号, 追授X同志, 追认X为
// 烈士), and what closes the name after them: a quotation mark, 同志, 等
// or 为.
var honourCues = []string{"授予", "追授", "追认"}
var honourClose = []string{"“", "\"", "同志", "等", "为"}

// Byline labels that put a credited person after them (文/图:何燕祖, 作者: X).
var bylineLabels = []string{"□", "■", "文\\图", "文/图", "图/文", "图\\文", "文图", "撰文", "文", "图", "摄影", "作者", "记者", "通讯员", "编辑", "责编", "责任编辑", "本版编辑", "本版责编", "责任校对", "审核", "终审", "校对", "策划", "监制", "口述", "整理", "撰稿", "报道组", "版式", "美编", "美术编辑", "编审", "排版", "实习生", "参与采写", "采写", "执笔"}

// Characters that never occur in a Han given name: a candidate holding one
// is dropped even with a cue.
const hardStops = "的了在是着过们这那个不也都就与及或被把将从向对为以所等年月日元万亿我你他她它某"

func (w *work) findPeople() {
	t := w.v.text
	found := map[string]string{} // name → rule
	var list []span
	add := func(s, e int, rule string) {
		if rule == "ner.person.speech" || rule == "ner.person.role" {
			s = w.translitStart(s, e) // 牧民格桑卓玛笑着说, not 桑卓玛
		}
		if rule == "ner.person.speech" || rule == "ner.person.role" || rule == "ner.person.title" {
			e = w.translitEnd(s, e) // 47岁的白玛央金说, 副局长葛根塔娜表示
		}
		// 村民王芳家的院子: 家 after a two-character name before 的 or a
		// place word is the household's
		if (rule == "ner.person.role" || rule == "ner.person.speech") && utf8.RuneCountInString(t[s:e]) == 3 && strings.HasSuffix(t[s:e], "家") &&
			startsWithAny(t[e:], []string{"的", "里", "中", "院", "门口", "附近"}) {
			e -= len("家")
		}
		name := t[s:e]
		// 文/图 特约记者 蓝 涛: a title after a credit label is no name
		if strings.HasPrefix(rule, "ner.person.byline") && titleAt(w, s) {
			return
		}
		// 把木耳作为, 12位独居老人: a product of the lexicon read by a
		// weak cue (a byline or a title is stronger: 记者 杨梅), or a
		// classifier after a number, begins no name
		if rule != "ner.person.user" && (w.st.lex.IsProduct(name) && !strings.HasPrefix(rule, "ner.person.byline") && !strings.HasPrefix(rule, "ner.person.title") || s > 0 && classifierAfterCount(t, s)) {
			return
		}
		// 玉米作物, 酿酒作坊: 作 of a crop or a workshop, not of 作报告
		// (赫斯特作品 is an artist's work)
		if rule == "ner.person.speech" && startsWithAny(t[e:], []string{"作物", "作坊", "作业"}) {
			return
		}
		if w.st.lex.NotName(name) || w.occupiedByOther(s, e) || rule != "ner.person.user" && (rule != "ner.person.title-he" && w.functionWordStart(s) || surnameRepeated(name) && w.st.lex.JapaneseSurnameAt(name) == 0 && !w.translitName(name) || w.addressTerm(name)) {
			return
		}
		if _, ok := found[name]; !ok {
			found[name] = rule
		}
		list = append(list, span{s: s, e: e, typ: extract.Person, rule: rule})
	}
	// user entries always win
	for _, name := range w.st.lex.UserEntries(lexicon.KindPerson) {
		for off := 0; ; {
			k := strings.Index(t[off:], name)
			if k < 0 {
				break
			}
			add(off+k, off+k+len(name), "ner.person.user")
			off += k + len(name)
		}
	}
	for _, p := range w.people {
		found[t[p.s:p.e]] = p.rule
	}
	// names after a title, in lists after a title, and before a title
	for _, ti := range w.titles {
		if e, ok := w.heNameAfter(ti.e); ok {
			add(ti.e, e, "ner.person.title-he") // 主任和永光介绍: the Naxi surname 和
		}
		s := skipSpaces(t, ti.e)
		foreign := w.foreignTitle(ti)
		press := strings.HasSuffix(t[ti.s:ti.e], "记者") || strings.HasSuffix(t[ti.s:ti.e], "通讯员")
		for first := true; s < len(t); first = false {
			// （记者韩梅张晓飞）: two press names written together
			if press {
				if e1, e2, ok := w.namePairAt(s); ok {
					add(s, e1, "ner.person.title")
					add(e1, e2, "ner.person.title")
					break
				}
			}
			// 县长向刘秀英表示感谢: a preposition before a full name of three
			// characters
			if first {
				s += w.prepBeforeName(s)
			}
			e, ok := w.nameAfterCue(s)
			// 法国总统马克龙访问…: the transliteration, where it is longer;
			// without a foreign context, only a long one (联合国秘书长古特雷斯呼吁)
			if fe, fok := w.foreignNameAfter(s); fok && (!ok || fe > e) && (foreign || utf8.RuneCountInString(t[s:fe]) >= 4) {
				e, ok = fe, true
			}
			// 主教练吉马良斯称赞: a name of the segmenter of four
			// characters or more over the name read is the whole name
			if ok {
				e = w.longNameToken(s, e)
			}
			// 主任李明、文字编辑: a common word ends the list
			if !ok || !first && w.commonWord(s, e) {
				break
			}
			// 局长买买提江·阿不都热依木: the parts after a middle dot
			e = w.dottedParts(e)
			add(s, e, "ner.person.title")
			// 副主任江海波、马立华: a list of names shares the title
			if strings.HasPrefix(t[e:], "、") {
				s = e + len("、")
				if w.titleEnd(s) >= 0 {
					break
				}
				continue
			}
			break
		}
		// name before a title: 李玉甫书记, 李强总理, 拜登总统; not before a
		// title that begins with a place's level and a body of it
		// (石桥村党支部书记, 青山镇党委书记): what precedes is the place's name
		if levelledBody(t[ti.s:ti.e]) {
			continue
		}
		// 文艺队队长, 应急队队长: a unit (队, 组, 站…) before its head's
		// title, whatever the dictionary tags it
		if strings.ContainsRune(subUnitEnds+"团部", runeBefore(t, ti.s)) {
			continue
		}
		if s, ok := w.nameBefore(ti.s); ok {
			add(s, ti.s, "ner.person.title-after")
		} else if s, ok := w.nameBetween(ti.s); ok {
			add(s, ti.s, "ner.person.title-after")
		} else if s, ok := w.foreignNameBefore(ti); ok {
			add(s, ti.s, "ner.person.title-after")
		}
	}
	// 阿不都热合曼·买买提: names of parts joined by middle dots, after a
	// title or a role, or before a word of speech
	w.dottedNames(add)
	// byline labels: 文\图:何燕祖, 作者：X, 记者 X
	occ := bylineOffsets(t, w.at.bylines)
	for li, lab := range bylineLabels {
		if occ == nil {
			break
		}
		for _, k := range occ[li] {
			s := k + len(lab)
			if w.insideLabel(k, lab) {
				continue // 编辑 of 责任编辑, 文 of 撰文: the longer label's
			}
			r, n := w.runes.at(s)
			// 文/李明 图/刘思远: 文, 图 and 摄影 with a slash where credits stand
			slash := strings.ContainsRune("/／｜|丨", r) && (lab == "文" || lab == "图" || lab == "摄影") && w.creditLabelAt(k)
			if slash {
				if r2, _ := w.runes.at(s + n); r2 == '文' || r2 == '图' {
					continue // 文/图, 图/文: a label of its own
				}
				r = ':'
			}
			// 记者 李明 摄影 刘思远, □文/图 李明: a label of two characters
			// or more and a space, where credits stand
			if (r == ' ' || r == '\u3000') && spacedLabels[lab] && w.creditLabelAt(k) {
				r, n = ':', 0
			}
			// 记者｜陈明, 编辑｜蒙丽: a bar after a label, as sites write it
			if (r == '｜' || r == '|' || r == '丨') && spacedLabels[lab] && w.creditLabelAt(k) {
				r = ':'
			}
			// 记者 何伟 县委报道组 徐丽娜: a press unit's reporters
			if r != ':' && r != '：' && !(lab == "记者" || lab == "通讯员" || lab == "□" || lab == "■" || lab == "报道组" && (r == ' ' || r == '\u3000')) {
				continue
			}
			// 如上图：张海燕正在…, 诗集的作者：张海燕是…: a label after
			// ordinary text is no credit, though it announces a name
			rule := "ner.person.byline"
			if (r == ':' || r == '：') && lab != "记者" && lab != "通讯员" && !w.creditLabelAt(k) {
				rule = "ner.person.label"
			}
			// 村民告诉记者：张海燕是…: the reporter is spoken to, the name is
			// the quote's
			if (r == ':' || r == '：') && (lab == "记者" || lab == "通讯员") && endsWithAny(t[:k], toReporter) {
				rule = "ner.person.label"
			}
			if r == ':' || r == '：' {
				s += n
			}
			s = skipSpaces(t, s)
			for first := true; s < len(t); first = false {
				if lab == "记者" || lab == "通讯员" {
					if e1, e2, ok := w.namePairAt(s); ok {
						add(s, e1, rule)
						add(e1, e2, rule)
						break
					}
				}
				e, ok := w.nameAfterCue(s)
				if !ok && rule == "ner.person.byline" && (first || w.v.gapBefore(s) || isSpaceBefore(t, s)) {
					// 记者 霍然 摄, 通讯员 岩温）: a name set apart by the page
					e, ok = w.spacedBylineName(s)
				}
				// （记者 次仁卓嘎 扎西）: the last name of the byline, set
				// apart by a space and closed by the bracket, even where
				// the dictionary knows it as a word
				// (记者 次仁卓玛 边巴 文/图): or by a credit mark or the line's end
				closing := isSpaceBefore(t, s) && (startsWithAny(t[e:], []string{"）", ")", "\n"}) || e == len(t) ||
					isSpaceBefore(t, skipSpaces(t, e)) && startsWithAny(t[skipSpaces(t, e):], creditMarks))
				if !ok || !first && w.commonWord(s, e) && !closing {
					break
				}
				// 通讯员 郝 婷 曹县庄寨镇是…: after the byline's names the
				// body begins on the same line; a later name of the byline
				// stands apart, not run into more text
				if !first && isSpaceBefore(t, s) && e < len(t) && isHanAt(t, e) && !startsWithAny(t[e:], []string{"报道", "摄", "文", "图"}) {
					break
				}
				// 记者：景迈山申遗成功后…: the reporter's question in an
				// interview, no name
				if first && (lab == "记者" || lab == "通讯员") && (r == ':' || r == '：') && captionGoesOn(t, e) && !strings.HasPrefix(t[e:], "报道") {
					break
				}
				if lab == "图" && rule == "ner.person.byline" && captionGoesOn(t, e) {
					add(s, e, "ner.person.label") // 图：李明正在查看苗情: a caption's subject
					break
				}
				add(s, e, rule)
				// 阿依古丽·艾力 马振江: the dotted part of a name (read
				// whole by dottedNames) is stepped over to the next name
				e = dottedRest(t, e)
				s = skipSpaces(t, e)
				if strings.HasPrefix(t[s:], "、") {
					s += len("、")
				} else if s == e {
					break
				}
			}
		}
	}
	// 图片由黄明辉提供: a credit note
	w.providedBy(add)
	// 黄明辉 供图, 黄明辉/摄: a name alone before a credit mark
	w.creditMarkNames(add)
	// names standing alone after the dateline: 本报讯 何平 记者袁小峰报道
	w.datelineNames(add)
	// 人民网贵阳9月3日电（冯娟、王启明）: a wire's reporters in brackets
	w.wireCreditNames(add)
	// lists of people one a line: 钟华平 宏达家具有限公司车间主任
	w.listLineNames(add)
	// signatures: (曾 平), （方治 张世凌）
	w.signatures(add)
	// 牧民其木格正忙着, 书记乌日图介绍, 县长岩罕龙主持: names without a
	// surname between a role or a title and a cue
	w.bareNames(add)
	// 内塔尼亚胡, 特朗普当天: transliterated names the segmenter tags
	w.translitTokens(add)
	// context cues and the segmenter's person tag: at every Han
	// character a surname can start with, but inside a name taken (next)
	next := 0
	for _, i32 := range w.at.surnames {
		i := int(i32)
		if i < next || w.occupied[i] || w.functionWordStart(i) {
			continue
		}
		if e, rule, ok := w.candidate(i); ok {
			add(i, e, rule)
			// 市领导雷振东、章立明、郭晓光: a list shares the cue
			for rule == "ner.person.role" && strings.HasPrefix(t[e:], "、") {
				s := e + len("、")
				e2, ok := w.nameAfterCue(s)
				if !ok || w.commonWord(s, e2) {
					break
				}
				add(s, e2, rule)
				e = e2
			}
			next = e
		}
	}
	// 张志红、覃立松、韦福顺等人: the other names of a list that holds one
	w.nameLists(&list, add)
	w.listNeighbours(&list, add)
	// every occurrence of a confirmed name
	names := make([]string, 0, len(found))
	for n := range found {
		names = append(names, n)
	}
	// longest first so that 李玉甫 wins over 李玉
	sortByLen(names)
	w.sc.taken = zeroed(w.sc.taken, len(t)+1)
	taken := w.sc.taken
	var out, reps []span
	for _, sp := range list {
		if w.occupiedByOther(sp.s, sp.e) {
			continue
		}
		// 26岁的乐思琪放弃: a name confirmed elsewhere that holds the
		// span and goes on where the segmenter ends a word is the name
		sp.e = w.longerFound(list, sp.s, sp.e)
		if !overlapsTaken(taken, sp.s, sp.e) {
			markTaken(taken, sp.s, sp.e)
			out = append(out, sp)
		}
	}
	// names nearly always start with a surname: then only the offsets of
	// the characters a surname starts with are looked at
	nameOcc := nameOffsets(t, &w.runes, names, w.at.surnames, func(r rune) bool { return w.st.flagsOf(r)&flagSurname != 0 })
	for ni, name := range names {
		off := 0
		for _, s := range nameOcc[ni] {
			if s < off {
				continue // overlaps the occurrence before: strings.Index would not see it
			}
			e := s + len(name)
			off = e
			if overlapsTaken(taken, s, e) || w.occupiedByOther(s, e) {
				continue
			}
			// 周灵活: the name must not run into a longer word
			if e < len(t) && !w.v.bound[e] {
				if tk, ok := w.v.tokenAt(s); !ok || tk.end != e {
					continue
				}
			}
			markTaken(taken, s, e)
			out = append(out, span{s: s, e: e, typ: extract.Person, rule: found[name] + ".repeat"})
			if w.listSepAround(s, e) {
				reps = append(reps, out[len(out)-1])
			}
		}
	}
	// 胡静怡、邓子涵、蒋文博等: a name confirmed elsewhere in the article
	// confirms the other names of its list too
	if len(reps) > 0 {
		out = w.repeatListNeighbours(reps, taken, out, &list, add)
	}
	// 史蒂芬·罗奇: a name after a middle dot holds the parts before it
	for i := range out {
		out[i].s = w.foreignPartsBefore(out[i].s)
	}
	w.people = out
}

// longerFound returns the end of the longest name taken elsewhere in the
// article (list: not at s) that starts at s, holds [s, e) and ends where
// the segmenter ends a word, or e.
func (w *work) longerFound(list []span, s, e int) int {
	t := w.v.text
	best := e
	for _, sp := range list {
		n := t[sp.s:sp.e]
		k := s + len(n)
		if k <= best || k > len(t) || !strings.HasPrefix(t[s:], n) || sp.s == s && !strings.ContainsAny(n, "·•") {
			continue
		}
		if k == len(t) || w.v.bound[k] && !w.occupiedByOther(s, k) {
			best = k
		}
	}
	return best
}

// listSepAround reports whether a list separator (listSeps) stands right
// before s or right after e.
func (w *work) listSepAround(s, e int) bool {
	t := w.v.text
	for _, sep := range listSeps {
		if strings.HasPrefix(t[e:], sep) || strings.HasSuffix(t[:s], sep) {
			return true
		}
	}
	return false
}

// repeatListNeighbours reads the lists that hold a repeated occurrence of
// a confirmed name (reps) as listNeighbours does, and appends the names
// it finds, and their other occurrences, to out.
func (w *work) repeatListNeighbours(reps []span, taken []bool, out []span, list *[]span, add func(s, e int, rule string)) []span {
	t := w.v.text
	n0 := len(*list)
	seeds := reps
	w.listNeighbours(&seeds, func(s, e int, rule string) {
		n := len(*list)
		add(s, e, rule)
		if len(*list) > n {
			seeds = append(seeds, (*list)[n:]...)
		}
	})
	for _, sp := range (*list)[n0:] {
		name := t[sp.s:sp.e]
		for off := 0; off < len(t); {
			k := strings.Index(t[off:], name)
			if k < 0 {
				break
			}
			s, e := off+k, off+k+len(name)
			off = e
			if overlapsTaken(taken, s, e) || w.occupiedByOther(s, e) || e < len(t) && !w.v.bound[e] && s != sp.s {
				continue
			}
			markTaken(taken, s, e)
			rule := sp.rule
			if s != sp.s {
				rule += ".repeat"
			}
			out = append(out, span{s: s, e: e, typ: extract.Person, rule: rule})
		}
	}
	return out
}

// providedBy finds the name in a credit note for the photos or the
// video, 图片由, 照片由 or 视频由 and a name of two to four characters
// before 提供 or 拍摄 that is no word of the dictionary (图片由黄明辉提供;
// not 图片由景区提供).
func (w *work) providedBy(add func(s, e int, rule string)) {
	t := w.v.text
	// the notes in the order they are read; each ends with 由, found in
	// the positions gathered in one pass
	for _, note := range [...]string{"图片由", "照片由", "视频由"} {
		for _, k32 := range w.at.credits {
			k := int(k32)
			if r, _ := w.runes.at(k); r != '由' || !lexicon.HasSuffix(t[:k], note[:len(note)-len("由")]) {
				continue
			}
			s := k + len("由")
			// a name of two to four characters right before 提供 or 拍摄
			e := -1
			for n, j := 0, s; n < 4 && j < len(t); n++ {
				r, size := w.runes.at(j)
				if !isHan(r) {
					break
				}
				j += size
				if n >= 1 && (strings.HasPrefix(t[j:], "提供") || strings.HasPrefix(t[j:], "拍摄")) {
					e = j
					break
				}
			}
			if sn := w.st.lex.SurnameAt(t[s:]); e > 0 && sn > 0 && s+sn < e && !hasHardStop(t[s+sn:e]) && !w.commonWord(s, e) && !w.st.lex.NotName(t[s:e]) {
				add(s, e, "ner.person.byline.provided")
			}
		}
	}
}

// captionGoesOn reports whether a sentence goes on after a name that
// ends at e after 图： (图：李明正在田间查看苗情): the name is then the
// subject of a caption, not a credit; a credit ends at a space, the end
// of a line, punctuation, 、 or 摄.
func captionGoesOn(t string, e int) bool {
	r, _ := lexicon.DecodeRune(t, e)
	return e < len(t) && (isHan(r) && r != '摄' || r == '（' || r == '(')
}

// toReporter are words before 记者 that make the reporter the one spoken
// to (告诉记者：, 对记者：).
var toReporter = []string{"告诉", "对", "向", "跟", "给", "问", "和"}

// spacedBylineName reads the name a press label announces where the page
// sets it apart (记者 霍然 摄, 通讯员 岩温）): a run of two to four Han
// characters after white space, closed by a closing bracket, the end of
// the line or white space before a credit mark or another label, with no
// hard stop, no title and no word of speech. It needs no surname (a Dai or
// a Mongolian name: 岩温, 其木格) and may be a word of the dictionary (霍然).
func (w *work) spacedBylineName(s int) (int, bool) {
	t := w.v.text
	if s == 0 || s >= len(t) {
		return 0, false
	}
	if !isSpaceBefore(t, s) {
		return 0, false
	}
	e, n := s, 0
	for e < len(t) {
		r, k := w.runes.at(e)
		if !isHan(r) {
			break
		}
		if hardStopSet.Has(r) && !w.st.lex.Translit(r) || w.occupied[e] || e > s && w.titleEnd(e) >= 0 {
			return 0, false
		}
		e += k
		n++
	}
	// 记者 乌日娜: a hard stop (日) only in a name without a surname,
	// every character of the transliteration sets, of up to six
	if n >= 2 && n <= 6 && hasHardStop(t[s:e]) && !w.allTranslit(t[s:e]) || n > 4 && !w.allTranslit(t[s:e]) {
		return 0, false
	}
	if n < 2 || n > 6 || rightCueSet.prefixOf(t[s:]) || w.titleEnd(s) >= 0 || w.st.lex.NotName(t[s:e]) {
		return 0, false
	}
	if e == len(t) {
		return e, true
	}
	switch r, _ := w.runes.at(e); r {
	case '）', ')', '\n', '\r':
		return e, true
	case ' ', '\u3000', '\u00a0':
		rest := t[skipSpaces(t, e):]
		if rest == "" || startsWithAny(rest, creditMarks) || startsWithAny(rest, []string{"\n", "）", ")"}) {
			return e, true
		}
		for _, lab := range []string{"记者", "通讯员", "见习记者", "实习生"} {
			if strings.HasPrefix(rest, lab) {
				return e, true
			}
		}
		// 记者 扎西 次仁卓嘎）: another name closes the byline
		k, m := 0, 0
		for k < len(rest) {
			r, sz := utf8.DecodeRuneInString(rest[k:])
			if !isHan(r) {
				break
			}
			k += sz
			m++
		}
		if m >= 2 && m <= 6 && (k == len(rest) || startsWithAny(rest[k:], []string{"）", ")", "\n", "报道", "摄"}) || isSpaceBefore(rest, skipSpaces(rest, k)) && startsWithAny(rest[skipSpaces(rest, k):], creditMarks)) {
			return e, true
		}
	}
	return 0, false
}

// dottedRest returns the end of the dotted parts of a name that goes on
// at e with a middle dot (阿依古丽·艾力 from 阿依古丽), or e.
func dottedRest(t string, e int) int {
	for {
		r, n := utf8.DecodeRuneInString(t[e:])
		if r != '·' && r != '•' && r != '・' {
			return e
		}
		k := e + n
		for k < len(t) {
			h, m := utf8.DecodeRuneInString(t[k:])
			if !isHan(h) {
				break
			}
			k += m
		}
		if k == e+n {
			return e
		}
		e = k
	}
}

// classifierAfterCount reports whether the character at s is a
// classifier that a count stands right before (12位, 三名, 百余户): a
// surname it may also be (位, 名) begins no name there.
func classifierAfterCount(t string, s int) bool {
	r, _ := utf8.DecodeRuneInString(t[s:])
	if !strings.ContainsRune("位名个户家口只支条批次件项座台头", r) {
		return false
	}
	b := runeBefore(t, s)
	return b >= '0' && b <= '9' || b >= '０' && b <= '９' || strings.ContainsRune("一二两三四五六七八九十百千万余多几每", b)
}

// postAfterCopula reports whether the clause from k, after 是, names an
// organization or a place, then 的, then a post (三都县第二中学的英语教师,
// 县人民医院的护士长), within 40 characters and no punctuation.
func (w *work) postAfterCopula(k int) bool {
	t := w.v.text
	end := min(len(t), k+40*3)
	if c := strings.IndexAny(t[k:end], "，。；！？,;!?\n"); c >= 0 {
		end = k + c
	}
	j := strings.LastIndex(t[k:end], "的")
	if j <= 0 {
		return false
	}
	j += k
	ti, _, ok := w.titleStartingAt(j + len("的"))
	if !ok {
		// 的英语教师: a subject of two characters before the post
		ti, _, ok = w.titleStartingAt(j + len("的") + len("英语"))
	}
	if !ok || ti.Class == lexicon.Press {
		return false
	}
	for _, o := range w.orgs {
		if o.e == j && o.s >= k {
			return true
		}
	}
	for _, p := range w.places {
		if p.e == j && p.s >= k {
			return true
		}
	}
	return false
}

// speechActs are the verbal nouns of speech and report after a name (讲话,
// 汇报): a 和 before them ends the given name (县长王永和讲话).
var speechActs = []string{"讲话", "汇报", "介绍", "发言", "致辞", "表态", "作报告"}

// speechAfterRun are speechActs and the verbs of speech that close a run
// of a name after a title (副检察长周方园说).
var speechAfterRun = append([]string{"说", "表示", "指出"}, speechActs...)

// creditMarks close a byline's last name after a space (记者 边巴 文/图).
var creditMarks = []string{"摄", "报道", "文/图", "文／图", "图/文", "图／文"}

// isSpaceBefore reports whether white space stands right before s.
func isSpaceBefore(t string, s int) bool {
	r := runeBefore(t, s)
	return r == ' ' || r == '\u3000' || r == '\u00a0'
}

// spacedLabels may stand before a credited name with a space only.
var spacedLabels = map[string]bool{"摄影": true, "文/图": true, "图/文": true, "文\\图": true, "图\\文": true, "文图": true, "撰文": true, "撰稿": true,
	// the editors' line of a page: 本版编辑 张 蕾 责任编辑 周伟强
	"编辑": true, "责编": true, "责任编辑": true, "本版编辑": true, "本版责编": true, "审核": true, "终审": true,
	"校对": true, "责任校对": true, "策划": true, "监制": true, "版式": true, "美编": true, "美术编辑": true, "编审": true, "排版": true,
	"实习生": true, "记者": true, "通讯员": true}

// insideLabel reports whether the byline label lab at k ends a longer
// label (编辑 of 责任编辑, 文 of 撰文, 图 of 文图), which stands for it.
func (w *work) insideLabel(k int, lab string) bool {
	t := w.v.text
	for _, l := range bylineLabels {
		if len(l) > len(lab) && lexicon.HasSuffix(l, lab) && k+len(lab) >= len(l) && strings.HasPrefix(t[k+len(lab)-len(l):], l) {
			return true
		}
	}
	return false
}

// creditMarkNames finds a name that stands alone, at the start of a
// line or after a space or a bracket, before a credit mark (摄, 供图; 图
// or 文 after a slash) that ends the line or is followed by a space or a
// closing bracket (黄明辉 供图, 黄明辉/摄, 黄明辉/图): a name of two to
// four characters, with a surname, no hard stop, and no word of the
// dictionary.
func (w *work) creditMarkNames(add func(s, e int, rule string)) {
	t := w.v.text
	// the marks in the order they are read; each ends with 摄, 图 or
	// 文, found in the positions gathered in one pass
	for _, mark := range [...]string{"供图", "摄", "/图", "/文"} {
		last, ln := lexicon.DecodeLastRune(mark, len(mark))
		for _, k32 := range w.at.credits {
			k := int(k32)
			if r, _ := w.runes.at(k); r != last || !lexicon.HasSuffix(t[:k], mark[:len(mark)-ln]) {
				continue
			}
			m := k - (len(mark) - ln)
			off := k + ln
			if r, _ := w.runes.at(off); off < len(t) && !strings.ContainsRune(" \u3000\n\r）)", r) {
				continue
			}
			e := m
			for e > 0 {
				r, n := lexicon.DecodeLastRune(t, e)
				if r != ' ' && r != '\u3000' && r != '/' {
					break
				}
				e -= n
			}
			// 白 鹏 文/图, 黄明辉 图/文: the other half of a credit of text
			// and photos, set apart by the page's space, is no character
			// of the name
			if r, n := lexicon.DecodeLastRune(t, e); e == m && (r == '文' && mark == "/图" || r == '图' && mark == "/文") && w.v.gapBefore(e-n) {
				e -= n
			}
			// the names: two to four Han characters each, after a line
			// start, a space or a bracket (王伟 李娜 摄)
			for names := 0; names < 4 && e > 0; names++ {
				s := e
				n := 0
				for s > 0 && n < 5 {
					r, size := lexicon.DecodeLastRune(t, s)
					if !isHan(r) {
						break
					}
					s -= size
					n++
				}
				if n < 2 || n > 4 {
					break
				}
				// 图为签约现场。张伟 摄: the end of a caption's sentence
				// before the name, too
				r, size := lexicon.DecodeLastRune(t, s)
				if s > 0 && !strings.ContainsRune(" \u3000\n\r（(。", r) {
					break
				}
				sn := w.st.lex.SurnameAt(t[s:e])
				if sn == 0 || sn >= e-s || hasHardStop(t[s+sn:e]) || w.commonWord(s, e) || w.st.lex.NotName(t[s:e]) {
					break
				}
				add(s, e, "ner.person.byline.mark")
				if s == 0 || r != ' ' && r != '\u3000' {
					break
				}
				e = s - size
			}
		}
	}
}

// creditLabelAt reports whether a byline label at k stands where credits
// do: at the start of a line, after an opening bracket or a separator
// (｜, /), or after a space, which sets apart the credits of one line
// (文：李明 图：刘思远) and never stands inside a sentence.
func (w *work) creditLabelAt(k int) bool {
	t := w.v.text
	if w.v.gapBefore(k) {
		return true
	}
	i := k
	for i > 0 {
		r, n := lexicon.DecodeLastRune(t, i)
		if r != ' ' && r != '\u3000' && r != '\t' && r != '\u00a0' {
			break
		}
		i -= n
	}
	if i == 0 || i < k {
		return true
	}
	r, _ := lexicon.DecodeLastRune(t, i)
	return strings.ContainsRune("\n\r（([【〔「『｜|丨/／□■", r)
}

// dottedWords reports whether name is two common words of two characters
// joined by a middle dot, as a page's section heading writes them (法治·
// 平安, 文化·旅游): no name.
func (w *work) dottedWords(name string) bool {
	if w.st.lookup == nil {
		return false
	}
	a, b, ok := strings.Cut(strings.ReplaceAll(name, "•", "·"), "·")
	if !ok || utf8.RuneCountInString(a) != 2 || utf8.RuneCountInString(b) != 2 {
		return false
	}
	for _, part := range []string{a, b} {
		pos, freq, ok := w.st.lookup(part)
		if !ok || pos == "" || strings.HasPrefix(pos, "nr") || strings.HasPrefix(pos, "ns") || strings.HasPrefix(pos, "nt") || strings.HasPrefix(pos, "nz") || freq < 100 {
			return false
		}
	}
	return true
}

// dottedNames finds names of two or three parts of two to six Chinese
// characters joined by middle dots (阿不都热合曼·买买提, 艾力·吐尔逊),
// two thirds of whose characters at least are of the transliteration
// sets, where a title, a role word or a boundary comes before and a word
// of speech, a title or a boundary comes after. Uyghur and other names
// hold characters the transliteration set lacks (不, 来).
func (w *work) dottedNames(add func(s, e int, rule string)) {
	t := w.v.text
	for _, dot := range []string{"·", "•"} {
		for off := 0; ; {
			k := strings.Index(t[off:], dot)
			if k < 0 {
				break
			}
			d := off + k
			off = d + len(dot)
			s := w.dottedStart(d)
			if s < 0 {
				continue
			}
			// the last part ends where a word of speech, a title or a
			// boundary follows: the shortest such end
			e := w.dottedEnd(d + len(dot))
			if e < 0 {
				continue
			}
			if lexicon.HasPrefix(t[e:], dot) { // a third part
				if e2 := w.dottedEnd(e + len(dot)); e2 > 0 {
					e = e2
				}
			}
			tr, n := 0, 0
			for _, r := range t[s:e] {
				if r == '·' || r == '•' {
					continue
				}
				n++
				if w.st.lex.Translit(r) || w.st.lex.ForeignTranslit(r) {
					tr++
				}
			}
			if 3*tr < 2*n || w.dottedWords(t[s:e]) {
				continue
			}
			if !w.occupiedByOther(s, e) {
				add(s, e, "ner.person.dotted")
				off = e
			}
		}
	}
}

// dottedEnd returns the end of the part of a dotted name that starts at
// s: a run of two to six transliteration characters, or else two to six
// Chinese characters followed by a non-Chinese character, a word of speech
// or a title (阿不都热西提讲话), or -1.
func (w *work) dottedEnd(s int) int {
	t := w.v.text
	// a run of two or more transliteration characters is the part
	// (拉贝逝去: 拉贝)
	e, n := s, 0
	for n < 6 && e < len(t) {
		r, sz := w.runes.at(e)
		// 阿不都拉, 阿不力孜: 不 after 阿 opens many Uyghur names
		abu := r == '不' && n > 0 && runeBefore(t, e) == '阿'
		if !abu && (!isHan(r) || !w.st.lex.Translit(r) && !w.st.lex.ForeignTranslit(r) || strings.ContainsRune(dotStops, r)) {
			break
		}
		e += sz
		n++
	}
	if n >= 2 && (e == len(t) || !w.st.lex.Translit(w.runeAt(e)) && !w.st.lex.ForeignTranslit(w.runeAt(e))) {
		// 斯科尔斯/日前: the part ends where the segmenter ends a word
		// inside the run, not inside a time word after it
		for k, m := e, n; k < len(t) && !w.v.bound[k] && m > 2; m-- {
			_, sz := lexicon.DecodeLastRune(t, k)
			k -= sz
			if w.v.bound[k] {
				return k
			}
		}
		// 阿依古丽·艾买提买了: a verb of one character the segmenter reads
		// after the part ends it, though it is a transliteration character
		// (its object or particle follows it: not 克里木拜（哈萨克族）)
		if _, sz := lexicon.DecodeLastRune(t, e); n > 3 && e < len(t) && isHan(w.runeAt(e)) && w.v.bound[e-sz] && w.oneCharTag(e-sz, "v") && w.nrTokenOver(s, e-sz) {
			return e - sz
		}
		return e
	}
	e = s
	for n := 1; n <= 6 && e < len(t); n++ {
		r, sz := w.runes.at(e)
		if !isHan(r) || strings.ContainsRune(dotStops, r) {
			break
		}
		e += sz
		if n < 2 {
			continue
		}
		if a := w.runeAt(e); e == len(t) || !isHan(a) || strings.ContainsRune(dotStops, a) || rightCueSet.prefixOf(t[e:]) || w.titleEnd(e) >= 0 {
			return w.wordAtPartEnd(s, e)
		}
	}
	return -1
}

// wordAtPartEnd returns the end of a dotted name's part [s, e) without a
// word of three characters or more that the segmenter reads at its end
// after two characters of the part at least (艾尔肯·吾守尔拉家常: 吾守尔, not
// 吾守尔拉家常), or e.
func (w *work) wordAtPartEnd(s, e int) int {
	t := w.v.text
	for k, n := s, 0; k < e; n++ {
		if tk, ok := w.v.tokenAt(k); ok && n >= 2 && tk.end == e && w.v.bound[k] && utf8.RuneCountInString(t[k:e]) >= 3 {
			return k
		}
		_, sz := w.runes.at(k)
		k += sz
	}
	return e
}

// dottedParts extends the end e of a name over the parts written after
// it with middle dots (买买提江·阿不都热依木), as dottedEnd reads them.
func (w *work) dottedParts(e int) int {
	for n := 0; n < 5; n++ {
		r, dn := w.runes.at(e)
		if r != '·' && r != '•' {
			break
		}
		e2 := w.dottedEnd(e + dn)
		if e2 < 0 || w.occupiedByOther(e, e2) {
			break
		}
		e = e2
	}
	return e
}

// dotStops are function characters that end the parts of a dotted name
// (的安吉丽娜·茱莉在…): not 不 or 都, which Uyghur names hold (阿不都).
const dotStops = "的了在是和与及等将对向由被把为从着过们这那个"

// dottedStart returns the start of the first part of a dotted name that
// ends at e: two to six Chinese characters, none taken by another mention,
// after a boundary, a title or a role word (村民艾力·吐尔逊: 艾力), or -1.
func (w *work) dottedStart(e int) int {
	t := w.v.text
	s := e
	for n := 1; n <= 6 && s > 0; n++ {
		r, sz := lexicon.DecodeLastRune(t, s)
		if !isHan(r) || w.occupied[s-sz] || strings.ContainsRune(dotStops, r) {
			break
		}
		s -= sz
		if n < 2 {
			continue
		}
		if b := runeBefore(t, s); s == 0 || !isHan(b) || strings.ContainsRune(dotStops, b) || w.titleEndsAt(s) || leftCueSet.suffixOf(t[:s]) || w.commonNounEndsAt(s) {
			return s
		}
	}
	return -1
}

// commonNounEndsAt reports whether the segmenter reads a common noun of
// two to four characters ending at s, one of which at least is no
// transliteration character: a word of the sentence, not a syllable of a
// transliterated name (女工 in 27岁女工热依拉·吐尔逊).
func (w *work) commonNounEndsAt(s int) bool {
	if s <= 0 || s >= len(w.v.bound) || !w.v.bound[s] {
		return false
	}
	k, pos, ok := w.wordEndingAt(s)
	if !ok || pos != "n" {
		return false
	}
	word := w.v.text[k:s]
	if n := utf8.RuneCountInString(word); n < 2 || n > 4 {
		return false
	}
	foreign := false
	for _, r := range word {
		if !isHan(r) {
			return false
		}
		if !w.st.lex.Translit(r) && !w.st.lex.ForeignTranslit(r) {
			foreign = true
		}
	}
	return foreign
}

// titleEndsAt reports whether a title found ends at off.
func (w *work) titleEndsAt(off int) bool {
	for _, ti := range w.titles {
		if ti.e == off {
			return true
		}
	}
	return false
}

// foreignPartsBefore extends the start s of a name over the parts of a
// transliterated name written before it with middle dots (史蒂芬·罗奇,
// 玛丽·安·刘易斯): runs of one to six transliteration characters, none
// taken by another mention.
func (w *work) foreignPartsBefore(s int) int {
	t := w.v.text
	for {
		r, dn := lexicon.DecodeLastRune(t, s)
		if r != '·' && r != '•' {
			return s
		}
		k, n := s-dn, 0
		for k > 0 && n < 6 {
			r, sz := lexicon.DecodeLastRune(t, k)
			if !w.st.lex.ForeignTranslit(r) || w.occupied[k-sz] {
				break
			}
			k -= sz
			n++
		}
		if n == 0 || !w.partStart(k) {
			// 副国务秘书宋·索帕特: a part of one or two characters not of
			// the list, right after a title, a role or punctuation
			if j := w.shortPartBefore(s - dn); j >= 0 {
				return j
			}
			if n == 0 {
				return s
			}
		}
		s = k
	}
}

// partStart reports whether a part of a dotted name may start at k: the
// start of the text, after a character that is no Han one or a stop of
// dotted names, or after a title or a role.
func (w *work) partStart(k int) bool {
	t := w.v.text
	b := runeBefore(t, k)
	return k == 0 || !isHan(b) || strings.ContainsRune(dotStops, b) || w.titleEndsAt(k) || leftCueSet.suffixOf(t[:k])
}

// shortPartBefore returns the start of a first part of one or two Han
// characters that ends at e, before a middle dot, where a part may start
// (partStart), or -1.
func (w *work) shortPartBefore(e int) int {
	t := w.v.text
	k := e
	for n := 1; n <= 2 && k > 0; n++ {
		r, sz := lexicon.DecodeLastRune(t, k)
		if !isHan(r) || w.occupied[k-sz] || strings.ContainsRune(dotStops, r) {
			return -1
		}
		k -= sz
		if w.partStart(k) {
			return k
		}
	}
	return -1
}

func (w *work) occupiedByOther(s, e int) bool {
	for i := s; i < e; i++ {
		if w.occupied[i] {
			return true
		}
	}
	return false
}

func overlapsTaken(taken []bool, s, e int) bool {
	for i := s; i < e; i++ {
		if taken[i] {
			return true
		}
	}
	return false
}

func markTaken(taken []bool, s, e int) {
	for i := s; i < e; i++ {
		taken[i] = true
	}
}

func sortByLen(names []string) {
	sort.Slice(names, func(i, j int) bool {
		return len(names[i]) > len(names[j]) || len(names[i]) == len(names[j]) && names[i] < names[j]
	})
}

func skipSpaces(t string, i int) int {
	for i < len(t) {
		r, n := lexicon.DecodeRune(t, i)
		if r != ' ' && r != '\u3000' && r != '\t' && r != '\u00a0' {
			break
		}
		i += n
	}
	return i
}

// runeEnds appends to ends the end offsets of the first n Han runes of t
// starting at byte i (callers pass a slice of a local array, so that
// nothing is allocated).
func runeEnds(ends []int, t string, i, n int) []int {
	for k := 0; k < n && i < len(t); k++ {
		r, ok := lexicon.Decode3(t, i)
		sz := 3
		if !ok {
			r, sz = lexicon.DecodeRune(t, i)
		}
		if !isHan(r) {
			break
		}
		i += sz
		ends = append(ends, i)
	}
	return ends
}

var hardStopSet = lexicon.NewRuneSet(hardStops)

// hasHardStop is strings.ContainsAny(s, hardStops).
func hasHardStop(s string) bool {
	for _, r := range s {
		if hardStopSet.Has(r) {
			return true
		}
	}
	return false
}

// nameAfterCue reads a name that a strong cue (a title, a byline label)
// announces at s. It accepts a Han name (surname + one or two characters)
// or a transliterated name of two to six characters up to a delimiter.
func (w *work) nameAfterCue(s int) (int, bool) {
	t := w.v.text
	if s >= len(t) || w.occupied[s] || w.verbAt(s) {
		return 0, false
	}
	// the run of Han characters up to a delimiter, a title or a cue word
	run := s
	for run < len(t) {
		r, n := w.runes.at(run)
		if !isHan(r) || w.occupied[run] {
			break
		}
		if run > s {
			if w.titleEnd(run) >= 0 && run-s >= 6 {
				break
			}
			if rightCueSet.prefixOf(t[run:]) && run-s >= 6 {
				break
			}
		}
		run += n
	}
	run = w.creditTail(s, run)
	// 谭丽和董事会秘书孙涛: 和 joins the next title, it ends no name
	// (主席苏和巴特尔/和/委员们: also after a transliterated name of four
	// characters or more, where 和 is a conjunction of its own)
	if r, n := lexicon.DecodeLastRune(t, run); r == '和' && w.titleEnd(run) >= 0 {
		if k := utf8.RuneCountInString(t[s:run]); k == 3 || k >= 5 && w.oneCharTag(run-n, "c") {
			run -= n
		}
	} else if r == '和' && utf8.RuneCountInString(t[s:run]) >= 3 && (leftCueSet.prefixOf(t[run:]) || w.commonNounAt(run) && !startsWithAny(t[run:], speechActs)) {
		// 医生其木格和同事一起: 和 joins a word for other people or a
		// common noun after the name (not a word of speech or action:
		// 县长王永和讲话, where 和 ends the given name)
		run -= n
	}
	runLen := utf8.RuneCountInString(t[s:run])
	// 县长曲比阿且介绍: a Yi clan name and a given name of two characters
	if e, ok := w.yiNameAt(s, run); ok {
		return e, true
	}
	if runLen >= 4 && runLen <= 6 && w.allTranslit(t[s:run]) {
		return run, true
	}
	// 社长佐藤恒治说: a Japanese surname and a given name of one to three
	// characters, the whole run, none of them a stop character
	if jp := w.st.lex.JapaneseSurnameAt(t[s:]); jp > 0 && runLen >= 3 && runLen <= 5 && run-s > jp && w.cleanJapanese(t[s+jp:run]) {
		return run, true
	}
	sn := w.st.lex.SurnameAt(t[s:])
	if sn > 0 {
		var buf [2]int
		ends := runeEnds(buf[:0], t, s+sn, 2)
		if len(ends) == 0 {
			return 0, false
		}
		// the run is exactly a name: take it (not 局长李明/还/说, an
		// adverb after a name the segmenter reads)
		_, ln := lexicon.DecodeLastRune(t, run)
		// nor 书记李明/到/雷山县: a stop character of names that the
		// segmenter reads as a word of its own ends no run of three
		// (副检察长周方园说: before a word of speech the run is the name)
		lastStop := runLen == 3 && w.v.bound[run-ln] && w.st.lex.StopChar(w.runeAt(run-ln)) && !w.oneCharNameTag(run-ln) && !startsWithAny(t[run:], speechAfterRun)
		if runLen >= 2 && runLen <= 3+boolInt(sn > 3) && !hasHardStop(t[s+sn:run]) && !lastStop && !(runLen == 3 && w.nrTokenOver(s, run-ln) && w.oneCharTag(run-ln, "d")) && !w.adverbBeforeVerb(s, sn, run) &&
			!(runLen == 3 && w.adverbThird(run-ln, run)) {
			return run, true
		}
		e, ok := w.chooseLength(s, sn, ends, true)
		// 主教/练依然: a surname character before an adverb
		if ok && (w.functionGiven(s, sn, e) || w.adverbBeforeVerb(s, sn, e)) {
			return 0, false
		}
		return e, ok
	}
	// transliterated names: every character from the transliteration set,
	// not a common word of the segmenter (局长多次强调)
	if runLen >= 2 && runLen <= 6 && w.allTranslit(t[s:run]) && !w.commonTokenAt(s) {
		return run, true
	}
	return 0, false
}

// productOver reports whether a product of the lexicon starts at i and
// runs to e or past it (苏尼特/nr 羊: the breed 苏尼特羊; 景泰蓝).
func (w *work) productOver(i, e int) bool {
	_, pe, ok := w.st.lex.ProductStartingAt(w.v.text, i)
	return ok && pe >= e
}

// knownNameThingEnds end the names of places and things that the
// segmenter's dictionary tags as people's (龙庆峡, 惠明茶): a name read
// with no cue does not end with one.
var knownNameThingEnds = lexicon.NewRuneSet("峡寺庙茶洞阁塔菜筐树")

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// commonTokenAt reports whether the segmenter reads a word of two
// characters or more at s that is no name (多次, 日前).
func (w *work) commonTokenAt(s int) bool {
	if !w.v.bound[s] {
		return false
	}
	tk, ok := w.v.tokenAt(s)
	if !ok || strings.HasPrefix(tk.pos, "nr") || utf8.RuneCountInString(w.v.text[s:tk.end]) <= 1 {
		return false
	}
	// 宝音/n: a rare noun of the dictionary, no common word
	if w.st.lookup != nil && (tk.pos == "n" || tk.pos == "nz" || tk.pos == "ns") {
		if _, freq, known := w.st.lookup(w.v.text[s:tk.end]); known && freq < 20 {
			return false
		}
	}
	return true
}

// creditTail drops from the run [s, run) a last character 文 or 图 that
// credits the text or the photos (记者 梁 冰 文/图, 记者 梁 冰 文): one
// set apart by a space in the page, ending the line or followed by / or
// another credit, after at least two characters of name.
func (w *work) creditTail(s, run int) int {
	t := w.v.text
	r, n := lexicon.DecodeLastRune(t, run)
	k := run - n
	if r != '文' && r != '图' || utf8.RuneCountInString(t[s:k]) < 2 || !w.v.gapBefore(k) {
		return run
	}
	if run == len(t) || startsWithAny(t[run:], []string{"/", "\\", "／", "、", "\n"}) {
		return k
	}
	if next, _ := w.runes.at(run); !isHan(next) {
		return k
	}
	return run
}

// functionGiven reports whether the given name of two characters of
// [s, e) is a common word of the dictionary (seen 100 times or more) after
// a surname that is a function word (向全体, 和全体: functionSurnames), or
// an adverb, a preposition, a conjunction, a pronoun or a numeral of the
// dictionary after any surname (应亲自, 时再次, 曾三次), unless the
// segmenter tags the surname character as a name (王/nr 大为/d).
func (w *work) functionGiven(s, sn, e int) bool {
	if w.st.lookup == nil {
		return false
	}
	g := w.v.text[s+sn : e]
	if utf8.RuneCountInString(g) != 2 || w.nrTokenOver(s, s+sn) {
		// the segmenter reads the surname as one: 县长王/大为
		return false
	}
	pos, freq, ok := w.st.lookup(g)
	if !ok || strings.HasPrefix(pos, "nr") || pos == "" || freq < 100 {
		return false
	}
	return strings.ContainsAny(pos[:1], "dpcrmq") || functionSurnames.Has(runeAtStr(w.v.text, s))
}

// Surnames that before a verb are adverbs of totality (河长全覆盖, 站长都参与).
var adverbSurnames = lexicon.NewRuneSet("全都")

// adverbBeforeVerb reports whether [s, e) is a surname of adverbSurnames
// that the segmenter does not read as a name, followed by a verb of two
// characters of the dictionary (全/覆盖, 都/参加): no name
// (县长全明亮 stays one).
func (w *work) adverbBeforeVerb(s, sn, e int) bool {
	if w.st.lookup == nil || !adverbSurnames.Has(w.runeAt(s)) || w.nrTokenOver(s, s+sn) {
		return false
	}
	g := w.v.text[s+sn : e]
	if utf8.RuneCountInString(g) != 2 {
		return false
	}
	// the verb's frequency is no guide: 覆盖 is rare in the dictionary
	pos, _, ok := w.st.lookup(g)
	return ok && strings.HasPrefix(pos, "v")
}

// namePairAt reads two names written together after a press title
// (记者韩梅张晓飞, 通讯员邝立辉王敏): a run of four to six Han characters up
// to punctuation or 报道 that splits in one way only into two names of two
// or three characters, each a surname of one character and a clean given
// name, the second with a common surname (weight 2 or more), neither a
// word of the dictionary that is no name.
func (w *work) namePairAt(s int) (int, int, bool) {
	t := w.v.text
	var ends [7]int
	n := 0
	for k := s; k < len(t) && n < len(ends); {
		r, sz := w.runes.at(k)
		if !isHan(r) || w.occupied[k] || n >= 2 && startsWithAny(t[k:], []string{"报道", "摄"}) {
			break
		}
		k += sz
		ends[n] = k
		n++
	}
	credit := n > 0 && w.creditTail(s, ends[n-1]) < ends[n-1]
	if credit {
		n-- // 梁 冰 蒙 丽 文/图
	}
	if n < 4 || n > 6 || n == 4 && w.st.lex.YiClanAt(t[s:]) > 0 {
		// 记者 吉克伍沙: one Yi name, not 吉克 and 伍沙
		return 0, 0, false
	}
	// 记者 斯琴高娃: one name the segmenter knows whole (a Mongolian or
	// Tibetan name), not 斯琴 and 高娃
	if tk, ok := w.v.tokenAt(s); ok && tk.end == ends[n-1] && strings.HasPrefix(tk.pos, "nr") {
		return 0, 0, false
	}
	end := ends[n-1]
	if !credit && end < len(t) && isHanAt(t, end) && !startsWithAny(t[end:], []string{"报道", "摄"}) {
		return 0, 0, false
	}
	found, e1 := 0, 0
	for a := 2; a <= 3; a++ {
		b := n - a
		if b < 2 || b > 3 {
			continue
		}
		m := ends[a-1]
		if w.pairPart(s, m, 1) && w.pairPart(m, end, 2) {
			found++
			e1 = m
		}
	}
	if found != 1 {
		return 0, 0, false
	}
	return e1, end, true
}

// pairPart reports whether [s, e) may be one name of namePairAt: a
// surname of one character of at least the weight given and a clean given
// name, no word of the dictionary that is no name.
func (w *work) pairPart(s, e, weight int) bool {
	t := w.v.text
	r, sn := w.runes.at(s)
	if w.st.lex.SurnameAt(t[s:e]) != sn || w.st.lex.Surname(string(r)) < weight || functionSurnames.Has(r) {
		return false
	}
	g := t[s+sn : e]
	if hasHardStop(g) || !cleanGiven(w, g) || w.st.lex.NotName(t[s:e]) {
		return false
	}
	if w.st.lookup != nil {
		if pos, _, ok := w.st.lookup(t[s:e]); ok && !strings.HasPrefix(pos, "nr") {
			return false
		}
	}
	return true
}

// verbAt reports whether the segmenter reads a verb, an adverb, a
// preposition or a conjunction of two characters or more at s, or a word
// of the person cues starts there (来到, 宣布, 向记者): after a title such
// a word is what the person did, not the person (主席来到, 总统宣布,
// 主任向记者透露).
func (w *work) verbAt(s int) bool {
	if !w.v.bound[s] {
		return false
	}
	tk, ok := w.v.tokenAt(s)
	if !ok || tk.pos == "" || strings.HasPrefix(tk.pos, "nr") {
		return false
	}
	if utf8.RuneCountInString(w.v.text[s:tk.end]) < 2 {
		if w.verbThenVerb(s) {
			return true
		}
		// 主任向记者透露: a cue that the segmenter splits
		return w.wordAt(rightCueSet, s)
	}
	return strings.ContainsAny(tk.pos[:1], "vdpc") || w.wordAt(rightCueSet, s)
}

// adverbThird reports whether the character [e2, e3) after a name's
// first two is an adverb before a verb, a preposition or an idiom: one of
// 便曾却也都就又还, which end no given name, or 刚, 正 or 常, which do,
// where the segmenter reads it as an adverb of its own (高娃/正/带领).
func (w *work) adverbThird(e2, e3 int) bool {
	t := w.v.text
	if !w.v.bound[e2] || e3 >= len(t) || !w.v.bound[e3] {
		return false
	}
	r := w.runeAt(e2)
	if !strings.ContainsRune("便曾却也都就又还", r) && !(strings.ContainsRune("刚正常", r) && w.oneCharTag(e2, "d")) {
		return false
	}
	nt, ok := w.v.tokenAt(e3)
	return ok && nt.pos != "" && strings.ContainsRune("vpdlz", rune(nt.pos[0]))
}

// verbThenVerb reports whether the segmenter reads a verb of one
// character at s, a rare surname's, and another verb of two characters or
// more right after it (医生来/v坐诊/v): no name starts at s.
func (w *work) verbThenVerb(s int) bool {
	tk, ok := w.v.tokenAt(s)
	if !ok || !w.v.bound[s] || tk.pos != "v" || utf8.RuneCountInString(w.v.text[s:tk.end]) != 1 || w.st.lex.Surname(w.v.text[s:tk.end]) >= 2 {
		return false
	}
	nt, ok := w.v.tokenAt(tk.end)
	return ok && w.v.bound[tk.end] && strings.HasPrefix(nt.pos, "v") && utf8.RuneCountInString(w.v.text[tk.end:nt.end]) >= 2
}

// thingMeasures are measure words of things, plants and animals after a
// numeral (一株麦苗, 两棵桂花树): what follows is no person's name.
var thingMeasures = lexicon.NewRuneSet("株棵把块条只头片根颗粒枚张件座间台辆袋箱斤亩杯瓶盒筐朵枝束匹")

// measuredThing reports whether a numeral and a measure word of things
// end right before i.
func (w *work) measuredThing(i int) bool {
	k, pos, ok := w.wordEndingAt(i)
	return ok && pos == "m" && utf8.RuneCountInString(w.v.text[k:i]) >= 2 && thingMeasures.Has(lastRune(w.v.text[k:i]))
}

// quotedAlone reports whether [s, e) stands alone between quotation marks
// (“门儿清”): a word quoted, no name of a person (but 普及“钱钟书”…
// holds more than the name).
func (w *work) quotedAlone(s, e int) bool {
	t := w.v.text
	return (strings.HasPrefix(t[e:], "”") || strings.HasPrefix(t[e:], "\"")) && (strings.HasSuffix(t[:s], "“") || strings.HasSuffix(t[:s], "\""))
}

// allForeign reports whether every character of s is one of foreign
// names (lexicon.ForeignTranslit).
func (w *work) allForeign(s string) bool {
	for _, r := range s {
		if !w.st.lex.ForeignTranslit(r) {
			return false
		}
	}
	return s != ""
}

func (w *work) allTranslit(s string) bool {
	for _, r := range s {
		if !w.st.lex.Translit(r) {
			return false
		}
	}
	return s != ""
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// endsWithAny reports whether s ends with one of ws.
func endsWithAny(s string, ws []string) bool {
	for _, w := range ws {
		if lexicon.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func startsWithAny(s string, words []string) bool {
	for _, w := range words {
		if lexicon.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// chooseLength picks a given name of one or two characters after the
// surname that ends at s+sn; ends holds the candidate end offsets.
func (w *work) chooseLength(s, sn int, ends []int, strong bool) (int, bool) {
	t := w.v.text
	if strong {
		if e, ok := w.stopCharName(s+sn, ends); ok {
			return e, true
		}
	}
	var best int
	wei := false // the name ends with 为 before a list end (陈大为等): 为 is a hard stop elsewhere
	if len(ends) == 2 {
		e2, e3 := ends[0], ends[1]
		nr2 := false
		if tk, ok := w.v.tokenAt(s); ok && tk.end == e2 && strings.HasPrefix(tk.pos, "nr") {
			nr2 = true
		}
		after3 := w.runeAt(e3)
		switch {
		case w.occupied[e2] || !isHanAt(t, e2):
			best = e2
		case strong && w.adverbThird(e2, e3):
			// 书记王芳便带着, 村主任马林却犯了难: an adverb of one character
			// after a name of two
			best = e2
		case strong && !hasHardStop(t[e2:e3]) && (w.nrTokenOver(s, e3) || w.nrTokenOver(s+sn, e3)):
			// a strong cue and the segmenter's name over the three
			// characters, or over the given name: 书记王志强在…, 瓜农林志强已经…
			best = e3
		case strong && !hasHardStop(t[e2:e3]) && w.v.bound[e3] && (w.tokenOver(s+sn, e3) || w.tokenOver(s, e3)):
			// a strong cue and a word of the segmenter over the given name
			// that two characters would cut: 养殖户赵兴建已经 (兴建)
			best = e3
		case rightCueSet.prefixOf(t[e2:]) && !rightCueSet.prefixOf(t[e3:]),
			timeWordSet.prefixOf(t[e2:]):
			best = e2
		case w.v.bound[e2] && w.wordAt(afterSubjectSet, e2):
			// the segmenter reads an adverb over the third character:
			// 李文/正在
			best = e2
		case titleAt(w, e2) && !titleAt(w, e3):
			best = e2
		case listEnd(after3) && !w.occupied[e2] && !titleAt(w, e2) && !w.st.lex.StopChar(w.runeAt(e2)) || listEnd(after3) && w.runeAt(e2) == '为':
			// 陈大为等, 陈大为及, 李四为。: three characters before a list end or punctuation
			best = e3
			wei = w.runeAt(e2) == '为'
		case strong && !hasHardStop(t[e2:e3]) && (e3 == len(t) || w.v.bound[e3]) && (after3 == '、' ||
			givenStopSet.Has(w.runeAt(e2)) && (listEnd(after3) || afterSubjectSet.prefixOf(t[e3:]) || w.wordAt(rightCueSet, e3) ||
				after3 == '在' && w.oneCharTag(e3, "p"))):
			// a strong cue and a list after three characters: the list
			// separator delimits the name as nameAfterCue's run does
			// (市领导雷振东、章立明); so do punctuation, a list end, an
			// adverb, a word of speech or 在 after a third character common
			// in given names (设计师蓝晓强。, 村民黄晓东亲自, 董事余承东在)
			best = e3
		case strong && !hasHardStop(t[e2:e3]) && !w.st.lex.StopChar(w.runeAt(e2)) && w.subjectGoesOn(e3):
			// 村民李进福带着, 养殖户马进财今年, 58岁的张春林种了: after a
			// strong cue, a third character before what follows a subject
			// (a verb of one character and its particle, though the
			// segmenter reads a word over them: 林种/了)
			best = e3
		case strong && w.jiuOver(e3):
			// 保洁员吴秀/成就/住在: the third character and the adverb 就
			// read as one word before a verb
			best = e3
		case strong && w.saidOver(s, e3):
			// 村民尹福/来说：, 老人苟德/明说：: the third character and 说
			// read as one word
			best = e3
		case strong && !hasHardStop(t[e2:e3]) && w.v.bound[e3] && w.oneCharTag(e2, "nagjt") && w.longWordAt(e3, "v"):
			// 副省长杨兴/平/赶赴: after a title, a third character the
			// segmenter reads as a word of its own, no adverb or function
			// word, then a verb of two characters or more: the name has
			// three (not 县长李平/赶赴, where the verb starts at the third)
			best = e3
		case strong && !hasHardStop(t[e2:e3]) && w.v.bound[e3] && w.v.bound[e2] && w.oneCharTag(e2, "nagjtv") && w.wordAt(nameThenAdverb, e3):
			// 村民陈/春/来/正在晒谷: a third character read alone, then an
			// adverb that follows a subject: the character is the name's
			best = e3
		case w.oneCharTag(e2, "v") && !strings.HasPrefix(w.posAt(e2), "vn") && w.shortVerbGoesOn(e2) && !startsWithAny(t[e3:], []string{"在", "向"}):
			// 村民李明/跑/出: a verb of one character that goes on with a
			// direction or a particle ends the name before it (not before
			// 在, which follows many a name's third character: 傅思立在)
			best = e2
		case strong && nr2 && !hasHardStop(t[e2:e3]) && w.v.bound[e3] && (w.oneCharTag(e2, "nagjt") || w.posAt(e2) == "vn") && !w.st.lex.StopChar(w.runeAt(e2)) && w.shortVerbGoesOn(e3):
			// 老人马忠/海/蹲/在, 居民王海/生/跑/出: a third character read
			// as a noun of its own, then a verb of one character that goes
			// on with a preposition, a particle or a direction
			best = e3
		case hasHardStop(t[e2:e3]) || w.st.lex.StopChar(w.runeAt(e2)):
			best = e2
		case w.verbThenParticle(e2):
			// 赫连怡算了一笔账: the third character is a verb with its particle
			best = e2
		case !isHan(after3) || hardStopSet.Has(after3) || rightCueSet.prefixOf(t[e3:]) || titleAt(w, e3),
			w.v.bound[e3] && (w.wordAt(afterSubjectSet, e3) || w.clauseOpen(s) && w.wordAt(subjectVerbSet, e3) || w.adverbThenCue(e3)):
			// the three characters stand alone: 村民张海艳的, 赵兴建已经,
			// 刘海/波/昨天
			best = e3
		case strong && w.nameCharThenDao(e2, e3):
			// 县长王建/强到/乡里: the segmenter reads the third character
			// with 到 after it as one verb, though the character is no verb
			// (not 走到, 赶到)
			best = e3
		case nr2 && w.v.bound[e3] && w.oneCharNameTag(e2) && !w.st.lex.StopChar(w.runeAt(e2)):
			// 杨春/nr 燕/nr: the segmenter tags the third character as a
			// name's too
			best = e3
		case strong && nr2 && w.v.bound[e3] && w.oneCharTag(e2, "nagjt") && !hasHardStop(t[e2:e3]) && !w.st.lex.StopChar(w.runeAt(e2)) && w.longWordAt(e3, "d"):
			// 教授许文/nr 哲/n 长期/d 从事: a third character read alone
			// before an adverb of two characters or more
			best = e3
		case strong && nr2 && w.v.bound[e3] && w.oneCharTag(e2, "z") && !hasHardStop(t[e2:e3]) && !w.st.lex.StopChar(w.runeAt(e2)) && w.runeAt(e2) != '才':
			// 主任杨秀/nr 珍/zg 交流: a third character the segmenter knows
			// only as part of words, after a strong cue
			best = e3
		case nr2:
			best = e2
		case !w.v.bound[e3] && w.v.bound[e2]:
			// the third character begins a word that runs on (周灵率队)
			best = e2
		default:
			best = e3
		}
	} else {
		best = ends[0]
	}
	given := t[s+sn : best]
	if wei {
		given = strings.TrimSuffix(given, "为")
	}
	if given == "" || hasHardStop(given) {
		return 0, false
	}
	if !strong {
		for _, r := range given {
			if w.st.lex.StopChar(r) {
				return 0, false
			}
		}
	}
	return best, true
}

// nameCharThenDao reports whether the segmenter reads the character at
// e2 (a name's third, ending at e3) and 到 after it as one word, the
// character being neither a stop character of names nor a verb or adverb
// of the dictionary on its own (强 in 王建强到, not 走 in 走到, 直 in 直到).
func (w *work) nameCharThenDao(e2, e3 int) bool {
	t := w.v.text
	if !w.v.bound[e2] || !strings.HasPrefix(t[e3:], "到") || w.st.lex.StopChar(w.runeAt(e2)) {
		return false
	}
	tk, ok := w.v.tokenAt(e2)
	if !ok {
		return false
	}
	if tk.end == e3 && w.v.bound[e3] {
		// 王立/仁/到: the character read alone, then 到 alone
		if nt, ok := w.v.tokenAt(e3); !ok || nt.end != e3+len("到") {
			return false
		}
		return tk.pos != "" && !strings.ContainsAny(tk.pos[:1], "vdpcrumq")
	}
	if tk.end != e3+len("到") {
		return false
	}
	if w.st.lookup == nil {
		return false
	}
	pos, _, ok := w.st.lookup(t[e2:e3])
	return ok && pos != "" && !strings.ContainsAny(pos[:1], "vdpcru")
}

// jiuOver reports whether the segmenter reads the character before e3
// (a name's third) with the adverb 就 after it as one word (成就, 造就),
// and a verb follows: 保洁员吴秀成就住在, 村民李国成就把. The character
// is no function word of the dictionary (也就, 这就).
func (w *work) jiuOver(e3 int) bool {
	t := w.v.text
	_, n := lexicon.DecodeLastRune(t, e3)
	e2 := e3 - n
	end := e3 + len("就")
	if !w.v.bound[e2] || !strings.HasPrefix(t[e3:], "就") || end >= len(t) || !w.v.bound[end] {
		return false
	}
	if tk, ok := w.v.tokenAt(e2); !ok || tk.end != end {
		return false
	}
	c := t[e2:e3]
	if hasHardStop(c) || w.st.lex.StopChar(w.runeAt(e2)) && !givenStopSet.Has(w.runeAt(e2)) {
		return false
	}
	if w.st.lookup != nil {
		if pos, _, ok := w.st.lookup(c); ok && pos != "" && strings.ContainsAny(pos[:1], "dpcru") {
			return false
		}
	}
	nt, ok := w.v.tokenAt(end)
	return ok && (strings.HasPrefix(nt.pos, "v") || nt.pos == "p" && t[end:nt.end] != "是")
}

// saidOver reports whether the segmenter reads the third character of a
// name [e2, e3) with 说 after it as one word (尹福/来说：, 苟德/明说，), 说
// ending the clause (punctuation after it): the character is the name's
// and 说 its word of speech. The character is no adverb or other function
// word of the dictionary (还说, 才说), and 来说 needs no 对, 就, 拿 or 从
// before the name in its clause (对村民王福来说，).
func (w *work) saidOver(s, e3 int) bool {
	t := w.v.text
	_, n := lexicon.DecodeLastRune(t, e3)
	e2 := e3 - n
	if !w.v.bound[e2] || !strings.HasPrefix(t[e3:], "说") || isHanAt(t, e3+len("说")) || e3+len("说") >= len(t) {
		return false
	}
	if tk, ok := w.v.tokenAt(e2); !ok || tk.end != e3+len("说") {
		return false
	}
	c := t[e2:e3]
	if hasHardStop(c) {
		return false
	}
	if w.st.lookup != nil {
		if pos, _, ok := w.st.lookup(c); ok && pos != "" && strings.ContainsAny(pos[:1], "dpcru") {
			return false
		}
	}
	if c != "来" {
		return true
	}
	for k, n := s, 0; k > 0 && n < 20; n++ {
		r, sz := lexicon.DecodeLastRune(t, k)
		if !isHan(r) {
			break
		}
		if strings.ContainsRune("对就拿从", r) {
			return false
		}
		k -= sz
	}
	return true
}

// oneCharTag reports whether the segmenter reads one character at i as a
// word of its own whose tag starts with one of tags.
func (w *work) oneCharTag(i int, tags string) bool {
	if !w.v.bound[i] {
		return false
	}
	tk, ok := w.v.tokenAt(i)
	return ok && tk.pos != "" && strings.ContainsAny(tk.pos[:1], tags) && utf8.RuneCountInString(w.v.text[i:tk.end]) == 1
}

// oneCharNameTag reports whether the segmenter reads the character at i as
// a word of its own tagged as a name (杨春/燕/nr).
func (w *work) oneCharNameTag(i int) bool {
	if !w.v.bound[i] {
		return false
	}
	tk, ok := w.v.tokenAt(i)
	return ok && strings.HasPrefix(tk.pos, "nr") && utf8.RuneCountInString(w.v.text[i:tk.end]) == 1
}

// nrTokenAt reports whether the segmenter has a person-name token
// starting at s (李明/湖: a name read over the surname).
func (w *work) nrTokenAt(s int) bool {
	if !w.v.bound[s] {
		return false
	}
	tk, ok := w.v.tokenAt(s)
	return ok && strings.HasPrefix(tk.pos, "nr")
}

// nrTokenOver reports whether the segmenter has one person-name token
// exactly over [s, e).
func (w *work) nrTokenOver(s, e int) bool {
	if !w.v.bound[s] {
		return false
	}
	tk, ok := w.v.tokenAt(s)
	return ok && tk.end == e && strings.HasPrefix(tk.pos, "nr")
}

// tokenOver reports whether the segmenter has one token exactly over
// [s, e).
func (w *work) tokenOver(s, e int) bool {
	if !w.v.bound[s] {
		return false
	}
	tk, ok := w.v.tokenAt(s)
	return ok && tk.end == e
}

// verbThenParticle reports whether a one-character verb starts at i and
// an aspect particle follows it (算了, 看着, 去过), also where the
// segmenter reads the verb and its particle as one verb (周明/算了/一笔账).
func (w *work) verbThenParticle(i int) bool {
	// 村民王刚/种/了: a character read alone before the particle read
	// alone is a verb, whatever the segmenter tags it (种/m)
	if tk, ok := w.v.tokenAt(i); ok && utf8.RuneCountInString(w.v.text[i:tk.end]) == 1 && w.oneCharBeforeParticle(i, tk.end) {
		return true
	}
	tk, ok := w.v.tokenAt(i)
	// 带 of 王川/带/着 is tagged a morpheme (zg), a verb before its particle
	if !ok || !strings.HasPrefix(tk.pos, "v") && tk.pos != "zg" {
		return false
	}
	switch utf8.RuneCountInString(w.v.text[i:tk.end]) {
	case 1:
		return startsWithAny(w.v.text[tk.end:], []string{"了", "着", "过"})
	case 2:
		word := w.v.text[i:tk.end]
		return strings.HasPrefix(tk.pos, "v") && (strings.HasSuffix(word, "了") || strings.HasSuffix(word, "着") || strings.HasSuffix(word, "过"))
	}
	return false
}

// oneCharBeforeParticle reports whether the segmenter reads the one
// character [i, e) as a word of its own, no name's, followed by the aspect
// particle 了, 着 or 过 read alone (刚/种/了).
func (w *work) oneCharBeforeParticle(i, e int) bool {
	tk, ok := w.v.tokenAt(i)
	if !ok || !w.v.bound[i] || tk.end != e || strings.HasPrefix(tk.pos, "nr") {
		return false
	}
	pt, ok := w.v.tokenAt(e)
	return ok && strings.HasPrefix(pt.pos, "u") && pt.end == e+len("了") && startsWithAny(w.v.text[e:], []string{"了", "着", "过"})
}

// listEnd reports whether r may follow the last name of a list or a name
// at the end of a clause: punctuation, or a word that joins or ends a list
// (等, 及, 和, 与).
func listEnd(r rune) bool {
	return !isHan(r) || r == '等' || r == '及' || r == '和' || r == '与'
}

// listClose reports whether a name that ends at e is closed by a list
// separator or punctuation, or ends the text.
func listClose(t string, e int) bool {
	return e == len(t) || startsWithAny(t[e:], []string{"、", "，", "。", "；", ",", ";", "\n"})
}

func isHanAt(t string, i int) bool {
	if i >= len(t) {
		return false
	}
	r, _ := lexicon.DecodeRune(t, i)
	return isHan(r)
}

func runeAtStr(t string, i int) rune {
	if i >= len(t) {
		return 0
	}
	r, _ := lexicon.DecodeRune(t, i)
	return r
}

func titleAt(w *work, i int) bool {
	return w.titleEnd(i) >= 0
}

// nameBefore reads a name that ends at e, where a title follows (李玉甫书记).
func (w *work) nameBefore(e int) (int, bool) {
	t := w.v.text
	for _, n := range []int{3, 2, 4} {
		s := e
		ok := true
		for k := 0; k < n; k++ {
			if s == 0 {
				ok = false
				break
			}
			r, sz := lexicon.DecodeLastRune(t, s)
			if !isHan(r) {
				ok = false
				break
			}
			s -= sz
		}
		if !ok || w.occupiedByOther(s, e) {
			continue
		}
		sn := w.st.lex.SurnameAt(t[s:])
		if sn == 0 || sn >= e-s || w.unitBeforeTitle(s, e) || endsWithLevel(t[s:e]) {
			continue
		}
		if !w.v.bound[s] {
			continue
		}
		tk, ok := w.v.tokenAt(s)
		if !ok || !strings.HasPrefix(tk.pos, "nr") || tk.end != e && !(tk.end == s+sn && w.nrTokenOver(s+sn, e)) {
			// 魏/nr 东明/nr 教授: the surname and the given name as two
			// name tokens
			continue
		}
		if hasHardStop(t[s+sn : e]) {
			continue
		}
		return s, true
	}
	return 0, false
}

// translitStart extends a name [s, e) found by its surname to the left
// over one or two characters of the transliteration set, when the whole is
// a transliterated name of four to six characters right after a role word
// or a boundary (牧民格桑卓玛: 格桑卓玛, where 桑 is also a surname).
func (w *work) translitStart(s, e int) int {
	t := w.v.text
	if !w.allTranslit(t[s:e]) {
		return s
	}
	best := s
	k := s
	for n := 0; n < 2 && k > 0; n++ {
		r, sz := lexicon.DecodeLastRune(t, k)
		if !isHan(r) || !w.st.lex.Translit(r) || w.occupied[k-sz] {
			break
		}
		k -= sz
		runes := utf8.RuneCountInString(t[k:e])
		if runes == 3 && n == 0 && (k == 0 || !isHan(runeBefore(t, k))) && w.oneCharWordAt(k) && w.nrTokenOver(s, e) {
			// 卡/林顿/nr在唁电中说 at the start of a clause: a
			// transliterated name of three characters
			return k
		}
		if runes < 4 || runes > 6 {
			continue
		}
		// after 的 too (家住重孜乡的次仁卓嘎, 做了十年网格员的拉巴卓玛)
		before, _ := lexicon.DecodeLastRune(t, k)
		if k == 0 || !isHan(before) || before == '的' || leftCueSet.suffixOf(t[:k]) {
			best = k
		}
	}
	return best
}

// subjectGoesOn reports whether what follows a subject's name starts at e:
// 带着, 领着, 今年, 一边, or a verb of one character and its particle that
// no verb of the segmenter before e runs into (张春林/种了 where it reads
// 林种 as a noun; not 许博/收到了, where 收到 is the verb).
func (w *work) subjectGoesOn(e int) bool {
	if startsWithAny(w.v.text[e:], []string{"带着", "领着", "今年", "一边", "早早", "一早", "正在", "一直", "每天"}) {
		return true
	}
	// 焦建鹏开办了: a verb of two characters and its particle
	if tk, ok := w.v.tokenAt(e); ok && w.v.bound[e] && strings.HasPrefix(tk.pos, "v") && utf8.RuneCountInString(w.v.text[e:tk.end]) == 2 && startsWithAny(w.v.text[tk.end:], []string{"了", "着", "过"}) {
		return true
	}
	if !w.oneCharThenParticle(e) {
		return false
	}
	if _, n := lexicon.DecodeLastRune(w.v.text, e); !w.v.bound[e] {
		if tk, ok := w.v.tokenAt(e - n); ok && tk.end > e && strings.HasPrefix(tk.pos, "v") {
			return false
		}
	}
	return true
}

// oneCharThenParticle reports whether a Chinese character that is no
// stop character and then 了, 着 or 过 start at i (种了, 拉着).
func (w *work) oneCharThenParticle(i int) bool {
	r, n := w.runes.at(i)
	if !isHan(r) || hardStopSet.Has(r) || i+n >= len(w.v.text) {
		return false
	}
	p, _ := w.runes.at(i + n)
	return p == '了' || p == '着' || p == '过'
}

// translitEnd extends a name [s, e) of two or three characters whose
// characters after the first are of the transliteration set to the right
// over more of them, up to six in all, where a word of speech, an adverb
// that follows a subject or punctuation closes the longer name and does
// not close [s, e) (白玛央金说, 副局长葛根塔娜表示, 旗长乌力吉图第一时间).
func (w *work) translitEnd(s, e int) int {
	t := w.v.text
	n := utf8.RuneCountInString(t[s:e])
	_, first := w.runes.at(s)
	if n < 2 || n > 3 || e >= len(t) || !w.allTranslit(t[s+first:e]) || w.nameCloses(e) {
		return e
	}
	best := e
	for k := e; n < 6 && k < len(t); {
		r, size := w.runes.at(k)
		if !isHan(r) || !w.st.lex.Translit(r) || w.occupied[k] || rightCueSet.prefixOf(t[k:]) {
			break
		}
		k += size
		n++
		// 其木格和同事: 和 before another word joins it, it ends no name
		if n >= 4 && w.nameCloses(k) && !(r == '和' && k < len(t) && isHanAt(t, k) && !rightCueSet.prefixOf(t[k:])) {
			best = k
			break
		}
	}
	return best
}

// nameCloses reports whether what starts at k closes a name before it: a
// word of speech, an adverb that follows a subject, or punctuation.
func (w *work) nameCloses(k int) bool {
	t := w.v.text
	if k >= len(t) {
		return true
	}
	r, _ := w.runes.at(k)
	return !isHan(r) || rightCueSet.prefixOf(t[k:]) || afterSubjectSet.prefixOf(t[k:]) || startsWithAny(t[k:], []string{"第一时间", "一行", "同志"}) ||
		startsWithAny(t[k:], subjectPreps)
}

// rareSurnameTokens reports whether [i, e) is a surname of one character
// read as a word of its own and a given name of two, where the segmenter
// tags the surname or the given name, read as one word, as a name (禄/春燕,
// 郦/nr 文 涛).
func (w *work) rareSurnameTokens(i, sn, e int) bool {
	if sn != len("王") || utf8.RuneCountInString(w.v.text[i+sn:e]) != 2 || !w.oneCharWordAt(i) {
		return false
	}
	if tk, ok := w.v.tokenAt(i); ok && strings.HasPrefix(tk.pos, "nr") {
		return true
	}
	return w.nrTokenOver(i+sn, e)
}

// oneCharWordAt reports whether the segmenter reads one character at k as
// a word of its own.
func (w *work) oneCharWordAt(k int) bool {
	tk, ok := w.v.tokenAt(k)
	_, n := w.runes.at(k)
	return ok && tk.end == k+n
}

// commonGiven reports whether a given name of the dictionary's "known"
// names is a common word of its own (负荷 in 满负荷, 降雨 in 强降雨,
// 素质 in 高素质: a noun, verb or adjective seen 200 times or more), so
// that the whole, with no cue, is more likely that word after a character
// than a person.
func (w *work) commonGiven(given string) bool {
	if w.st.lookup == nil {
		return false
	}
	pos, freq, ok := w.st.lookup(given)
	return ok && freq >= 200 && (pos == "n" || pos == "v" || pos == "vn" || pos == "a")
}

// addressTerms follow a surname to address a person without naming them
// (陈阿婆, 王大爷, 李师傅): a surname and one of them is no full name.
var addressTerms = []string{"阿婆", "阿公", "阿姨", "阿叔", "大爷", "大妈", "大娘", "大婶", "大叔", "大伯", "大嫂", "大姐", "大哥",
	"奶奶", "爷爷", "婆婆", "伯伯", "叔叔", "婶婶", "师傅", "老师", "老汉", "老太", "某某", "总", "局", "工",
	"先生", "女士", "小姐", "同学", "同志"}

// addressTerm reports whether name is a surname and an address term.
func (w *work) addressTerm(name string) bool {
	sn := w.st.lex.SurnameAt(name)
	if sn == 0 || sn >= len(name) {
		return false
	}
	given := name[sn:]
	for _, a := range addressTerms {
		if given == a {
			return true
		}
	}
	return false
}

// surnameRepeated reports whether a name's second character repeats its
// first (蒙蒙亮, 灰灰): a reduplicated word, which the dictionary may tag as
// a name; a given name repeats its own characters (李娜娜), not the
// surname.
func surnameRepeated(name string) bool {
	r0, n := utf8.DecodeRuneInString(name)
	r1, _ := utf8.DecodeRuneInString(name[n:])
	return r0 == r1
}

// translitName reports whether name is a name of parts joined by a middle
// dot, or a transliterated name of three characters or more, every
// character of the transliteration sets: a Mongolian or Uyghur name may
// repeat its first character (其其格, 买买提江·阿不都热依木), which a
// reduplicated word does not make (蒙蒙亮).
func (w *work) translitName(name string) bool {
	if strings.ContainsAny(name, "·•") {
		return true
	}
	n := 0
	for _, r := range name {
		if !w.st.lex.Translit(r) && !w.st.lex.ForeignTranslit(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// endsWithLevel reports whether a word before a title ends with the level
// character of a division or zone (经开区, 高新区 before 党工委书记): a
// place's name there, not a person's, whatever the dictionary's tag.
func endsWithLevel(name string) bool {
	r, _ := utf8.DecodeLastRuneInString(name)
	return strings.ContainsRune("区县市省镇乡村", r)
}

// levelledBody reports whether a title begins with a level character and
// goes on with a body of that level (村党支部书记, 镇党委书记, 村委会主任),
// not a head of government named by its level (县长, 镇长).
func levelledBody(title string) bool {
	_, n := utf8.DecodeRuneInString(title)
	return levelChars[title[:n]] && startsWithAny(title[n:], []string{"党", "委", "人大", "政府", "政协", "纪委", "团委", "妇联"})
}

// nameBetween reads a name of two or three characters that ends at e,
// where a title follows, and that starts right after an organization, a
// place or punctuation (中国科学院陈立群院士).
func (w *work) nameBetween(e int) (int, bool) {
	t := w.v.text
	for _, n := range []int{3, 2} {
		s := e
		ok := true
		for k := 0; k < n; k++ {
			r, sz := lexicon.DecodeLastRune(t, s)
			if s == 0 || !isHan(r) {
				ok = false
				break
			}
			s -= sz
		}
		if !ok || w.occupiedByOther(s, e) {
			continue
		}
		r, _ := lexicon.DecodeLastRune(t, s)
		if s > 0 && isHan(r) && !w.occupied[s-1] {
			continue
		}
		sn := w.st.lex.SurnameAt(t[s:])
		if sn == 0 || sn >= e-s || hasHardStop(t[s+sn:e]) || w.st.lex.NotName(t[s:e]) || w.unitBeforeTitle(s, e) || w.functionGiven(s, sn, e) || endsWithLevel(t[s:e]) {
			continue
		}
		if w.commonWord(s, e) {
			continue // 项目总监, 车间主任: a common word before the title
		}
		return s, true
	}
	return 0, false
}

// listLineNames reads the names of a list of people written one a line,
// each name followed by a note of sex or ethnic group in brackets or by
// white space, then the person's unit and post (钟华平 宏达家具有限公司车间
// 主任, 赖小燕（女） 叶坪乡华屋村党支部书记): the name opens its line, is a
// surname and a clean given name of one or two characters that is no word
// of the dictionary, and the line ends with a title. A list is two such
// lines or more: a line alone is no list.
func (w *work) listLineNames(add func(s, e int, rule string)) {
	t := w.v.text
	var found [][2]int
	for ls := 0; ls < len(t); {
		le := strings.IndexByte(t[ls:], '\n')
		if le < 0 {
			le = len(t)
		} else {
			le += ls
		}
		if s, e, ok := w.listLineName(ls, le); ok {
			found = append(found, [2]int{s, e})
		} else if s, e, ok := w.profileName(ls, le); ok {
			add(s, e, "ner.person.profile")
		}
		ls = le + 1
	}
	if len(found) < 2 {
		return
	}
	for _, f := range found {
		add(f[0], f[1], "ner.person.list-line")
	}
}

// Notes in brackets after a name in a list (sex, ethnic group).
var listLineNotes = []string{"（女）", "(女)", "（男）", "(男)"}

// listLineName reads the name that opens the line [ls, le) of a list
// (listLineNames).
func (w *work) listLineName(ls, le int) (int, int, bool) {
	t := w.v.text
	s := skipSpaces(t, ls)
	if s >= le {
		return 0, 0, false
	}
	sn := w.st.lex.SurnameAt(t[s:le])
	if sn == 0 {
		return 0, 0, false
	}
	// the name ends at white space or a bracket
	e := s + sn
	for n := 0; e < le && n < 3; n++ {
		r, sz := w.runes.at(e)
		if !isHan(r) {
			break
		}
		e += sz
	}
	g := utf8.RuneCountInString(t[s+sn : e])
	if g < 1 || g > 2 || e >= le {
		return 0, 0, false
	}
	rest := e
	if note := prefixOfAny(t[e:le], listLineNotes); note != "" {
		rest += len(note)
	} else if r, n := w.runes.at(e); r == '（' || r == '(' {
		// （壮族）: an ethnic group
		if c := strings.IndexAny(t[e+n:le], "）)"); c > 0 && c <= 4*3 && strings.HasSuffix(t[e+n:e+n+c], "族") {
			_, cn := utf8.DecodeRuneInString(t[e+n+c:])
			rest = e + n + c + cn
		}
	}
	k := skipSpaces(t, rest)
	if k == e || k >= le {
		return 0, 0, false // neither a note nor white space after the name
	}
	if !cleanGiven(w, t[s+sn:e]) || w.commonWord(s, e) || w.st.lex.NotName(t[s:e]) || w.occupiedByOther(s, e) {
		return 0, 0, false
	}
	// the line ends with a title, punctuation after it at most
	end := le
	for end > k {
		r, sz := lexicon.DecodeLastRune(t, end)
		if isHan(r) {
			break
		}
		end -= sz
	}
	for _, ti := range w.titles {
		if ti.e == end && ti.s >= k {
			return s, e, true
		}
	}
	// or with a role (于都县第三中学教师, 琴江镇派出所民警)
	if leftCueSet.suffixOf(t[k:end]) {
		return s, e, true
	}
	return 0, 0, false
}

// profileName reads the name that opens a profile, a paragraph that
// starts with the name, a comma and the person's unit and post as a
// clause of its own (庹光辉，兰陵县后屯村党支部书记。): a surname and a
// clean given name of one or two characters that is no word of the
// dictionary, then a place or an organization and a title that
// punctuation closes.
func (w *work) profileName(ls, le int) (int, int, bool) {
	t := w.v.text
	s := skipSpaces(t, ls)
	sn := w.st.lex.SurnameAt(t[s:le])
	if sn == 0 {
		return 0, 0, false
	}
	c := strings.Index(t[s:le], "，")
	if c < 0 {
		return 0, 0, false
	}
	e := s + c
	if g := utf8.RuneCountInString(t[s+sn : e]); g < 1 || g > 2 || hasHardStop(t[s+sn:e]) {
		return 0, 0, false
	}
	if !givenStopsOnly(w, t[s+sn:e]) || w.commonWord(s, e) || w.st.lex.NotName(t[s:e]) || w.occupiedByOther(s, e) {
		return 0, 0, false
	}
	k := e + len("，")
	// 王建林，原宁陵县自然资源局局长，涉嫌…: a former post
	if strings.HasPrefix(t[k:], "原") {
		k += len("原")
	}
	// a place or an organization right after the comma
	owned := false
	for _, p := range w.places {
		if p.s == k {
			owned = true
		}
	}
	for _, o := range w.orgs {
		if o.s == k {
			owned = true
		}
	}
	if !owned {
		return 0, 0, false
	}
	// a title that punctuation closes ends the clause
	stop := k
	for stop < le {
		r, n := w.runes.at(stop)
		if r == '，' || r == '。' || r == '；' || r == ',' || r == ';' {
			break
		}
		stop += n
	}
	for _, ti := range w.titles {
		if ti.e == stop && ti.s > k && stop < le {
			return s, e, true
		}
	}
	return 0, 0, false
}

func prefixOfAny(s string, words []string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

// Datelines after which a paper writes its contributors' names.
var datelines = []string{"本报讯", "本刊讯", "讯"}

// datelineNames reads space-separated names after a dateline, up to the
// press title or 报道 that must follow them.
func (w *work) datelineNames(add func(s, e int, rule string)) {
	t := w.v.text
	for _, dl := range datelines[:2] {
		// both datelines end with 讯: their occurrences are where 讯 is
		// (they cannot overlap each other)
		for _, x := range w.at.xun {
			k := int(x) + len("讯") - len(dl)
			if k < 0 || !lexicon.HasPrefix(t[k:], dl) {
				continue
			}
			s := k + len(dl)
			var found [][2]int
			for n := 0; n < 4; n++ {
				p := skipSpaces(t, s)
				if p == s && n > 0 || p == s && n == 0 {
					break
				}
				e := p
				for e < len(t) {
					r, sz := w.runes.at(e)
					if !isHan(r) {
						break
					}
					e += sz
				}
				chunk := t[p:e]
				if startsWithAny(t[p:], []string{"记者", "通讯员", "见习记者", "特约记者"}) || strings.HasPrefix(t[e:], "报道") {
					// the names must be followed by the press title
					for _, f := range found {
						add(f[0], f[1], "ner.person.byline")
					}
					break
				}
				n := utf8.RuneCountInString(chunk)
				if n < 2 || n > 4 || w.st.lex.SurnameAt(chunk) == 0 || hasHardStop(chunk) {
					break
				}
				found = append(found, [2]int{p, e})
				s = e
			}
		}
	}
}

// wireCreditNames reads the names a wire dateline credits in brackets
// without a press title (人民网贵阳9月3日电（冯娟、王启明）, 中新网兰州5月6日
// 电（李 娜）): after 日电 and the opening bracket, up to the closing one,
// names of two to four characters that begin with a surname, or a
// transliterated name, separated by 、 or spaces; every part must be a
// name, else none is read.
func (w *work) wireCreditNames(add func(s, e int, rule string)) {
	t := w.v.text
	for off := 0; ; {
		k := strings.Index(t[off:], "日电")
		if k < 0 {
			return
		}
		k += off
		off = k + len("日电")
		s := off
		switch {
		case strings.HasPrefix(t[s:], "（"):
			s += len("（")
		case strings.HasPrefix(t[s:], "("):
			s++
		default:
			continue
		}
		e := strings.IndexAny(t[s:min(len(t), s+60)], "）)")
		if e < 0 {
			continue
		}
		e += s
		var names [][2]int
		ok := true
		for p := s; p < e; {
			p = skipSpaces(t, p)
			if strings.HasPrefix(t[p:], "、") {
				p += len("、")
				continue
			}
			q := p
			for q < e {
				r, sz := w.runes.at(q)
				if !isHan(r) {
					break
				}
				q += sz
			}
			if q == p {
				ok = p >= e
				break
			}
			chunk := t[p:q]
			n := utf8.RuneCountInString(chunk)
			if !(n >= 2 && n <= 4 && w.st.lex.SurnameAt(chunk) > 0 && !hasHardStop(chunk) && !w.st.lex.NotName(chunk) || n >= 2 && n <= 6 && w.allTranslit(chunk)) || titleAt(w, p) {
				ok = false
				break
			}
			names = append(names, [2]int{p, q})
			p = q
		}
		if !ok || len(names) == 0 {
			continue
		}
		for _, nm := range names {
			add(nm[0], nm[1], "ner.person.byline")
		}
	}
}

// unitBeforeTitle reports whether [s, e), followed by a title at e, is the
// unit the title belongs to rather than a name: it ends with an
// organization ending (宣传部部长), or forms one with the title's first
// character (宣传部长 = 宣传部 + 长).
func (w *work) unitBeforeTitle(s, e int) bool {
	t := w.v.text
	if _, ss, _, ok := w.st.lex.OrgSuffixEndingAt(t, e); ok && ss >= s {
		return true
	}
	_, n := w.runes.at(e)
	if _, ss, _, ok := w.st.lex.OrgSuffixEndingAt(t, e+n); ok && ss < e && ss >= s {
		return true
	}
	return false
}

// signatures finds names in a parenthesised signature such as （曾 平） or
// (方治 张世凌): two to four space-separated names and nothing else.
func (w *work) signatures(add func(s, e int, rule string)) {
	t := w.v.text
	for _, i32 := range w.at.parens {
		i := int(i32) // right after the parenthesis
		// a closing parenthesis that starts within 64 bytes lies whole in
		// the next 67 (a newsroom's name and two reporters)
		end := strings.IndexAny(t[i:min(len(t), i+64+len("）"))], ")）")
		if end < 0 || end > 64 {
			continue
		}
		inner := t[i : i+end]
		// a signature closes a paragraph or follows a sentence's end: not
		// 台风“海葵”（强台风级）中心位于…
		if !w.signaturePlace(i, i+end) {
			continue
		}
		parts := strings.Fields(inner)
		// （黄明辉 供图）, （黄明辉 摄）, （李明 王婷 文/图）: a credit mark of
		// its own after the names
		if n := len(parts); n >= 2 && (parts[n-1] == "供图" || parts[n-1] == "摄" || parts[n-1] == "摄影" || parts[n-1] == "文/图" || parts[n-1] == "图/文" || parts[n-1] == "文／图") {
			parts = parts[:n-1]
		} else if n >= 1 {
			// 张 婷 文/图, read with the layout's spaces gone: 张婷文/图
			for _, c := range []string{"文/图", "图/文", "文／图"} {
				if p, ok := strings.CutSuffix(parts[n-1], c); ok && utf8.RuneCountInString(p) >= 2 {
					parts[n-1] = p
					break
				}
			}
		}
		// （应琪 本报记者 董菲）: a press label between the names
		parts = splitAtPressLabels(parts)
		// （通州区融媒体中心 张红霞 魏东）: the newsroom before its reporters
		if len(parts) >= 2 && endsWithAny(parts[0], newsroomEnds) {
			parts = parts[1:]
		}
		if len(parts) == 0 || len(parts) > 4 {
			continue
		}
		var spans [][2]int
		off := i
		ok := true
		for pi, p := range parts {
			k := strings.Index(t[off:], p)
			ps := off + k
			// （吴 轩 王 芳）: two names of two characters, each split by
			// the page, read as one run of four; the gap before the
			// third character and a surname there part them
			if a, b, two := w.twoSpacedNames(ps, p); two {
				spans = append(spans, [2]int{ps, ps + len(a)}, [2]int{ps + len(a), ps + len(a) + len(b)})
				off = ps + len(p)
				continue
			}
			// （许明华摄）: the photographer's credit
			if pi == len(parts)-1 && strings.HasSuffix(p, "摄") && utf8.RuneCountInString(p) >= 3 {
				p = strings.TrimSuffix(p, "摄")
			} else if pi == len(parts)-1 && strings.HasSuffix(p, "供图") && utf8.RuneCountInString(p) >= 4 {
				p = strings.TrimSuffix(p, "供图") // （黄明辉供图）
			}
			pl := utf8.RuneCountInString(p)
			if pl < 2 || pl > 4 || w.st.lex.SurnameAt(p) == 0 || hasHardStop(p) || w.st.lex.NotName(p) || w.signatureWord(ps, p) {
				ok = false
				break
			}
			for _, r := range p {
				if !isHan(r) {
					ok = false
				}
			}
			spans = append(spans, [2]int{ps, ps + len(p)})
			off = ps + len(p)
		}
		if !ok {
			continue
		}
		for _, sp := range spans {
			add(sp[0], sp[1], "ner.person.signature")
		}
	}
}

// signaturePlace reports whether brackets whose inside is [open, close)
// stand where a signature does: the text after the closing bracket ends
// the line, or the text before the opening bracket ends a sentence or a
// work's title.
func (w *work) signaturePlace(open, close int) bool {
	t := w.v.text
	_, n := utf8.DecodeRuneInString(t[close:])
	rest := t[close+n:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	// (孙云柯) (千龙网): another credit in brackets may follow
	if rest = strings.TrimSpace(rest); rest == "" || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "（") {
		return true
	}
	before := strings.TrimRight(t[:open], " \u3000（(")
	r, n := utf8.DecodeLastRuneInString(before)
	if r == '”' || r == '"' {
		// …。”（X）: a quotation that ends a sentence
		r, _ = utf8.DecodeLastRuneInString(before[:len(before)-n])
	}
	// 《契丹文学略论》（黄凤岐）: the author after a work's title
	return before == "" || strings.ContainsRune("。！？\n》", r)
}

// newsroomEnds end the name of a newsroom that may open a signature.
var newsroomEnds = []string{"融媒体中心", "新闻中心", "日报", "晚报", "报社", "电视台", "广播电视台", "通讯社", "记者站", "纪委监委", "宣传部"}

// pressLabels stand between the names of a signature (（应琪 本报记者
// 董菲）), longest first.
var pressLabels = []string{"本报记者", "特约记者", "见习记者", "记者", "通讯员", "实习生"}

// splitAtPressLabels splits the parts of a signature at press labels,
// which it drops.
func splitAtPressLabels(parts []string) []string {
	var out []string
	for _, p := range parts {
		for p != "" {
			k, lab := -1, ""
			for _, l := range pressLabels {
				if i := strings.Index(p, l); i >= 0 && (k < 0 || i < k) {
					k, lab = i, l
				}
			}
			if k < 0 {
				out = append(out, p)
				break
			}
			if k > 0 {
				out = append(out, p[:k])
			}
			p = p[k+len(lab):]
		}
	}
	return out
}

// twoSpacedNames splits a part p of a signature at ps, four Han
// characters, into two names of two when the page set the two apart
// (a gap before the third character) and each begins with a surname of
// one character (吴 轩 王 芳), not a compound surname (欧阳 明华).
func (w *work) twoSpacedNames(ps int, p string) (string, string, bool) {
	if utf8.RuneCountInString(p) != 4 {
		return "", "", false
	}
	_, n1 := utf8.DecodeRuneInString(p)
	_, n2 := utf8.DecodeRuneInString(p[n1:])
	a, b := p[:n1+n2], p[n1+n2:]
	if !w.v.gapBefore(ps+len(a)) || w.st.lex.SurnameAt(p) != n1 || w.st.lex.SurnameAt(b) == 0 || w.st.lex.SurnameAt(b) > len(b)/2 {
		return "", "", false
	}
	for _, r := range p {
		if !isHan(r) {
			return "", "", false
		}
	}
	if hasHardStop(a[n1:]) || hasHardStop(b) || w.st.lex.NotName(a) || w.st.lex.NotName(b) {
		return "", "", false
	}
	return a, b, true
}

// signatureWord reports whether the part p of a parenthesised signature,
// at ps, is rather a note or an ethnic group: it ends with 族 (（满族）,
// （蒙古族）), or the segmenter reads a common word of two characters or
// more that is no name at its start (（全文附后）, （全文完）).
func (w *work) signatureWord(ps int, p string) bool {
	if strings.HasSuffix(p, "族") {
		return true
	}
	// （左二）, （前排右一）: a place in a photo
	if photoPlaceEnd(p, 0) == len(p) {
		return true
	}
	if !w.v.bound[ps] || w.st.lookup == nil {
		return false
	}
	tk, ok := w.v.tokenAt(ps)
	if !ok || strings.HasPrefix(tk.pos, "nr") || utf8.RuneCountInString(w.v.text[ps:tk.end]) < 2 {
		return false
	}
	_, freq, ok := w.st.lookup(w.v.text[ps:tk.end])
	return ok && freq >= 100
}

// candidate tests the context of a surname at i.
func (w *work) candidate(i int) (end int, rule string, ok bool) {
	t := w.v.text
	if e, rule, ok := w.yiCandidate(i); ok {
		return e, rule, true
	}
	sn := w.st.lex.SurnameAt(t[i:])
	if sn == 0 || w.measuredThing(i) || w.verbThenVerb(i) {
		return 0, "", false
	}
	var buf [2]int
	ends := runeEnds(buf[:0], t, i+sn, 2)
	if len(ends) == 0 {
		return 0, "", false
	}
	// 参/农/王刚: the "surname" ends a role word the segmenter split
	if _, n := utf8.DecodeRuneInString(t[i:]); i > 0 && isHan(runeBefore(t, i)) && leftCueSet.suffixOf(t[max(0, i-9):i+n]) && !leftCueSet.suffixOf(t[max(0, i-9):i]) {
		return 0, "", false
	}
	left := strings.HasSuffix(t[:i], "岁的") || strings.HasSuffix(t[:i], "岁")
	if !left && leftCueSet.suffixOf(t[:i]) {
		left = true
	}
	if !left && strings.HasSuffix(t[:i], "的") {
		left = residentBefore(t, i-len("的")) // 现居成都市的张晓东
		if !left && w.villageEndsAt(i-len("的")) {
			// 崇木凼村的沈建华今年35岁, 组长是某村的李秀英。: a villager,
			// closed by an age, a copula, a word of speech or punctuation
			left = true
			defer func() {
				if ok && !listClose(t, end) && !w.cueAfter(end) && !startsWithAny(t[end:], villagerNext) {
					end, rule, ok = 0, "", false
				}
			}()
		}
	}
	if j := i - len("为"); !left && j > 0 && t[j:i] == "为" && (leftCueSet.suffixOf(t[:j]) || w.titleEndsAt(j)) {
		// 指导教师为钟海涛、曾慧敏。, 组长为李明，: a role or a title and 为
		// before a name that a list separator or punctuation closes
		left = true
		defer func() {
			if ok && !listClose(t, end) {
				end, rule, ok = 0, "", false
			}
		}()
	}
	// 日本选手伊藤美诚表示: a Japanese name after a role that a country's
	// name announces, read like one after a title
	if left && w.st.lex.JapaneseSurnameAt(t[i:]) > 0 && w.foreignRoleBefore(i) {
		if e, ok := w.nameAfterCue(i); ok && utf8.RuneCountInString(t[i:e]) >= 3 && w.st.lex.JapaneseSurnameAt(t[i:e]) > 0 {
			return e, "ner.person.role", true
		}
	}
	var closers []string // what closes the name where a cue fixes its end

	if !left && w.clauseOpen(i) && profileSexAfter(t, ends) {
		// 蒲建军，男，汉族，1978年3月生: a profile in a personnel notice
		// opens with the name, closed by the sex after a comma
		left, closers = true, profileSex
		defer func() {
			if ok && !startsWithAny(t[end:], profileSex) {
				end, rule, ok = 0, "", false
			}
		}()
	}
	appoint := false
	if !left && honourCueSet.suffixOf(t[:i]) {
		// 追授武俊峰“见义勇为英雄”称号, 授予柯明亮同志: an honour's verb
		// before a name that a quotation mark, 同志, 等 or 为 closes
		left = true
		defer func() {
			if ok && !startsWithAny(t[end:], honourClose) {
				end, rule, ok = 0, "", false
			}
		}()
	}
	if !left && w.namingVerbBefore(i) {
		// 老人名叫郝玉珍，, 一个叫田学军的: a verb of naming before a name
		// that punctuation, 的 or 是 closes
		left = true
		defer func() {
			if ok && (!listClose(t, end) && !startsWithAny(t[end:], nameClose) || w.namesPlace(end)) {
				end, rule, ok = 0, "", false
			}
		}()
	}
	if !left && visitCueSet.suffixOf(t[:i]) {
		// 看望了赵德明，, 慰问了周桂兰、李秀芳: a verb of visiting people
		// before a name that a list separator or punctuation closes
		left = true
		defer func() {
			// 看望了李家: a family, no name
			if ok && (!listClose(t, end) && !w.cueAfter(end) || t[i+sn:end] == "家") {
				end, rule, ok = 0, "", false
			}
		}()
	}
	if !left && (appointCueSet.suffixOf(t[:i]) || lexicon.AppointListVerb(t, i) != "" || lexicon.AppointClauseVerb(t, i) != "") {
		// 任命蒲海涛为…局长, 免去谯光明的…职务: the verb of an appointment
		// before a name that 为, 的, a list separator or punctuation closes;
		// or the heading of a notice's list (任命：↵X为…；↵Y为…。)
		left, appoint, closers = true, true, appointClose
		defer func() {
			if ok && !listClose(t, end) && !startsWithAny(t[end:], appointClose) {
				end, rule, ok = 0, "", false
			}
		}()
	}
	// the name must start at a word boundary, unless a role word glued to it
	if !w.v.bound[i] && !left {
		return 0, "", false
	}
	// a role inside a longer word whose rest is a common word (亲属关系:
	// 关系), or glued to a name and starting inside a word (企业主/管人员:
	// 业主), starts no name
	if !w.v.bound[i] && (w.commonPairAt(i) || !w.roleStartsWord(i)) {
		return 0, "", false
	}
	// The tests below only reject, and have no effects: the cheap ones
	// come first.
	// A word of the dictionary that starts with the surname and is not a
	// name (关爱, 富裕, 储备) is not a name, unless the name is read whole
	// at the start of a clause before a word of speech (白金虎笑着说).
	if tk, ok := w.v.tokenAt(i); ok && !strings.HasPrefix(tk.pos, "nr") && utf8.RuneCountInString(t[i:tk.end]) >= 2 {
		if e, ok := w.splitNameWithCue(i, sn, tk, left); ok {
			return e, "ner.person.speech", true
		}
		if e, ok := w.placeTaggedName(i, sn, tk, left); ok {
			return e, "ner.person.role", true
		}
		return 0, "", false
	}
	nr := false
	for _, e := range ends {
		if tk, ok := w.v.tokenAt(i); ok && tk.end == e && strings.HasPrefix(tk.pos, "nr") {
			nr = true
		}
	}
	if left {
		// 村民王月梅说: a given name with 月, 元, 万 or 为, closed on the right
		if e, ok := w.stopCharName(i+sn, ends); ok && !w.occupiedByOther(i, e) && !w.st.lex.NotName(t[i:e]) && !w.commonWordStart(i, e) {
			return e, "ner.person.role", true
		}
	} else if e, ok := w.comradeStopName(i, sn, ends); ok {
		return e, "ner.person.speech", true
	}
	if e, ok := w.knownNameWithCue(i, sn, ends, left); ok {
		if left {
			return e, "ner.person.role", true
		}
		return e, "ner.person.speech", true
	}
	if e, ok := w.speakerBeforeColon(i, sn, ends); ok {
		return e, "ner.person.speech", true
	}
	if e, ok := w.stopNameWithCue(i, sn, ends, left); ok {
		if left {
			return e, "ner.person.role", true
		}
		return e, "ner.person.speech", true
	}
	e, ok := w.chooseLength(i, sn, ends, left)
	if closers != nil {
		// 任命许晓东为, 补选李明、王建蓉为, 蒲建军，男，: what closes a name
		// in a notice (为, 的, a list separator, the sex) fixes its length
		// better than the segmenter's words around it
		if c, cok := w.closedEnd(i, sn, ends, closers, appoint); cok {
			e, ok = c, true
		}
	}
	if !ok || w.occupiedByOther(i, e) {
		return 0, "", false
	}
	name := t[i:e]
	if w.st.lex.NotName(name) {
		return 0, "", false
	}
	// 凯/江/沿岸察看: a word of place or direction (沿岸, 以北) read by the
	// segmenter over the given name is none
	if w.v.bound[i+sn] {
		if tk, ok := w.v.tokenAt(i + sn); ok && tk.end == e && tk.pos == "f" {
			return 0, "", false
		}
	}
	// 马丁·克劳斯: the first part of a transliterated name
	if r := w.runeAt(e); r == '·' || r == '•' {
		return 0, "", false
	}
	// 王建华家庭、李秀珍家庭: a family named after a full name of three
	// characters
	right := w.cueAfter(e) || w.clauseOpen(i) && w.wordAt(subjectVerbSet, e) ||
		strings.HasPrefix(t[e:], "家庭") && w.v.bound[e] && utf8.RuneCountInString(t[i:e]) == 3
	if !left && !right && !nr {
		return 0, "", false // no case of the switch below can hold
	}
	// 占/zg 比/p 接近, 占/zg 六成/m, 边走边唱: a preposition, a numeral or
	// the frame 边…边 after a surname character
	if w.oneCharTag(i+sn, "pcu") && utf8.RuneCountInString(t[i+sn:e]) == 1 && !w.cueAfter(e) || w.tokenOver(i+sn, e) && strings.HasPrefix(w.posAt(i+sn), "m") ||
		strings.HasPrefix(t[i:], "边") && strings.HasPrefix(t[i+sn+utf8.RuneLen(w.runeAt(i+sn)):], "边") {
		return 0, "", false
	}
	// 应亲自, 时再次: a surname character before an adverb
	if w.functionGiven(i, sn, e) {
		return 0, "", false
	}
	// 群众幸福感: a "name" that begins with a common word is that word,
	// unless the segmenter reads a name over it and a cue supports it
	// (白/金龙表示, 王国平说)
	if w.commonWordStart(i, e) && !w.nameOverWordStart(i, sn, e, left) {
		return 0, "", false
	}
	// 向记者, 和丈夫: the "given name" is a word of its own
	if g := t[i+sn : e]; leftCueSet.prefixOf(g) || titleAt(w, i+sn) {
		return 0, "", false
	}
	// 将错季蔬菜作为…: a product of the lexicon after a surname character
	// is the product, unless a role or a title names a person before it
	if !left && utf8.RuneCountInString(t[i+sn:e]) >= 2 && w.st.lex.IsProduct(t[i+sn:e]) {
		return 0, "", false
	}
	// in a notice, 为, 的 or 同志 after the name closes it whatever
	// characters of other words its given name holds (任命王建蓉为, 建:
	// 建设; 免去许晓东的, 东: a direction)
	closed := closers != nil && startsWithAny(t[e:], closers) && !hasHardStop(t[i+sn:e]) ||
		// 村民李进福带着: after a role, a given name whose stop characters
		// are common in given names, before what follows a subject
		left && w.subjectGoesOn(e) && givenStopsOnly(w, t[i+sn:e])
	if !w.v.bound[e] && isHanAt(t, e) && !(left && (w.saidOver(i, e) || w.jiuOver(e))) && !closed || !cleanGiven(w, t[i+sn:e]) && !closed && !(left && w.lastCharStop(i, sn, e)) && !(left && w.stopGivenToken(i, sn, e)) && !(left && w.firstCharStop(i, sn, e)) {
		return 0, "", false
	}
	// 游客/高峰/到来: a frequent word of two characters that the dictionary
	// tags as a name (高峰, 高潮, 顾客) is a common noun after a role,
	// unless a cue after it makes it a name (村民高峰说)
	if left && !right && w.frequentNameWord(i, e) {
		return 0, "", false
	}
	// “门儿清”: a word the dictionary tags as a name, alone in quotation
	// marks, with no role or title before it
	if !left && w.quotedAlone(i, e) {
		return 0, "", false
	}
	switch {
	case left:
		return e, "ner.person.role", true
	case right && (nr || w.st.lex.Surname(t[i:i+sn]) >= 2):
		return e, "ner.person.speech", true
	case right && w.clauseOpen(i) && w.rareSurnameTokens(i, sn, e):
		// 禄/春燕/nr说, 郦/nr文涛介绍: a rare surname read alone
		return e, "ner.person.speech", true
	case nr && utf8.RuneCountInString(t[i:e]) == 3 && sn == len(t[i:e])/3 && w.st.lex.Surname(t[i:i+sn]) >= 2 && w.nameTokenAt(i, e) && w.nameContext(i, e) && !w.commonGiven(t[i+sn:e]) && !knownNameThingEnds.Has(lastRune(t[i:e])) && !w.productOver(i, e):
		// a three-character word the segmenter knows as a name, with a
		// common surname and a clean given name, standing alone
		return e, "ner.person.known", true
	}
	return 0, "", false
}

// sexAfterName is a person's sex stated right after the name (钱建超，男，).
var sexAfterName = []string{"，男，", "，女，", ",男,", ",女,", "（男，", "（女，", "(男,", "(女,"}

// profileSex opens the clauses after a name in the profile of a notice or
// a biography: the person's sex, as sexAfterName and in the forms notices
// also write (，男,  （男）).
var profileSex = append([]string{"，男,", "，女,", "（男）", "（女）"}, sexAfterName...)

// profileSexAfter reports whether the person's sex follows one of ends.
func profileSexAfter(t string, ends []int) bool {
	for _, e := range ends {
		if startsWithAny(t[e:], profileSex) {
			return true
		}
	}
	return false
}

// heNameAfter reads a name with the surname 和 (of the Naxi and the Bai)
// right after a title: 和 and a given name of two characters, no stop or
// function character among them, that a word of speech or attending closes
// (副区长和丽华说; not 局长和同事们说, 县长和副县长).
func (w *work) heNameAfter(e int) (int, bool) {
	t := w.v.text
	if !strings.HasPrefix(t[e:], "和") {
		return 0, false
	}
	g := e + len("和")
	var buf [2]int
	ends := runeEnds(buf[:0], t, g, 2)
	if len(ends) != 2 {
		return 0, false
	}
	end := ends[1]
	given := t[g:end]
	if hasHardStop(given) || !cleanGiven(w, given) || titleAt(w, g) || leftCueSet.prefixOf(given) || w.commonGiven(given) || w.occupied[g] {
		return 0, false
	}
	if !rightCueSet.prefixOf(t[end:]) {
		return 0, false
	}
	return end, true
}

// closedEnd returns the end of the name at s where a cue fixes what
// closes it (an appointment's verb: 为, 的, 同志, a list separator or
// punctuation; a profile: the sex): the longest of ends that closers or,
// after an appointment, a list separator close, whose given name holds no
// hard stop.
func (w *work) closedEnd(s, sn int, ends []int, closers []string, list bool) (int, bool) {
	t := w.v.text
	for k := len(ends) - 1; k >= 0; k-- {
		e := ends[k]
		if e <= s+sn || hasHardStop(t[s+sn:e]) || !(list && listClose(t, e)) && !startsWithAny(t[e:], closers) {
			continue
		}
		return e, true
	}
	return 0, false
}

// longVerbAt reports whether the segmenter reads a verb of two characters
// or more at i (赶赴, 主持).
// posAt returns the tag of the token that starts at i ("" if none).
func (w *work) posAt(i int) string {
	if tk, ok := w.v.tokenAt(i); ok {
		return tk.pos
	}
	return ""
}

// nameThenAdverb are adverbs that follow a subject's name (陈春来正在).
var nameThenAdverb = newWordSet([]string{"正在", "已经", "正", "还在", "仍在", "一直", "早已", "刚刚"})

// shortVerbGoesOn reports whether a verb of one character starts at i and
// goes on with a preposition, a particle or a direction (蹲/在, 跑/出,
// 拉/着).
func (w *work) shortVerbGoesOn(i int) bool {
	tk, ok := w.v.tokenAt(i)
	if !ok || !strings.HasPrefix(tk.pos, "v") || utf8.RuneCountInString(w.v.text[i:tk.end]) != 1 || !w.v.bound[tk.end] {
		return false
	}
	return startsWithAny(w.v.text[tk.end:], []string{"在", "着", "了", "出", "进", "到", "上", "下", "起", "过", "向", "回"})
}

func (w *work) longWordAt(i int, pos string) bool {
	tk, ok := w.v.tokenAt(i)
	return ok && tk.pos == pos && utf8.RuneCountInString(w.v.text[i:tk.end]) >= 2
}

// cueAfter reports whether a person cue (rightCues) or an age follows a
// name that ends at e, right after it (王海林表示, 王芳36岁) or after a time
// word or an adverb that the segmenter ends at a word boundary (刘海波昨天
// 说, 张志红已经告诉记者, 周立军今年五十岁).
func (w *work) cueAfter(e int) bool {
	t := w.v.text
	if rightCueSet.prefixOf(t[e:]) {
		return true
	}
	// 陈秀兰是三都县第二中学的英语教师: 是, a body or a place, 的 and a
	// post of a person within the clause
	if strings.HasPrefix(t[e:], "是") && w.postAfterCopula(e+len("是")) {
		return true
	}
	// 邹晓云（32岁）, 钱建超，男，1972年出生: an age in brackets or a
	// profile
	for _, open := range []string{"（", "("} {
		if lexicon.HasPrefix(t[e:], open) && ageAt(t, e+len(open)) {
			return true
		}
	}
	// 王德福，68岁，: an age between commas (not 张家村，68岁的老人)
	for _, comma := range []string{"，", ","} {
		if lexicon.HasPrefix(t[e:], comma) {
			if k := ageEnd(t, e+len(comma)); k > 0 && listClose(t, k) {
				return true
			}
		}
	}
	if startsWithAny(t[e:], sexAfterName) {
		return true
	}
	// 祁永年，1940年出生: a profile's year of birth
	for _, comma := range []string{"，", ","} {
		if strings.HasPrefix(t[e:], comma) && birthYearAt(t, e+len(comma)) {
			return true
		}
	}
	// 武俊峰（左二）: a place in a photo, in brackets
	for _, open := range []string{"（", "("} {
		if strings.HasPrefix(t[e:], open) {
			if k := photoPlaceEnd(t, e+len(open)); k > 0 && (strings.HasPrefix(t[k:], "）") || strings.HasPrefix(t[k:], ")")) {
				return true
			}
		}
	}
	// 聂海鹰在接受记者采访时说: 在, a time or an occasion, and a word of
	// speech in the same clause
	if strings.HasPrefix(t[e:], "在") && speechAfterOccasion(t, e+len("在")) {
		return true
	}
	// 邓子涵、蒋文博等3人: 等 and a count of people; 王毅、秦刚等参加, 王丽娟、
	// 孙红梅等优秀护士: 等 and a verb of attending or a role
	if strings.HasPrefix(t[e:], "等") && (peopleCountAt(t, e+len("等")) || w.etcPeopleAt(e+len("等"))) {
		return true
	}
	// 何志强、罗晓燕两位老党员: a count of people and a role
	if k := peopleCountEnd(t, e); k > 0 && w.etcPeopleAt(k) {
		return true
	}
	if e >= len(t) || !w.v.bound[e] {
		return false
	}
	if ageAt(t, e) || w.adverbThenCue(e) {
		return true
	}
	if !afterSubjectSet.first.Has(w.runeAt(e)) {
		return false
	}
	for _, sw := range afterSubjectSet.byFirst[w.runeAt(e)] {
		if k := e + len(sw); lexicon.HasPrefix(t[e:], sw) && (k == len(t) || w.v.bound[k]) && (rightCueSet.prefixOf(t[k:]) || ageAt(t, k) || w.secondAfterSubject(k) || w.wordAt(visitVerbSet, k)) {
			return true
		}
	}
	return false
}

// translitTokens takes the words the segmenter tags as transliterated
// names (nrt) of two to six characters, and those it tags as names (nr) of
// three to six, that are all characters of transliterated names
// (lexicon.ForeignTranslit) and that a foreign name may end after (a verb,
// an adverb, a time word, a function word, a cue or punctuation:
// 会见了内塔尼亚胡。, 特朗普当天在…); a name (nr) needs a person cue after it
// (a word of speech, of meeting) or a verb of visiting before it.
func (w *work) translitTokens(add func(s, e int, rule string)) {
	t := w.v.text
	for k, tok := range w.v.tokens {
		nrt := tok.POS == "nrt"
		if !nrt && (tok.POS != "nr" || len(tok.Text) < 9) || len(tok.Text) > 18 {
			continue
		}
		s := w.v.toComp(tok.Start)
		if s >= len(w.v.tokAt) || w.v.tokAt[s] != int32(k+1) {
			continue
		}
		tk, ok := w.v.tokenAt(s)
		if !ok {
			continue
		}
		e := tk.end
		n := utf8.RuneCountInString(t[s:e])
		if n < 2 || n > 6 || w.occupied[s] || w.occupied[e-1] || !w.allForeign(t[s:e]) || w.st.lex.NotName(t[s:e]) {
			continue
		}
		if w.st.lex.SurnameAt(t[s:]) > 0 && n <= 3 {
			continue // a Han name's reading is the candidates' (王志刚)
		}
		if !w.foreignNameEnd(e) {
			continue
		}
		// the run goes on to the left (古/特雷斯): not the whole name
		if s > 0 && w.st.lex.ForeignTranslit(runeBefore(t, s)) && isHan(runeBefore(t, s)) {
			continue
		}
		// 外教约翰逊在…, 美国选手约翰逊获得…: a role or a title right
		// before a word the segmenter knows as a transliterated name, where
		// the name goes on neither with a middle dot nor with another
		// transliteration character (书记莱斯利。, not 主席埃米/略·德…)
		roleBefore := nrt && (leftCueSet.suffixOf(t[:s]) || w.titleEndsAt(s)) && !w.translitGoesOn(e)
		if !w.cueAfter(e) && !visitCueSet.suffixOf(t[:s]) && !roleBefore {
			continue
		}
		// 谢尔盖·彼得罗夫 … 彼得罗夫表示: the last part of a full name
		// written elsewhere is that person's, no name of its own
		if strings.Contains(t, "·"+t[s:e]) || strings.Contains(t, "•"+t[s:e]) {
			continue
		}
		add(s, e, "ner.person.translit")
	}
}

// mannerThenVisit reports whether a manner adverb and a verb of a
// leader's visit or a person cue start at e, each a word of its own
// (详细询问, 实地察看).
func (w *work) mannerThenVisit(e int) bool {
	t := w.v.text
	r, _ := w.runes.at(e)
	for _, sw := range mannerAdverbSet.byFirst[r] {
		if k := e + len(sw); lexicon.HasPrefix(t[e:], sw) && k < len(t) && w.v.bound[k] && (w.wordAt(visitVerbSet, k) || rightCueSet.prefixOf(t[k:])) {
			return true
		}
	}
	return false
}

// translitGoesOn reports whether a transliterated name that ends at e
// goes on: a middle dot, a transliteration character, or one character and
// a middle dot follow; a person cue or a title ends it.
func (w *work) translitGoesOn(e int) bool {
	t := w.v.text
	if e >= len(t) || rightCueSet.prefixOf(t[e:]) || titleAt(w, e) {
		return false
	}
	r, n := w.runes.at(e)
	if r == '·' || r == '•' || isHan(r) && w.st.lex.ForeignTranslit(r) {
		return true
	}
	// 埃米/略·德: a character the segmenter read apart, then the dot
	r2, _ := w.runes.at(e + n)
	return isHan(r) && e+n < len(t) && (r2 == '·' || r2 == '•')
}

// foreignRoleBefore reports whether a role that ends at i follows a
// foreign country's or city's name (日本选手, 韩国球员).
func (w *work) foreignRoleBefore(i int) bool {
	t := w.v.text
	r, _ := lexicon.DecodeLastRune(t, i)
	for _, role := range leftCueSet.byLast[r] {
		if lexicon.HasSuffix(t[:i], role) {
			if p, ok := w.placeEndingAt(i - len(role)); ok && p.rule == places.RuleForeign {
				return true
			}
		}
	}
	return false
}

// photoPlaceEnd returns the end of a person's place in a photo that
// starts at i (左二, 右一, 前排左三, 左起第二, 中, 居中), or -1: a row, a side
// (左, 右, 左起, 右起) and an ordinal of one to ten, or the middle alone.
func photoPlaceEnd(t string, i int) int {
	for _, row := range [...]string{"前排", "后排", "中排", "第一排", "第二排", "第三排"} {
		if strings.HasPrefix(t[i:], row) {
			i += len(row)
			break
		}
	}
	for _, mid := range [...]string{"居中", "中"} {
		if strings.HasPrefix(t[i:], mid) {
			return i + len(mid)
		}
	}
	side := false
	for _, sd := range [...]string{"左起", "右起", "左", "右"} {
		if strings.HasPrefix(t[i:], sd) {
			i += len(sd)
			side = true
			break
		}
	}
	if !side {
		return -1
	}
	if strings.HasPrefix(t[i:], "第") {
		i += len("第")
	}
	r, sz := lexicon.DecodeRune(t, i)
	if i >= len(t) || !strings.ContainsRune("一二三四五六七八九十1234567890１２３４５６７８９", r) {
		return -1
	}
	return i + sz
}

// speechAfterOccasion reports whether, within twenty characters of i and
// before punctuation, 时, 中 or 上 ends an occasion and a word of speech
// follows it (在接受记者采访时说, 在会上强调, 在讲话中指出).
func speechAfterOccasion(t string, i int) bool {
	for n := 0; n < 20 && i < len(t); n++ {
		r, sz := lexicon.DecodeRune(t, i)
		if !isHan(r) {
			return false
		}
		i += sz
		if n > 0 && (r == '时' || r == '中' || r == '上') && startsWithAny(t[i:], occasionSpeech) {
			// 说 closed by punctuation (not 说不定)
			return !strings.HasPrefix(t[i:], "说") || !isHanAt(t, i+len("说"))
		}
	}
	return false
}

// Words of speech after an occasion (在会上强调).
var occasionSpeech = []string{"说", "表示", "指出", "强调", "介绍", "透露", "坦言", "要求", "提出"}

// birthYearAt reports whether a year of birth starts at i: four digits,
// 年 and 出生, 生 or 生人 (1940年出生, 1972年生).
func birthYearAt(t string, i int) bool {
	for n := 0; n < 4; n++ {
		if i >= len(t) || t[i] < '0' || t[i] > '9' {
			return false
		}
		i++
	}
	if !strings.HasPrefix(t[i:], "年") {
		return false
	}
	return strings.HasPrefix(t[i+len("年"):], "出生") || strings.HasPrefix(t[i+len("年"):], "生")
}

// Verbs of attending after 等 that close a list of people (王毅、秦刚等参加).
var etcAttendSet = newWordSet([]string{"参加", "出席", "陪同", "参与", "一同", "随同", "列席"})

// etcPeopleAt reports whether, right after 等 at i, a verb of attending
// (etcAttendSet) or a role of people (leftCues) starts at a word boundary,
// the role after up to two words of quality the segmenter tags as
// adjectives or distinctions (等优秀护士, 等老党员, 等一线医护人员 is none:
// 医护人员 is no role).
func (w *work) etcPeopleAt(i int) bool {
	t := w.v.text
	if i >= len(t) || !w.v.bound[i] {
		return false
	}
	if w.wordAt(etcAttendSet, i) {
		return true
	}
	for n := 0; ; n++ {
		if w.wordAt(leftCueSet, i) {
			return true
		}
		if n == 2 {
			return false
		}
		tk, ok := w.v.tokenAt(i)
		if !ok || tk.pos == "" || tk.pos[0] != 'a' && tk.pos[0] != 'b' {
			return false
		}
		i = tk.end
	}
}

// peopleCountEnd returns the end of a count of people in Chinese numerals
// that starts at i (两位, 三名), or -1.
func peopleCountEnd(t string, i int) int {
	n := 0
	for i < len(t) && n <= 2 {
		r, sz := lexicon.DecodeRune(t, i)
		if r == '名' || r == '位' {
			if n == 0 {
				return -1
			}
			return i + sz
		}
		if !strings.ContainsRune("一二三四五六七八九十两", r) {
			return -1
		}
		i += sz
		n++
	}
	return -1
}

// peopleCountAt reports whether a count of people starts at i: one to
// three digits or Chinese numerals and 人, 名 or 位 (等3人, 等五名, 等十二位).
func peopleCountAt(t string, i int) bool {
	n := 0
	for i < len(t) && n <= 3 {
		r, sz := lexicon.DecodeRune(t, i)
		if r == '人' || r == '名' || r == '位' {
			return n > 0
		}
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("一二三四五六七八九十两", r)) {
			return false
		}
		i += sz
		n++
	}
	return false
}

// Adverbs of one character that stand between a subject and its word of
// speech (卫子豪则表示, 李明还说).
var speechAdverbs = lexicon.NewRuneSet("则还又却便就也")

// Words of speech after such an adverb.
var speechCueSet = newWordSet([]string{"说", "表示", "指出", "介绍", "强调", "认为", "告诉", "称", "坦言", "笑着说",
	"回忆", "透露", "说道", "感慨", "直言", "补充"})

// adverbThenCue reports whether an adverb of one character that the
// segmenter reads as a word of its own, then a word of speech, starts at
// e (卫子豪则表示).
func (w *work) adverbThenCue(e int) bool {
	t := w.v.text
	r, n := w.runes.at(e)
	if !speechAdverbs.Has(r) || !w.v.bound[e] || e+n >= len(t) || !w.v.bound[e+n] {
		return false
	}
	if r == '也' && evenBefore(t, e) {
		return false // 连瓦里也说不清: 连 (even) and no surname
	}
	return w.wordAt(speechCueSet, e+n)
}

// evenBefore reports whether 连 (even) stands among the five characters
// before e in its clause (连瓦里也说, 连他自己也说).
func evenBefore(t string, e int) bool {
	for k, n := e, 0; k > 0 && n < 5; n++ {
		r, sz := lexicon.DecodeLastRune(t, k)
		if !isHan(r) {
			return false
		}
		if r == '连' {
			return true
		}
		k -= sz
	}
	return false
}

// secondAfterSubject reports whether a second time word or adverb that
// ends at a word boundary, then an age or a person cue, starts at k (刘桂兰
// 今年/已经/八十五岁, 张华昨天/已经/告诉).
func (w *work) secondAfterSubject(k int) bool {
	t := w.v.text
	// 车雨欣今年只有14岁: an adverb of degree before the age
	for _, adv := range [...]string{"只有", "才", "刚", "已", "仅"} {
		if strings.HasPrefix(t[k:], adv) && ageAt(t, k+len(adv)) {
			return true
		}
	}
	if k >= len(t) || !afterSubjectSet.first.Has(w.runeAt(k)) {
		return false
	}
	for _, sw := range afterSubjectSet.byFirst[w.runeAt(k)] {
		if j := k + len(sw); lexicon.HasPrefix(t[k:], sw) && j < len(t) && w.v.bound[j] && (rightCueSet.prefixOf(t[j:]) || ageAt(t, j)) {
			return true
		}
	}
	return false
}

// ageAt reports whether an age starts at i: a number of one to three
// digits or Chinese numerals and 岁 (周立军今年五十岁, 王芳36岁).
func ageAt(t string, i int) bool {
	return ageEnd(t, i) > 0
}

// ageEnd returns the end of an age that starts at i (ageAt), or -1.
func ageEnd(t string, i int) int {
	n := 0
	for i < len(t) && n <= 4 {
		r, sz := lexicon.DecodeRune(t, i)
		if r == '岁' {
			if n == 0 {
				return -1
			}
			return i + sz
		}
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("一二三四五六七八九十", r)) {
			return -1
		}
		i += sz
		n++
	}
	return -1
}

// commonWord reports whether [s, e) is a word of the dictionary that the
// segmenter does not tag as a name (文字), or tags as one but whose first
// two characters are a common word (陈列馆, 高中生: commonWordStart): in a
// list after a title, a role or a byline label, such a word ends the list.
func (w *work) commonWord(s, e int) bool {
	if w.st.lookup == nil {
		return false
	}
	pos, _, ok := w.st.lookup(w.v.text[s:e])
	return ok && (!strings.HasPrefix(pos, "nr") || w.commonWordStart(s, e))
}

// knownNameWithCue reads a three-character name at i that the segmenter
// tags as one person token and that a cue supports (a role before it, a
// word of speech after it). Its given name may then hold a character
// that is rare in given names at large but common in some (王建华表示,
// 张志强说, 陈东升认为: 建, 强, 东 are in the lexicon's stop characters);
// a character that never stands in a given name (hardStops) still rules
// it out.
func (w *work) knownNameWithCue(i, sn int, ends []int, left bool) (int, bool) {
	if len(ends) != 2 {
		return 0, false
	}
	t := w.v.text
	e := ends[1]
	if _, n := w.runes.at(i); n != sn {
		return 0, false // a one-character surname: 3 characters are surname + 2
	}
	if !left && !w.cueAfter(e) {
		return 0, false
	}
	if w.st.lex.Surname(t[i:i+sn]) < 2 || !w.nrTokenOver(i, e) || hasHardStop(t[i+sn:e]) {
		return 0, false
	}
	if w.commonWordStart(i, e) && !w.nameOverWordStart(i, sn, e, left) {
		return 0, false
	}
	if w.st.lex.NotName(t[i:e]) || w.occupiedByOther(i, e) || titleAt(w, i+sn) || leftCueSet.prefixOf(t[i+sn:e]) {
		return 0, false
	}
	return e, true
}

// Stop characters of the lexicon that stand in many given names all the
// same (王建平, 李东升, 张志强, 刘中华, 赵全胜, 王德发).
var givenStopSet = lexicon.NewRuneSet("建强东南中全进业发绍")

// Words of speech and action, and terms of address (王德全先生), after a
// name that opens a clause, for stopNameWithCue; each must end at a word
// boundary.
var openingCueSet = newWordSet(splitNameRight.words(), []string{"带领", "率领"}, addressAfter)

// stopNameWithCue reads a three-character name at i, a common surname of
// one character and a given name that holds one of givenStopSet, that the
// segmenter does not know as a name (覃建勇, 卢东升): it is taken where it
// opens a clause (at the start of the text, after punctuation or 据) or a
// role stands before it, and a word of speech or of leading follows it as
// a word of its own (说, 表示, 介绍, 告诉, 带领). The given name holds no
// other stop character, the three characters are no word of the
// dictionary, and their first two are no common word (高中生, 全面建).
func (w *work) stopNameWithCue(i, sn int, ends []int, left bool) (int, bool) {
	if len(ends) != 2 {
		return 0, false
	}
	t := w.v.text
	e := ends[1]
	if e >= len(t) || !w.v.bound[i] || !w.v.bound[e] || !(openingCueSet.first.Has(w.runeAt(e)) && w.wordAt(openingCueSet, e) || w.mannerThenVisit(e)) {
		return 0, false
	}
	if _, n := w.runes.at(i); n != sn || w.st.lex.Surname(t[i:i+sn]) < 2 || functionSurnames.Has(w.runeAt(i)) {
		return 0, false
	}
	stops := 0
	for _, r := range t[i+sn : e] {
		if !w.st.lex.StopChar(r) {
			continue
		}
		if !givenStopSet.Has(r) {
			return 0, false
		}
		stops++
	}
	// 杨建东说: two such characters (建东, 建中) as well
	if stops == 0 || !left && !w.clauseOpen(i) {
		return 0, false
	}
	if w.st.lex.NotName(t[i:e]) || w.occupiedByOther(i, e) || titleAt(w, i+sn) || leftCueSet.prefixOf(t[i+sn:e]) || w.commonWordStart(i, e) {
		return 0, false
	}
	if w.st.lookup != nil {
		if pos, _, ok := w.st.lookup(t[i:e]); ok && !strings.HasPrefix(pos, "nr") {
			return 0, false
		}
	}
	return e, true
}

// speakerBeforeColon reads the speaker of an interview or a dialogue: a
// name that opens a clause and stands right before a colon (邝少华：我们
// 会继续努力). It has a common surname, or the segmenter reads it as a
// name; its given name is clean; and it is no word of the dictionary
// (记者：, 时间：, 高中生：).
func (w *work) speakerBeforeColon(i, sn int, ends []int) (int, bool) {
	t := w.v.text
	if !w.v.bound[i] || !w.clauseOpen(i) {
		return 0, false
	}
	for _, e := range ends {
		if r := w.runeAt(e); r != '：' && r != ':' {
			continue
		}
		given := t[i+sn : e]
		if hasHardStop(given) || !cleanGiven(w, given) || w.st.lex.Surname(t[i:i+sn]) < 2 && !w.nrTokenOver(i, e) {
			return 0, false
		}
		if w.st.lex.NotName(t[i:e]) || w.occupiedByOther(i, e) || titleAt(w, i+sn) || leftCueSet.prefixOf(given) || w.commonWordStart(i, e) || w.commonWord(i, e) || slices.Contains(bylineLabels, t[i:e]) {
			return 0, false // 文图：: a byline label
		}
		// 海伦：专家下乡…: a division's short form before a headline's colon
		if w.st.placeName != nil && w.st.placeName(t[i:e]) {
			return 0, false
		}
		// 景迈山：千年古茶园…: a place's name before the colon of a
		// headline, its last character a word of its own that ends
		// places' names, and the segmenter's name over none of it (not
		// 王/nr 永/山：)
		if r, n := lexicon.DecodeLastRune(t, e); (placeFinalSet.Has(r) || naturalFinalSet.Has(r)) && w.oneCharTag(e-n, "n") && !w.nrTokenOver(e-n, e) &&
			!w.nrTokenAt(i) && !w.nrTokenOver(i+sn, e) {
			return 0, false
		}
		return e, true
	}
	return 0, false
}

// clauseOpen reports whether i opens a clause: the start of the text, or
// right after punctuation, another mention or 据.
func (w *work) clauseOpen(i int) bool {
	t := w.v.text
	if i == 0 {
		return true
	}
	r, n := lexicon.DecodeLastRune(t, i)
	if !isHan(r) || w.occupied[i-n] {
		return true
	}
	return r == '据' && w.tokenOver(i-n, i)
}

// nameTokenAt reports whether the segmenter has one person-name token
// exactly over [s, e), and that token does not begin with a common word
// (幸福感 and 农家乐 are tagged as names by the stock dictionary).
func (w *work) nameTokenAt(s, e int) bool {
	tk, ok := w.v.tokenAt(s)
	if !ok || tk.end != e || !strings.HasPrefix(tk.pos, "nr") {
		return false
	}
	return !w.commonWordStart(s, e)
}

// roleStartsWord reports whether a role that ends at i (leftCues), where
// i is inside a word of the segmenter, starts at a word boundary, and no
// later than that word or the segmenter tags the word after that word as
// a name (瓜/农林/志强; not 同学 in 同/学习/贯彻), or the text before i
// ends with 岁 (a name after an age).
func (w *work) roleStartsWord(i int) bool {
	t := w.v.text
	if strings.HasSuffix(t[:i], "岁") || strings.HasSuffix(t[:i], "岁的") {
		return true
	}
	r, _ := lexicon.DecodeLastRune(t, i)
	ts := w.prevToken(i) // the start of the word that i is inside
	named := false       // the segmenter tags the word after it a name (瓜/农林/志强)
	if tk, ok := w.v.tokenAt(ts); ts >= 0 && ok {
		if nt, ok := w.v.tokenAt(tk.end); ok && strings.HasPrefix(nt.pos, "nr") {
			named = true
		}
	}
	for _, role := range leftCueSet.byLast[r] {
		if rs := i - len(role); lexicon.HasSuffix(t[:i], role) && w.v.bound[rs] && (ts <= rs || named) {
			return true
		}
	}
	return false
}

// commonPairAt reports whether the two characters at i are a common word
// of the dictionary that is not a name (关系, 工作).
func (w *work) commonPairAt(i int) bool {
	t := w.v.text
	if w.st.lookup == nil || !isHanAt(t, i) {
		return false
	}
	_, n := w.runes.at(i)
	if !isHanAt(t, i+n) {
		return false
	}
	_, m := w.runes.at(i + n)
	pos, freq, ok := w.st.lookup(t[i : i+n+m])
	return ok && freq >= 100 && !strings.HasPrefix(pos, "nr")
}

// commonWordStart reports whether the first two characters of a
// three-character candidate are a common word of the dictionary that is
// not a name (幸福感, 农家乐).
func (w *work) commonWordStart(s, e int) bool {
	if w.st.lookup == nil || utf8.RuneCountInString(w.v.text[s:e]) != 3 {
		return false
	}
	_, n := w.runes.at(s)
	_, m := w.runes.at(s + n)
	pos, freq, ok := w.st.lookup(w.v.text[s : s+n+m])
	return ok && freq >= 100 && !strings.HasPrefix(pos, "nr")
}

// Characters that are surnames but, standing alone before a name, are
// far more often a preposition, a conjunction or a verb (向金龙表示感谢,
// 和金龙一起): nameOverWordStart does not join them to the name after,
// and functionWordStart tells where they are no surname. 于 is left out:
// as a surname it is common, and the preposition 于 seldom stands right
// before a name (副县长于有文).
var functionSurnames = lexicon.NewRuneSet("和与同向对把被让将从在跟给为及以由都")

// Title-less words before a one-character surname that leave it free to
// start a name (据白金龙介绍, 对白金龙说).
var nameOpeners = map[string]bool{"据": true, "对": true, "向": true, "与": true, "和": true, "同": true, "由": true, "请": true, "让": true, "跟": true, "给": true}

// functionWordStart reports whether the surname of a name at s is rather
// a preposition or a conjunction (向, 和, 同 …): the segmenter has it as a
// word of its own inside a clause, after a word that is neither a title
// nor a role (他向金龙表示感谢, 孩子和鸽群), or tags it as a conjunction or
// a preposition there (总统和夫人). Where it opens a clause (向金龙表示，),
// or after a role or a title and tagged otherwise (村民向金龙说), it may be
// a surname; a name token over it (副县长向阳) is never in question.
func (w *work) functionWordStart(s int) bool {
	t := w.v.text
	if s == 0 || !functionSurnames.Has(w.runeAt(s)) {
		return false
	}
	r, n := lexicon.DecodeLastRune(t, s)
	if !isHan(r) || w.occupied[s-n] {
		return false
	}
	tk, ok := w.v.tokenAt(s)
	if !ok || !w.v.bound[s] || tk.end != s+len(string(w.runeAt(s))) {
		return false
	}
	// the segmenter's conjunction, preposition or adverb, even after a
	// title or a role: 总统和夫人, 老师对金龙说, 作家都有
	if strings.HasPrefix(tk.pos, "c") || strings.HasPrefix(tk.pos, "p") || strings.HasPrefix(tk.pos, "d") {
		return true
	}
	// 县长向群众表示感谢, 书记向大家介绍: a role or a pronoun after it is
	// its object, even after a title or a role
	if nt, ok := w.v.tokenAt(tk.end); ok && w.v.bound[tk.end] && (nt.pos == "r" || roleWords[t[tk.end:nt.end]] || groupWords[t[tk.end:nt.end]] ||
		utf8.RuneCountInString(t[tk.end:nt.end]) >= 3 && !strings.HasPrefix(nt.pos, "nr")) {
		// (向/社会各界: a word of three characters or more after it would
		// make a name of four)
		return true
	}
	if leftCueSet.suffixOf(t[:s]) || strings.HasSuffix(t[:s], "岁") || strings.HasSuffix(t[:s], "岁的") {
		return false
	}
	for _, ti := range w.titles {
		if ti.e == s {
			return false
		}
	}
	return true
}

// nameOverWordStart reports whether the three characters [i, e), whose
// first two are a common word (commonWordStart), are a name all the same:
// a common surname of one character (sn bytes) and a given name of two
// that the segmenter reads as a name, where a cue supports it. It holds
//
//   - where the segmenter tags the three characters as one name token and
//     a word of speech follows as a word of its own (王国平说, not
//     幸福感说明), or a role stands before it and a person cue follows
//     as a word of its own (村民王国平表示, not 群众幸福感说明);
//   - where the segmenter splits the surname off as a word of its own and
//     tags the two characters after it as a name (白/金龙), the surname is
//     no function word (向, 和, 对 …), it opens a clause (after
//     punctuation, at the start of the text, after a role or after 据,
//     对 …), and a person cue follows or a role stands before it.
//
// A role before a name token with nothing after it is not enough: the
// stock dictionary tags 幸福感 as a name, and 群众 is a role.
func (w *work) nameOverWordStart(i, sn, e int, left bool) bool {
	t := w.v.text
	if _, n := w.runes.at(i); n != sn || utf8.RuneCountInString(t[i:e]) != 3 {
		return false
	}
	if w.st.lex.Surname(t[i:i+sn]) < 2 || hasHardStop(t[i+sn:e]) || w.st.lex.NotName(t[i:e]) || e < len(t) && !w.v.bound[e] {
		return false
	}
	cue := rightCueSet.prefixOf(t[e:])
	if w.nrTokenOver(i, e) {
		return w.wordAt(splitNameRight, e) || left && w.wordAt(rightCueSet, e)
	}
	if !w.tokenOver(i, i+sn) || !w.nrTokenOver(i+sn, e) || functionSurnames.Has(w.runeAt(i)) {
		return false
	}
	if !cue && !left {
		return false
	}
	if i == 0 || left {
		return true
	}
	r, n := lexicon.DecodeLastRune(t, i)
	if !isHan(r) || w.occupied[i-n] {
		return true
	}
	k := w.prevToken(i)
	return k >= 0 && nameOpeners[t[k:i]]
}

// wordAt reports whether a word of ws starts at e and ends at a boundary
// of the segmenter: 说 in 王国平说, not in 幸福感说明.
func (w *work) wordAt(ws *wordSet, e int) bool {
	t := w.v.text
	r, _ := w.runes.at(e)
	for _, sw := range ws.byFirst[r] {
		if lexicon.HasPrefix(t[e:], sw) && (e+len(sw) == len(t) || w.v.bound[e+len(sw)]) {
			return true
		}
	}
	return false
}

// Adverbs that stand before a verb and never before the subject of a
// clause: a "name" after one of them is what is done (正在修房子).
var preVerbAdverbs = map[string]bool{
	"正在": true, "已经": true, "曾经": true, "一直": true, "始终": true, "仍然": true, "依然": true,
	"总是": true, "常常": true, "经常": true, "早已": true, "刚刚": true, "立即": true, "马上": true,
	"亲自": true, "专门": true, "特意": true, "再次": true,
}

// nameContext reports whether the words around [s, e) let it be a name
// on the segmenter's word alone: never after 的 (张三的梅花鹿) or an adverb
// that stands before verbs (正在修房子), and not
// followed by a noun that makes it a modifier (高精尖产业).
func (w *work) nameContext(s, e int) bool {
	t := w.v.text
	if s > 0 {
		r, n := lexicon.DecodeLastRune(t, s)
		if isHan(r) && !w.occupied[s-n] {
			k := w.prevToken(s)
			if k < 0 {
				return false
			}
			if t[k:s] == "的" || preVerbAdverbs[t[k:s]] {
				return false
			}
		}
	}
	if e < len(t) {
		if !w.v.bound[e] {
			return false
		}
		// 蒋家堰镇党委书记, 蒋家堰/镇/卫生院: a place's name before its
		// level (镇, 乡, 村), not a person before 镇长
		if r, n := w.runes.at(e); (r == '镇' || r == '乡' || r == '村') && !strings.HasPrefix(t[e+n:], "长") {
			return false
		}
		if tk, ok := w.v.tokenAt(e); ok && strings.HasPrefix(tk.pos, "n") && !strings.HasPrefix(tk.pos, "nr") && utf8.RuneCountInString(t[e:tk.end]) >= 2 {
			if isTitle := w.titleEnd(e) >= 0; !isTitle && !rightCueSet.prefixOf(t[e:]) && !namedAfterSet.prefixOf(t[e:]) {
				return false
			}
		}
	}
	return true
}

// lastCharStop reports whether [s, e) is a common surname (weight 2 or
// more) and a given name of two characters whose first is clean and whose
// last only is a stop character (赵兴建: 建 ends many given names), that
// starts a word of the segmenter (not 童 in 女儿童) unless its given name
// is one name token (瓜农林志强: 志强), and whose surname is
// not a conjunction (林农和林业). With a role before it such a name is
// taken.
func (w *work) lastCharStop(s, sn, e int) bool {
	t := w.v.text
	if w.st.lex.Surname(t[s:s+sn]) < 2 || !w.v.bound[s] && !w.nrTokenOver(s+sn, e) || t[s:s+sn] == "和" || t[s:s+sn] == "同" {
		return false
	}
	r1, n1 := w.runes.at(s + sn)
	if s+sn+n1 >= e {
		return false
	}
	r2, n2 := w.runes.at(s + sn + n1)
	return s+sn+n1+n2 == e && !w.st.lex.StopChar(r1) && !hardStopSet.Has(r2)
}

// firstCharStop reports whether [s, e) is a common surname of one
// character and a given name of two whose first is a stop character
// common in given names (givenStopSet) and whose last is clean, that the
// segmenter reads as one word that ends at a word boundary: a name
// (摊主韦/东明正忙着), a place or a proper noun before a person cue or a
// word of residence or after an age (32岁的覃/东林站在), a common noun
// before a cue only (65岁的周/建平家住, 市民杨/建国今年43岁; not 村民王/建房
// 需要), and so does a verb (患者吴/建新/v今年67岁). With a role before
// it such a name is taken.
func (w *work) firstCharStop(s, sn, e int) bool {
	t := w.v.text
	if w.st.lex.Surname(t[s:s+sn]) < 2 || !w.v.bound[e] {
		return false
	}
	if _, n := w.runes.at(s); n != sn {
		return false
	}
	r1, n1 := w.runes.at(s + sn)
	if !givenStopSet.Has(r1) || s+sn+n1 >= e {
		return false
	}
	r2, n2 := w.runes.at(s + sn + n1)
	if s+sn+n1+n2 != e || w.st.lex.StopChar(r2) {
		return false
	}
	tk, ok := w.v.tokenAt(s + sn)
	if !ok || tk.end != e {
		return false
	}
	// 摊主韦/东明/nr: a given name the segmenter tags as a name needs no
	// cue after it; one it tags as a place, a cue or an age right before
	// it (32岁的覃/东林站在); a common noun, a cue (65岁的周/建平家住)
	if strings.HasPrefix(tk.pos, "nr") {
		return true
	}
	cue := w.cueAfter(e) || startsWithAny(t[e:], residenceCues)
	if tk.pos == "ns" || tk.pos == "nz" {
		return cue || strings.HasSuffix(t[:s], "岁的")
	}
	return (tk.pos == "n" || tk.pos == "v") && cue // 患者吴/建新/v今年67岁
}

// residentBefore reports whether a word of residence (家住, 现居, 居住在)
// begins the words that end at j, within the clause and at most ten
// characters before (现居成都市的张晓东: 的 at j).
func residentBefore(t string, j int) bool {
	k := j
	for n := 0; k > 0 && n < 10; n++ {
		r, size := lexicon.DecodeLastRune(t, k)
		if !isHan(r) {
			return false
		}
		k -= size
		for _, c := range residenceCues {
			if lexicon.HasPrefix(t[k:j], c) && k+len(c) < j {
				return true
			}
		}
		// 来自哈尔滨的凌素珍: where a person comes from
		if strings.HasPrefix(t[k:j], "来自") && k+len("来自") < j {
			return true
		}
	}
	return false
}

// residenceCues after a name tell where the person lives (周建平家住…).
var residenceCues = []string{"家住", "家在", "现居", "住在", "居住在"}

// villagerNext may follow the name of a villager after X村的 (沈建华今年
// 35岁, 马占仓是…).
var villagerNext = []string{"今年", "是", "已经", "已", "也", "家", "一家", "年过", "年近"}

// villageEndsAt reports whether a village or a community ends at e: a
// place mention whose name ends with 村, 社区, 嘎查 or 屯.
func (w *work) villageEndsAt(e int) bool {
	t := w.v.text
	if !endsWithAny(t[:e], []string{"村", "社区", "嘎查", "屯"}) {
		return false
	}
	for _, p := range w.places {
		if p.e == e && p.typ == extract.Place {
			return true
		}
	}
	return false
}

// givenStopsOnly reports whether every stop character of the given name g
// is one common in given names (givenStopSet).
func givenStopsOnly(w *work, g string) bool {
	for _, r := range g {
		if w.st.lex.StopChar(r) && !givenStopSet.Has(r) || hardStopSet.Has(r) {
			return false
		}
	}
	return g != ""
}

func cleanGiven(w *work, g string) bool {
	for _, r := range g {
		if w.st.lex.StopChar(r) {
			return false
		}
	}
	return g != ""
}

// Titles that nearly always belong to a foreign person: a transliterated
// name may stand after or before them without a country named.
var foreignTitles = map[string]bool{
	"总统": true, "副总统": true, "首相": true, "国务卿": true, "国王": true, "女王": true, "王储": true,
	"亲王": true, "外交大臣": true, "教皇": true, "教宗": true,
}

// foreignTitle reports whether the title ti announces a foreign person: a
// country or foreign city is written right before it (法国总统, 俄罗斯外长)
// and is not where a Chinese envoy is posted (驻法国大使), or the title is
// one of foreignTitles.
//
// The country may also stand before the field of the title, a noun of two
// characters, read by the segmenter as a word of its own or with the
// title (美国/财政部长耶伦, 美国/财政/部长), and an organization whose name
// begins with a country or with 欧洲, 欧盟, 世界 or 联合国 announces a
// foreign person too (欧洲中央银行行长拉加德).
func (w *work) foreignTitle(ti span) bool {
	t := w.v.text
	if foreignTitles[t[ti.s:ti.e]] {
		return true
	}
	foreignAt := func(e int) bool {
		p, ok := w.placeEndingAt(e)
		return ok && p.rule == places.RuleForeign && !strings.HasSuffix(t[:p.s], "驻")
	}
	if foreignAt(ti.s) {
		return true
	}
	// the field: two characters before the title, one word or the start
	// of the title's word
	if k := ti.s - 2*len("部"); k > 0 && utf8.RuneCountInString(t[k:ti.s]) == 2 && isHanAt(t, k) && w.v.bound[k] {
		if tk, ok := w.v.tokenAt(k); ok && tk.pos != "" && tk.pos[0] == 'n' && (tk.end == ti.s || tk.end >= ti.e) && foreignAt(k) {
			return true
		}
	}
	for _, o := range w.orgs {
		if o.e == ti.s {
			if startsWithAny(t[o.s:o.e], foreignBodyStarts) {
				return true
			}
			if p, ok := w.placeStartingAt(o.s); ok && p.rule == places.RuleForeign {
				return true
			}
		}
	}
	return false
}

// foreignBodyStarts begin the names of international bodies whose
// officers are foreign people (欧洲中央银行, 世界卫生组织); not 国际, which
// begins the names of many Chinese companies.
var foreignBodyStarts = []string{"欧洲", "欧盟", "世界", "联合国"}

// foreignNameAfter reads a transliterated name at s after a title in a
// foreign context (法国总统马克龙访问…, 联合国秘书长古特雷斯呼吁…): the longest
// run of two to eight transliteration characters (lexicon.ForeignTranslit,
// the middle dot included) that ends at a word boundary where a verb, a
// word of speech, a title, a function word or punctuation follows. A
// transliteration has no segment boundary to stop it, so the next word
// decides where it ends.
func (w *work) foreignNameAfter(s int) (int, bool) {
	t := w.v.text
	var ends [8]int
	n := 0
	for k := s; k < len(t) && n < len(ends); {
		r, sz := w.runes.at(k)
		if !w.st.lex.ForeignTranslit(r) || w.occupied[k] {
			break
		}
		k += sz
		ends[n] = k
		n++
	}
	if n > 0 && w.dotSoonAfter(ends[n-1]) {
		// 埃米略·德·孔西里斯: a character missing from the list cuts a
		// name that goes on over a middle dot; no part of it is the name
		return 0, false
	}
	for j := n - 1; j >= 1; j-- {
		e := ends[j]
		if r, _ := lexicon.DecodeLastRune(t, e); r == '·' || r == '•' {
			continue
		}
		if e < len(t) && !w.v.bound[e] {
			continue
		}
		if j >= 3 && w.v.bound[ends[j-1]] && w.oneCharTag(ends[j-1], "c") && (j >= 4 || leftCueSet.prefixOf(t[e:]) || w.commonNounAt(e)) {
			// 队长边巴顿珠/和/驻村干部: a conjunction of its own ends a name
			// of four characters or more before it
			continue
		}
		if j == 3 && w.oneCharTag(ends[2], "c") && w.hanNameOfThree(s, ends[2]) {
			// 局长林明丽/和/同事们: 和 after a Han name of three characters
			// with a common surname is a conjunction (巴图孟和: a rare one)
			continue
		}
		if w.foreignNameEnd(e) {
			return e, true
		}
	}
	return 0, false
}

// prepBeforeName returns the length of 向, 为 or 给, prepositions and
// surnames, at s where a name of three characters with a common surname and a clean
// given name follows it and a cue, a verb or a list's end closes that
// name (县长向刘秀英表示感谢: 向 is the preposition; 向刘秀 would leave 英;
// 书记为黄振华颁发), or 0.
func (w *work) prepBeforeName(s int) int {
	t := w.v.text
	r, n := w.runes.at(s)
	if r != '向' && r != '为' && r != '给' || s+n >= len(t) {
		return 0
	}
	s2 := s + n
	sn := w.st.lex.SurnameAt(t[s2:])
	if sn == 0 || w.st.lex.Surname(t[s2:s2+sn]) < 2 {
		return 0
	}
	e, ok := w.nameAfterCue(s2)
	if !ok || utf8.RuneCountInString(t[s2:e]) != 3 || strings.ContainsFunc(t[s2+sn:e], w.st.lex.StopChar) {
		return 0
	}
	// 镇长向惠告诉记者: 向 is the surname of a name of two characters
	// that a cue closes
	if w.cueAfter(s2 + sn) {
		return 0
	}
	if e < len(t) && !w.cueAfter(e) && !w.listVerbAt(e) && !listEnd(w.runeAt(e)) {
		return 0
	}
	return n
}

// longNameToken returns the end of a person-name token of the segmenter
// of four to six characters that starts at s and runs past e, where a
// transliterated name may end (吉马良斯 over 吉马良, a character of the
// name missing from the transliteration list), or e.
func (w *work) longNameToken(s, e int) int {
	if !w.v.bound[s] {
		return e
	}
	tk, ok := w.v.tokenAt(s)
	if !ok || tk.end <= e || !strings.HasPrefix(tk.pos, "nr") || w.occupied[e] {
		return e
	}
	if n := utf8.RuneCountInString(w.v.text[s:tk.end]); n < 4 || n > 6 || hasHardStop(w.v.text[e:tk.end]) || !w.foreignNameEnd(tk.end) {
		return e
	}
	return tk.end
}

// dotSoonAfter reports whether a middle dot follows e after one or two
// Han characters (埃米|略·德).
func (w *work) dotSoonAfter(e int) bool {
	t := w.v.text
	for k, i := e, 0; i < 3 && k < len(t); i++ {
		r, sz := w.runes.at(k)
		if r == '·' || r == '•' {
			return i > 0
		}
		if !isHan(r) {
			return false
		}
		k += sz
	}
	return false
}

// hanNameOfThree reports whether [s, e) is three characters, a common
// surname of one character (weight 2 or more) and a given name of two.
func (w *work) hanNameOfThree(s, e int) bool {
	r, n := w.runes.at(s)
	return utf8.RuneCountInString(w.v.text[s:e]) == 3 && w.st.lex.SurnameAt(w.v.text[s:e]) == n && w.st.lex.Surname(string(r)) >= 2
}

// Words that may follow a foreign name directly.
var afterForeignName = []string{"的", "在", "于", "和", "与", "及", "等", "也", "还", "将", "已", "曾", "则", "就", "对", "向", "同", "是", "为",
	// honorifics after a name (基辛格博士, 总统阁下)
	"博士", "阁下", "教授"}

// foreignNameEnd reports whether a transliterated name may end at e.
func (w *work) foreignNameEnd(e int) bool {
	t := w.v.text
	if e >= len(t) || !isHanAt(t, e) {
		return true
	}
	if rightCueSet.prefixOf(t[e:]) || titleAt(w, e) || startsWithAny(t[e:], afterForeignName) {
		return true
	}
	// a verb, an adverb, a time word or a set phrase after it (特朗普此前宣布,
	// 马克龙近日, 布林肯通电话)
	tk, ok := w.v.tokenAt(e)
	return ok && tk.pos != "" && strings.ContainsAny(tk.pos[:1], "vdtli")
}

// foreignNameBefore reads a transliterated name right before a title in a
// foreign context (拜登总统, 法国马克龙总统): the longest run of two to six
// transliteration characters ending at the title that starts at a word
// boundary after punctuation, a place, a verb, a preposition, a
// conjunction or a particle.
func (w *work) foreignNameBefore(ti span) (int, bool) {
	if !foreignTitles[w.v.text[ti.s:ti.e]] {
		return 0, false
	}
	t := w.v.text
	var starts [6]int
	n := 0
	for k := ti.s; k > 0 && n < len(starts); {
		r, sz := lexicon.DecodeLastRune(t, k)
		if !w.st.lex.ForeignTranslit(r) || w.occupied[k-sz] {
			break
		}
		k -= sz
		starts[n] = k
		n++
	}
	for j := n - 1; j >= 1; j-- {
		s := starts[j]
		if !w.v.bound[s] || w.st.lex.NotName(t[s:ti.s]) {
			continue
		}
		if r, _ := w.runes.at(s); r == '·' || r == '•' {
			continue
		}
		if s == 0 || !isHan(runeBefore(t, s)) || w.isPlaceEnd(s) {
			return s, true
		}
		k := w.prevToken(s)
		if k < 0 {
			continue
		}
		if tk, ok := w.v.tokenAt(k); ok && tk.pos != "" && strings.ContainsAny(tk.pos[:1], "vpcu") {
			return s, true
		}
	}
	return 0, false
}

func runeBefore(t string, i int) rune {
	r, _ := lexicon.DecodeLastRune(t, i)
	return r
}

// Hard stops and stop characters that stand in given names too (王月梅,
// 黄为民, 周万福, 汤元凯, 郑向阳, 李从军, 刘向前, 杨和平, 刘于红).
var nameStopSet = lexicon.NewRuneSet("月元万为向年从前和于日")

// Words after a name that close it for stopCharName: a speech verb, a
// verb of attending (县委书记郑向阳出席), a word of time or an adverb that
// opens the clause (村民孙桂月今年72岁, 村民李月梅已经), or punctuation and
// a number (checked apart).
var stopNameRight = newWordSet([]string{"说", "表示", "介绍", "指出", "强调", "告诉", "称", "坦言", "透露", "笑着说", "说道", "认为", "等",
	"出席", "主持", "讲话", "带队", "率队", "陪同", "一行", "调研", "同志", "参加",
	"今年", "今天", "昨天", "近日", "当天", "已经", "正在", "每天", "一直", "笑着", "高兴地", "家住",
	"是", "带着", "领着"})

// stopCharName reads a given name, after a strong cue, that holds one of
// nameStopSet: the given name starts at g and may end at ends; it is taken
// when a speech verb or punctuation follows it, and no other character of
// it is a stop. Of two lengths, the longer that is closed so wins (村民
// 王月梅说, not 王月); where neither is (县长周万元旦), nothing is read.
func (w *work) stopCharName(g int, ends []int) (int, bool) {
	t := w.v.text
	for k := len(ends) - 1; k >= 0; k-- {
		e := ends[k]
		given := t[g:e]
		held := false
		ok := true
		for i, r := range given {
			switch {
			case nameStopSet.Has(r):
				held = true
			case r == '和' && i > 0 && i+len("和") == len(given) && strings.HasPrefix(t[e:], "同志") && !strings.HasPrefix(t[e:], "同志们"):
				// 孙广和同志: 和 ends a given name before 同志
				held = true
			case hardStopSet.Has(r) || w.st.lex.StopChar(r) && !givenStopSet.Has(r) || w.occupied[g+i]:
				// a stop character common in given names may stand
				// beside it (李向东)
				ok = false
			}
		}
		if !ok || !held {
			continue
		}
		if e < len(t) {
			r, _ := w.runes.at(e)
			if isHan(r) && !stopNameRight.prefixOf(t[e:]) || strings.ContainsRune("（(“\"-—", r) {
				continue
			}
			// 乔石从3月起: a preposition that ends the given name before a
			// number or a letter is the clause's
			if last, _ := lexicon.DecodeLastRune(given, len(given)); strings.ContainsRune("从于和为向", last) && !isHan(r) && !unicode.IsPunct(r) && !unicode.IsSpace(r) {
				continue
			}
		}
		return e, true
	}
	return 0, false
}

// comradeStopName reads a name of three characters before 同志 (not
// 同志们) whose given name holds one of nameStopSet (祁永年同志): a
// surname at a word boundary and a given name whose first character is
// clean, which is no word of the dictionary.
func (w *work) comradeStopName(i, sn int, ends []int) (int, bool) {
	t := w.v.text
	if len(ends) != 2 || sn != len("王") || !strings.HasPrefix(t[ends[1]:], "同志") || strings.HasPrefix(t[ends[1]+len("同志"):], "们") {
		return 0, false
	}
	e2, e3 := ends[0], ends[1]
	if !cleanGiven(w, t[i+sn:e2]) || !w.v.bound[i] {
		return 0, false
	}
	e, ok := w.stopCharName(i+sn, ends[1:])
	if !ok || e != e3 || w.occupiedByOther(i, e) || w.st.lex.NotName(t[i:e]) || w.commonWordStart(i, e) || w.commonWord(i, e) {
		return 0, false
	}
	return e, true
}

// stopGivenToken reports whether [i, e) is a surname and a given name of
// one character that is a stop character common in given names (强, 东,
// 建: givenStopSet), and the segmenter reads the two characters as one
// name (村民李强已经, 卫东近日).
func (w *work) stopGivenToken(i, sn, e int) bool {
	g := w.v.text[i+sn : e]
	r, n := utf8.DecodeRuneInString(g)
	return n == len(g) && givenStopSet.Has(r) && w.nrTokenOver(i, e)
}

// cleanJapanese reports whether a given name after a Japanese surname
// holds no hard stop, and no stop character at its end (恒治, 和夫, 健太郎;
// not 华讲, 在).
func (w *work) cleanJapanese(given string) bool {
	if utf8.RuneCountInString(given) > 3 {
		return false
	}
	for _, r := range given {
		if hardStopSet.Has(r) {
			return false
		}
	}
	last, _ := utf8.DecodeLastRuneInString(given)
	return !w.st.lex.StopChar(last)
}

// Characters that stand in no Yi given name: function words, and 说.
const yiStops = "的了在是着过们这那个不也都就与及或被把将从向对为以所等和到说"

// Characters that may follow a Yi name as words of their own.
const yiFollowers = "是在的和与及等也就还都将对把被向为"

// yiNameAt reads at s a Yi name of four characters, a clan name of the
// lexicon (曲比, 沙马, 吉克) and a given name of two characters (曲比阿且,
// 沙马拉毅), that ends at a word boundary. A word of speech, of time or a
// title after it, punctuation, a function word (是, 在, 和), the end of
// the run a strong cue delimits (run; -1 for none: 记者 吉克伍沙 文/图)
// or a verb closes it. The given
// name holds no function character (海来生/也), and the segmenter reads no
// name over its first three characters or its second and third after a
// Han surname, unless it reads one over the last (马/海燕/nr 站/v: a Han
// name; 沙/马拉/nr 毅/nr is a Yi one). A Han name of three characters
// before a cue of two (马海燕出席) has no word boundary after a fourth;
// after a Han surname, a fourth character that is a verb of its own
// needs a word of speech or punctuation after it (吉木生/站/在; 阿的日作/
// 说 is a name).
func (w *work) yiNameAt(s, run int) (int, bool) {
	t := w.v.text
	cl := w.st.lex.YiClanAt(t[s:])
	if cl == 0 {
		return 0, false
	}
	var buf [2]int
	ends := runeEnds(buf[:0], t, s+cl, 2)
	if len(ends) != 2 {
		return 0, false
	}
	e := ends[1]
	if e < len(t) && !w.v.bound[e] && e != run || strings.ContainsAny(t[s+cl:e], yiStops) || w.occupiedByOther(s, e) {
		return 0, false
	}
	k := ends[0]
	// 马/海燕/nr 站/v: a Han surname and the segmenter's name over the
	// first three characters or the second and third, and no name over
	// the last
	_, n1 := w.runes.at(s)
	if w.st.lex.SurnameAt(t[s:]) == n1 && (w.nrTokenOver(s, k) || w.nrTokenOver(s+n1, k)) && !w.nrTokenOver(k, e) || w.st.lex.NotName(t[s:e]) {
		return 0, false
	}
	if e == len(t) || e == run || !isHanAt(t, e) || rightCueSet.prefixOf(t[e:]) {
		return e, true
	}
	if w.st.lex.SurnameAt(t[s:]) == n1 && w.oneCharTag(k, "v") {
		// 吉木生/站/在: a Han name and a verb of one character, unless
		// a word of speech closes the four (阿的日作/说)
		return 0, false
	}
	if afterSubjectSet.prefixOf(t[e:]) || subjectVerbSet.prefixOf(t[e:]) || titleAt(w, e) || startsWithAny(t[e:], bareNameNext) {
		return e, true
	}
	if tk, ok := w.v.tokenAt(e); ok {
		if tk.end == e+len(string(w.runeAt(e))) && strings.ContainsRune(yiFollowers, w.runeAt(e)) {
			return e, true
		}
		if strings.HasPrefix(tk.pos, "v") {
			return e, true
		}
	}
	return 0, false
}

// yiCandidate reads a Yi name at i (yiNameAt) that a role before it
// supports (村民海来阿牛, 32岁的俄地阿莫), or a word of speech or an age
// after it (搬迁户阿的日作说).
func (w *work) yiCandidate(i int) (int, string, bool) {
	t := w.v.text
	if w.st.lex.YiClanAt(t[i:]) == 0 {
		return 0, "", false
	}
	left := strings.HasSuffix(t[:i], "岁的") || leftCueSet.suffixOf(t[:i]) ||
		strings.HasSuffix(t[:i], "的") && residentBefore(t, i-len("的")) // 家住三河村的俄木伍沙
	if !left && !w.v.bound[i] {
		return 0, "", false
	}
	// 补选俄木伍沙为, 任命：↵吉克阿呷为: a notice's verb or heading, and
	// what closes a name there after it
	appoint := !left && (appointCueSet.suffixOf(t[:i]) || lexicon.AppointListVerb(t, i) != "")
	e, ok := w.yiNameAt(i, -1)
	switch {
	case !ok:
		return 0, "", false
	case left, appoint && (listClose(t, e) || startsWithAny(t[e:], appointClose)):
		return e, "ner.person.role", true
	case w.cueAfter(e):
		return e, "ner.person.speech", true
	}
	return 0, "", false
}

// placeTaggedName reads a name of three characters at i that the
// segmenter tags as a place (患者家属马建国/ns 激动地说): a role before it,
// a common surname of one character, a given name with no stop character
// but one of those common in given names (建, 强, 东 …), no place
// mention over it, and a word of speech, an age or a verb of a subject
// after it; its last character ends no small place's name (老人黄土坡
// 介绍: a place).
func (w *work) placeTaggedName(i, sn int, tk tokenInfo, left bool) (int, bool) {
	t := w.v.text
	e := tk.end
	if !left || !strings.HasPrefix(tk.pos, "ns") || utf8.RuneCountInString(t[i:e]) != 3 {
		return 0, false
	}
	if last, _ := lexicon.DecodeLastRune(t, e); placeFinalSet.Has(last) {
		return 0, false
	}
	if _, n := w.runes.at(i); n != sn || w.st.lex.Surname(t[i:i+sn]) < 2 || functionSurnames.Has(w.runeAt(i)) {
		return 0, false
	}
	stops := 0
	for _, r := range t[i+sn : e] {
		if w.st.lex.StopChar(r) {
			if !givenStopSet.Has(r) {
				return 0, false
			}
			stops++
		}
	}
	if stops > 1 || w.occupiedByOther(i, e) || w.st.lex.NotName(t[i:e]) || !(w.cueAfter(e) || w.wordAt(subjectVerbSet, e)) {
		return 0, false
	}
	return e, true
}

// Characters that end the names of small places (黄土坡, 王家湾, 张家庄)
// and no given name.
var placeFinalSet = lexicon.NewRuneSet("坡湾沟庄口营坪岭寨塘坝井屯堡坊店铺滩洼垭坳岗峪集圩洲岛")

// Characters that end the names of mountains, rivers and lakes (景迈山,
// 澜沧江), and many given names too (刘青山, 张振江).
var naturalFinalSet = lexicon.NewRuneSet("山江河湖峰川")

// Words of speech that close a name the segmenter has split into
// ordinary words (splitNameWithCue).
var splitNameRight = newWordSet([]string{
	"说", "表示", "指出", "介绍", "强调", "认为", "告诉", "坦言", "笑着说", "笑着", "笑道", "笑言", "笑称",
	"感慨", "回忆", "透露", "讲述", "说道", "答道",
})

// Characters that end a common noun made of a two-character word and a
// suffix (高校方, 金融界, 安全员, 文化性): a three-character run ending
// with one is not read as a name by splitNameWithCue.
var nounSuffixSet = lexicon.NewRuneSet("方界员家者性化型式率类感度版派团户商师人士物品")

// splitNameWithCue reads a name at i of a surname (sn bytes) and a given
// name of two characters that the segmenter has split into ordinary
// words, the first of them tk, a noun or an adjective of two characters
// that starts with the surname (白金/虎, 江海/涛, 黄金/花). The name is
// taken only where it opens a clause (after punctuation, at the start of
// the text, or after 据) or a role stands before it (left: 老人王国/庆说),
// a word of speech follows it as a word of its own (说, 表示, 笑着说 …;
// not 说 in 说明), its given name is clean (no stop
// character), its last character is no noun suffix (高校方, 金融界), and the
// three characters are no word of the dictionary (安全员).
func (w *work) splitNameWithCue(i, sn int, tk tokenInfo, left bool) (int, bool) {
	t := w.v.text
	if i > 0 && !left {
		r, n := lexicon.DecodeLastRune(t, i)
		if isHan(r) && !(r == '据' && w.tokenOver(i-n, i)) {
			return 0, false
		}
	}
	var buf [2]int
	ends := runeEnds(buf[:0], t, i+sn, 2)
	if len(ends) != 2 || tk.end != ends[0] || w.st.lex.Surname(t[i:i+sn]) < 2 {
		return 0, false
	}
	if tk.pos == "" || !strings.ContainsAny(tk.pos[:1], "naj") {
		return 0, false
	}
	e := ends[1]
	if e >= len(t) || !w.v.bound[e] || !w.wordAt(splitNameRight, e) {
		return 0, false
	}
	// the third character is a word of its own, not the start of one
	if nt, ok := w.v.tokenAt(ends[0]); !ok || nt.end != e {
		return 0, false
	}
	last, _ := lexicon.DecodeLastRune(t, e)
	if nounSuffixSet.Has(last) || hasHardStop(t[i+sn:e]) || !cleanGiven(w, t[i+sn:e]) {
		return 0, false
	}
	name := t[i:e]
	if w.st.lex.NotName(name) || w.occupiedByOther(i, e) || titleAt(w, i+sn) || titleAt(w, ends[0]) {
		return 0, false
	}
	if w.st.lookup != nil {
		if _, _, ok := w.st.lookup(name); ok {
			return 0, false
		}
	}
	return e, true
}

// bareNameFirst reports whether a name without a Han surname can start
// with r: a character of the transliteration set (其木格, 乌日图, 萨仁) or
// 岩, which opens the names of Dai men (岩温, 岩罕龙).
func bareNameFirst(lex *lexicon.Lexicon, r rune) bool {
	return r == '岩' || isHan(r) && lex.Translit(r)
}

// bareNames finds Mongolian, Tibetan and Dai names, which have no Han
// surname, between a strong cue on each side: a role (牧民其木格正忙着) or
// a title that no country's name announces (嘎查党支部书记乌日图介绍,
// 县长岩罕龙主持) before, and a word of speech, of attending, of feeling or
// an adverb of time after (bareNameAt).
func (w *work) bareNames(add func(s, e int, rule string)) {
	t := w.v.text
	for _, s32 := range w.at.bare {
		s := int(s32)
		if w.occupied[s] {
			continue
		}
		if appointCueSet.suffixOf(t[:s]) || lexicon.AppointListVerb(t, s) != "" {
			// 任命索南旺姆为, 免去：↵尕玛江措的: a notice's verb or heading,
			// and 为, 的 or a list separator after the name
			if e, ok := w.bareNameRun(s); ok && (listClose(t, e) || startsWithAny(t[e:], appointClose)) {
				add(s, e, "ner.person.role")
			}
			continue
		}
		if !leftCueSet.suffixOf(t[:s]) || !w.roleStartsWord(s) {
			continue
		}
		if e, ok := w.bareNameAt(s); ok {
			add(s, e, "ner.person.role")
		}
	}
	for _, ti := range w.titles {
		s := ti.e
		if s >= len(t) || w.foreignTitle(ti) || strings.HasSuffix(t[ti.s:ti.e], "记者") || strings.HasSuffix(t[ti.s:ti.e], "通讯员") {
			continue
		}
		if r, _ := w.runes.at(s); !bareNameFirst(w.st.lex, r) {
			continue
		}
		if e, ok := w.bareNameAt(s); ok {
			add(s, e, "ner.person.title")
		}
	}
	// 今年62岁的次仁多吉正在, 家住当曲卡镇的扎西顿珠今年: an age, or a
	// place of residence and 的, before the name
	for off := 0; ; {
		k := strings.Index(t[off:], "的")
		if k < 0 {
			break
		}
		s := off + k + len("的")
		off = s
		if s >= len(t) || w.occupied[s] {
			continue
		}
		if r, _ := w.runes.at(s); !bareNameFirst(w.st.lex, r) {
			continue
		}
		if !strings.HasSuffix(t[:s-len("的")], "岁") && !residentBefore(t, s-len("的")) {
			continue
		}
		if e, ok := w.bareNameAt(s); ok {
			add(s, e, "ner.person.role")
		}
	}
}

// bareNameAt reads a name without a surname at s: two to four characters
// of the transliteration set (其木格, 乌日图, 萨仁, with 日 and 和 that
// stand in no Han given name), or 岩 and one or two other characters (岩温,
// 岩罕龙), up to a word boundary where a word of speech or of attending
// (说, 介绍, 主持), of feeling, or an adverb of time (今年, 正在, 正)
// follows. The segmenter reads no common word over its start, and the
// name is no word of the dictionary but a name (乌日图/nr).
// bareNameNext may follow a name without a surname after a role, besides
// the cues (牧民娜仁一边挤奶, 辅导员娜仁带着孩子, 牧民巴特尔家的羊).
// 是, 把 and 从 open the predicate after a subject (理事长其其格是养畜能手,
// 牧民道尔吉把羊群赶进棚圈, 牧民巴图孟和从城里赶回), 等 closes a list.
// 给, 为, 向 and 对 open a predicate with its object (村医娜仁花给老人量血压).
// 站在, 坐在, 骑着: a verb of posture or motion and its particle.
var bareNameNext = append([]string{"一边", "带着", "领着", "家的", "在", "每天", "每周", "今年", "也", "还", "又", "已经", "早早", "是", "从", "等",
	"站在", "坐在", "蹲在", "走进", "走在", "骑着", "赶着", "守着", "看着"}, subjectPreps...)

// subjectPreps open a predicate with its object after a subject's name
// (娜仁花给老人…, 道尔吉把羊群…).
var subjectPreps = []string{"给", "为", "向", "对", "把", "将"}

func (w *work) bareNameAt(s int) (int, bool) {
	t := w.v.text
	e, ok := w.bareNameRun(s)
	if !ok {
		return 0, false
	}
	rest := t[e:]
	if !(rightCueSet.prefixOf(rest) || afterSubjectSet.prefixOf(rest) || subjectVerbSet.prefixOf(rest) || strings.HasPrefix(rest, "正") || startsWithAny(rest, bareNameNext) || w.heJoinsAt(e)) {
		return 0, false
	}
	return e, true
}

// heJoinsAt reports whether 和 at e joins a word for other people or a
// common noun to the name before it (其木格和同事一起).
func (w *work) heJoinsAt(e int) bool {
	t := w.v.text
	if !strings.HasPrefix(t[e:], "和") {
		return false
	}
	k := e + len("和")
	return leftCueSet.prefixOf(t[k:]) || w.commonNounAt(k)
}

// bareNameRun reads the characters of a name without a surname at s (see
// bareNameAt) up to a word boundary, whatever follows them.
func (w *work) bareNameRun(s int) (int, bool) {
	t := w.v.text
	lex := w.st.lex
	first, _ := w.runes.at(s)
	dai := first == '岩'
	adverb := false // the run stops before an adverb
	e, n := s, 0
	for e < len(t) && n < 6 {
		r, k := w.runes.at(e)
		if !isHan(r) || w.occupied[e] || hardStopSet.Has(r) && !lex.Translit(r) {
			break
		}
		if n > 0 && w.v.bound[e] && (rightCueSet.prefixOf(t[e:]) || afterSubjectSet.prefixOf(t[e:]) || w.titleEnd(e) >= 0) {
			break
		}
		if !(lex.Translit(r) || dai && n < 3) {
			break
		}
		// 岩罕正和家人: an adverb after a Dai name of two characters,
		// though the segmenter may read a word over it (温正)
		if dai && n == 2 && strings.ContainsRune("正还又才", r) {
			adverb = true
			break
		}
		e += k
		n++
	}
	// 萨仁高娃/nr: the segmenter's name over the run and more
	if tk, ok := w.v.tokenAt(s); ok && strings.HasPrefix(tk.pos, "nr") && tk.end > e {
		if k := utf8.RuneCountInString(t[s:tk.end]); k <= 4 && !hasHardStop(t[e:tk.end]) {
			e, n = tk.end, k
		}
	}
	// 其木格和同事: a final 和 that joins what follows is no character of
	// the name
	if r, sz := lexicon.DecodeLastRune(t, e); n > 2 && r == '和' && w.heJoinsAt(e-sz) {
		e -= sz
		n--
	}
	if n < 2 || dai && n > 3 || e < len(t) && !w.v.bound[e] && !adverb {
		return 0, false
	}
	if w.commonTokenAt(s) {
		return 0, false // 多次, 日前: a common word
	}
	if lex.NotName(t[s:e]) || w.commonWord(s, e) {
		return 0, false
	}
	return e, true
}

// frequentNameFreq is the frequency over which a word of two characters
// that the dictionary tags as a name is more often a common noun (高峰,
// 高潮, 顾客: the dictionary's names of real people stay below it).
const frequentNameFreq = 1000

// frequentNameWord reports whether [i, e) is one token of two characters
// that the dictionary tags as a name with a frequency of a common word.
func (w *work) frequentNameWord(i, e int) bool {
	if utf8.RuneCountInString(w.v.text[i:e]) != 2 || w.st.lookup == nil {
		return false
	}
	if tk, ok := w.v.tokenAt(i); !ok || tk.end != e {
		return false
	}
	pos, freq, ok := w.st.lookup(w.v.text[i:e])
	return ok && strings.HasPrefix(pos, "nr") && freq >= frequentNameFreq
}
