package events

import "testing"

func TestVerbStem(t *testing.T) {
	cases := []struct{ in, want string }{
		{"crush", "crush"},
		{"crushing", "crush"},
		{"crushed", "crush"},
		{"eliminated", "eliminate"},
		{"eliminating", "eliminate"},
		{"defeats", "defeat"},
		{"cracking", "crack"},
		{"rooted", "root"},
		{"wiping", "wipe"},
		{"quelled", "quell"},
		// Not a subdue verb: returned as is.
		{"fighting", "fighting"},
		{"sends", "sends"},
	}
	for _, c := range cases {
		if got := verbStem(c.in); got != c.want {
			t.Errorf("verbStem(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
