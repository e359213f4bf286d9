package events

import (
	"strings"
	"testing"
)

// words makes untagged tokens from a sentence written with spaces between
// its tokens, with the tags given for the words that need one.
func words(s string, tags map[string]string) []tok {
	var ts []tok
	off := 0
	for _, w := range strings.Fields(s) {
		ts = append(ts, tok{text: w, low: strings.ToLower(w), start: off, end: off + len(w), pos: tags[w]})
		off += len(w) + 1
	}
	return ts
}

// TestNewPredicate checks which words after "and" open a predicate of
// their own, out of the reach of a modal or negation before it.
func TestNewPredicate(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"and could finalize a deal", true},
		{"and has already sent advisers", true},
		{"and then met officials", true},
		{"and did meet mediators", true},
		{"and sign it", false},               // shares the modal before "and"
		{"and South Korea on Monday", false}, // a coordinated object
		{"and", false},
	}
	for _, c := range cases {
		toks := words(c.s, map[string]string{"met": "VBD", "sign": "VB"})
		if got := newPredicate(toks, 1); got != c.want {
			t.Errorf("newPredicate(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestPresupposedBetween checks the definite event nouns naming their own
// parties.
func TestPresupposedBetween(t *testing.T) {
	cases := []struct {
		s    string
		noun string
		want bool
	}{
		{"was not on the July 25 call between Egypt and Qatar", "call", true},
		{"did not attend the talks between Russia and Ukraine", "talks", true},
		{"there were no talks between Armenia and Azerbaijan", "talks", false},
		{"did not hold talks with Iran", "talks", false},
		{"talks between the two sides", "talks", false}, // no determiner
	}
	for _, c := range cases {
		toks := words(c.s, nil)
		i := -1
		for k, tk := range toks {
			if tk.low == c.noun {
				i = k
			}
		}
		tr := &trigger{i: i, j: i + 1, head: i, nominal: true}
		if got := presupposedBetween(toks, tr); got != c.want {
			t.Errorf("presupposedBetween(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
