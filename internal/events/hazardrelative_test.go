package events

import "testing"

// A relative clause of harm on a hazard's or an accident's phrase is no
// one's act; on an agent, an attack or gunfire it is.
func TestHazardRelative(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		want   bool
	}{
		{"collapse of a thing", "over/IN the/DT collapse/NN of/IN a/DT railway/NN station/NN canopy/NN that/WDT killed/VBD 15/CD people/NNS", true},
		{"a dated disaster", "for/IN the/DT 2023/CD disaster/NN that/WDT killed/VBD 50,000/CD people/NNS", true},
		{"a crash with its place", "investigated/VBD a/DT bus/NN crash/NN in/IN Punjab/NNP which/WDT killed/VBD 20/CD people/NNS", true},
		{"a house fire", "after/IN a/DT house/NN fire/NN that/WDT killed/VBD five/CD children/NNS", true},
		{"a militia", "hunted/VBD the/DT militia/NN that/WDT killed/VBD 15/CD villagers/NNS", false},
		{"fire only a modifier", "the/DT attack/NN on/IN a/DT fire/NN station/NN that/WDT killed/VBD 15/CD people/NNS", false},
		{"tank fire", "investigated/VBD the/DT tank/NN fire/NN that/WDT killed/VBD 15/CD people/NNS", false},
		{"a demonym's fire", "condemned/VBD the/DT Israeli/JJ fire/NN that/WDT killed/VBD 15/CD people/NNS", false},
		{"no relative", "the/DT disaster/NN killed/VBD 15/CD people/NNS", false},
	} {
		toks := taggedToks(tt.tagged)
		i := -1
		for q, tk := range toks {
			if tk.low == "killed" {
				i = q
			}
		}
		if got := hazardRelative(toks, i); got != tt.want {
			t.Errorf("%s: hazardRelative = %v, want %v", tt.name, got, tt.want)
		}
	}
}
