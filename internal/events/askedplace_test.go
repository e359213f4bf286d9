package events

import "testing"

// A request that names whom it asks and then an infinitive of what they
// are to do: a place inside the infinitive is where, not whom. Sentences
// written for this test.
func TestAskedBefore(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		verb   string // the word the infinitive's trigger starts on
		want   bool
	}{
		{"own supporters", "called/VBD on/IN its/PRP$ supporters/NNS to/TO protest/VB in/IN Lagos/NNP", "protest", true},
		{"light verb", "called/VBD on/IN its/PRP$ supporters/NNS to/TO stage/VB protests/NNS in/IN Lagos/NNP", "protests", true},
		{"government", "urged/VBD the/DT government/NN to/TO lift/VB the/DT curfew/NN in/IN Kano/NNP", "lift", true},
		{"no addressee", "called/VBD for/IN protests/NNS in/IN Lagos/NNP", "protests", false},
		{"comma before infinitive", "appealed/VBD ,/, again/RB ,/, to/TO protest/VB in/IN Lagos/NNP", "protest", false},
	} {
		toks := taggedToks(tt.tagged)
		v := -1
		for q, tk := range toks {
			if tk.low == tt.verb {
				v = q
				break
			}
		}
		if got := askedBefore(toks, 1, v); got != tt.want {
			t.Errorf("%s: askedBefore = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A date inside the infinitive of a predicate coordinated after the
// trigger's is the infinitive's; one in the first predicate or in a second
// predicate without an infinitive still dates the trigger.
func TestSecondPredicateInfinitive(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		want   bool
	}{
		{"called on to protest", "rejected/VBD the/DT decision/NN and/CC called/VBN on/IN its/PRP$ supporters/NNS to/TO protest/VB in/IN Lagos/NNP on/IN Friday/NNP", true},
		{"urged to withdraw", "rejected/VBD the/DT offer/NN and/CC urged/VBD Russia/NNP to/TO withdraw/VB its/PRP$ troops/NNS by/IN Friday/NNP", true},
		{"second act, no infinitive", "rejected/VBD the/DT proposal/NN and/CC launched/VBD air/NN strikes/NNS on/IN Friday/NNP", false},
		{"date in the first predicate", "rejected/VBD the/DT decision/NN on/IN Friday/NNP and/CC called/VBN on/IN supporters/NNS to/TO protest/VB", false},
		{"comma ends the infinitive", "rejected/VBD the/DT offer/NN and/CC urged/VBD Russia/NNP to/TO withdraw/VB ,/, officials/NNS said/VBD on/IN Friday/NNP", false},
	} {
		toks := taggedToks(tt.tagged)
		k := -1
		for q, tk := range toks {
			if tk.low == "friday" {
				k = q
				break
			}
		}
		if got := secondPredicateInfinitive(toks, 1, k); got != tt.want {
			t.Errorf("%s: secondPredicateInfinitive = %v, want %v", tt.name, got, tt.want)
		}
	}
}
