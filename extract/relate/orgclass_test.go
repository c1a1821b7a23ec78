package relate

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhkg/zhkg/extract/lexicon"
)

// TestOrgClass_SameAsPlainForm compares orgClass with its plain form, which
// decodes the last n characters afresh for every n, on random names of
// organization endings, other characters and broken UTF-8.
func TestOrgClass_SameAsPlainForm(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	w := &work{st: New(lex)}
	plain := func(name string) (lexicon.OrgClass, bool) {
		for n := utf8.RuneCountInString(name); n > 0; n-- {
			k := len(name)
			for i := 0; i < n; i++ {
				_, sz := utf8.DecodeLastRuneInString(name[:k])
				k -= sz
			}
			if c, ok := lex.OrgSuffix(name[k:]); ok && k > 0 {
				return c, true
			}
		}
		return "", false
	}
	pieces := []string{"青山", "县", "人民", "政府", "公司", "有限公司", "委员会", "局", "大学", "医院", "党委", "村", "合作社", "水文", "科学院", "学院", "融媒体", "中心",
		"a", " ", "\xe5", "\xe5\x8e", "\x80", "\xbf\xe5", "𠮷", strings.Repeat("很长的名字", 8)}
	r := rand.New(rand.NewPCG(5, 8))
	for range 20000 {
		var b strings.Builder
		for k := r.IntN(7); k > 0; k-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		name := b.String()
		c, ok := w.orgClass(name)
		wc, wok := plain(name)
		if c != wc || ok != wok {
			t.Fatalf("orgClass(%q) = %q, %v, want %q, %v", name, c, ok, wc, wok)
		}
	}
}
