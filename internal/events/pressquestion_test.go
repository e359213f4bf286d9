package events

import "testing"

// A verb of asking whose agent after "by", or whose subject right before
// it, is the press puts a question, no request; any other asker requests.
func TestPressQuestion(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		want   bool
	}{
		{"passive agent", "declined/VBD to/TO comment/VB when/WRB asked/VBN by/IN reporters/NNS", true},
		{"passive agent with determiner", "minister/NN ,/, asked/VBN by/IN a/DT foreign/JJ journalist/NN", true},
		{"active subject", "Reporters/NNS asked/VBD the/DT ambassador/NN", true},
		{"state agent", "Somalia/NNP was/VBD asked/VBN by/IN Kenya/NNP to/TO send/VB troops/NNS", false},
		{"state subject", "Kenya/NNP asked/VBD the/DT United/NNP Nations/NNP", false},
		{"collective of the press", "asked/VBN by/IN a/DT group/NN of/IN journalists/NNS", true},
		{"collective of a state", "asked/VBN by/IN a/DT group/NN of/IN states/NNS", false},
	} {
		toks := taggedToks(tt.tagged)
		i := -1
		for q, tk := range toks {
			if tk.low == "asked" {
				i = q
			}
		}
		if got := pressQuestion(toks, i, i+1); got != tt.want {
			t.Errorf("%s: pressQuestion = %v, want %v", tt.name, got, tt.want)
		}
	}
}
