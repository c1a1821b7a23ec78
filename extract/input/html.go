package input

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements: their content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Iframe: true, atom.Button: true,
	atom.Select: true, atom.Object: true, atom.Menu: true, atom.Head: true,
}

// voidTags have no end tag, so they open nothing to skip.
var voidTags = map[atom.Atom]bool{
	atom.Br: true, atom.Hr: true, atom.Img: true, atom.Input: true, atom.Meta: true,
	atom.Link: true, atom.Area: true, atom.Base: true, atom.Col: true, atom.Embed: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true,
}

// chromeWords are words of a class or id that mark a site's chrome rather
// than its article: menus and breadcrumbs (首页 > 黑龙江频道 > 市县新闻, whose
// channel names read as places), share and comment boxes, related links,
// copyright notes. footer is not one of them: an article's own footer
// often holds its credits.
var chromeWords = map[string]bool{
	"nav": true, "navbar": true, "navigation": true, "breadcrumb": true, "breadcrumbs": true,
	"crumb": true, "crumbs": true, "menu": true, "sidebar": true, "share": true,
	"comment": true, "comments": true, "related": true, "copyright": true,
	// Chinese sites' own words: 导航 (dh, daohang), 位置 (wz, weizhi),
	// 分享 (fenxiang) and Baidu's share box
	"dh": true, "daohang": true, "wz": true, "weizhi": true, "position": true, "location": true,
	"fenxiang": true, "bdsharebuttonbox": true, "bdshare": true,
	// 相关新闻, 相关阅读, 相关文章, 上一篇/下一篇, 热点排行 by their pinyin
	// initials, and menus named as parts of a word (subnav, topnav)
	"xgxw": true, "xgyd": true, "xgwz": true, "xgzx": true, "sxp": true, "sxpian": true, "rdph": true,
	"subnav": true, "topnav": true, "mainnav": true,
}

// chrome reports whether an element's class or id names site chrome: one
// of its words (split at spaces, - and _) is a chrome word.
func chrome(tok html.Token) bool {
	for _, a := range tok.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(a.Val), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
			if chromeWords[w] {
				return true
			}
		}
	}
	return false
}

// block elements: they end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Table: true, atom.Article: true,
	atom.Section: true, atom.Main: true, atom.Blockquote: true, atom.Pre: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Figure: true, atom.Figcaption: true, atom.Hr: true,
	atom.Address: true, atom.Center: true, atom.Body: true, atom.Caption: true,
}

// metaDate lists meta names and properties that give a publication date.
var metaDate = map[string]bool{
	"article:published_time": true, "pubdate": true, "publishdate": true, "date": true,
	"dc.date": true, "dc.date.issued": true, "datepublished": true, "og:published_time": true,
}

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// htmlCharset returns the charset a page declares in its first 4 KiB.
func htmlCharset(data []byte) string {
	if m := metaCharset.FindSubmatch(data[:min(len(data), 4096)]); m != nil {
		return string(m[1])
	}
	return ""
}

// htmlDoc is what extractHTML finds in a page.
type htmlDoc struct {
	Title, Date, Text string
}

// extractHTML returns the title, the date and the article text of a page:
// the text of its <article> elements when it has some, else of <main>, else
// of <body>; script, style, nav, header, footer, aside and form are dropped.
// Paragraphs (block elements, <br>) become lines.
func extractHTML(src string) htmlDoc {
	z := html.NewTokenizer(strings.NewReader(src))
	var (
		doc            htmlDoc
		skip           []atom.Atom // open skipped elements
		inTitle, inH1  bool
		titleDone      bool
		h1             strings.Builder
		title          strings.Builder
		all, art, main bytes.Buffer
		inArt, inMain  int
	)
	brk := func() {
		all.WriteByte('\n')
		if inArt > 0 {
			art.WriteByte('\n')
		}
		if inMain > 0 {
			main.WriteByte('\n')
		}
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			a := tok.DataAtom
			switch a {
			case atom.Title:
				// the page's first <title>, not an <svg> icon's
				inHead := len(skip) == 0 || (len(skip) == 1 && skip[0] == atom.Head)
				inTitle = tt == html.StartTagToken && inHead && !titleDone
				continue
			case atom.Meta:
				if doc.Date == "" {
					doc.Date = metaDateOf(tok)
				}
				continue
			case atom.Time:
				if doc.Date == "" && len(skip) == 0 {
					doc.Date = attr(tok, "datetime")
				}
			}
			if a == atom.Body {
				skip = skip[:0] // a <head> left open ends here
			}
			// inside a skipped element every element is skipped too, so
			// that its end tag does not end the skipped one (a <div> of a
			// navigation bar)
			if tt == html.StartTagToken && !voidTags[a] && (len(skip) > 0 || skipTags[a] || chrome(tok)) {
				skip = append(skip, a)
				continue
			}
			if len(skip) > 0 {
				continue
			}
			switch a {
			case atom.Article:
				inArt++
			case atom.Main:
				inMain++
			case atom.H1:
				inH1 = h1.Len() == 0 // the first heading
			}
			if blockTags[a] {
				brk()
			}
		case html.EndTagToken:
			a := tok.DataAtom
			if a == atom.Title {
				titleDone = titleDone || inTitle
				inTitle = false
				continue
			}
			if len(skip) > 0 {
				if i := lastIndex(skip, a); i >= 0 {
					skip = skip[:i]
				}
				continue
			}
			if blockTags[a] {
				brk()
			}
			switch a {
			case atom.Article:
				inArt = max(inArt-1, 0)
			case atom.Main:
				inMain = max(inMain-1, 0)
			case atom.H1:
				inH1 = false
			}
		case html.TextToken:
			if inTitle {
				title.WriteString(markWraps(tok.Data))
				continue
			}
			if len(skip) > 0 {
				continue
			}
			t := markWraps(tok.Data)
			all.WriteString(t)
			if inArt > 0 {
				art.WriteString(t)
			}
			if inMain > 0 {
				main.WriteString(t)
			}
			if inH1 {
				h1.WriteString(t)
			}
		}
	}
	// the page's title, or its first heading where the title is that
	// heading with the site's name after it (X_黑龙江频道_东北网, X - 新华网)
	doc.Title = cleanLine(title.String())
	if h := cleanLine(h1.String()); doc.Title == "" || h != "" && strings.HasPrefix(doc.Title, h) && siteSuffix(doc.Title[len(h):]) {
		doc.Title = h
	}
	doc.Date = strings.TrimSpace(doc.Date)
	for _, b := range []*bytes.Buffer{&art, &main, &all} {
		if doc.Text = paragraphs(b.String()); doc.Text != "" {
			break
		}
	}
	return doc
}

