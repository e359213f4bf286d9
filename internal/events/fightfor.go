package events

// politicalAims are what people fight for or against without arms: a
// vote, rights, wages, a law. "keep fighting for a fair vote", "vowed to
// fight the new law", "the fight against corruption" are political or
// civic struggles, no violence (PLOVER ASSAULT: "deliberate actions which
// can potentially result in substantial physical harm"). Territory,
// control or a town fought for is fought over with arms and is not here.
var politicalAims = map[string]bool{
	"vote": true, "votes": true, "election": true, "elections": true, "ballot": true, "recount": true,
	"rights": true, "right": true, "justice": true, "freedom": true, "freedoms": true, "democracy": true,
	"wages": true, "wage": true, "pay": true, "pensions": true, "jobs": true, "workers": true,
	"equality": true, "recognition": true, "reform": true, "reforms": true, "change": true,
	"truth": true, "accountability": true, "transparency": true, "dignity": true, "compensation": true,
	"release": true, "acquittal": true, "corruption": true, "poverty": true, "inflation": true,
	"hunger": true, "discrimination": true, "impunity": true, "disinformation": true, "misinformation": true,
	"law": true, "laws": true, "bill": true, "ruling": true, "verdict": true, "decision": true,
	"policy": true, "policies": true, "pact": true, "measure": true, "measures": true, "tax": true,
	"taxes": true, "cuts": true, "austerity": true, "pandemic": true, "virus": true, "disease": true,
	"climate": true, "emissions": true, "cancer": true,
}

// foughtForAim says whether "fight" or "fighting" ending at token j is a
// struggle for or against a political aim ("fighting for a fair vote",
// "fight against corruption", "fight the new tax"): the head of the
// object, within a few words before any punctuation, is one of
// politicalAims.
func foughtForAim(toks []tok, j int) bool {
	q := j
	if q < len(toks) && (toks[q].low == "for" || toks[q].low == "against") {
		q++
	}
	for n := 0; q < len(toks) && n < 5; q, n = q+1, n+1 {
		l := toks[q].low
		if isPunct(l) || l == "and" || l == "with" || l == "in" || l == "on" || l == "until" {
			return false
		}
		if politicalAims[l] {
			return true
		}
		if l == "of" {
			return false
		}
	}
	return false
}

// politicalStruggle says whether trigger t is "fight" or "fighting" for or
// against a political aim (see foughtForAim).
func politicalStruggle(toks []tok, t *trigger) bool {
	w := t.p.Words
	return len(w) == 1 && (w[0] == "fight" || w[0] == "fighting") && foughtForAim(toks, t.j)
}
