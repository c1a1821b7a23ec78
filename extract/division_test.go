package extract

import "testing"

func TestDivisionLevel(t *testing.T) {
	for code, want := range map[string]int{
		"510000": 1, "511900": 2, "511921": 3, "511921100": 4, "511921100000": 4, "511921100201": 5,
		"": 0, "51192x": 0, "5119": 0,
	} {
		if got := DivisionLevel(code); got != want {
			t.Errorf("DivisionLevel(%q) = %d, want %d", code, got, want)
		}
	}
}
