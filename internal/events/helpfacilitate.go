package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// facilitatingHelp says whether the bare "help" or "assist" at trigger t
// tells only that its subject made another's act easier, a verb standing
// after it with or without the one helped and "to" ("tuft cells can help
// protect against cancer", "helping to pave the way for the return of
// astronauts", "Ascom can help hospitals supplement their alarm
// management"): what is told is the act helped, not aid handed over. Such
// help is aid (CAMEO 070) only between political actors on both sides
// ("Russia helped Syria retake Aleppo"); said of companies, products,
// people or things it is no event, where the verb alone would code AID.
func facilitatingHelp(toks []tok, t *trigger, typ, code string, src, tgt group) bool {
	if typ != "AID" || code != "070" || t.nominal || t.j-t.i != 1 || t.j >= len(toks) {
		return false
	}
	if w := toks[t.i].low; !strings.HasPrefix(w, "help") && !strings.HasPrefix(w, "assist") {
		return false
	}
	if helpedActVerb(toks, t) < 0 && !bareHelpedVerb(toks, t.j) {
		return false
	}
	return !politicalSide(src) || !politicalSide(tgt)
}

// bareHelpedVerb says whether a verb's base form, with or without "to",
// stands right after "help" at j ("help make", "helping to pave").
func bareHelpedVerb(toks []tok, j int) bool {
	if j < len(toks) && toks[j].low == "to" {
		j++
	}
	if j >= len(toks) {
		return false
	}
	w := toks[j].low
	return toks[j].pos == "VB" && isLowerWord(w) && !helpNotVerb[w]
}

// politicalSide says whether g names actors and each is a state, its
// government, forces or police, an armed group or an international body,
// or one of their officials.
func politicalSide(g group) bool {
	for _, m := range g {
		switch m.sector {
		case kb.SectorGovernment, kb.SectorMilitary, kb.SectorPolice, kb.SectorRebel, kb.SectorIGO:
		case "":
			if !countryLevel(m.kind) {
				return false
			}
		default:
			return false
		}
	}
	return len(g) > 0
}
