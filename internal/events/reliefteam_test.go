package events

import "testing"

// TestReliefTeamSubject checks which subjects of an arrival verb are a
// rescue or relief team.
func TestReliefTeamSubject(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"Rescue teams from Greece and Azerbaijan arrived in Malatya", true},
		{"Greek rescuers arrived in Antakya", true},
		{"A medical team from the United Arab Emirates has arrived in Gaza", true},
		{"Japanese relief workers later arrived in Nepal", true},
		{"A trade delegation from Greece arrived in Ankara", false},
		{"The team from Greece arrived in Ankara", false}, // a team of no relief
		{"Rescue teams worked through the night as troops from Greece arrived", false},
	}
	for _, c := range cases {
		toks := words(c.s, nil)
		i := -1
		for k, tk := range toks {
			if tk.low == "arrived" {
				i = k
			}
		}
		if got := reliefTeamSubject(toks, &trigger{i: i}); got != c.want {
			t.Errorf("reliefTeamSubject(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
