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
