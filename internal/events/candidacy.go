package events

// candidacyVerbs are the verbs of running for office: "stand in the
// election", "run again", "contest the vote", "seek re-election".
var candidacyVerbs = map[string]bool{"stand": true, "run": true, "contest": true, "seek": true}

// soughtOffices are what "seek" asks for when it means running for office.
var soughtOffices = map[string]bool{"re-election": true, "reelection": true, "election": true, "office": true,
	"presidency": true, "term": true, "mandate": true, "candidacy": true}

// pledgedNoCandidacy says whether a promise whose word ends at token j is
// one not to run for office ("had pledged not to stand in any election",
// "promised never to seek re-election", "vowed not to run again", with at
// most a few words, as the one promised, before "not"): a candidate's
// restraint is no act toward anyone, neither an agreement with the
// country nor the promise of a concession CAMEO codes (035 yields to a
// demand; nothing here is demanded), so it is not coded.
func pledgedNoCandidacy(toks []tok, j int) bool {
	for k := j; k < len(toks) && k <= j+5; k++ {
		l := toks[k].low
		if isPunct(l) {
			return false
		}
		if (l != "not" && l != "never") || k+2 >= len(toks) || toks[k+1].low != "to" {
			continue
		}
		v := k + 2
		if !candidacyVerbs[toks[v].low] {
			return false
		}
		if toks[v].low != "seek" {
			return true
		}
		for q := v + 1; q < len(toks) && q <= v+4; q++ {
			if soughtOffices[toks[q].low] {
				return true
			}
		}
		return false
	}
	return false
}
