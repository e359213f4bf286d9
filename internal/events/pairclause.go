package events

import "github.com/newsgraph/newsgraph/internal/kb"

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
	if i < 3 || i+1 >= len(toks) || toks[i-2].low != "the" {
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
	return len(toks[i+1].pos) > 1 && toks[i+1].pos[:2] == "VB" || toks[i+1].pos == "MD"
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
