package relate

import "github.com/zhkg/zhkg/extract/lexicon"

// cues is the set of cue words a sentence holds, one bit a word of
// cueWords: one pass over the sentence answers every "does it contain"
// question the industry and membership patterns ask before they run.
type cues [3]uint64

// maxCues is the number of cue words cues can hold.
const maxCues = 3 * 64

// The cue words, and the masks of the groups the patterns test.
var (
	cueWords []string
	cueBit   = map[string]cues{}

	// cueFirst[r] is 1 + the index into cueByFirst of the words that
	// start with r, or 0; every cue word starts with a character of
	// three bytes in UTF-8 (U+0800 to U+FFFF)
	cueFirst   [1 << 16]uint8
	cueByFirst = [][]int{nil} // indexes into cueWords
)

func cueMask(words ...string) cues {
	var m cues
	for _, w := range words {
		b, ok := cueBit[w]
		if !ok {
			if len(cueWords) == maxCues {
				panic("relate: more cue words than cues holds")
			}
			b[len(cueWords)/64] = 1 << (len(cueWords) % 64)
			cueBit[w] = b
			r, n := lexicon.DecodeRune(w, 0)
			if n != 3 {
				panic("relate: cue word " + w + " does not start with a three-byte character")
			}
			if cueFirst[r] == 0 {
				cueByFirst = append(cueByFirst, nil)
				cueFirst[r] = uint8(len(cueByFirst) - 1)
			}
			cueByFirst[cueFirst[r]] = append(cueByFirst[cueFirst[r]], len(cueWords))
			cueWords = append(cueWords, w)
		}
		m[0] |= b[0]
		m[1] |= b[1]
		m[2] |= b[2]
	}
	return m
}

// has reports whether c holds the cue word of index k.
func (c cues) has(k int) bool { return c[k/64]&(1<<(k%64)) != 0 }

var (
	cueIndustry  = cueMask("产业")
	cueMake      = cueMask(makeWords...)
	cueFeature   = cueMask(featureWords...)
	cueIsFeature = cueMask(isFeatureWords...)
	cueAsFeature = cueMask(asFeatureWords...)
	cueCopula    = cueMask("是", "成为")
	cueHometown  = cueMask("之乡", "之都")
	cueSpecialty = cueMask(specialtyWords...)
	cueYi        = cueMask("以")
	cueWei       = cueMask("为")
	cueDeng      = cueMask("等")
	cueUnits     = cueMask("属单位")
	cueGrow      = cueMask(growWords...)
	cueMarkers   = cueMask(industryMarkers...)
	cueRely      = cueMask("依托")
	cueLead      = cueMask(leadWords...)
	cueSlogan    = cueMask(hometownWords...)
	cueScale     = cueMask("面积", "规模", "产量", "产值")
	cueArea      = cueMask("面积")
	cueSize      = cueMask("规模")
	cueOutput    = cueMask("产量")
	cueValue     = cueMask("产值")
	cueBase      = cueMask("基地", "产业园", "主产区", "产区", "种植区", "集散地", "生产县", "种植县", "产地", "大县", "大市", "发源地", "故乡", "第一县", "第一乡", "第一镇", "第一市", "主产县", "主产市", "大镇", "重镇", "专业村", "专业镇")
	cueGrowVerb  = cueMask(growVerbs...)
	cueMadeFor   = cueMask("主要为")
	cueInteg     = cueMask("于一体")
	cueMain      = cueMask("为主")
	cueScaleGoal = cueMask("百亿", "千亿", "万亿")
	cueMaker     = cueMask(makerNouns...)
	cueYearMade  = cueMask("年产", "生产的")
	cueFarming   = cueMask("种植业", "养殖业", "特色农业")
	cueFamed     = cueMask("闻名", "著称", "出名", "驰名", "享誉", "名扬")
	cueDev       = cueMask(devVerbs...)
)

// scanCues returns the cue words s holds. It looks at every byte that
// can begin a three-byte character (0xE0 to 0xEF, never inside another
// character) and compares the words that start with the character the
// three bytes there would make: every occurrence strings.Contains would
// find is seen.
func scanCues(s string) cues {
	var c cues
	for i := 0; i+2 < len(s); {
		b := s[i]
		if b < 0xE0 || b > 0xEF {
			i++
			continue
		}
		b1, b2 := s[i+1], s[i+2]
		r := rune(b&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
		if k := cueFirst[r]; k != 0 {
			for _, wi := range cueByFirst[k] {
				if lexicon.HasPrefix(s[i:], cueWords[wi]) {
					c[wi/64] |= 1 << (wi % 64)
				}
			}
		}
		// two continuation bytes lead nothing: step over them
		if (b1^0x80)|(b2^0x80) < 0x40 {
			i += 3
		} else {
			i++
		}
	}
	return c
}

// any reports whether c holds one of the words of mask m.
func (c cues) any(m cues) bool { return c[0]&m[0]|c[1]&m[1]|c[2]&m[2] != 0 }

// The tests each pattern needs to pass before it runs (industry_test.go
// checks that no test sentence a pattern matches fails them).
func (c cues) make() bool      { return c.any(cueMake) }
func (c cues) feature() bool   { return c.any(cueFeature) }
func (c cues) isFeature() bool { return c.any(cueIsFeature) && c.any(cueCopula) }
func (c cues) hometown() bool  { return c.any(cueHometown) }
func (c cues) specialty() bool { return c.any(cueSpecialty) }
func (c cues) focus() bool     { return c.any(cueIndustry) && c.any(cueYi) && c.any(cueWei) }
func (c cues) grow() bool      { return c.any(cueGrow) }

// sentenceCues returns the cue words of each sentence of w.sentences(),
// computed once a document.
func (w *work) sentenceCues() []cues {
	if w.cues == nil {
		sents := w.sentences()
		w.cues = make([]cues, len(sents))
		for i, sp := range sents {
			w.cues[i] = scanCues(w.d.Text[sp.Start:sp.End])
		}
	}
	return w.cues
}
