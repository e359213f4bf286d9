package events

import "testing"

// A reported clause of state or a passive leaves the appeal after "and" to
// the speaker; an active or progressive one does not.
func TestReportedState(t *testing.T) {
	for _, tt := range []struct {
		name, tagged string
		want         bool
	}{
		{"state verb read as participle", "said/VBD 20/CD journalists/NNS remained/VBN in/IN jail/NN and/CC urged/VBD", true},
		{"copula", "said/VBD protesters/NNS were/VBD still/RB in/IN custody/NN and/CC urged/VBD", true},
		{"perfect passive", "said/VBD activists/NNS had/VBD been/VBN detained/VBN and/CC urged/VBD", true},
		{"progressive", "said/VBD fighters/NNS were/VBD regrouping/VBG and/CC urged/VBD", false},
		{"active", "said/VBD militias/NNS killed/VBD civilians/NNS and/CC urged/VBD", false},
		{"perfect active", "said/VBD soldiers/NNS had/VBD killed/VBN villagers/NNS and/CC urged/VBD", false},
	} {
		toks := taggedToks(tt.tagged)
		kk := len(toks) - 2
		if got := reportedState(toks, 0, kk); got != tt.want {
			t.Errorf("%s: reportedState = %v, want %v", tt.name, got, tt.want)
		}
	}
}
