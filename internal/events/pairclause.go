package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// partiesBefore returns the last two parties of different countries
// (persons, states or a country's rebels or opposition, as notePair
// counts them) named before token end, as copies placed nowhere in the
// sentence. A place after "in" or "at" is where the first clause
// happened ("met Sisi in Riyadh"), not a party.
func partiesBefore(toks []tok, ms []mention, end int) (mention, mention, bool) {
	return lastTwoBefore(ms, end, func(m mention) bool {
		challenger := m.kind == "organisation" && (m.sector == kb.SectorRebel || m.sector == kb.SectorOpposition)
		if !(countryLevel(m.kind) || m.kind == "person" || challenger) {
			return false
		}
		p := prepBefore(toks, m.i)
		return p != "in" && p != "at"
	})
}

// clauseAfterAnd says whether the pair phrase whose head is at token i
// ("the two sides") opens a clause coordinated by "and" (", and the two
// sides signed"): the subject of a second clause about the first's
// parties, not an object ("talks between the two sides").
func clauseAfterAnd(toks []tok, i int) bool {
	if i < 2 || i+1 >= len(toks) {
		return false
	}
	// ", and both countries pledged": "both" opens the phrase as "the
	// two" does.
	if toks[i-1].low == "both" {
		return toks[i-2].low == "and" && pairClauseVerb(toks[i+1])
	}
	if i < 3 || toks[i-2].low != "the" {
		return false
	}
	// "seven years after the two countries severed ties": what follows
	// a clause counting time from the main one is that clause's.
	if shiftClauseOpener(toks, i-3) {
		return true
	}
	if toks[i-3].low != "and" {
		return false
	}
	return pairClauseVerb(toks[i+1])
}

// pairClauseVerb says whether the token after a pair phrase opening a
// clause is its verb: a verb or modal, or an -ed word the tagger reads as
// a participle or an adjective ("the two countries pledged/JJ": see
// pairVerbTag).
func pairClauseVerb(t tok) bool {
	return len(t.pos) > 1 && t.pos[:2] == "VB" || t.pos == "MD" || pairVerbTag(t.pos) && strings.HasSuffix(t.low, "ed")
}

// pairSubject says whether the pair phrase m naming states ("both
// countries", "the two nations") is the subject of the verb at token i:
// it opens its clause (at
// the sentence's start, or after "and", a comma or a semicolon) and only
// adverbs, modals or auxiliaries stand between it and the verb.
func pairSubject(toks []tok, m mention, i int) bool {
	open := pairPhraseBefore(toks, m.j)
	if open < 0 || m.j > i {
		return false
	}
	if kind, _ := kb.PairHead(toks[m.j-1].low); kind != kb.PairStates {
		// "The Red Cross met Kenyan officials, and the two sides
		// agreed": sides and leaders may be of any kind, and the actor
		// named before is one of them.
		return false
	}
	if open > 0 {
		switch toks[open-1].low {
		case "and", ",", ";", "but":
		default:
			return false
		}
	}
	for k := m.j; k < i; k++ {
		l := toks[k].low
		if !adverbs[l] && !coordAux[l] && !perfectAux[l] && l != "also" && l != "later" {
			return false
		}
	}
	return true
}

// shiftClauseOpener says whether token k is the "after" or "before" of a
// clause counting time from the main clause ("restored relations on
// Monday, seven years after the two countries severed ties"): "N units"
// before it, and a comma before those. A pair phrase opening that clause
// is the main clause's two parties, as after "and".
func shiftClauseOpener(toks []tok, k int) bool {
	if k < 3 || toks[k].low != "after" && toks[k].low != "before" {
		return false
	}
	if _, _, ok := shiftPhrase(toks, k-2, k+1); !ok {
		return false
	}
	p := k - 3
	for p > 0 && shiftLeads[toks[p].low] && toks[p].low != "," {
		p--
	}
	return toks[p].low == ","
}

// pastBetween says whether the pair phrase whose head is at token i ("the
// two leaders") is the object of "between" after an event noun that
// "after" or "following" opens ("after a meeting between the two
// leaders", "following talks between the two sides"): what the sentence
// tells happened before its main clause, between the parties it named
// before. Not "talks between the two sides" offered, urged or planned
// (the regression statesBefore notes): only "after" and "following" tell
// the event as past.
func pastBetween(toks []tok, i int) bool {
	if i < 4 || toks[i-2].low != "the" || toks[i-3].low != "between" {
		return false
	}
	// The event noun, with at most a determiner and a modifier before it:
	// "a meeting", "talks", "a two-hour meeting", "their first meeting".
	for k := i - 4; k >= 0 && k >= i-7; k-- {
		l := toks[k].low
		if l == "after" || l == "following" {
			return k < i-4
		}
		if isPunct(toks[k].text) || finiteVerb(toks[k]) || isCap(toks[k].text) {
			return false
		}
	}
	return false
}

// pairInSentence returns the two parties of the kind a pair head names
// that the sentence names before token end (see partiesBefore): for "the
// two countries" and "both governments" two states, the states of two
// persons of different countries standing for them ("Kenyan President
// Ruto met Ugandan President Museveni, and both countries pledged" are
// Kenya and Uganda), never a country's rebels or opposition; for "the two
// leaders" two persons first, then any two parties.
func (c *Coder) pairInSentence(toks []tok, ms []mention, end int, kind kb.PairKind) (mention, mention, bool) {
	switch kind {
	case kb.PairStates:
		a, b, ok := lastTwoBefore(ms, end, func(m mention) bool {
			if !countryLevel(m.kind) && m.kind != "person" {
				return false
			}
			p := prepBefore(toks, m.i)
			return p != "in" && p != "at"
		})
		if !ok {
			return a, b, false
		}
		return c.asState(a), c.asState(b), true
	case kb.PairPersons:
		if a, b, ok := lastTwoBefore(ms, end, func(m mention) bool { return m.kind == "person" }); ok {
			return a, b, true
		}
	}
	return partiesBefore(toks, ms, end)
}

// asState is a party of a pair of countries read as its state (as
// statesOfPair reads them): a person or an office holder ("the Bolivian
// president") the state they serve, a capital its country, when the
// knowledge base knows the country; a state named as such stays itself.
func (c *Coder) asState(m mention) mention {
	if c.kb == nil || m.kind == "country" && m.sector == "" {
		return m
	}
	x, found := c.kb.Actor(m.country)
	if !found || x.Type != kb.TypeCountry {
		return m
	}
	return mention{i: m.i, j: m.j, text: x.Name, actorID: x.ID, country: x.Country, kind: "country"}
}
