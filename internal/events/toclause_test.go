package events

import "testing"

// TestToClauseAfter checks that a noun counts as taking a to-infinitive
// only past its "from" and "for" phrases, and never as a telephone call.
func TestToClauseAfter(t *testing.T) {
	for _, tc := range []struct {
		tagged string
		i, j   int
		want   bool
	}{
		{"faced/VBD calls/NNS from/IN lawmakers/NNS in/IN his/PRP$ own/JJ party/NN to/TO step/VB down/RP", 1, 2, true},
		{"renewed/VBD calls/NNS for/IN the/DT minister/NN to/TO resign/VB", 1, 2, true},
		{"faced/VBN calls/NNS from/IN opposition/NN lawmakers/NNS to/IN resign/NN ./.", 1, 2, true},
		{"growing/VBG calls/NNS to/TO quit/VB", 1, 2, true},
		{"made/VBD calls/NNS to/TO Gulf/NNP leaders/NNS", 1, 2, false},
		{"answered/VBD calls/NNS from/IN reporters/NNS on/IN Tuesday/NNP", 1, 2, false},
		{"received/VBD a/DT call/NN from/IN Macron/NNP to/TO discuss/VB Ukraine/NNP", 2, 3, false},
		{"issued/VBD a/DT call/NN for/IN calm/NN ./.", 2, 3, false},
		{"sent/VBD calls/NNS to/TO parliament/NN ./.", 1, 2, false},
	} {
		if got := toClauseAfter(taggedToks(tc.tagged), tc.i, tc.j); got != tc.want {
			t.Errorf("toClauseAfter(%q) = %v, want %v", tc.tagged, got, tc.want)
		}
	}
}
