package events

import "testing"

// The year on the noun of a time phrase opening the sentence dates the
// clause it frames; a year on a noun inside the clause, or in a phrase
// with a verb of its own, does not.
func TestFrontedTimeFrame(t *testing.T) {
	for _, tt := range []struct {
		tagged, trigger string
		want            bool
	}{
		{"During/IN his/PRP$ 2019/CD visit/NN to/TO Pyongyang/NNP ,/, Xi/NNP met/VBD Kim/NNP", "met", true},
		{"At/IN the/DT 2018/CD summit/NN in/IN Singapore/NNP ,/, Trump/NNP praised/VBD Kim/NNP", "praised", true},
		{"SEOUL/NNP -/: At/IN the/DT 2018/CD summit/NN ,/, Trump/NNP praised/VBD Kim/NNP", "praised", true},
		{"Japan/NNP criticised/VBD the/DT 2018/CD summit/NN on/IN Monday/NNP", "criticised", false},
		{"At/IN the/DT 2018/CD summit/NN that/WDT collapsed/VBD ,/, Trump/NNP praised/VBD Kim/NNP", "praised", false},
		{"Officials/NNS said/VBD at/IN the/DT 2018/CD summit/NN ,/, Trump/NNP praised/VBD Kim/NNP", "praised", false},
		{"Since/IN the/DT 2018/CD summit/NN ,/, Kim/NNP has/VBZ tested/VBN missiles/NNS", "tested", false},
	} {
		toks := taggedToks(tt.tagged)
		year := -1
		for k, tk := range toks {
			if len(tk.low) == 4 && isNumber(tk.low) {
				year = k
				break
			}
		}
		i := findTok(toks, tt.trigger)
		if got := frontedTimeFrame(toks, year, &trigger{i: i, j: i + 1, head: i}); got != tt.want {
			t.Errorf("%q: frontedTimeFrame = %v, want %v", tt.tagged, got, tt.want)
		}
	}
}

// A cooperative act held out on "if" the other side concedes something is
// an offer; a hostile one, one held out "unless" a demand is met, or one
// held out on an act of the other side that is no concession, is no offer.
func TestConditionalOffer(t *testing.T) {
	for _, tt := range []struct {
		text, typ string
		want      bool
	}{
		{"would normalise ties with israel if a state were created", "COOPERATE", true},
		{"would resume talks with the united states if sanctions were lifted", "CONSULT", true},
		{"would release the journalist if washington freed an agent", "RETREAT", true},
		{"would resume talks unless sanctions were lifted", "CONSULT", false},
		{"would take the dispute to the council if ethiopia began filling", "ACCUSE", false},
		{"would cut gas supplies to moldova if it did not pay", "SANCTION", false},
		{"would resume talks . if sanctions are lifted", "CONSULT", false},
		{"would meet the mediator if he gave them a veto", "CONSULT", true},
		{"to resume loudspeaker broadcasts if pyongyang sends more balloons", "COOPERATE", false},
		{"would resume talks if washington did not lift sanctions", "CONSULT", false},
	} {
		toks := taggedToks(tt.text)
		if got := conditionalOffer(toks, 2, tt.typ); got != tt.want {
			t.Errorf("%q %s: conditionalOffer = %v, want %v", tt.text, tt.typ, got, tt.want)
		}
	}
}
