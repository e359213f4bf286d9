package events

import "testing"

// A clash in words is no fight; one of forces, or told with harm, is.
func TestFigurativeClash(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int // the clash word
		want bool
	}{
		{"Parties/NNS clashed/VBD in/IN the/DT political/JJ arena/NN ./.", 1, true},
		{"A/DT clash/NN of/IN ideas/NNS marked/VBD the/DT debate/NN", 1, true},
		{"The/DT two/CD leaders/NNS clashed/VBD verbally/RB over/IN tariffs/NNS", 3, true},
		{"a/DT diplomatic/JJ clash/NN with/IN France/NNP", 2, true},
		{"Russia/NNP and/CC Ukraine/NNP clashed/VBD at/IN the/DT UN/NNP Security/NNP Council/NNP over/IN grain/NN", 3, true},
		{"Lawmakers/NNS clashed/VBD in/IN parliament/NN over/IN the/DT budget/NN", 1, true},
		// Not: forces, harm, a place named after a venue word, or a venue
		// in another clause.
		{"Troops/NNS clashed/VBD with/IN rebels/NNS near/IN the/DT border/NN", 1, false},
		{"Police/NNS clashed/VBD with/IN protesters/NNS in/IN parliament/NN", 1, false},
		{"Protesters/NNS clashed/VBD in/IN Parliament/NNP Square/NNP ,/, leaving/VBG two/CD dead/JJ", 1, false},
		{"Protesters/NNS clashed/VBD in/IN Parliament/NNP Square/NNP on/IN Monday/NNP", 1, false},
		{"Rebels/NNS clashed/VBD with/IN guards/NNS after/IN lawmakers/NNS met/VBD in/IN parliament/NN", 1, false},
		{"Fans/NNS clashed/VBD at/IN the/DT stadium/NN", 1, false},
		{"The/DT talks/NNS ended/VBD", 1, false},
	} {
		if got := figurativeClash(edgeToks(c.text), c.at); got != c.want {
			t.Errorf("%q: figurativeClash = %v, want %v", c.text, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		j    int // the object's first token
		want bool
	}{
		{"Kenya/NNP warned/VBD of/IN a/DT clash/NN in/IN the/DT political/JJ arena/NN", 3, true},
		{"They/PRP vowed/VBD to/TO clash/VB with/IN the/DT government/NN in/IN parliament/NN", 2, true},
		{"Kenya/NNP warned/VBD of/IN a/DT clash/NN over/IN the/DT border/NN", 3, false},
		{"Rebels/NNS vowed/VBD to/TO clash/VB with/IN troops/NNS", 2, false},
		{"Kenya/NNP warned/VBD ,/, as/IN a/DT clash/NN in/IN parliament/NN loomed/VBD", 2, false},
	} {
		if got := quarrelObject(edgeToks(c.text), c.j); got != c.want {
			t.Errorf("%q: quarrelObject = %v, want %v", c.text, got, c.want)
		}
	}
}

// A meeting word after "the" and a name or an acronym is the noun.
func TestMeetingIngNoun(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int
		want bool
	}{
		{"walked/VBD out/IN of/IN the/DT WTO/NN meeting/VBG on/IN Monday/NNP", 5, true},
		{"boycotted/VBD the/DT annual/JJ Doha/NNP meeting/VBG ./.", 4, true},
		{"attended/VBD a/DT NATO/NNP gathering/VBG in/IN Vilnius/NNP", 3, true},
		// Not: an object follows, a plural subject, no article, or no
		// meeting word.
		{"the/DT EU/NNP meeting/VBG the/DT demands/NNS", 2, false},
		{"the/DT ministers/NNS meeting/VBG in/IN Geneva/NNP", 2, false},
		{"Kenya/NNP meeting/VBG in/IN Geneva/NNP", 1, false},
		{"the/DT Gaza/NNP bombing/VBG on/IN Monday/NNP", 2, false},
	} {
		if got := meetingIngNoun(edgeToks(c.text), c.at); got != c.want {
			t.Errorf("%q: meetingIngNoun = %v, want %v", c.text, got, c.want)
		}
	}
}
