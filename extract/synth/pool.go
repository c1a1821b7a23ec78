package synth

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/gazetteer"
	"github.com/zhkg/zhkg/extract/lexicon"
)

// place is a division with its chain up to the province and the short form
// a writer may use for it alone (通江 for 通江县), "" when it has none.
type place struct {
	gazetteer.Division
	chain []gazetteer.Division // the division first, then its parents
	short string
}

// parent returns the division n levels up the chain (0 is the place
// itself), or the last one.
func (p *place) up(n int) gazetteer.Division {
	if n >= len(p.chain) {
		return p.chain[len(p.chain)-1]
	}
	return p.chain[n]
}

// county is a county of the pool with its townships and villages, found on
// first use.
type county struct {
	place
	once  sync.Once
	towns []*place
	vmu   sync.Mutex
	vill  map[string][]*place // township code → villages
}

// world is what every generator draws from: the gazetteer's counties, the
// surnames and given-name characters. It is built once per process.
type world struct {
	g        *gazetteer.Gazetteer
	lex      *lexicon.Lexicon
	counties []*county // every county, by code
	surnames []string
	surCum   []int
	given    []string // given-name characters
	mu       sync.Mutex
	shorts   map[string]string               // code → short form
	chains   map[string][]gazetteer.Division // code → chain
}

var (
	worldOnce sync.Once
	theWorld  *world
	worldErr  error
)

func loadWorld() (*world, error) {
	worldOnce.Do(func() { theWorld, worldErr = buildWorld() })
	return theWorld, worldErr
}

func buildWorld() (*world, error) {
	g, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("synth: load gazetteer: %w", err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("synth: load lexicon: %w", err)
	}
	w := &world{g: g, lex: lex, shorts: map[string]string{}, chains: map[string][]gazetteer.Division{}}
	if err := w.loadNames(); err != nil {
		return nil, err
	}
	w.loadCounties()
	if len(w.counties) == 0 {
		return nil, fmt.Errorf("synth: load counties: the gazetteer has none")
	}
	return w, nil
}

