package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// ownMeasureHalted says whether a bare "freeze", "suspend", "cancel" or
// "halt" (SANCTION 160/162, no object named in the pattern) stops a
// measure of the actor's own with no one named it falls on: "the
// administration froze methane rules", "Argentina froze fuel prices",
// "the Kenyan government suspended the new tax on bread", "Nigeria
// suspended the fuel tax in Lagos". A state stopping its own rules, prices,
// taxes or licences cuts relations with no one and stops no aid (CAMEO
// 160, 162); the domestic default would make it an act on its own
// country. With a party named the sanction stays ("froze the accounts of
// the opposition leader", "suspended the governor of Manipur"), as do the
// longer patterns that name aid, assets or ties.
func ownMeasureHalted(toks []tok, t *trigger, typ string, src, tgt group, named bool) bool {
	if typ != "SANCTION" || t.nominal || len(t.p.Words) != 1 {
		return false
	}
	if t.p.Words[0] == "freeze" && frozenAttribute(toks, t.head) {
		return true
	}
	if t.passive || len(src) == 0 {
		return false
	}
	switch t.p.Words[0] {
	case "freeze":
	case "suspend", "cancel", "halt":
		// These stop acts and ties as often ("suspended its
		// participation in the treaty", "would not halt its
		// offensive", "suspended all rallies"): only a measure of
		// policy as the object is read so.
		if ws := objectWords(toks, t.j); len(ws) == 0 || !policyMeasures[ws[len(ws)-1]] {
			return false
		}
	default:
		return false
	}
	if !named {
		return true
	}
	// "suspended the fuel tax in Lagos": a place of the source's own
	// country where the measure held is no party to it.
	for _, m := range tgt {
		if m.kind != kb.TypePlace && !strings.HasPrefix(m.actorID, "city:") || m.i < 0 || !placePreps[prepBefore(toks, m.i)] || m.country == "" || m.country != src[0].country {
			return false
		}
	}
	return true
}

// frozenAttribute says whether "frozen" at k describes the noun after
// it ("frozen bits of methane", "from frozen nuclear facilities"): after
// an article, a possessive, a preposition or a verb ("hold frozen
// water") and before a noun or an
// adjective, the participle tells a state of the thing, frozen by no one
// the sentence names.
func frozenAttribute(toks []tok, k int) bool {
	if toks[k].low != "frozen" || k == 0 || k+1 >= len(toks) {
		return false
	}
	prev, next := toks[k-1].low, toks[k+1].pos
	// "hold frozen water": after a verb other than "have" or "be" the
	// participle is the object's modifier too ("has frozen the assets"
	// and "were frozen" are the act).
	verbBefore := strings.HasPrefix(toks[k-1].pos, "VB") && !beForms[prev] && prev != "has" && prev != "have" && prev != "had" && prev != "having"
	return (determiners[prev] || objPreps[prev] || locPreps[prev] || prev == "of" || prev == "from" || prev == "with" || verbBefore) &&
		(strings.HasPrefix(next, "NN") || strings.HasPrefix(next, "JJ"))
}

// policyMeasures are the heads of a state's own measures of policy that
// it may suspend, cancel or halt without acting on anyone.
var policyMeasures = map[string]bool{"tax": true, "taxes": true, "levy": true, "rule": true, "rules": true,
	"regulation": true, "regulations": true, "licence": true, "licences": true, "license": true, "licenses": true,
	"permit": true, "permits": true, "fee": true, "fees": true, "price": true, "prices": true, "subsidy": true,
	"subsidies": true, "reform": true, "reforms": true, "law": true, "decree": true, "emergency": true}

// sportsSuspension says whether a bare "suspend" or "ban" is a ban from
// play: its clause counts it in games, matches or races, or runs it for
// the season ("suspended the linebacker for six games", "has been
// suspended without pay by the league for the rest of the season",
// "banned for four matches"). A league or a club keeping a player out
// of play lowers relations with no one (no SANCTION 160); a governing
// body suspending a country's federation names no fixtures and still
// codes (sportsbody.go).
func sportsSuspension(toks []tok, t *trigger, typ string) bool {
	if typ != "SANCTION" || t.nominal || len(t.p.Words) != 1 || t.p.Words[0] != "suspend" && t.p.Words[0] != "ban" {
		return false
	}
	_, hi := clauseBounds(toks, t)
	for k := t.j; k+2 < len(toks) && toks[k].start < hi; k++ {
		if toks[k].low != "for" {
			continue
		}
		n, unit := toks[k+1].low, toks[k+2].low
		if (isNumber(n) || seriesCounts[n] || n == "one" || n == "eight" || n == "nine" || n == "ten") && playUnits[unit] {
			return true
		}
		// "for the rest of the season", "for the season", "for the
		// 2025 season".
		for q := k + 1; q < len(toks) && q <= k+6 && toks[q].start < hi; q++ {
			if toks[q].low == "season" || toks[q].low == "seasons" {
				return true
			}
			if isPunct(toks[q].text) {
				break
			}
		}
	}
	return false
}

// playUnits are what a ban from play is counted in.
var playUnits = map[string]bool{"game": true, "games": true, "match": true, "matches": true, "race": true,
	"races": true, "fixture": true, "fixtures": true, "fight": true, "fights": true, "tests": true,
	"test": true, "bouts": true, "bout": true}
