package relate

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/zhkg/zhkg/extract"
)

// Sentences for the pattern tests, written for them: each pattern matches
// some of them, and some come close without matching.
var patternSentences = []string{
	"全县种植了香菇3万亩，养殖的肉牛出栏1.2万头，主栽品种为红富士，盛产脐橙。",
	"该村主产主栽茶叶，特产有银耳和木耳，出产的核桃远销各地。",
	"种植种植业养殖",
	"通江县的特色产业是银耳和茶叶，主导产业为生猪。",
	"茶叶产业已成为当地的特色产业，银耳是通江的富民产业。",
	"庆元县素有“中国香菇之乡”美誉，是中国竹炭之乡。",
	"以香菇、茶叶和竹木产业集群为重点，做大做强特色产业。",
	"萝卜、鱼虾等特色产品远销海外，柑橘和脐橙等农产品丰收，银耳等产业兴旺。",
	"公司主要生产锂电池，主营农机具的销售，主要产品为有机肥。",
	"香菇等名优特产，茶叶等，等待，等优势产业",
	"打造通江银耳百亿产业，发展庆元香菇全产业链",
	"把柑橘作为主导产业，将茶叶产业列为全县的特色产业，把招商作为重点。",
	"公司集锂电池研发、生产和销售于一体，另一家集研发、销售于一体。",
	"没有任何产业词语的句子。",
	"赣州市以脐橙闻名全国，安溪县因铁观音而著称，清徐县以盛产陈醋享誉各地。",
	"\xff种植\xe4了养殖",
	"\xe4产业是\xe4\xba银耳\xe4",
	"",
}

// TestGrowMatches checks that growMatches finds what growRe finds.
func TestGrowMatches(t *testing.T) {
	found := 0
	for _, s := range patternSentences {
		want := growRe.FindAllStringSubmatchIndex(s, -1)
		got := growMatches(s)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		found += len(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("growMatches(%q) = %v, want %v", s, got, want)
		}
	}
	if found < 8 {
		t.Errorf("the test sentences hold %d matches of growRe, want at least 8", found)
	}
}

// TestPatternCues checks that every test sentence a pattern matches
// passes the pattern's cue test, and that every pattern matches one.
func TestPatternCues(t *testing.T) {
	for _, c := range []struct {
		name string
		re   *regexp.Regexp
		cue  func(string) bool
	}{
		{"make", makeRe, func(s string) bool { return scanCues(s).make() }},
		{"feature", featureRe, func(s string) bool { return scanCues(s).any(cueIndustry) && scanCues(s).feature() }},
		{"isFeature", isFeatureRe, func(s string) bool { return scanCues(s).any(cueIndustry) && scanCues(s).isFeature() }},
		{"hometown", hometownRe, func(s string) bool { return scanCues(s).hometown() }},
		{"specialty", specialtyRe, func(s string) bool { return scanCues(s).specialty() }},
		{"focus", focusRe, func(s string) bool { return scanCues(s).focus() }},
		{"list", listRe, func(s string) bool { return scanCues(s).any(cueDeng) && listCue(s) }},
		{"grow", growRe, func(s string) bool { return scanCues(s).grow() }},
		{"famed", famedRe, func(s string) bool { return scanCues(s).any(cueFamed) }},
	} {
		matched, rejected := 0, 0
		for _, s := range patternSentences {
			if !c.cue(s) {
				rejected++
			}
			if !c.re.MatchString(s) {
				continue
			}
			matched++
			if !c.cue(s) {
				t.Errorf("%s: %q matches the pattern but fails its cue", c.name, s)
			}
		}
		if matched == 0 || rejected == 0 {
			t.Errorf("%s: %d test sentences match the pattern, %d fail the cue: want some of each", c.name, matched, rejected)
		}
	}
}

