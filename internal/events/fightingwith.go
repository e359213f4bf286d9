package events

import "github.com/newsgraph/newsgraph/internal/kb"

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
	q := t.j
	if l := toks[q].low; l != "in" && l != "during" && l != "amid" {
		return nil
	}
	q++
	for q < len(toks) && q <= t.j+4 && (determiners[toks[q].low] || modifierWord(toks[q])) && !combatNouns[toks[q].low] {
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
