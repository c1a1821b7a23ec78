package ner_test

import "testing"

// TestRiversBeforeTheirLand: a river the places stage does not list is read
// where a word of its land follows it (瓯江流域, 涪江、嘉陵江沿岸); words of a
// kind of water (运河, 大河) and names glued to a word before them are not.
func TestRiversBeforeTheirLand(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"瓯江流域的气候条件适合香菇生长。", []string{"LOC:瓯江"}, nil},
		{"涪江、嘉陵江沿岸各县交流了经验。", []string{"LOC:涪江", "LOC:嘉陵江"}, nil},
		{"南渡江下游的村庄实现了通水。", []string{"LOC:南渡江"}, nil},
		{"在白河沿岸，村民正在植树。", []string{"LOC:白河"}, nil},
		// kinds of water, a river of a name cut by the segmenter, no land word
		{"沿着运河两岸走，护城河畔游人如织。", nil, []string{"LOC:运河", "LOC:护城河"}},
		{"在大河两岸，小河沿岸。", nil, []string{"LOC:大河", "LOC:小河"}},
		{"白沙河流域开展综合治理。", nil, []string{"LOC:沙河"}},
		{"石门溪是一条小河。", nil, []string{"LOC:石门溪"}},
	})
}

// TestRiverChannel: a division's short form that ends like a river's name
// before a word of its channel (清水河河道) is the river, no county; a
// short form before 河段 stays the place of a river's stretch.
func TestRiverChannel(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"钟某在清水河河道内非法采砂1.2万立方米。", []string{"LOC:清水河"}, nil},
		{"沙河水域禁止捕捞。", nil, nil},
	})
}

// TestRiverBank: a place's word before 河畔, 江畔 or 溪畔 names the river
// with the 河 of the bank (通江/河畔: 通江河); words of a kind do not.
func TestRiverBank(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"沿着通江河畔，新建了一条步道。", []string{"LOC:通江河"}, []string{"LOC:通江"}},
		{"护城河畔游人如织，母亲河畔绿树成荫。", nil, []string{"LOC:护城河", "LOC:母亲河"}},
	})
}
