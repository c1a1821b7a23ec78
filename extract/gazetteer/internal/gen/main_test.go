package main

import (
	"slices"
	"testing"
)

// TestCustomaryForms checks the customary short forms of banners and
// autonomous counties made by rule, and names that take none.
func TestCustomaryForms(t *testing.T) {
	tests := []struct {
		name  string
		level int
		want  []string
	}{
		{"科尔沁右翼前旗", 3, []string{"科右前旗"}},
		{"察哈尔右翼后旗", 3, []string{"察右后旗"}},
		{"阿拉善左旗", 3, []string{"阿左旗"}},
		{"新巴尔虎右旗", 3, []string{"新右旗"}},
		{"东乌珠穆沁旗", 3, []string{"东乌旗"}},
		{"东乡族自治县", 3, []string{"东乡县"}},
		{"鄂伦春自治旗", 3, []string{"鄂伦春旗"}},
		{"巴音郭楞蒙古自治州", 2, []string{"巴州"}},
		// two characters before the side, a town, a county of a stem
		{"巴林左旗", 3, nil},
		{"杭锦后旗", 3, nil},
		{"左旗镇", 4, nil},
		{"通江县", 3, nil},
	}
	for _, tt := range tests {
		if got := customaryForms(row{name: tt.name, level: tt.level}); !slices.Equal(got, tt.want) {
			t.Errorf("customaryForms(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestVillageForms checks that a gacha's villagers' committee is also
// written without its 村.
func TestVillageForms(t *testing.T) {
	name, fs := villageName("道图嘎查村民委员会")
	if name != "道图嘎查村" || !slices.Contains(fs, "a道图嘎查") {
		t.Errorf("villageName(道图嘎查村民委员会) = %q, %v; want 道图嘎查村 with the form 道图嘎查", name, fs)
	}
	if _, fs := villageName("红星村村民委员会"); slices.Contains(fs, "a红星") {
		t.Errorf("a village's name lost its 村: %v", fs)
	}
}

// TestStreetForms checks that a subdistrict named after a street (唐家墩街
// 街道) is also written with one 街.
func TestStreetForms(t *testing.T) {
	fs := forms(row{name: "唐家墩街街道", level: 4}, nil)
	if !slices.Contains(fs, "a唐家墩街道") {
		t.Errorf("forms(唐家墩街街道) = %v, want the form 唐家墩街道", fs)
	}
}

// TestAutonomousShortForms checks that an autonomous county is also
// written with its stem and 自治县 (酉阳自治县).
func TestAutonomousShortForms(t *testing.T) {
	fs := forms(row{name: "酉阳土家族苗族自治县", level: 3}, map[string]string{})
	for _, want := range []string{"a酉阳县", "a酉阳自治县"} {
		if !slices.Contains(fs, want) {
			t.Errorf("forms(酉阳土家族苗族自治县) = %v, want %s", fs, want)
		}
	}
}
