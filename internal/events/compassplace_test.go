package events

import "testing"

// A distance and direction from a place tells where an act happened: the
// place after it is read as after "near", and the phrase is no object.
func TestCompassPlace(t *testing.T) {
	for _, c := range []struct {
		text   string
		name   int    // token of the place's name
		prep   string // compassOfPrep at name
		object int    // token directObject is asked from
		obj    bool
	}{
		{"target/NN southwest/NN of/IN Baghdad/NNP", 3, "near", 1, false},
		{"village/NN 20/CD km/NNS north/RB of/IN the/DT capital/NN", 6, "near", 1, false},
		{"depot/NN 30km/JJ north-east/NN of/IN Belgorod/NNP", 4, "near", 1, false},
		{"house/NN just/RB north/RB of/IN Rafah/NNP", 4, "near", 1, false},
		{"town/NN some/RB twelve/CD miles/NNS south-west/RB of/IN the/DT besieged/JJ city/NN", 8, "near", 1, false},
		// Not: a part of the place ("the north of the country"), a
		// capitalised point that is a name's own, a plain "of".
		{"seized/VBD the/DT north/NN of/IN the/DT country/NN", 5, "", 1, true},
		{"visited/VBD North/NNP of/IN England/NNP", 3, "", 1, true},
		{"the/DT people/NNS of/IN Gaza/NNP", 3, "", 1, true},
		// A number with no unit before a compass point is no distance:
		// "killed 20 north of" is not read as one (the count is the object).
		{"killed/VBD 20/CD people/NNS north/RB of/IN Gao/NNP", 5, "near", 1, true},
	} {
		toks := edgeToks(c.text)
		if got := prepBefore(toks, c.name); got != c.prep && !(c.prep == "" && got == "of") {
			t.Errorf("%q: prepBefore(%d) = %q, want %q", c.text, c.name, got, c.prep)
		}
		if got := directObject(toks, c.object); got != c.obj {
			t.Errorf("%q: directObject(%d) = %v, want %v", c.text, c.object, got, c.obj)
		}
	}
	for _, c := range []struct {
		word string
		want bool
	}{
		{"30km", true}, {"5-km", true}, {"12-mile", true}, {"km", false}, {"30", false}, {"30kg", false}, {"", false},
	} {
		if got := distanceToken(c.word); got != c.want {
			t.Errorf("distanceToken(%q) = %v, want %v", c.word, got, c.want)
		}
	}
}
