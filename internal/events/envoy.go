package events

// summonVerbs call in or send away another state's envoy: CAMEO codes a
// summons of an ambassador as a meeting (040) and an expulsion as 1663,
// both done by the host state to a foreign diplomat.
var summonVerbs = map[string]bool{"summon": true, "summoned": true, "summons": true, "summoning": true,
	"expel": true, "expelled": true, "expels": true, "expelling": true}

// envoyMention says whether m names a state's envoy ("the Chinese
// ambassador", "Russian diplomats"), by the head word of its phrase.
func envoyMention(toks []tok, m mention) bool {
	return m.kind != "pronoun" && m.i >= 0 && m.j > m.i && m.j <= len(toks) && envoyWords[toks[m.j-1].low]
}

// summonedEnvoy says whether m is an envoy named by no country or owner,
// the object of a verb of summoning or expelling ("summoned the
// ambassador", "expelled two diplomats"): the envoy of a state other than
// the one that summons, whichever the sentence does not say. "recalled
// its ambassador" (the state's own) has an owner and is no summons.
func summonedEnvoy(toks []tok, m mention) bool {
	if m.country != "" || m.kind != "role" || !envoyMention(toks, m) {
		return false
	}
	// Back over the determiner and modifiers ("the acting", "two
	// senior") to the verb.
	for k := m.i - 1; k >= 0 && k >= m.i-3; k-- {
		l := toks[k].low
		if summonVerbs[l] {
			return true
		}
		if !(determiners[l] || quantityWord(l) || modifierWord(toks[k])) {
			return false
		}
	}
	return false
}
