package resolve

import (
	"slices"
	"strings"
	"testing"
)

// lastFields gives the tail of strings.Fields, spaces of any kind included.
func TestLastFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "the Deputy Secretary of ", "x\u00a0y\u2003 z\n\tw of ",
		"Gov. of ", "é ü of ", "one two three four five six of "} {
		all := strings.Fields(s)
		for n := 1; n <= 6; n++ {
			want := all[max(0, len(all)-n):]
			if got := lastFields(s, n); !slices.Equal(got, want) {
				t.Errorf("lastFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