// two returns the two-digit decimal form of n (1 ≤ n ≤ 99).
func two(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

// three returns the three-digit decimal form of n (1 ≤ n ≤ 999).
func three(n int) string {
	return string([]byte{byte('0' + n/100), byte('0' + n/10%10), byte('0' + n%10)})
}

// loadCounties finds every county by probing codes: the prefectures of each
// province, then the counties under each prefecture and under the
// placeholders (01, 02 of the municipalities, 90 for counties directly under
// a province) that the gazetteer leaves out.
func (w *world) loadCounties() {
	for p := 11; p <= 65; p++ {
		pc := two(p)
		if _, ok := w.g.Lookup(pc); !ok {
			continue
		}
		for c := 1; c <= 99; c++ {
			cc := pc + two(c)
			if _, ok := w.g.Lookup(cc); !ok && c != 1 && c != 2 && c != 90 {
				continue
			}
			for d := 1; d <= 99; d++ {
				dv, ok := w.g.Lookup(cc + two(d))
				if !ok || dv.Level != gazetteer.County {
					continue
				}
				ch := w.g.Chain(dv.Code)
				if len(ch) < 2 || !w.g.HasForm(dv.Name) { // 城区, 郊区: names the gazetteer does not index
					continue
				}
				w.counties = append(w.counties, &county{place: place{Division: dv, chain: ch}})
			}
		}
	}
}

// shortOf returns the short form of a division that can be read alone (the
// longest proper prefix of its name that the gazetteer knows as a Short
// form of it), or "".
func (w *world) shortOf(d gazetteer.Division) string {
	w.mu.Lock()
	s, ok := w.shorts[d.Code]
	w.mu.Unlock()
	if ok {
		return s
	}
	name := d.Name
	for end := len(name); end > 0; {
		_, size := utf8.DecodeLastRuneInString(name[:end])
		end -= size
		if utf8.RuneCountInString(name[:end]) < 2 {
			break
		}
		found := false
		for _, c := range w.g.Candidates(name[:end]) {
			if c.Code == d.Code && c.Form == gazetteer.Short {
				found = true
				break
			}
		}
		if found {
			s = name[:end]
			break
		}
	}
	w.mu.Lock()
	w.shorts[d.Code] = s
	w.mu.Unlock()
	return s
}

// chain returns the chain of a division (see gazetteer.Chain), cached.
func (w *world) chain(code string) []gazetteer.Division {
	w.mu.Lock()
	ch, ok := w.chains[code]
	w.mu.Unlock()
	if !ok {
		ch = w.g.Chain(code)
		w.mu.Lock()
		w.chains[code] = ch
		w.mu.Unlock()
	}
	return ch
}

// townsOf returns the townships (乡, 镇, 街道) of a county.
func (w *world) townsOf(c *county) []*place {
	c.once.Do(func() {
		for k := 1; k <= 999; k++ {
			d, ok := w.g.Lookup(c.Code + three(k))
			if !ok || d.Level != gazetteer.Township {
				continue
			}
			if !strings.HasSuffix(d.Name, "镇") && !strings.HasSuffix(d.Name, "乡") && !strings.HasSuffix(d.Name, "街道") {
				continue
			}
			if utf8.RuneCountInString(d.Name) < 3 || !w.g.HasForm(d.Name) {
				continue
			}
			c.towns = append(c.towns, &place{Division: d, chain: w.g.Chain(d.Code)})
		}
	})
	return c.towns
}

// villagesOf returns the villages and communities of a township.
func (w *world) villagesOf(c *county, t *place) []*place {
	c.vmu.Lock()
	defer c.vmu.Unlock()
	if vs, ok := c.vill[t.Code]; ok {
		return vs
	}
	if c.vill == nil {
		c.vill = map[string][]*place{}
	}
	var vs []*place
	for k := 1; k <= 599; k++ {
		d, ok := w.g.Lookup(t.Code + three(k))
		if !ok || d.Level != gazetteer.Village {
			continue
		}
		if !strings.HasSuffix(d.Name, "村") && !strings.HasSuffix(d.Name, "社区") {
			continue
		}
		if utf8.RuneCountInString(d.Name) < 3 || strings.ContainsAny(d.Name, "（）()") {
			continue
		}
		if len(w.g.VillageCandidates(c.Code, d.Name)) == 0 {
			continue
		}
		vs = append(vs, &place{Division: d, chain: w.g.Chain(d.Code)})
	}
	c.vill[t.Code] = vs
	return vs
}

// loadNames reads the surnames and prepares the given-name characters.
func (w *world) loadNames() error {
	sn, err := lexicon.Surnames()
	if err != nil {
		return fmt.Errorf("synth: load surnames: %w", err)
	}
	total := 0
	for _, s := range sn {
		wt := map[int]int{3: 40, 2: 8, 1: 1}[s.Weight]
		if wt == 0 {
			wt = 1
		}
		total += wt
		w.surnames = append(w.surnames, s.Name)
		w.surCum = append(w.surCum, total)
	}
	if len(w.surnames) == 0 {
		return fmt.Errorf("synth: load surnames: the list is empty")
	}
	for _, r := range givenChars {
		if !w.lex.StopChar(r) {
			w.given = append(w.given, string(r))
		}
	}
	return nil
}

// givenChars are characters common in given names.
const givenChars = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞刚桂英华玉兰萍红文辉宇浩鹏飞鑫婷雪琳晨俊志海峰斌波" +
	"宏亮凯旭阳春燕梅琴云莉倩颖佳欣怡思远航瑞祥德福林森博睿泽轩涵彤璐蕾晶慧智勤毅坤" +
	"嘉铭昊然诚彬锋磊琪瑶雯薇珊璇婧菲蓉娟丹凤翠莲芬桃菊珍贞淑惠巧美荣卫东江河山川松柏" +
	"永庆长友忠孝仁义礼信光耀振兴旺富贵才俊杰豪立新建民"
