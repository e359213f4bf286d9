package events

import "testing"

// A pledge on the subjects' own relation, marked as theirs and ending its
// noun phrase, is made to each other; a relation with a third party, one
// not marked as theirs, or no relation at all is not.
func TestJointBond(t *testing.T) {
	for _, tt := range []struct {
		tagged string
		want   bool
	}{
		{"pledged/VBD to/TO deepen/VB their/PRP$ alliance/NN ./.", true},
		{"vowed/VBD to/TO expand/VB bilateral/JJ trade/NN", true},
		{"promised/VBD to/TO strengthen/VB their/PRP$ economic/JJ ties/NNS on/IN Monday/NNP", true},
		{"pledged/VBD to/TO deepen/VB their/PRP$ security/NN alliance/NN", true},
		{"pledged/VBD to/TO deepen/VB their/PRP$ ties/NNS with/IN China/NNP", false},
		{"pledged/VBD to/TO boost/VB trade/NN", false},
		{"pledged/VBD to/TO defend/VB their/PRP$ borders/NNS", false},
		{"pledged/VBD to/TO brief/VB their/PRP$ alliance/NN partners/NNS", false},
		{"pledged/VBD ,/, their/PRP$ alliance/NN", false},
		{"pledged/VBD on/IN Friday/NNP to/TO deepen/VB their/PRP$ alliance/NN", true},
	} {
		toks := taggedToks(tt.tagged)
		tr := &trigger{i: 0, j: 1, head: 0}
		if got := jointBond(toks, tr); got != tt.want {
			t.Errorf("%q: jointBond = %v, want %v", tt.tagged, got, tt.want)
		}
	}
}
