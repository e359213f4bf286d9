package events

import "testing"

// TestMistaggedPrepVerb checks that a word tagged IN or TO that is no
// preposition counts as the verb only between a subject and its object.
func TestMistaggedPrepVerb(t *testing.T) {
	for _, tc := range []struct {
		tagged string
		at     int
		want   bool
	}{
		{"Saudi/NNP Arabia/NNP cut/IN ties/NNS with/IN Iran/NNP", 2, true},
		{"North/NNP Korea/NNP cut/TO ties/NNS with/IN Malaysia/NNP", 2, true},
		{"Mogadishu/NNP cut/IN its/PRP$ ties/NNS", 1, true},
		{"They/PRP cut/IN diplomatic/JJ ties/NNS", 1, true},
		// A real preposition stays one, in the same place.
		{"Bahrain/NNP like/IN other/JJ states/NNS", 1, false},
		{"Kenya/NNP to/TO the/DT talks/NNS", 1, false},
		// A misread word before another preposition has no object.
		{"Oil/NN prices/NNS cut/IN across/IN sectors/NNS", 2, false},
		// Sentence-initial: no subject before it.
		{"Cut/IN ties/NNS with/IN Iran/NNP", 0, false},
		// Before a name: no object start that a preposition could not take.
		{"Ghana/NNP cut/IN Togo/NNP", 1, false},
		// After a determiner: no subject head.
		{"the/DT cut/IN ties/NNS", 1, false},
	} {
		if got := mistaggedPrepVerb(taggedToks(tc.tagged), tc.at); got != tc.want {
			t.Errorf("mistaggedPrepVerb(%q, %d) = %v, want %v", tc.tagged, tc.at, got, tc.want)
		}
	}
}
