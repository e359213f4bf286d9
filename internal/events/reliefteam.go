package events

// reliefTeamHeads are the heads of a team sent to help after a disaster,
// with the modifiers that make them one ("rescue teams", "relief
// workers"); "rescuers" needs none.
var reliefTeamHeads = map[string]bool{"team": true, "teams": true, "workers": true, "crews": true, "units": true, "personnel": true, "squads": true}

var reliefTeamModifiers = map[string]bool{"rescue": true, "relief": true, "medical": true, "humanitarian": true,
	"search-and-rescue": true, "aid": true}

// reliefTeamSubject says the arrival verb at t.i has for subject a rescue
// or relief team, told either right before it ("Greek rescue teams
// arrived") or with the countries that sent it ("Rescue teams from Greece
// and Azerbaijan arrived"): such a team arriving in a place is help sent
// to it (CAMEO 073), no visit. The verb's own auxiliaries and adverbs are
// skipped.
func reliefTeamSubject(toks []tok, t *trigger) bool {
	k := t.i - 1
	for k >= 0 && (adverbs[toks[k].low] || beAux[toks[k].low] || toks[k].low == "have" || toks[k].low == "has" ||
		toks[k].low == "had" || toks[k].low == "also" || toks[k].low == "later") {
		k--
	}
	if k < 0 {
		return false
	}
	if reliefTeam(toks, k) {
		return true
	}
	// "from Greece and Azerbaijan", "from the United Arab Emirates": the
	// senders' names between "from" and the verb.
	for q := k; q >= 1 && q >= k-8; q-- {
		l := toks[q].low
		if l == "from" {
			return q < k && reliefTeam(toks, q-1)
		}
		if !(isCap(toks[q].text) || l == "and" || l == "the" || l == ",") {
			return false
		}
	}
	return false
}

// reliefTeam says toks[k] heads a rescue or relief team: "rescuers", or a
// team word after a relief modifier ("rescue teams", "search and rescue
// teams").
func reliefTeam(toks []tok, k int) bool {
	l := toks[k].low
	if l == "rescuers" {
		return true
	}
	return reliefTeamHeads[l] && k > 0 && reliefTeamModifiers[toks[k-1].low]
}
