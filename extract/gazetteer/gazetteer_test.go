package gazetteer

import (
	"slices"
	"testing"
)

func mustDefault(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := Default()
	if err != nil {
		tb.Fatalf("Default: %v", err)
	}
	return g
}

func names(ds []Division) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Name)
	}
	return out
}

func TestDefault_CountsPerLevel(t *testing.T) {
	g := mustDefault(t)
	per := map[int]int{}
	for _, d := range g.divs {
		per[d.Level]++
	}
	// provinces: 31 in the source plus 台湾省, 香港, 澳门
	if per[Province] != 34 {
		t.Errorf("provinces = %d, want 34", per[Province])
	}
	if per[City] < 320 || per[City] > 345 {
		t.Errorf("cities = %d, want about 333", per[City])
	}
	if per[County] < 2900 || per[County] > 3000 {
		t.Errorf("counties = %d, want about 2975", per[County])
	}
	if per[Township] < 40000 || per[Township] > 43000 {
		t.Errorf("townships = %d, want about 41000", per[Township])
	}
	villages := 0
	for county := range g.vidx {
		villages += len(g.villages(county).divs)
	}
	if villages < 600000 || villages > 640000 {
		t.Errorf("villages = %d, want about 620000", villages)
	}
}

func TestGazetteer_Chain(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		code string
		want []string
	}{
		{"110101", []string{"东城区", "北京市"}},                                 // 市辖区 skipped
		{"500233", []string{"忠县", "重庆市"}},                                  // 县 placeholder skipped
		{"469026", []string{"昌江黎族自治县", "海南省"}},                             // 省直辖县级行政区划 skipped
		{"511921125", []string{"陈河镇", "通江县", "巴中市", "四川省"}},                //
		{"460400499", []string{"洋浦经济开发区", "儋州市", "海南省"}},                   // county twin of 儋州市 skipped
		{"230604018002", []string{"乘风二社区", "乘风街道", "让胡路区", "大庆市", "黑龙江省"}}, // committee suffix dropped
		{"51", []string{"四川省"}},
		{"999999", nil},
	}
	for _, tt := range tests {
		if got := names(g.Chain(tt.code)); !slices.Equal(got, tt.want) {
			t.Errorf("Chain(%s) = %v, want %v", tt.code, got, tt.want)
		}
	}
}

func TestGazetteer_Lookup(t *testing.T) {
	g := mustDefault(t)
	d, ok := g.Lookup("230624")
	if !ok || d.Name != "杜尔伯特蒙古族自治县" || d.Level != County || d.Parent != "230600" {
		t.Errorf("Lookup(230624) = %+v, %v", d, ok)
	}
	if _, ok := g.Lookup("110100"); ok {
		t.Errorf("Lookup(110100) found the 市辖区 placeholder")
	}
	v, ok := g.Lookup("220221201203")
	if !ok || v.Name != "茶壶咀村" || v.Level != Village || v.Parent != "220221201" {
		t.Errorf("Lookup(220221201203) = %+v, %v", v, ok)
	}
}

func TestGazetteer_ByName(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name string
		want string // a division that must be among the results ("" = none at all)
	}{
		{"通江", "通江县"},
		{"通江县", "通江县"},
		{"巴中", "巴中市"},
		{"四川", "四川省"},
		{"广西", "广西壮族自治区"},
		{"内蒙古", "内蒙古自治区"},
		{"新疆", "新疆维吾尔自治区"},
		{"宁夏", "宁夏回族自治区"},
		{"西藏", "西藏自治区"},
		{"杜尔伯特县", "杜尔伯特蒙古族自治县"},
		{"杜尔伯特", "杜尔伯特蒙古族自治县"},
		{"力所乡", "力所拉祜族乡"},
		{"延边州", "延边朝鲜族自治州"},
		{"王平镇", "王平地区"},
		{"乘风二社区", "乘风二社区"},
		{"乘风二社区居委会", ""},
		{"川", ""},
		{"市辖区", ""},
	}
	for _, tt := range tests {
		got := names(g.ByName(tt.name))
		if tt.want == "" {
			if len(got) != 0 {
				t.Errorf("ByName(%s) = %v, want none", tt.name, got)
			}
			continue
		}
		if !slices.Contains(got, tt.want) {
			t.Errorf("ByName(%s) = %v, want %s among them", tt.name, got, tt.want)
		}
	}
}

func TestGazetteer_Candidates_Forms(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		s, name string
		form    Form
	}{
		{"通江县", "通江县", Full},
		{"通江", "通江县", Short},
		{"陈河", "陈河镇", Weak},
		{"公安", "公安县", Weak},
		{"朝阳", "朝阳区", Weak},
		{"四川", "四川省", Short},
		{"杜尔伯特县", "杜尔伯特蒙古族自治县", Alt},
	}
	for _, tt := range tests {
		found := false
		for _, c := range g.Candidates(tt.s) {
			if c.Name == tt.name {
				found = true
				if c.Form != tt.form {
					t.Errorf("Candidates(%s): %s has form %v, want %v", tt.s, tt.name, c.Form, tt.form)
				}
			}
		}
		if !found {
			t.Errorf("Candidates(%s): no %s", tt.s, tt.name)
		}
	}
}

func TestGazetteer_Within(t *testing.T) {
	g := mustDefault(t)
	if !g.Within("511921125", "510000") || !g.Within("511921", "511921") {
		t.Error("陈河镇 not within 四川省")
	}
	if g.Within("420981107", "510000") {
		t.Error("湖北's 陈河镇 within 四川省")
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVillagesOfCounty(b *testing.B) {
	g := mustDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		g.vmu.Lock()
		delete(g.vset, "230604")
		g.vmu.Unlock()
		if len(g.villages("230604").divs) == 0 {
			b.Fatal("no villages")
		}
	}
}
