package resolve

import (
	"strings"
	"testing"
)

func TestFieldsCourt(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"employment and labour relations court", true},
		{"environment and land court", true},
		{"land and environment court", true},
		// "of" says whose court it is; no "and", or too short: not a
		// court named by its fields.
		{"court of justice of the european union", false},
		{"court of appeal and tribunal", false},
		{"high court", false},
		{"labour relations court", false},
		{"family and court", false},
	} {
		if got := fieldsCourt(strings.Fields(c.name)); got != c.want {
			t.Errorf("fieldsCourt(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}
