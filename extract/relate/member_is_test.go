package relate_test

import (
	"context"
	"testing"

	"github.com/zhkg/zhkg/extract"
)

// TestMemberIsUnder checks Y是X下属的Z and Y是X直属学校: Y is the child, not
// the words after the parent, with near misses.
func TestMemberIsUnder(t *testing.T) {
	tests := []tripleCase{
		{
			name: "one that is a parent's subordinate hospital",
			text: "平昌县人民医院是平昌县卫生健康局下属的二级甲等医院。",
			want: []string{"平昌县人民医院 隶属 平昌县卫生健康局"},
		},
		{
			name: "one that is a parent's school",
			text: "温州中学是温州市教育局直属学校，今年新增学位500个。",
			want: []string{"温州中学 隶属 温州市教育局"},
		},
		{
			name: "a partner is no child",
			text: "温州中学是温州市教育局的合作单位。",
			not:  []string{"温州中学 隶属 温州市教育局"},
		},
		{
			name: "a person who is of a parent's subordinate body",
			text: "他是温州市教育局下属的温州市教育技术中心主任。",
			want: []string{"温州市教育技术中心 隶属 温州市教育局"},
		},
	}
	runTripleCases(t, tests)
}

// TestMemberMoreVerbs checks Y为X全资子公司, Y作为X的子公司 and Y归X管理,
// with near misses.
func TestMemberMoreVerbs(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a wholly owned subsidiary after 为",
			text: "据了解，大庆油田有限责任公司为中国石油天然气集团有限公司全资子公司。",
			want: []string{"大庆油田有限责任公司 隶属 中国石油天然气集团有限公司"},
		},
		{
			name: "for another's units",
			text: "据了解，温州市总工会为温州市教育局直属单位送去慰问品。",
			not:  []string{"温州市总工会 隶属 温州市教育局"},
		},
		{
			name: "a subsidiary after 作为",
			text: "据了解，大庆油田有限责任公司作为中国石油天然气集团有限公司的子公司，今年产油3000万吨。",
			want: []string{"大庆油田有限责任公司 隶属 中国石油天然气集团有限公司"},
		},
		{
			name: "managed by another",
			text: "据了解，温州中学归温州市教育局管理。",
			want: []string{"温州中学 隶属 温州市教育局"},
		},
		{
			name: "back to another is no membership",
			text: "据了解，温州中学归还温州市教育局借用的设备。",
			not:  []string{"温州中学 隶属 温州市教育局"},
		},
	}
	runTripleCases(t, tests)
}

// TestMemberAnaphor: a body referred to by its kind belongs to the body
// named after 隶属 (该公司隶属于X): the kind's body of the article.
func TestMemberAnaphor(t *testing.T) {
	runTripleCases(t, []tripleCase{
		{
			name: "the company referred to by its kind",
			text: "国网汝城县供电公司组织人员检修线路。该公司隶属于国网湖南省电力有限公司郴州供电分公司。",
			want: []string{"国网汝城县供电公司 隶属 国网湖南省电力有限公司郴州供电分公司"},
		},
		{
			name: "no body of the kind named before",
			text: "记者走访了汝城县。该公司隶属于国网湖南省电力有限公司郴州供电分公司。",
			not:  []string{"汝城县 隶属 国网湖南省电力有限公司郴州供电分公司"},
		},
	})
}

// TestShortNameMovesFacts: a short name's mentions are the entity its note
// names, and so are the facts found of them before the note (a zone's 位于
// read in the headline): every triple names an entity of the article.
func TestShortNameMovesFacts(t *testing.T) {
	text := "浏阳经开区再添新项目\n湖南浏阳经济技术开发区（以下简称“浏阳经开区”）昨日签约三个项目。"
	d := &extract.Doc{ID: "t", Name: "t", Text: text}
	if err := MustPipeline(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, tr := range d.Triples {
		if d.Entity(tr.Subject) == nil || !tr.Literal && d.Entity(tr.Object) == nil {
			t.Errorf("triple %s %s %s names an entity the article does not have", tr.Subject, tr.Predicate, tr.Object)
		}
	}
	got := MustExtract(t, text)
	if !got["浏阳经济技术开发区 位于 浏阳市"] {
		t.Errorf("missing 浏阳经济技术开发区 位于 浏阳市:\n%s", dump(got))
	}
}