// siteSuffix reports whether s, the rest of a page's title after its
// heading, begins with a separator of a site's name: _, |, -, –, — or ·.
func siteSuffix(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, sep := range []string{"_", "|", "-", "–", "—", "·", "｜", "－", "＿"} {
		if strings.HasPrefix(s, sep) {
			return true
		}
	}
	return false
}

func lastIndex(s []atom.Atom, a atom.Atom) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == a {
			return i
		}
	}
	return -1
}

func attr(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func metaDateOf(tok html.Token) string {
	for _, k := range []string{"property", "name", "itemprop"} {
		if metaDate[strings.ToLower(attr(tok, k))] {
			return attr(tok, "content")
		}
	}
	return ""
}

// spaceRun matches a run of white space, including no-break and
// ideographic spaces.
var spaceRun = regexp.MustCompile(`[\s\x{00a0}\x{3000}\x{2002}-\x{200b}\x{feff}]+`)

// paragraphs cleans each line of s and joins the non-empty ones with
// "\n", without a site's copyright lines.
func paragraphs(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if l := cleanLine(line); l != "" && !copyrightLine(l) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// copyrightLine reports whether a short line is a site's copyright or
// licence note (版权所有 东北网 黑ICP备…, Copyright © 2026 …), its
// address, the paper that runs it or a breadcrumb or share line.
func copyrightLine(l string) bool {
	if utf8.RuneCountInString(l) > 80 {
		return false
	}
	if strings.Contains(l, "版权所有") || strings.Contains(l, "ICP备") || strings.Contains(l, "ICP证") ||
		strings.HasPrefix(l, "©") || strings.HasPrefix(strings.ToLower(l), "copyright") {
		return true
	}
	// 当前位置：首页 > …, 分享到：, the site's address and the paper that
	// runs it (主办：湖南日报社 承办：…)
	for _, p := range []string{"当前位置", "您的位置", "您现在的位置", "您所在的位置", "分享到", "地址：", "地址:", "联系电话", "邮编",
		"技术支持", "网站标识码", "上一篇", "下一篇", "运维单位", "承办单位"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return (strings.HasPrefix(l, "主办") || strings.HasSuffix(l, "主办")) && (strings.Contains(l, "承办") || strings.Contains(l, "报社") || strings.Contains(l, "报业") || strings.Contains(l, "网"))
}

// wrap stands for white space that holds a line break, from the page's
// source: markWraps writes it, cleanLine drops it between two Chinese
// characters.
const wrap = '\x1f'

// markWraps collapses each run of white space of an HTML text node to one
// space, or to wrap where it holds a line break: as browsers render it
// (CSS Text 3 removes a segment break between two East Asian characters
// and keeps a space), 东北网 作者：孙铭阳 赵丽娜 keeps its spaces while a
// paragraph wrapped in the source joins again.
func markWraps(s string) string {
	s = strings.ReplaceAll(s, string(wrap), "")
	return spaceRun.ReplaceAllStringFunc(s, func(run string) string {
		if strings.ContainsAny(run, "\n\r") {
			return string(wrap)
		}
		return " "
	})
}

// cleanLine collapses white space to one space, drops a line break of the
// source (wrap) between two Chinese characters, where it is only line
// wrapping, and trims the ends.
func cleanLine(s string) string {
	s = strings.Trim(spaceRun.ReplaceAllString(s, " "), " "+string(wrap))
	if !strings.ContainsAny(s, " "+string(wrap)) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != ' ' && s[i] != wrap {
			b.WriteByte(s[i])
			i++
			continue
		}
		j, wrapped := i, false
		for j < len(s) && (s[j] == ' ' || s[j] == wrap) {
			wrapped = wrapped || s[j] == wrap
			j++
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[j:])
		if !(wrapped && isCJK(prev) && isCJK(next)) {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}
