package events

import "testing"

// A participle with its agent on an object noun that names no actor is a
// reduced relative on that noun; on an actor, a number of people or a
// clause's subject it is not one this rule reads.
func TestObjectAgentParticiple(t *testing.T) {
	for _, tt := range []struct {
		name   string
		tagged string
		actors []string // words that are actor mentions
		want   bool
	}{
		{"verb object", "The/DT UN/NNP urged/VBD donors/NNS to/TO rebuild/VB villages/NNS shelled/VBN by/IN rebels/NNS ./.", []string{"un", "rebels"}, true},
		{"preposition object", "The/DT European/NNP Union/NNP pledged/VBD aid/NN for/IN towns/NNS bombed/VBN by/IN government/NN jets/NNS ./.", []string{"government"}, true},
		{"adjective on the noun", "Kenya/NNP condemned/VBD attacks/NNS on/IN rural/JJ schools/NNS burned/VBN by/IN militants/NNS ./.", []string{"kenya", "militants"}, true},
		{"after an actor's preposition", "Doctors/NNS treated/VBD villagers/NNS from/IN towns/NNS shelled/VBN by/IN militants/NNS ./.", []string{"doctors", "villagers", "militants"}, false},
		{"actor noun", "The/DT UN/NNP condemned/VBD the/DT killing/NN of/IN journalists/NNS detained/VBN by/IN police/NNS ./.", []string{"un", "journalists", "police"}, false},
		{"number of people", "Officials/NNS said/VBD dozens/NNS were/VBD killed/VBN and/CC scores/NNS injured/VBN by/IN the/DT blast/NN ./.", []string{"officials"}, false},
		{"clause subject", "Villages/NNS shelled/VBN by/IN rebels/NNS were/VBD rebuilt/VBN ./.", []string{"rebels"}, false},
		{"no agent", "The/DT UN/NNP urged/VBD donors/NNS to/TO rebuild/VB villages/NNS shelled/VBN last/JJ year/NN ./.", []string{"un"}, false},
	} {
		toks := taggedToks(tt.tagged)
		var ms []mention
		is := map[string]bool{}
		for _, a := range tt.actors {
			is[a] = true
		}
		p := -1
		for i, tk := range toks {
			if is[tk.low] {
				ms = append(ms, mention{i: i, j: i + 1, text: tk.text, kind: "role", country: "KEN"})
			}
			if p < 0 && i > 0 && (tk.pos == "VBN") && tk.low != "rebuilt" {
				p = i
			}
		}
		tr := &trigger{p: &Pattern{Type: "ASSAULT"}, i: p, j: p + 1, head: p, passive: true}
		if got := objectAgentParticiple(toks, ms, tr); got != tt.want {
			t.Errorf("%s: objectAgentParticiple = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Talks hosted or a truce requested by someone on an object noun stay
// the main clause's parties': only acts of force are read so.
func TestObjectAgentParticipleForceOnly(t *testing.T) {
	toks := taggedToks("Sudan/NNP rejected/VBD the/DT ceasefire/NN requested/VBN by/IN Egypt/NNP ./.")
	ms := []mention{{i: 0, j: 1, text: "Sudan", kind: "country", country: "SDN"}, {i: 6, j: 7, text: "Egypt", kind: "country", country: "EGY"}}
	for typ, want := range map[string]bool{"REQUEST": false, "CONSULT": false, "ASSAULT": true} {
		tr := &trigger{p: &Pattern{Type: typ}, i: 4, j: 5, head: 4, passive: true}
		if got := objectAgentParticiple(toks, ms, tr); got != want {
			t.Errorf("%s: objectAgentParticiple = %v, want %v", typ, got, want)
		}
	}
}
