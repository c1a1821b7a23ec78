package synth

import "strconv"

// Byline kinds, as a template name and what it states.
var bylines = []string{
	"byline.reporter-report",   // 本报讯 记者X报道
	"byline.reporter-paren",    // 本报讯（记者 X）…
	"byline.reporter-stringer", // 本报讯（记者X 通讯员Y）…
	"byline.joint-report",      // 本报讯 Y 记者X报道
	"byline.box",               // □ 本报记者 X
	"byline.xinhua-dateline",   // 新华社大庆3月5日电（记者X）…
	"byline.signature",         // 本报讯 … （X Y）
	"byline.media-reporter",    // 大庆日报记者 X 通讯员 Y
	"byline.none",
}

// Bylines returns the names of the byline kinds, for documentation.
func Bylines() []string { return bylines }

// reporter names a reporter: 职务 记者 and credited.
func (b *art) reporter() string {
	x := b.person()
	b.fact(x, predPost, "记者")
	b.author(x)
	return x
}

// stringer names a correspondent: 职务 通讯员 and credited.
func (b *art) stringer() string {
	y := b.person()
	b.fact(y, predPost, "通讯员")
	b.author(y)
	return y
}

// credit writes the byline of the article: a line of its own (lead), a
// prefix of the first paragraph (inline) and closing lines (tail).
func (b *art) credit(a *Article) {
	switch pick(b.r, bylines) {
	case "byline.reporter-report":
		a.lead = "本报讯 记者" + b.reporter() + "报道"
	case "byline.reporter-paren":
		a.inline = "本报讯（记者 " + padded(b.reporter()) + "）"
	case "byline.reporter-stringer":
		x := b.reporter()
		a.inline = "本报讯（记者" + x + " 通讯员" + b.stringer() + "）"
	case "byline.joint-report":
		y := b.person()
		b.author(y)
		a.lead = "本报讯 " + y + " 记者" + b.reporter() + "报道"
	case "byline.box":
		a.lead = "□ 本报记者 " + padded(b.reporter())
		if b.r.chance(40) {
			a.lead += " 通讯员 " + padded(b.stringer())
		}
	case "byline.xinhua-dateline":
		city, ok := b.city()
		if !ok || b.w.shortOf(city) == "" {
			a.inline = "本报讯 "
			a.tail = append(a.tail, "（"+padded(b.signer())+"）")
			break
		}
		x := b.reporter()
		b.fact(x, predWorksAt, b.org("新华社", ""))
		a.inline = "新华社" + b.short(city) + strconv.Itoa(b.month) + "月" + strconv.Itoa(b.day) + "日电（记者" + x + "）"
	case "byline.signature":
		a.inline = "本报讯 "
		sig := padded(b.signer())
		if b.r.chance(40) {
			sig += " " + padded(b.signer())
		}
		a.tail = append(a.tail, "（"+sig+"）")
	case "byline.media-reporter":
		src := b.org(a.Source, "")
		x := b.reporter()
		b.fact(x, predWorksAt, src)
		a.lead = src + "记者 " + padded(x)
		if b.r.chance(50) {
			a.lead += " 通讯员 " + padded(b.stringer())
		}
	}
	if b.r.chance(20) {
		switch b.r.intn(4) {
		case 3: // a caption with its photographer
			a.tail = append(a.tail, "图为"+pick(b.r, []string{"工作人员", "村民", "志愿者", "技术人员"})+
				pick(b.r, []string{"正在忙碌", "查看长势", "开展服务", "分拣产品"})+"。"+padded(b.signer())+" 摄")
		case 0:
			x := b.reporter()
			a.tail = append(a.tail, "本报记者 "+padded(x)+" 摄")
		case 1:
			x := b.reporter()
			b.fact(x, predWorksAt, b.org("新华社", ""))
			a.tail = append(a.tail, "新华社记者 "+padded(x)+" 摄")
		default:
			a.tail = append(a.tail, padded(b.signer())+" 摄")
		}
	}
	if b.r.chance(15) {
		e := b.person() // an editor is a person, never an author
		a.tail = append(a.tail, "（责任编辑："+padded(e)+"）")
	}
}

// signer names someone credited by a signature alone.
func (b *art) signer() string {
	x := b.person()
	b.author(x)
	return x
}

// source returns the newspaper of the article: a city's or province's
// daily, evening paper or media centre.
func (b *art) source() string {
	if c, ok := b.city(); ok && b.r.chance(60) {
		if s := b.w.shortOf(c); s != "" {
			return s + pick(b.r, []string{"日报", "日报", "晚报"})
		}
	}
	if s := b.w.shortOf(b.cnty()); s != "" && b.r.chance(30) {
		return s + "融媒体中心"
	}
	if s := b.w.shortOf(b.prov()); s != "" {
		return s + "日报"
	}
	return b.prov().Name + "日报"
}
