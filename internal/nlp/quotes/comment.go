package quotes

// claimNouns name a report as the writer weighs it: ", a claim Hamas
// denied", ", an assertion the Pentagon disputed", ", a figure that could
// not be independently verified". A speaker does not call their own words
// a claim, so the appositive after the report is the writer's comment on
// it, no part of what was said.
var claimNouns = set("claim claims allegation allegations accusation accusations charge charges " +
	"assertion assertions account figure figures estimate")

// plainClaims are the plurals that stand without a determiner (",
// claims Moscow denied").
var plainClaims = set("claims allegations accusations charges")

// doubtVerbs are the verbs of a relative clause in which the writer, or
// another party, doubts the report before it: ", which the group denied",
// ", which could not be independently verified".
var doubtVerbs = set("denied denies deny disputed disputes dispute rejected rejects reject dismissed dismisses dismiss contested contests contest")

// checkVerbs doubt a report only when negated: ", which could not be
// verified" (", which confirmed the trend" is no doubt).
var checkVerbs = set("verified verify confirmed confirm corroborated corroborate")

// writersComment says the phrase from token k (just after a comma) to ce
// is the writer's comment on the report before the comma, not part of it:
// an indefinite claim noun in apposition ("a claim Moscow rejected"), or a
// relative "which" clause that denies or cannot verify it.
func (v *view) writersComment(k, ce int) bool {
	if k >= ce || v.toks[k].quote >= 0 {
		return false
	}
	switch l := v.toks[k].low; {
	case l == "a" || l == "an":
		j := k + 1
		if j < ce && v.toks[j].pos == "JJ" { // "an unverified claim"
			j++
		}
		return j < ce && claimNouns[v.toks[j].low] && !isProper(v.toks[j])
	case plainClaims[l]:
		return true
	case l == "which":
		negated := false
		for j := k + 1; j < ce && j <= k+8; j++ {
			t := v.toks[j]
			if t.quote >= 0 || t.text == "," || t.text == ";" {
				return false
			}
			switch {
			case t.low == "not" || t.low == "n't" || t.low == "never" || t.low == "unable":
				negated = true
			case doubtVerbs[t.low]:
				return true
			case checkVerbs[t.low]:
				return negated
			}
		}
	}
	return false
}
