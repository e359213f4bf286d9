package kb

// stateBodyHeads are words for one kind of state body: ministries,
// embassies, armies, cabinets. A definite description headed
// by one ("the Danish ministry") points back only to a body whose name
// has that word, never to another kind of body of the same state named
// before it ("the Danish embassy", "the Danish army"). The resolver and
// the quote finder both follow that, so they share this one list. Words
// a body's proper name often lacks are left out: "the junta", "the
// regime", "the military", "the mission" or "the court" may well be the
// body named before ("the ICC", "UNMISS", "the National Council for the
// Safeguard of the Homeland").
var stateBodyHeads = map[string]bool{}

func init() {
	for _, w := range []string{"ministry", "embassy", "government", "army", "navy", "police", "cabinet", "presidency", "parliament"} {
		stateBodyHeads[w] = true
	}
}

// StateBodyHead reports whether the lower-case word w names one kind of
// state body (see stateBodyHeads).
func StateBodyHead(w string) bool { return stateBodyHeads[w] }
