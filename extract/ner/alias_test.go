package ner_test

import (
	"testing"

	"github.com/zhkg/zhkg/extract"
)

// TestOrgAliasChain: an organization written shorter and shorter
// (遂宁市船山区中心医院, 船山区中心医院, 区中心医院) is one entity, whichever
// order the forms come in, and every organization mention names an entity
// of the document.
func TestOrgAliasChain(t *testing.T) {
	const full = "org/遂宁市船山区中心医院"
	for _, text := range []string{
		"遂宁市船山区中心医院与省里的专家团队签约。区中心医院院长邓海明出席。签约后，船山区中心医院开通了远程会诊。",
		"区中心医院院长邓海明出席。船山区中心医院开通了远程会诊。遂宁市船山区中心医院与专家团队签约。",
	} {
		d := run(t, text)
		n := 0
		for _, m := range d.Mentions {
			if m.Type != extract.Org || m.Key == "" {
				continue
			}
			if d.Entity(m.Key) == nil {
				t.Errorf("%s: mention %q has key %q, no entity", text, m.Text, m.Key)
			}
			if m.Key == full {
				n++
			}
		}
		if n != 3 {
			t.Errorf("%s: %d mentions of %s, want 3; mentions %v", text, n, full, d.Mentions)
		}
	}
}

// TestOrgAliasOfDivisionForms: one body after one division written in two
// forms (黔西南州人民医院, 贵州省黔西南布依族苗族自治州人民医院) is one entity,
// named by the longest; the same body after two divisions is two.
func TestOrgAliasOfDivisionForms(t *testing.T) {
	keys := func(text string) map[string]int {
		d := run(t, text)
		out := map[string]int{}
		for _, m := range d.Mentions {
			if m.Type == extract.Org && m.Key != "" {
				out[m.Key]++
				if d.Entity(m.Key) == nil {
					t.Errorf("%s: mention %q has key %q, no entity", text, m.Text, m.Key)
				}
			}
		}
		return out
	}
	got := keys("贵州省黔西南布依族苗族自治州人民医院举办义诊。黔西南州人民医院的专家为群众看病。")
	if got["org/贵州省黔西南布依族苗族自治州人民医院"] != 2 || len(got) != 1 {
		t.Errorf("two forms of one hospital: keys %v, want one key with two mentions", got)
	}
	got = keys("四川省巴中市通江县人民医院与平昌县人民医院签约。")
	if len(got) != 2 {
		t.Errorf("hospitals of two counties: keys %v, want two", got)
	}
}

// TestPartyCommitteeIsNoShortFormOfDiscipline: a prefecture's party
// committee (甘孜州委) is not a short form of its discipline commission
// (甘孜州纪委监委): both are bodies of the article.
func TestPartyCommitteeIsNoShortFormOfDiscipline(t *testing.T) {
	tests := []mentionCase{
		{"经甘孜州委批准，甘孜州纪委监委对其立案审查。", []string{"ORG:甘孜州委", "ORG:甘孜州纪委监委"}, nil},
	}
	checkMentions(t, tests)
	d := run(t, "经甘孜州委批准，甘孜州纪委监委对其立案审查。")
	keys := map[string]bool{}
	for _, m := range d.Mentions {
		if m.Type == "ORG" {
			keys[m.Key] = true
		}
	}
	if len(keys) != 2 {
		t.Errorf("bodies %v, want two entities", keys)
	}
}
