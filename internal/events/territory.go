package events

import (
	"slices"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// territoryNouns name places a force takes and holds, as opposed to
// property it seizes: "seized the town of Masisi", "seized the airport",
// "seized a police checkpoint" (a position held by armed men).
var territoryNouns = map[string]bool{"town": true, "towns": true, "city": true, "cities": true, "village": true, "villages": true,
	"territory": true, "territories": true, "district": true, "districts": true, "region": true, "province": true,
	"capital": true, "airport": true, "airbase": true, "base": true, "bases": true, "stronghold": true, "strongholds": true,
	"hill": true, "hills": true, "outpost": true, "outposts": true, "garrison": true, "crossing": true, "crossings": true,
	"checkpoint": true, "checkpoints": true, "island": true,
	"islands": true, "port": true, "border": true, "oilfield": true, "oilfields": true, "area": true, "areas": true}

// territoryTaken says whether an armed subject's seizure takes territory:
// "Rebels seized the town of Masisi", "militants seized Timbuktu", "troops
// seized two villages". Taking a place by force is its capture (CAMEO 19,
// coded as "captured the city" is; the PLOVER gold codes troops who
// "captured part of a guerrilla stronghold" and "retaken a strategic
// village" as fighting), not the seizure of property (171: "seized
// weapons", "seized a tanker", "seized the town's assets"). The object is
// a territory noun after at most three determiners or modifiers, or a
// place's name, and no possessive or other noun follows it ("the town
// hall", "the city's assets" are property).
func territoryTaken(toks []tok, ms []mention, t *trigger, src, tgt group) bool {
	if t.nominal || len(src) == 0 || (src[0].sector != kb.SectorMilitary && src[0].sector != kb.SectorRebel) {
		return false
	}
	ends := func(k int) bool {
		n := wordAt(toks, k)
		return n != "'s" && n != "'" && !(k < len(toks) && headNoun(toks[k]) && !isPunct(n))
	}
	if t.passive {
		return len(tgt) > 0 && takenPlace(tgt[0]) && tgt[0].j <= t.i && ends(tgt[0].j)
	}
	for k := t.j; k < len(toks) && k <= t.j+3; k++ {
		if mi := mentionAt(toks, ms, k, 0); mi >= 0 {
			m := ms[mi]
			// "seized Goma's airport", "took the army's main base": a
			// territory noun a place or force owns is taken as the
			// territory itself is ("the city's assets" stays property).
			if n := wordAt(toks, m.j); n == "'s" || n == "'" {
				for q := m.j + 1; q < len(toks) && q <= m.j+3; q++ {
					if territoryNouns[toks[q].low] {
						return ends(q + 1)
					}
					if !(modifierWord(toks[q]) || quantityWord(toks[q].low) || toks[q].low == "'s" || toks[q].low == "'") {
						break
					}
				}
				return false
			}
			// "seized the Congolese town of Goma": a demonym heading a
			// territory noun names the country of the territory taken.
			if m.kind == "demonym" {
				if end := demonymPhraseEnd(toks, m); end > m.j && territoryNouns[toks[end-1].low] {
					return wordAt(toks, end) == "of" || ends(end)
				}
			}
			return takenPlace(m) && ends(m.j)
		}
		l := toks[k].low
		// "seized control of the town", "seized full control over".
		if l == "control" && (wordAt(toks, k+1) == "of" || wordAt(toks, k+1) == "over") {
			return true
		}
		if territoryNouns[l] {
			return ends(k + 1)
		}
		if isPunct(l) || objPreps[l] || locPreps[l] || !(determiners[l] || quantityWord(l) || modifierWord(toks[k]) || isNumber(l)) {
			return false
		}
	}
	return false
}

// craftNouns name ships and aircraft, which cross borders and fly a flag
// of their own: whose they are is not the seizer's country by default.
var craftNouns = map[string]bool{"tanker": true, "tankers": true, "ship": true, "ships": true, "vessel": true, "vessels": true,
	"boat": true, "boats": true, "freighter": true, "freighters": true, "trawler": true, "trawlers": true, "carrier": true,
	"carriers": true, "dhow": true, "dhows": true, "yacht": true, "yachts": true, "aircraft": true, "plane": true, "planes": true,
	"airliner": true, "jet": true, "jets": true, "flotilla": true, "flotillas": true}

// seafarerNouns name the people of ships (fishermen, crews), who cross
// borders with them: a coast guard detaining fishermen no more detains
// its own country's than when it seizes their boats.
var seafarerNouns = map[string]bool{"fishermen": true, "fisherman": true, "crew": true, "crews": true, "sailors": true,
	"seamen": true, "seafarers": true, "mariners": true, "passengers": true}

// seizedCraft says whether the object right after trigger t (after at most
// four determiners, numbers or modifiers) is a ship or an aircraft:
// "seized a Panama-flagged oil tanker", "impounded two fishing boats". A
// seized tanker whose flag the sentence does not give is anyone's, often
// a foreign state's; the seizer's own country is a guess, so the domestic
// default gives it no target.
func seizedCraft(toks []tok, t *trigger) bool {
	if t.nominal || t.passive {
		return false
	}
	// "intercepted a ship", "boarded the vessels": a phrase that names the
	// craft itself has taken it.
	if t.j-1 > t.i && craftNouns[toks[t.j-1].low] {
		return true
	}
	for k := t.j; k < len(toks) && k <= t.j+4; k++ {
		l := toks[k].low
		if craftNouns[l] {
			return true
		}
		if isPunct(l) && l != "-" || objPreps[l] || locPreps[l] || !(determiners[l] || quantityWord(l) || modifierWord(toks[k]) || isNumber(l) || headNoun(toks[k])) {
			return false
		}
	}
	return false
}

// craftCountry says whether the sentence names ships, aircraft or their
// people (seafarerNouns) other than the acting side's own ("boarded the boats"; not the "vessels" of
// "Chinese coast guard vessels") and returns the country a mention right
// before such a noun gives them ("the Philippine fishing boats"), other
// than the acting side's; "" when no other flag is given.
func craftCountry(toks []tok, ms []mention, src group) (string, bool) {
	own := ""
	if len(src) > 0 {
		own = src[0].country
	}
	found := false
	for k := range toks {
		if !craftNouns[toks[k].low] && !seafarerNouns[toks[k].low] || slices.ContainsFunc(src, func(m mention) bool { return m.i >= 0 && k >= m.i && k <= m.j }) {
			continue
		}
		found = true
		for _, m := range ms {
			if m.country != "" && m.country != own && !m.borrowed && m.j <= k && m.j >= k-3 && (m.kind == "demonym" || countryLevel(m.kind)) {
				return m.country, true
			}
		}
	}
	return "", found
}

// seafarerMention says whether mention m names the people of a ship or
// an aircraft ("the crew", "12 crew members", "the passengers").
func seafarerMention(toks []tok, m mention) bool {
	for k := max(m.i, 0); k < m.j && k < len(toks); k++ {
		if seafarerNouns[toks[k].low] {
			return true
		}
	}
	return false
}