// TestScanCues checks the one-pass scan against strings.Contains.
func TestScanCues(t *testing.T) {
	for _, s := range patternSentences {
		c := scanCues(s)
		for k, w := range cueWords {
			if got, want := c.has(k), strings.Contains(s, w); got != want {
				t.Errorf("scanCues(%q) holds %q: %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestIsSpace compares isSpace with unicode.IsSpace on every rune.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r) || r == '\u3000'; got != want {
			t.Fatalf("isSpace(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestGap compares gap with the strings.Map it stands for, at every pair
// of offsets of texts with spaces, layout spaces and broken UTF-8.
func TestGap(t *testing.T) {
	for _, text := range []string{"记者 王 进 报道\u3000通江县\t银耳", "村民张三，家住乘风街道", "a\xffb 中\xe4文", "无空格的句子", "王\uFFFD 进 \uFFFD"} {
		w := &work{d: &extract.Doc{Text: text}}
		for a := 0; a <= len(text); a++ {
			for b := a; b <= len(text); b++ {
				want := strings.Map(func(r rune) rune {
					if unicode.IsSpace(r) || r == '\u3000' {
						return -1
					}
					return r
				}, text[a:b])
				if got := w.gap(a, b); got != want {
					t.Fatalf("gap(%q, %d, %d) = %q, want %q", text, a, b, got, want)
				}
			}
		}
	}
}

// TestAgeAfterCue checks that every test text ageAfterRe matches passes
// ageAfterCue.
func TestAgeAfterCue(t *testing.T) {
	matched, rejected := 0, 0
	for _, s := range []string{"，今年66岁，", " (现年 70岁)", "今年8岁", "年已九十", "\t, 58 周岁", "说，他今年66岁", "66岁", "（男）"} {
		if !ageAfterCue(s) {
			rejected++
		}
		if ageAfterRe.MatchString(s) {
			matched++
			if !ageAfterCue(s) {
				t.Errorf("%q matches ageAfterRe but fails ageAfterCue", s)
			}
		}
	}
	if matched < 3 || rejected == 0 {
		t.Errorf("%d texts match, %d fail the cue: want some of each", matched, rejected)
	}
}

// TestWindowedMatches checks the windowed runs of featureRe and
// isFeatureRe against the runs over the whole sentence.
func TestWindowedMatches(t *testing.T) {
	texts := append([]string(nil), patternSentences...)
	texts = append(texts,
		"前言很长很长很长很长很长很长很长很长的一段话，该县的主导产业为生猪和肉牛，特色产业是茶叶。",
		"𠀋𠀋𠀋𠀋𠀋𠀋𠀋𠀋产业已成为全县最重要的首位产业，银耳逐渐成为富民产业，特色产业包括香菇、木耳",
		"是是是是特色产业特色产业是茶",
	)
	found := 0
	for _, s := range texts {
		for _, c := range []struct {
			re  *regexp.Regexp
			got [][]int
		}{
			{featureRe, featureMatches(s, true)},
			{isFeatureRe, isFeatureMatches(s, true)},
		} {
			want := c.re.FindAllStringSubmatchIndex(s, -1)
			found += len(want)
			if len(want) == 0 && len(c.got) == 0 {
				continue
			}
			if !reflect.DeepEqual(c.got, want) {
				t.Errorf("%s on %q: got %v, want %v", c.re, s, c.got, want)
			}
		}
	}
	if found < 6 {
		t.Errorf("the texts hold %d matches, want at least 6", found)
	}
}

// TestListed compares listed with the gap it reads: 、 or nothing but
// white space between two names.
func TestListed(t *testing.T) {
	text := "王进、 李明 \u3000张三，赵四、、钱五\xff孙六"
	w := &work{d: &extract.Doc{Text: text}}
	trues := 0
	for a := 0; a <= len(text); a++ {
		for b := 0; b <= len(text); b++ {
			p := extract.Mention{Span: extract.Span{Start: 0, End: a}}
			q := extract.Mention{Span: extract.Span{Start: b, End: len(text)}}
			want := false
			if q.Start > p.End {
				g := w.gap(p.End, q.Start)
				want = g == "、" || g == ""
			}
			got := w.listed(p, q)
			if got != want {
				t.Fatalf("listed over %q = %v, want %v", text[min(a, b):max(a, b)], got, want)
			}
			if got {
				trues++
			}
		}
	}
	if trues == 0 {
		t.Error("no pair of offsets is listed")
	}
}

// TestProductMatches checks the products that integMatches reads around
// each 于一体 and featureAsMatches reads in 把/将X作为…产业.
func TestProductMatches(t *testing.T) {
	for _, c := range []struct {
		name string
		fn   func(string) [][]int
		s    string
		want []string
	}{
		{"integMatches", integMatches, "公司集锂电池研发、生产和销售于一体，另一家集研发、销售于一体。", []string{"锂电池"}},
		{"integMatches", integMatches, "集团集蔬菜种植、加工、销售于一体。", []string{"蔬菜"}},
		{"integMatches", integMatches, "集休闲、观光于一体的农场", nil},
		{"integMatches", integMatches, "于一体", nil},
		{"featureAsMatches", featureAsMatches, "把柑橘作为主导产业，将茶叶产业列为全县的特色产业，把招商作为重点。", []string{"柑橘", "茶叶"}},
		{"featureAsMatches", featureAsMatches, "将把脐橙和蜜柚作为富民产业。", []string{"脐橙和蜜柚"}},
		{"featureAsMatches", featureAsMatches, "把招商引资作为重点工作，主导产业有待培育。", nil},
		{"featureAsMatches", featureAsMatches, "作为主导产业", nil},
	} {
		var got []string
		for _, m := range c.fn(c.s) {
			got = append(got, c.s[m[2]:m[3]])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s(%q) = %q, want %q", c.name, c.s, got, c.want)
		}
	}
}

// TestScaleWordsOf checks that the scale words chosen by a sentence's
// cues are those of scaleWords the sentence holds, and some more.
func TestScaleWordsOf(t *testing.T) {
	texts := append([]string{
		"茶叶种植面积达8万亩，生猪养殖规模扩大，大豆产量占全省一成，香菇产值突破10亿元。",
		"螃蟹养殖面积达到40万亩。", "苹果产量居全省首位。", "没有规模词的句子。",
	}, patternSentences...)
	found := 0
	for _, s := range texts {
		chosen := scaleWordsOf(scanCues(s))
		for _, w := range scaleWords {
			if strings.Contains(s, w) {
				found++
				if !slices.Contains(chosen, w) {
					t.Errorf("%q holds %q, not among %v", s, w, chosen)
				}
			}
		}
	}
	if found < 6 {
		t.Errorf("the texts hold %d scale words, want at least 6", found)
	}
	// 规模 alone chooses the two words that end with it
	if got, want := scaleWordsOf(scanCues("没有规模词的句子。")), []string{"种植规模", "养殖规模"}; !reflect.DeepEqual(got, want) {
		t.Errorf("规模 chooses %v, want %v", got, want)
	}
}
