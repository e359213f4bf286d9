package keywords

import "testing"

// Vectors from Porter's paper and the reference implementation's voc/output.
func TestStem(t *testing.T) {
	pairs := []string{
		"caresses", "caress", "ponies", "poni", "ties", "ti", "caress", "caress", "cats", "cat",
		"feed", "feed", "agreed", "agre", "plastered", "plaster", "bled", "bled", "motoring", "motor",
		"sing", "sing", "conflated", "conflat", "troubled", "troubl", "sized", "size", "hopping", "hop",
		"tanned", "tan", "falling", "fall", "hissing", "hiss", "fizzed", "fizz", "failing", "fail",
		"filing", "file", "happy", "happi", "sky", "sky", "relational", "relat", "conditional", "condit",
		"rational", "ration", "digitizer", "digit", "vietnamization", "vietnam", "predication", "predic",
		"operator", "oper", "feudalism", "feudal", "decisiveness", "decis", "hopefulness", "hope",
		"callousness", "callous", "formaliti", "formal", "sensitiviti", "sensit", "sensibiliti", "sensibl",
		"triplicate", "triplic", "formative", "form", "formalize", "formal", "electrical", "electr",
		"hopeful", "hope", "goodness", "good", "revival", "reviv", "allowance", "allow", "inference", "infer",
		"airliner", "airlin", "gyroscopic", "gyroscop", "adjustable", "adjust", "defensible", "defens",
		"irritant", "irrit", "replacement", "replac", "adjustment", "adjust", "dependent", "depend",
		"adoption", "adopt", "communism", "commun", "activate", "activ", "effective", "effect",
		"bowdlerize", "bowdler", "probate", "probat", "rate", "rate", "cease", "ceas", "controll", "control",
		"roll", "roll", "generalizations", "gener", "oscillators", "oscil", "exercises", "exercis",
		"military", "militari", "joint", "joint", "korea", "korea", "is", "is", "a", "a",
	}
	for i := 0; i < len(pairs); i += 2 {
		if got := Stem(pairs[i]); got != pairs[i+1] {
			t.Errorf("Stem(%q) = %q, want %q", pairs[i], got, pairs[i+1])
		}
	}
}
