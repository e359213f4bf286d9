package events

import "github.com/newsgraph/newsgraph/internal/kb"

// ownWeaponNouns are arms and craft a state's forces strike with, named
// as the subject of an attack owned by a pronoun ("its jets", "their
// drones"); weaponNouns (missiles, shells, warplanes) count too.
var ownWeaponNouns = map[string]bool{"jets": true, "warplanes": true, "planes": true, "aircraft": true, "drones": true,
	"helicopters": true, "gunships": true, "bombers": true, "warships": true, "ships": true, "vessels": true, "tanks": true,
	"missiles": true, "rockets": true, "artillery": true, "gunners": true, "snipers": true}

// possessiveWeaponSubject returns the subject of the active verb at t
// when it is arms owned by a pronoun, "its jets" in "Russia denied that
// its jets had bombed a hospital", "their drones" in "the rebels said
// their drones hit the airport": a role of the military whose country
// possessed gives from the speaker or the nearest earlier actor, as it
// does for "its forces". Only determiners, numbers and lower-case
// modifiers may stand between the pronoun and the noun, and only
// auxiliaries and adverbs between the noun and the verb.
func possessiveWeaponSubject(toks []tok, t *trigger, floor int) (mention, bool) {
	if t.nominal || t.passive || t.i < 2 {
		return mention{}, false
	}
	k := t.i - 1
	for k > floor && (auxiliaries[toks[k].low] || adverbs[toks[k].low] || toks[k].low == "had" || toks[k].low == "have" || toks[k].low == "has") {
		k--
	}
	if k <= floor || !(ownWeaponNouns[toks[k].low] || weaponNouns[toks[k].low]) {
		return mention{}, false
	}
	head := k
	for q := k - 1; q >= 0 && q >= floor && q >= head-4; q-- {
		l := toks[q].low
		if l == "its" || l == "their" {
			return mention{i: q + 1, j: head + 1, text: toks[head].text, kind: "role", sector: kb.SectorMilitary}, true
		}
		if isCap(toks[q].text) || isPunct(l) || !(toks[q].pos == "JJ" || toks[q].pos == "NN" || toks[q].pos == "CD" || l == "own" || quantityWord(l)) {
			return mention{}, false
		}
	}
	return mention{}, false
}

// pronounOwner returns the actor possessed gives a pronoun-owned role at
// m its country from: the speaker when the role is inside the reported
// clause, else the nearest earlier actor with a country; nil if none.
func pronounOwner(toks []tok, ms []mention, m mention, reporter *group, reportAt int) *mention {
	if reporter != nil && len(*reporter) > 0 && reportAt >= 0 && reportAt < m.i && (*reporter)[0].country != "" {
		return &(*reporter)[0]
	}
	for q := len(ms) - 1; q >= 0; q-- {
		if ms[q].j <= m.i-1 && ms[q].country != "" && ms[q].kind != "pronoun" {
			return &ms[q]
		}
	}
	return nil
}
