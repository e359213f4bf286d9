package events

import (
	"slices"
	"testing"
)

// TestRestrictiveRelative checks which verbs follow a relative clause with
// no commas that modifies their subject. Sentences written for this test,
// tagged by hand where the tag decides.
func TestRestrictiveRelative(t *testing.T) {
	tags := map[string]string{"attacked": "VBD", "withdrew": "VBD", "seized": "VBD", "had": "VBD", "fired": "VBN", "said": "VBD",
		"rebels": "NNS", "militia": "NN", "checkpoint": "NN", "town": "NN", "refused": "VBD", "were": "VBD", "arrested": "VBN", "police": "NNS", "have": "VBP"}
	cases := []struct {
		s    string
		verb string // the main verb asked about
		open int    // index of the relative pronoun, -1 for none
	}{
		{"Syrian rebels who attacked a checkpoint last week withdrew from the town", "withdrew", 2},
		{"The militia that had fired on the town withdrew on Tuesday", "withdrew", 2},
		{"The rebels who seized Goma have refused to withdraw", "refused", 2},
		// coordinated inside the clause
		{"Rebels who attacked the town and withdrew were arrested", "withdrew", -1},
		// a clause with its own subject
		{"The rebels whom police arrested withdrew", "withdrew", -1},
		// a second finite verb: the clause holds a report
		{"Rebels who said they attacked the town withdrew", "withdrew", -1},
		// commas: relativeBefore's case
		{"Rebels , who attacked the town , withdrew", "withdrew", -1},
		// no relative clause
		{"Syrian rebels attacked a checkpoint and withdrew", "withdrew", -1},
	}
	for _, c := range cases {
		toks := words(c.s, tags)
		i := slices.IndexFunc(toks, func(t tok) bool { return t.low == c.verb })
		open, close := restrictiveRelative(toks, i)
		if open != c.open {
			t.Errorf("%q at %q: relative pronoun at %d, want %d", c.s, c.verb, open, c.open)
			continue
		}
		if open >= 0 && (close <= open || close > i) {
			t.Errorf("%q: clause ends at %d, want between %d and the verb at %d", c.s, close, open, i)
		}
	}
}
