package synth

import (
	"github.com/zhkg/zhkg/extract/gazetteer"
)

// Predicates and type labels of the extraction guide, as written in the
// label view.
const (
	predType     = "类型"
	predPost     = "职务"
	predWorksAt  = "任职于"
	predLocated  = "位于"
	predPartOf   = "隶属"
	predIndustry = "产业"
	predShort    = "简称"
	predLives    = "居住于"
	predAge      = "年龄"
	predAuthor   = "作者"

	typePerson = "人物"
	typePlace  = "地点"
	typeOrg    = "机构"
)

// DocSubject is the subject of 作者 facts: the article itself, written DOC
// as in the guide's gold files (the scorer puts the document there).
const DocSubject = "DOC"

// Fact is one gold triple of the label view. Subject and Object are labels;
// an Object may list several right labels separated by "|", as the guide
// allows. An Optional fact may or may not be extracted (written with
// ?DOC in the gold file).
type Fact struct {
	Subject   string
	Predicate string
	Object    string
	Optional  bool
}

// factSet keeps facts unique and in the order they were first stated; a
// fact stated as required makes an optional one required. An article
// states a few dozen facts, so a linear search is the fastest index.
type factSet struct {
	list []Fact
}

// find returns the index of the fact (s, p, o), or -1.
func (fs *factSet) find(s, p, o string) int {
	for i := range fs.list {
		f := &fs.list[i]
		if f.Subject == s && f.Predicate == p && f.Object == o {
			return i
		}
	}
	return -1
}

func (fs *factSet) add(f Fact) {
	if i := fs.find(f.Subject, f.Predicate, f.Object); i >= 0 {
		if !f.Optional {
			fs.list[i].Optional = false
		}
		return
	}
	fs.list = append(fs.list, f)
}

func (s *factSet) addAll(fs []Fact) {
	for _, f := range fs {
		s.add(f)
	}
}

// placeFacts tracks the divisions an article names: those named as places
// get a required 类型 and their chain of 位于 up to the province; those
// named only inside an organization's name get the same facts as
// optional.
type placeFacts struct {
	order []gazetteer.Division
	req   map[string]bool
}

func (p *placeFacts) note(d gazetteer.Division, required bool) {
	if p.req == nil {
		p.req = map[string]bool{}
	}
	r, seen := p.req[d.Code]
	if !seen {
		p.order = append(p.order, d)
	}
	p.req[d.Code] = r || required
}

// facts returns the place facts, places first in order of mention.
func (p *placeFacts) facts(w *world) []Fact {
	var s factSet
	for _, d := range p.order {
		opt := !p.req[d.Code]
		s.add(Fact{d.Name, predType, typePlace, opt})
	}
	for _, d := range p.order {
		opt := !p.req[d.Code]
		ch := w.chain(d.Code)
		for i := 0; i+1 < len(ch); i++ {
			s.add(Fact{ch[i].Name, predLocated, ch[i+1].Name, opt})
		}
	}
	return s.list
}
