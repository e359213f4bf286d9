package events

import "testing"

// A verbless phrase after the subject whose time preposition governs a
// bare noun phrase ("in power until elections in 2026") describes the
// subject like one with a determiner or a date; one holding a finite verb
// or a gerund is no such phrase.
func TestDatedAdjunctBareNoun(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		want   bool
	}{
		{"until a plural noun", "The/DT Malian/JJ junta/NN ,/, in/IN power/NN until/IN elections/NNS in/IN 2026/CD ,/, banned/VBD meetings/NNS", true},
		{"since a mass noun", "The/DT junta/NN ,/, in/IN office/NN since/IN independence/NN ,/, suspended/VBD parties/NNS", true},
		{"until an adjective and a noun", "The/DT junta/NN ,/, in/IN charge/NN until/IN civilian/JJ rule/NN ,/, dissolved/VBD parliament/NN", true},
		{"until a clause", "The/DT junta/NN ,/, in/IN power/NN until/IN elections/NNS are/VBP held/VBN ,/, banned/VBD meetings/NNS", false},
		{"since a gerund", "The/DT junta/NN ,/, in/IN office/NN since/IN taking/VBG power/NN ,/, suspended/VBD parties/NNS", false},
	} {
		toks := taggedToks(tt.tagged)
		open, close := -1, -1
		for q, tk := range toks {
			if tk.low == "," {
				if open < 0 {
					open = q
				} else {
					close = q
				}
			}
		}
		if got := datedAdjunct(toks, open, close); got != tt.want {
			t.Errorf("%s: datedAdjunct = %v, want %v", tt.name, got, tt.want)
		}
	}
}
