package store

import "testing"

func TestEventMark(t *testing.T) {
	for _, c := range []struct{ pol, mod, want string }{
		{"asserted", "actual", ""},
		{"", "", ""},
		{"negated", "actual", "not:"},
		{"asserted", "planned", "planned:"},
		{"negated", "planned", "not:planned:"},
		{"asserted", "hypothetical", "hypothetical:"},
	} {
		if got := EventMark(c.pol, c.mod); got != c.want {
			t.Errorf("EventMark(%q, %q) = %q, want %q", c.pol, c.mod, got, c.want)
		}
	}
}
