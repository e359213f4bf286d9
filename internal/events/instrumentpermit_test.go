package events

import "testing"

// An accord that allows is no one conceding; a state that allows is.
func TestInstrumentPermit(t *testing.T) {
	for _, c := range []struct {
		text string
		verb int // token of the verb of allowing
		want bool
	}{
		{"The/DT deal/NN allows/VBZ Budapest/NNP to/TO store/VB gas/NN", 2, true},
		{"The/DT deal/NN would/MD have/VB allowed/VBN Russia/NNP to/TO expand/VB", 4, true},
		{"The/DT agreement/NN ,/, which/WDT Serbia/NNP signed/VBD ,/, allows/VBZ Kosovo/NNP to/TO join/VB", 7, true},
		{"The/DT accord/NN ,/, signed/VBN in/IN Cairo/NNP ,/, permits/VBZ boats/NNS to/TO sail/VB", 7, true},
		{"Hungary/NNP signed/VBD an/DT accord/NN on/IN Monday/NNP allowing/VBG Budapest/NNP to/TO store/VB gas/NN", 6, true},
		{"Russia/NNP signed/VBD a/DT deal/NN with/IN Hungary/NNP ,/, allowing/VBG Budapest/NNP to/TO buy/VB gas/NN", 7, true},
		// The accord's parties after "between" or "with" are not the
		// subject: the accord is.
		{"A/DT deal/NN between/IN Russia/NNP and/CC Ukraine/NNP allowed/VBD grain/NN exports/NNS", 6, true},
		{"The/DT new/JJ grain/NN accord/NN with/IN Iran/NNP would/MD allow/VB inspections/NNS", 7, true},
		// Not: an accord in a fronted adjunct leaves the state that
		// follows the subject.
		{"Under/IN the/DT deal/NN with/IN Russia/NNP Ukraine/NNP allowed/VBD ships/NNS to/TO sail/VB", 6, false},
		{"After/IN the/DT deal/NN with/IN Russia/NNP ,/, Ukraine/NNP allowed/VBD ships/NNS to/TO sail/VB", 7, false},
		{"Russia/NNP ,/, citing/VBG the/DT deal/NN with/IN Ukraine/NNP ,/, allowed/VBD ships/NNS to/TO sail/VB", 8, false},
		// Not: a state allows, even past an aside naming a deal or
		// after a clause whose object is no accord.
		{"Croatia/NNP reopened/VBD its/PRP$ border/NN ,/, allowing/VBG trucks/NNS to/TO cross/VB", 5, false},
		{"Kenya/NNP ,/, which/WDT signed/VBD the/DT deal/NN ,/, allowed/VBD refugees/NNS to/TO return/VB", 7, false},
		{"Sudan/NNP allowed/VBD convoys/NNS to/TO cross/VB", 1, false},
		{"Serbia/NNP signed/VBD the/DT deal/NN after/IN Croatia/NNP reopened/VBD its/PRP$ border/NN ,/, allowing/VBG trucks/NNS", 10, false},
		// A law, decree, rule or bill sets terms as an accord does,
		// whoever owns or passed it.
		{"A/DT new/JJ law/NN allows/VBZ foreign/JJ banks/NNS to/TO open/VB branches/NNS", 3, true},
		{"Vietnam/NNP 's/POS new/JJ law/NN allows/VBZ banks/NNS to/TO open/VB branches/NNS", 4, true},
		{"The/DT decree/NN permits/VBZ farmers/NNS to/TO export/VB wheat/NN", 2, true},
		{"The/DT bill/NN would/MD allow/VB police/NNS to/TO detain/VB suspects/NNS", 3, true},
		{"The/DT law/NN ,/, passed/VBN by/IN the/DT Kenyan/JJ parliament/NN ,/, allows/VBZ police/NNS to/TO detain/VB suspects/NNS", 9, true},
		{"Parliament/NNP passed/VBD a/DT law/NN allowing/VBG banks/NNS to/TO open/VB branches/NNS", 4, true},
		// Not: a party that eases its rules allows, as does a government
		// that allows under a law.
		{"Israel/NNP eased/VBD its/PRP$ rules/NNS ,/, allowing/VBG trucks/NNS to/TO enter/VB", 5, false},
		{"Under/IN the/DT new/JJ law/NN Kenya/NNP allowed/VBD banks/NNS to/TO open/VB branches/NNS", 5, false},
		{"The/DT Kenyan/JJ government/NN allowed/VBD foreign/JJ banks/NNS to/TO open/VB branches/NNS", 3, false},
		// Only a verb of allowing.
		{"The/DT deal/NN ends/VBZ the/DT dispute/NN", 2, false},
	} {
		toks := edgeToks(c.text)
		tr := &trigger{i: c.verb, j: c.verb + 1, head: c.verb}
		if got := instrumentPermit(toks, tr); got != c.want {
			t.Errorf("%q: instrumentPermit = %v, want %v", c.text, got, c.want)
		}
	}
}
