package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// combatNouns name fighting between two sides, whose "with" phrase names
// the other side: "fighting with Hezbollah", "clashes with the army".
var combatNouns = map[string]bool{"fighting": true, "clashes": true, "clash": true, "battle": true, "battles": true,
	"firefight": true, "firefights": true, "gunbattle": true, "gunbattles": true, "gunfight": true, "skirmish": true,
	"skirmishes": true, "combat": true, "confrontation": true, "confrontations": true, "exchange": true}

// fightingWithSide returns the side named after "with" in a phrase of
// combat right after a passive verb of harm ("Two soldiers were killed in
// fighting with Hezbollah in Lebanon", "were wounded during clashes with
// the army"): the other side of the fighting is the one that killed or
// wounded them, and the place named after it is only where it happened.
// nil when no such phrase follows, or it names no actor ("killed in
// fighting in Lebanon" keeps the place as the stand-in).
func fightingWithSide(toks []tok, ms []mention, t *trigger) group {
	if !t.passive || t.j >= len(toks) {
		return nil
	}
	// "were wounded on Tuesday during clashes with protesters": a time
	// adjunct between the verb and the phrase leaves it the verb's.
	q := pastDayAdjunct(toks, t.j)
	if q >= len(toks) {
		return nil
	}
	if l := toks[q].low; l != "in" && l != "during" && l != "amid" {
		return nil
	}
	q++
	start := q
	for q < len(toks) && q <= start+3 && (determiners[toks[q].low] || modifierWord(toks[q])) && !combatNouns[toks[q].low] {
		q++
	}
	if q >= len(toks) || !combatNouns[toks[q].low] {
		return nil
	}
	q++
	// "an exchange of fire with", "heavy fighting overnight with".
	if toks[q-1].low == "exchange" {
		if q+1 < len(toks) && toks[q].low == "of" && (toks[q+1].low == "fire" || toks[q+1].low == "gunfire") {
			q += 2
		} else {
			return nil
		}
	}
	if q >= len(toks) || toks[q].low != "with" {
		return nil
	}
	mi := mentionAt(toks, ms, q+1, 2)
	if mi < 0 {
		return nil
	}
	return groupAt(toks, ms, mi)
}

// armedGroupOnly says whether every side of g is a non-state armed group
// (the rebel sector: Hamas, the Houthis, al-Shabaab, "the rebels").
func armedGroupOnly(g group) bool {
	for _, m := range g {
		if m.sector != kb.SectorRebel {
			return false
		}
	}
	return len(g) > 0
}

// threatAimed says whether the threat at t names, right after its words,
// what the threatened act is aimed at: an "on", "against" or "at" phrase
// or an object ("threatened new attacks on oil pipelines", "vowed to hit
// the bases"), not a cause, a condition or nothing ("vowed to retaliate
// for the raid", "threatened to attack."). The words end with the
// threatened act the frame embeds, emb, when there is one.
func threatAimed(toks []tok, t, emb *trigger) bool {
	j := t.j
	if emb != nil && emb.j > j {
		j = emb.j
	}
	if j >= len(toks) {
		return false
	}
	l := toks[j].low
	switch l {
	case "on", "against", "at":
		return true
	}
	return determiners[l] && l != "that" || !isPunct(l) && headNoun(toks[j]) && !isCap(toks[j].text)
}

// pastDayAdjunct returns the first token at or after q past a day or time
// adjunct ("on Tuesday", "late on Monday", "on Sunday night",
// "overnight"), or q when none starts there. Months are left out: "in May"
// may be the place's preposition phrase itself.
func pastDayAdjunct(toks []tok, q int) int {
	for n := 0; q < len(toks) && n < 5; n++ {
		l := toks[q].low
		switch {
		case dayAdjunctWord(toks, q):
		case (l == "late" || l == "early") && q+1 < len(toks) && dayAdjunctWord(toks, q+1):
		case q > 0 && weekdays[toks[q-1].low] && (l == "night" || l == "morning" || l == "afternoon" || l == "evening"):
		case l == "overnight" || l == "yesterday" || l == "today":
		default:
			return q
		}
		q++
	}
	return q
}

