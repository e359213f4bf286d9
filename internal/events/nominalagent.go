package events

import "slices"

// harmNouns name an act of violence by what was done to people, beside
// the attack nouns (attackNouns, blastNouns): "the killing of two guards
// by Israeli troops", "the abduction of an aid worker by gunmen".
var harmNouns = map[string]bool{"killing": true, "killings": true, "abduction": true, "abductions": true,
	"kidnapping": true, "kidnappings": true, "assassination": true, "shooting": true, "shootings": true}

// nominalAgentSubject returns the agent of an attack noun that is the
// subject of the verb of harm at t, named after "by": "An attack by
// Islamic State fighters killed six soldiers", "The shelling of Donetsk
// by Ukrainian artillery killed three people", "the shooting down of an
// airliner by Iranian forces killed all 176 on board". The one who
// attacked is the one who killed; the place or people after "of" are
// those attacked, no agent. The noun must open the verb's clause with
// only determiners and modifiers before it (a nationality there, "Israeli
// strikes killed", is the subject's own and is left to subjectOf), and
// only the noun's own phrases ("of ...", "on ...", "in ...", "down")
// stand between it and "by", and the agent's phrase and its own place
// phrases between "by" and the verb. It returns nil otherwise.
func nominalAgentSubject(toks []tok, ms []mention, t *trigger, floor int) group {
	if t.nominal || t.passive || t.p == nil || t.p.Type != "ASSAULT" || t.i >= len(toks) {
		return nil
	}
	// The clause's first token.
	s := t.i - 1
	for s >= floor && s >= 0 {
		l := toks[s].low
		if isPunct(l) && l != "'s" && l != "'" && l != "-" || l == "that" || l == "which" || l == "who" || subordinators[l] || reportWords[l] || l == "and" || l == "but" {
			break
		}
		s--
	}
	s++
	// Determiners and lower-case modifiers, then the attack noun.
	n := -1
	for k := s; k < t.i; k++ {
		l := toks[k].low
		if attackNouns[l] || blastNouns[l] || harmNouns[l] {
			n = k
			break
		}
		if !(determiners[l] || quantityWord(l) || !isCap(toks[k].text) && !isPunct(l) && (toks[k].pos == "JJ" || toks[k].pos == "VBN" || toks[k].pos == "NN" || toks[k].pos == "")) {
			return nil
		}
	}
	if n < 0 {
		return nil
	}
	// The noun's own phrases up to "by".
	b := -1
	for k := n + 1; k < t.i; k++ {
		l := toks[k].low
		if l == "by" {
			b = k
			break
		}
		if isPunct(l) && l != "'s" && l != "'" && l != "-" || finiteVerb(toks[k]) && !isCap(toks[k].text) {
			return nil
		}
	}
	if b < 0 {
		return nil
	}
	mi := mentionAt(toks, ms, b+1, 3)
	if mi < 0 {
		return nil
	}
	g := groupAt(toks, ms, mi)
	if !hasReal(g) {
		return nil
	}
	// Past the agent only its place or target phrases, no clause.
	last := g[len(g)-1].j
	for k := last; k < t.i; k++ {
		l := toks[k].low
		if isPunct(l) && l != "'s" && l != "'" && l != "-" || finiteVerb(toks[k]) && !isCap(toks[k].text) || l == "that" || l == "which" || l == "who" {
			return nil
		}
	}
	return g
}

// nominalVictimCountry returns the country of the side an attack noun
// subject names as attacked, before the verb of harm at t and outside its
// agent: "Ukrainian" in "An attack by Russian forces on a Ukrainian
// village killed six civilians", Kharkiv's in "The shelling of Kharkiv by
// Russian artillery killed four people". It returns "" when no other
// country is named there.
func nominalVictimCountry(toks []tok, ms []mention, t *trigger, agent group) string {
	if len(agent) == 0 {
		return ""
	}
	for _, m := range ms {
		if m.i < 0 || m.j > t.i || m.country == "" || m.borrowed || m.country == agent[0].country {
			continue
		}
		if slices.ContainsFunc(agent, func(a mention) bool { return a.i == m.i }) {
			continue
		}
		// Only within the clause the agent's noun opens.
		if m.i < agent[0].i-12 {
			continue
		}
		return m.country
	}
	return ""
}

// passiveObjectTarget returns the one a passive "verb * noun" pattern
// acts on, named after the pattern's preposition before or after the
// agent ("imposed on Iran by the EU", "imposed by the EU on Iran", "used
// against protesters by police"), or nil. The phrase must be in the
// verb's clause and name no one of the agent.
func passiveObjectTarget(toks []tok, ms []mention, t *trigger, src group) group {
	if t.p == nil || t.p.Prep == "" {
		return nil
	}
	for q := t.j; q < len(toks) && q < t.j+12; q++ {
		l := toks[q].low
		if rightStop[l] || l == ";" || l == "," || l == "that" || l == "which" || l == "who" {
			return nil
		}
		if l == "by" || !prepMatch(t.p.Prep, l) {
			continue
		}
		mi := mentionAt(toks, ms, q+1, 3)
		if mi < 0 {
			return nil
		}
		g := groupAt(toks, ms, mi)
		if sameGroup(g, src) {
			return nil
		}
		return g
	}
	return nil
}
