package events

// referenceHeads end a phrase that, with "with" after it, names what an
// act conforms to: "in line with", "in accordance with", "in compliance
// with", "in keeping with", "in conformity with", "consistent with".
var referenceHeads = map[string]bool{"line": true, "accordance": true, "compliance": true, "keeping": true,
	"conformity": true, "consistent": true}

// referenceFrame says whether the preposition at k opens a phrase naming
// the framework an act follows ("in line with EU sanctions", "under UN
// sanctions", "as part of the deal", "pursuant to the agreement"): the
// measure or deal named there is a reference, neither a new event nor the
// party the act is done to, and its maker is no target of the act.
// "under 50 people" is a count.
func referenceFrame(toks []tok, k int) bool {
	switch toks[k].low {
	case "under":
		return !(k+1 < len(toks) && numeral(toks[k+1]))
	case "with":
		return k >= 1 && referenceHeads[toks[k-1].low] && (toks[k-1].low == "consistent" || k >= 2 && toks[k-2].low == "in")
	case "of":
		return k >= 2 && toks[k-1].low == "part" && toks[k-2].low == "as"
	case "to":
		return k >= 1 && toks[k-1].low == "pursuant"
	}
	return false
}
