package events

import "testing"

// An abstract ill heading the object of "fight" is a struggle, not
// violence; people, names, and words that only modify a head are not.
func TestFoughtForAimIll(t *testing.T) {
	for _, tt := range []struct {
		tagged string
		want   bool
	}{
		{"smuggling/NN ./.", true},
		{"drug/NN trafficking/NN in/IN the/DT north/NN", true},
		{"illegal/JJ logging/NN", true},
		{"smuggling/VBG in/IN Nairobi/NNP", true},
		{"terrorism/NN and/CC extremism/NN", true},
		{"crime/NN ./.", true},
		{"vigilantism/NN ./.", true},
		{"the/DT smugglers/NNS ./.", false},
		{"crime/NN gangs/NNS", false},
		{"drug/NN smuggling/NN networks/NNS", false},
		{"Beijing/NNP ./.", false},
		{"using/VBG all/DT means/NNS", false},
		{"the/DT rebels/NNS", false},
		{"Hamas/NNP", false},
	} {
		if got := foughtForAim(taggedToks(tt.tagged), 0); got != tt.want {
			t.Errorf("%q: foughtForAim = %v, want %v", tt.tagged, got, tt.want)
		}
	}
}
