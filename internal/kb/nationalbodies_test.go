package kb

import (
	"strings"
	"testing"
)

func TestNationalBodyAt(t *testing.T) {
	for _, tc := range []struct {
		words string
		want  bool
	}{
		{"junta said", true},
		{"military junta", true},
		{"transitional government", true},
		{"foreign ministry said", true},
		{"armed forces", true},
		{"military", true},
		{"president", true},
		{"state government", false},
		{"governor", false},
		{"local government", false},
		{"new governor", false},
		{"river", false},
		{"foreign trade", false},
	} {
		if got := NationalBodyAt(strings.Fields(tc.words)); got != tc.want {
			t.Errorf("NationalBodyAt(%q) = %v, want %v", tc.words, got, tc.want)
		}
	}
}
