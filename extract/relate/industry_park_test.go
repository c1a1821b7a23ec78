package relate_test

import "testing"

// TestIndustryParkNamedAfterProduct checks that a park or a project named
// with a place and a product (新建长丰县电子信息产业园) states no industry of
// the place, while the product before 产业 alone, or a park the place
// builds with no place in its name, still does.
func TestIndustryParkNamedAfterProduct(t *testing.T) {
	tests := []tripleCase{
		{
			name: "a plan to build a park named with the place",
			text: "为推动产业升级，肥西县计划新建肥西县电子信息产业园，预计总投资十亿元。",
			not:  []string{"肥西县 产业 电子信息"},
		},
		{
			name: "a park named with the place as a subject",
			text: "肥西县电子信息产业园位于县城东部，占地两千亩。",
			not:  []string{"肥西县 产业 电子信息"},
		},
		{
			name: "a project named with the place",
			text: "肥西县蔬菜产业项目日前开工，预计明年投产。",
			not:  []string{"肥西县 产业 蔬菜"},
		},
		{
			name: "the product before 产业 alone",
			text: "近年来，肥西县蔬菜产业发展迅速，菜农收入逐年提高。",
			want: []string{"肥西县 产业 蔬菜"},
		},
		{
			name: "a park the place builds, with no place in its name",
			text: "肥西县建成了蔬菜产业园，带动三千户菜农增收。",
			want: []string{"肥西县 产业 蔬菜"},
		},
	}
	runTripleCases(t, tests)
}
