package events

import "testing"

// A verbless phrase after the subject whose "until" or "since" opens a
// clause ("in power until elections are held") describes the subject; a
// phrase that opens with the time word, or whose predicate has a verb of
// its own, is a clause and no such description.
func TestClauseAdjunct(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		want   bool
	}{
		{"until a passive clause", "The/DT Malian/JJ junta/NN ,/, in/IN power/NN until/IN elections/NNS are/VBP held/VBN ,/, banned/VBD meetings/NNS", true},
		{"since a past clause", "The/DT army/NN ,/, in/IN charge/NN since/IN the/DT coup/NN ended/VBD ,/, arrested/VBD leaders/NNS", true},
		{"until a clause with an adjective", "The/DT junta/NN ,/, in/IN office/NN until/IN a/DT new/JJ constitution/NN is/VBZ adopted/VBN ,/, suspended/VBD parties/NNS", true},
		{"opens with until", "The/DT junta/NN ,/, until/IN elections/NNS are/VBP held/VBN ,/, will/MD ban/VB meetings/NNS", false},
		{"predicate with a verb", "The/DT junta/NN ,/, which/WDT stayed/VBD in/IN power/NN until/IN elections/NNS were/VBD held/VBN ,/, banned/VBD meetings/NNS", false},
		{"no verb after until", "The/DT junta/NN ,/, in/IN power/NN until/IN elections/NNS in/IN 2026/CD ,/, banned/VBD meetings/NNS", false},
		{"a gerund after since", "The/DT junta/NN ,/, in/IN office/NN since/IN taking/VBG power/NN ,/, suspended/VBD parties/NNS", false},
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
		if got := clauseAdjunct(toks, open, close); got != tt.want {
			t.Errorf("%s: clauseAdjunct = %v, want %v", tt.name, got, tt.want)
		}
	}
}