// harmedParticiples are passive participles of people harmed that the
// pattern files do not code as verbs of their own ("hurt" is also what
// sanctions do to an economy).
var harmedParticiples = map[string]bool{"hurt": true, "injured": true, "wounded": true, "killed": true, "maimed": true}

// harmedInCombat returns the passive participle of harm that the combat
// noun trigger t is the "in", "during" or "amid" phrase of ("Two students
// were hurt in clashes with police", "were hurt on Monday during fighting
// with the army"), or -1. The side named after "with" is then the one that
// hurt the participle's subject, as fightingWithSide reads it for a verb
// of harm the patterns code; with no such participle ("clashes with police
// broke out") the clash keeps its one named side as its target.
//
// The gerund "fighting" the tagger reads as a verb ("were hurt during
// fighting with the army") is the same noun of combat.
func harmedInCombat(toks []tok, t *trigger) int {
	if !combatNouns[toks[t.head].low] || !t.nominal && !(t.head == t.i && toks[t.head].pos == "VBG") {
		return -1
	}
	k := t.i - 1
	for k >= 0 && k >= t.i-3 && (determiners[toks[k].low] || modifierWord(toks[k])) {
		k--
	}
	if k < 2 {
		return -1
	}
	if l := toks[k].low; l != "in" && l != "during" && l != "amid" {
		return -1
	}
	v := k - 1
	for v > 0 && v >= k-4 && pastDayAdjunct(toks, v) > v {
		v--
	}
	if v < 1 || !harmedParticiples[toks[v].low] || pastDayAdjunct(toks, v+1) != k || !beForms[toks[v-1].low] {
		return -1
	}
	return v
}

// leftHarmedWords are what a clash told as the subject of "left" leaves
// its victims: "left two students hurt", "left three soldiers dead".
var leftHarmedWords = map[string]bool{"hurt": true, "injured": true, "wounded": true, "dead": true, "maimed": true}

// combatLeftHarmed returns the mention of those a clash with a named side
// left harmed, when the clash starts its clause as the subject of "left"
// ("Clashes with police in Dhaka left two students hurt", "Fighting with
// the army on Sunday left three villagers dead"), or -1. The side named
// after "with" then hurt them, as it does those "hurt in clashes with
// police" (harmedInCombat). A clash that left something else ("left the
// town in ruins") or people unharmed ("left hundreds homeless") is not one.
func combatLeftHarmed(toks []tok, ms []mention, t *trigger) int {
	if !combatNouns[toks[t.head].low] || !t.nominal && !(t.head == t.i && toks[t.head].pos == "VBG") {
		return -1
	}
	k := t.i - 1
	for k >= 0 && k >= t.i-3 && (determiners[toks[k].low] || modifierWord(toks[k])) {
		k--
	}
	if k >= 0 && !isPunct(toks[k].low) {
		return -1
	}
	if t.j >= len(toks) || toks[t.j].low != "with" {
		return -1
	}
	// The side, its place and its day ("with police in Dhaka on Monday")
	// come before "left"; any other verb or a clause's edge ends the search.
	q := t.j + 1
	for ; q < len(toks) && q <= t.j+10; q++ {
		l := toks[q].low
		if l == "left" {
			break
		}
		if isPunct(l) && l != "-" || strings.HasPrefix(toks[q].pos, "VB") || l == "and" || l == "that" || l == "which" {
			return -1
		}
	}
	if q >= len(toks) || toks[q].low != "left" {
		return -1
	}
	mi := mentionAt(toks, ms, q+1, 4)
	if mi < 0 {
		return -1
	}
	h := ms[mi].j
	// "left two students seriously injured", "left one protester dead".
	if h < len(toks) && strings.HasSuffix(toks[h].low, "ly") {
		h++
	}
	if h >= len(toks) || !leftHarmedWords[toks[h].low] {
		return -1
	}
	return mi
}
