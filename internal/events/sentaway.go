package events

import "strings"

// sentAwayDestination says whether the mention at token i, right of the
// trigger's end j, is where people expelled, deported or exiled were sent
// ("Nicaragua expelled 222 political prisoners to the United States",
// "Cuba deported 40 dissidents to Spain"): the destination took them in and
// is no party to the act, whose target is the people sent away. The
// people must be a plural noun right before the "to"; migrants, refugees
// and other foreigners sent "to" a country are usually sent home, and the
// destination names their country, so they keep it ("deported 130 migrants
// to Guatemala"). An envoy's post ("expelled the ambassador to Mexico") is
// singular and stays as it was.
func sentAwayDestination(toks []tok, j, i int) bool {
	if j < 1 || j > len(toks) || !sendAwayVerbs[toks[j-1].low] {
		return false
	}
	k := i - 1
	for k >= 0 && determiners[toks[k].low] {
		k--
	}
	if k < 1 || k <= j || toks[k].low != "to" {
		return false
	}
	w := toks[k-1]
	if w.pos != "NNS" || sentHomeNouns[w.low] {
		return false
	}
	// The people are the verb's own object: nothing between it and them
	// opens another clause or phrase ("expelled them after talks with ...").
	if k-j > 6 {
		return false
	}
	for q := j; q < k; q++ {
		// "dozens of opposition activists": the "of" after a count
		// counts the people and opens no phrase.
		if toks[q].low == "of" && countWord(toks, q) {
			continue
		}
		if isPunct(toks[q].text) || finiteVerb(toks[q]) || strings.HasPrefix(toks[q].pos, "IN") {
			return false
		}
	}
	return true
}

// sendAwayVerbs are the forms of the verbs that send people out of a
// country.
var sendAwayVerbs = map[string]bool{
	"expel": true, "expels": true, "expelled": true, "expelling": true,
	"deport": true, "deports": true, "deported": true, "deporting": true,
	"exile": true, "exiles": true, "exiled": true, "exiling": true,
	"banish": true, "banishes": true, "banished": true, "banishing": true,
}

// sentHomeNouns are people whom a state sends away to a country that is
// usually their own: the destination names them.
var sentHomeNouns = map[string]bool{
	"migrants": true, "refugees": true, "nationals": true, "citizens": true,
	"immigrants": true, "seekers": true, "foreigners": true, "workers": true,
}

// passiveSentHome returns the country people sent away in the passive were
// sent to ("Thousands of migrants were deported by Mexico to Guatemala"):
// migrants, refugees and nationals sent "to" a country are usually sent
// home, as in the active (sentAwayDestination), so the destination names
// them. The target must be one such plural with no country of its own,
// the subject before the passive verb; the country is the first one after
// the verb whose preposition is "to", past the agent's "by" phrase, in the
// same clause. "" when the sentence names none.
func passiveSentHome(toks []tok, ms []mention, t *trigger, tgt group) string {
	if !t.passive || len(tgt) != 1 || tgt[0].country != "" || tgt[0].i < 0 || tgt[0].i >= t.i {
		return ""
	}
	if tgt[0].j < 1 || tgt[0].j > len(toks) || !sentHomeNouns[toks[tgt[0].j-1].low] {
		return ""
	}
	if t.j < 1 || t.j > len(toks) || !sendAwayVerbs[toks[t.j-1].low] {
		return ""
	}
	for _, m := range ms {
		if m.i < t.j || m.i > t.j+8 || m.country == "" || !countryLevel(m.kind) {
			continue
		}
		for q := t.j; q < m.i; q++ {
			if toks[q].low == "," || toks[q].low == ";" || finiteVerb(toks[q]) {
				return ""
			}
		}
		if prepBefore(toks, m.i) == "to" {
			return m.country
		}
	}
	return ""
}
