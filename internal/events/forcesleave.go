package events

// forcesLeavePatterns stand in for a bare "leave", "quit" or "exit" whose
// object is a country or a place rather than a bloc: forces leaving a
// country withdraw from it ("the last US troops left Afghanistan", as
// "pulled out of Afghanistan" is RETREAT 087), the place's country the
// target. The subject must be armed forces (sector=), so "the minister
// left Kabul" or "tourists left the island" stay uncoded, and leaving
// a bloc keeps SANCTION 160 (blocmembership.go).
var forcesLeavePatterns = map[string]*Pattern{}

func init() {
	for _, w := range []string{"leave", "quit", "exit"} {
		forcesLeavePatterns[w] = &Pattern{Kind: "verb", Phrase: w, Words: []string{w}, Type: "RETREAT", CAMEO: "087",
			Mode: "withdraw", Sector: "military|rebel", Rule: "forcesleave.go"}
	}
}

// forcesLeaveObject returns the RETREAT stand-in for bare leaving pattern
// p when the direct object starting at j (past a determiner) is a country
// or a place mention, else nil.
func forcesLeaveObject(toks []tok, ms []mention, p *Pattern, j int) *Pattern {
	if !blocMembershipPattern(p) || forcesLeavePatterns[p.Words[0]] == nil {
		return nil
	}
	for j < len(toks) && toks[j].low == "the" {
		j++
	}
	for _, m := range ms {
		// "left the Kabul airport": a place that only modifies the
		// object's noun is not what is left.
		if m.i == j && (m.kind == "country" || m.kind == "place") && m.country != "" &&
			!(m.j < len(toks) && (toks[m.j].pos == "NN" || toks[m.j].pos == "NNS" || toks[m.j].pos == "NNP")) {
			return forcesLeavePatterns[p.Words[0]]
		}
	}
	return nil
}
