package events

import "testing"

// A noun phrase right after an active verb, past determiners, numbers
// and adjectives, is that verb's object; after a report verb, a form of
// "be" or "have", or a preposition it is not.
func TestVerbObject(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		i      int
		want   bool
	}{
		{"past tense and amount", "The/DT blast/NN killed/VBD three/CD Afghan/JJ policemen/NNS", 4, true},
		{"participle tag before an amount", "The/DT air/NN strikes/NNS killed/VBN four/CD civilians/NNS", 5, true},
		{"present tense and determiner", "Russia/NNP shells/VBZ the/DT Ukrainian/JJ town/NN", 3, true},
		{"sentence subject", "Russian/JJ forces/NNS killed/VBD two/CD soldiers/NNS", 0, false},
		{"report verb", "Officials/NNS said/VBD rebels/NNS killed/VBD", 2, false},
		{"form of be", "The/DT victims/NNS were/VBD Afghan/JJ policemen/NNS", 3, false},
		{"preposition", "killed/VBD four/CD people/NNS in/IN Yemen/NNP", 4, false},
		{"participle on a noun", "wounded/VBN Afghan/JJ policemen/NNS", 1, false},
	} {
		if got := verbObject(taggedToks(tt.tagged), tt.i); got != tt.want {
			t.Errorf("%s: verbObject = %v, want %v", tt.name, got, tt.want)
		}
	}
}
