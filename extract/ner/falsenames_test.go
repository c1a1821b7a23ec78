package ner_test

import "testing"

// TestFrequentNameWordAfterRole: a frequent word that the dictionary tags
// as a name (高峰, 高潮) is a common noun after a role with no cue after it.
func TestFrequentNameWordAfterRole(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"国庆假期，景区迎来游客高峰，交警加强疏导。", nil, []string{"PER:高峰"}},
		{"晚会上观众高潮迭起，掌声不断。", nil, []string{"PER:高潮"}},
		// a cue after it: a name
		{"村民高峰说，今年的茶叶卖了好价钱。", []string{"PER:高峰"}, nil},
	})
}

// TestRoundsCountNoBureau: a numeral before 局 counts a game's rounds
// (连赢三局), unless a group's short name stands before it (中建三局).
func TestRoundsCountNoBureau(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"决赛中，县一中代表队连赢三局夺得冠军。", nil, []string{"ORG:县一中代表队连赢三局", "ORG:连赢三局"}},
		{"首局失利后，红队扳回一局。", nil, []string{"ORG:红队扳回一局"}},
		{"大桥由中建三局承建。", []string{"ORG:中建三局"}, nil},
		{"中铁三局的工人正在施工。", []string{"ORG:中铁三局"}, nil},
	})
}

// TestBuildVerbBeforeFacility: a verb of building before a plant or a
// station belongs to the clause (八步街道建设污水处理厂), not to a name.
func TestBuildVerbBeforeFacility(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"贺州市八步区八步街道建设污水处理厂，日处理污水一万吨。", nil, []string{"ORG:贺州市八步区八步街道建设污水处理厂", "ORG:八步街道建设污水处理厂"}},
		{"今年石屯镇新建垃圾中转站两座。", nil, []string{"ORG:石屯镇新建垃圾中转站"}},
		// a body whose field is building keeps it
		{"中国建设银行向企业发放贷款。", []string{"ORG:中国建设银行"}, nil},
		{"贺州市住房和城乡建设局发布通知。", []string{"ORG:贺州市住房和城乡建设局"}, nil},
	})
}

// TestMorphemeVerbThenParticle: a third character that the segmenter
// tags a morpheme and an aspect particle after it are a verb (王川/带/着).
func TestMorphemeVerbThenParticle(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"村民王川带着孩子赶集。", []string{"PER:王川"}, []string{"PER:王川带"}},
		{"县长王川带领检查组检查防汛工作。", []string{"PER:王川"}, []string{"PER:王川带"}},
		{"村民王川说，今年收成好。", []string{"PER:王川"}, nil},
	})
}

// TestStreetsAndKindsNoBody: words the dictionary tags as organizations
// that name a street (建设路) or a kind of body (国有银行, 党和政府) are no
// organization.
func TestStreetsAndKindsNoBody(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"新开的超市位于城关镇建设路，面积两千平方米。", nil, []string{"ORG:建设路"}},
		{"全县已有五家国有银行网点。", nil, []string{"ORG:国有银行"}},
		{"老人说：“感谢党和政府的关心。”", nil, []string{"ORG:党和政府"}},
		{"中国建设银行城关支行开业。", []string{"ORG:中国建设银行城关支行"}, nil},
	})
}

// TestLevelOfAPlaceBeforeBody: the level that ends a place's name before a
// body the segmenter tags (桂柳村/卫生室) is the place's: the name begins
// at the place, not at the level alone (村卫生室).
func TestLevelOfAPlaceBeforeBody(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"汝阳县上店镇桂柳村卫生室开展义诊。", []string{"ORG:汝阳县上店镇桂柳村卫生室"}, []string{"ORG:村卫生室"}},
		// a level alone still begins the name
		{"各地村卫生室配齐了常用药。", nil, []string{"ORG:地村卫生室"}},
	})
}

// TestOrgNameOverALineBreak: a body's name broken by the page (城关\n镇卫生院)
// is one entity with the name joined.
func TestOrgNameOverALineBreak(t *testing.T) {
	d := run(t, "汝阳县城关\n镇卫生院与汝阳县城关镇卫生院是同一家。")
	for _, m := range d.Mentions {
		if m.Type == "ORG" && m.Key != "org/汝阳县城关镇卫生院" {
			t.Errorf("mention %q: key %q, want org/汝阳县城关镇卫生院", m.Text, m.Key)
		}
	}
}

// TestReduplicatedAdjectivesAndCounts: adjectives of the form ABB that
// begin with a surname (黄澄澄, 金灿灿) and 余人 after a count are no names.
func TestReduplicatedAdjectivesAndCounts(t *testing.T) {
	tests := []mentionCase{
		{"一个个黄澄澄的脐橙挂满枝头。", nil, []string{"PER:黄澄澄"}},
		{"金灿灿的稻谷堆成了小山。", nil, []string{"PER:金灿灿"}},
		{"共1100余人参加活动。", nil, []string{"PER:余人"}},
		{"村民余人杰说，今年收成好。", []string{"PER:余人杰"}, nil},
	}
	checkMentions(t, tests)
}

// TestProductsClassifiersAndSources: a product of the lexicon read by a
// weak cue (把木耳作为), a classifier after a count (12位独居老人, 每名网格员
// 包保), 作 of a crop or a workshop, and a source line's media (来源：江山发布)
// are no names; a byline's name that is also a product is (记者 杨梅).
func TestProductsClassifiersAndSources(t *testing.T) {
	tests := []mentionCase{
		{"村里把木耳作为主导产业。", nil, []string{"PER:木耳"}},
		{"社区有12位独居老人。", nil, []string{"PER:位独居"}},
		{"每名网格员包保一个网格。", nil, []string{"PER:包保"}},
		{"帮助果农拓宽销路。", nil, []string{"PER:拓宽"}},
		{"来源：江山发布\n", nil, []string{"PER:江山"}},
		{"记者 杨梅 摄\n", []string{"PER:杨梅"}, nil},
		{"赫斯特作品在亚洲拍卖。", []string{"PER:赫斯特"}, nil},
	}
	checkMentions(t, tests)
}
