package events

import "testing"

// TestCoordinatedPastVerb checks which past verbs after "and" are a second
// act of the subject, out of the reach of a denial before "and".
func TestCoordinatedPastVerb(t *testing.T) {
	cases := []struct {
		s    string
		tags map[string]string
		want bool
	}{
		{"Moscow denied the accusations and promised to retaliate", map[string]string{"denied": "VBD", "promised": "VBN"}, true},
		{"Iran denied the charges and pledged to cooperate", map[string]string{"denied": "VBD", "pledged": "JJ"}, true},
		// a participle sharing the auxiliary before it
		{"police had arrested the activists and detained their lawyer", map[string]string{"had": "VBD", "arrested": "VBN", "detained": "VBN"}, false},
		{"Russia has not denied the report and promised to help", map[string]string{"has": "VBZ", "denied": "VBN", "promised": "VBN"}, false},
		// a gerund object of the denial
		{"Iran denied attacking the ship and seized its crew", map[string]string{"denied": "VBD", "attacking": "VBG", "seized": "VBN"}, false},
		// no object between the verb and "and"
		{"the army denied and promised to help", map[string]string{"denied": "VBD", "promised": "VBN"}, false},
		// not a past form after "and"
		{"Iran denied the charges and warships to help", map[string]string{"denied": "VBD"}, false},
	}
	for _, c := range cases {
		toks := words(c.s, c.tags)
		k := -1
		for i, tk := range toks {
			if tk.low == "and" {
				k = i
				break
			}
		}
		if got := coordinatedPastVerb(toks, k); got != c.want {
			t.Errorf("coordinatedPastVerb(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
