package events

import "strings"

// disasterHeads are nouns that tell a harm as a whole event no one did:
// "the 2023 disaster that killed 50,000 people", "the tragedy that killed
// 15 people".
var disasterHeads = map[string]bool{"disaster": true, "disasters": true, "tragedy": true, "catastrophe": true}

// firingModifiers before "fire" make it gunfire, an attack: "tank fire",
// "sniper fire", "heavy fire".
var firingModifiers = map[string]bool{"tank": true, "artillery": true, "sniper": true, "army": true, "police": true,
	"gun": true, "mortar": true, "rocket": true, "enemy": true, "heavy": true, "live": true, "rebel": true,
	"machine-gun": true, "cross": true, "militia": true}

// hazardRelative says whether the verb at i opens a relative clause
// ("that killed", "which injured") on a noun phrase whose head is a
// hazard, an accident or a failure of a thing: "the collapse of a railway
// station canopy that killed 15 people", "the 2023 disaster that killed
// more than 50,000 people", "a bus crash in Punjab which killed 20". The
// relative pronoun stands for the hazard (or the thing that gave way), so
// the harm is no one's act. A head of another kind ("the militia that
// killed 15 villagers", "the attack on a fire station that killed") is an
// agent or an act, and keeps the harm.
func hazardRelative(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].low] || auxiliaries[toks[k].low]) {
		k--
	}
	if k < 1 || toks[k].low != "that" && toks[k].low != "which" {
		return false
	}
	// Back over the noun phrase and its "of" or place phrases: each
	// head (a noun before "of", a preposition or the pronoun) is asked.
	headNext := true
	for q := k - 1; q >= 0 && q >= k-12; q-- {
		t := toks[q]
		l := t.low
		if l == "of" || l == "in" || l == "at" || l == "near" {
			headNext = true
			continue
		}
		if isPunct(l) || strings.HasPrefix(t.pos, "VB") || t.pos == "MD" || t.pos == "IN" || t.pos == "PRP" || t.pos == "WDT" {
			return false
		}
		if headNext && strings.HasPrefix(t.pos, "NN") && !isCap(t.text) {
			headNext = false
			if hazardHead(toks, q) {
				return true
			}
			continue
		}
		headNext = false
	}
	return false
}

// hazardHead says whether the noun at q names a hazard or an accident as
// the head of its phrase.
func hazardHead(toks []tok, q int) bool {
	l := toks[q].low
	if l == "fire" || l == "fires" {
		// "heavy fire", "Israeli fire": gunfire.
		return q > 0 && !firingModifiers[toks[q-1].low] && !isCap(toks[q-1].text)
	}
	return hazards[l] || hazardNouns[l] || accidentNouns[l] || disasterHeads[l]
}
