package events

import "testing"

// TestRetaliationAs checks that "as" before a retaliation noun is found
// past its determiners and adjectives.
func TestRetaliationAs(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"raised tariffs as retaliation", true},
		{"raised tariffs as a retaliation", true},
		{"the move was retaliation", false},
		{"the tariffs were not revenge", false},
	}
	for _, c := range cases {
		toks := words(c.s, nil)
		i := -1
		for k, tk := range toks {
			if retaliationNouns[tk.low] {
				i = k
			}
		}
		if got := asBefore(toks, i); got != c.want {
			t.Errorf("asBefore(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
