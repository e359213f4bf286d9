package events

import "github.com/newsgraph/newsgraph/internal/kb"

// nonPoliticalProvider says whether a bare "provide", "supply" or
// "contribute" (AID 070, no object named in the pattern), or "share", has for its
// source no one, or someone who gives no aid as a political act: a
// company, an outlet, a person the resolver knows of no body ("Instagram
// provides business accounts with data", "Universal's music division
// provided some demos", "physicians are volunteering their time to
// provide the shots", "Volker provided text messages to lawmakers"). Aid
// is given by states and their bodies, international and armed bodies,
// aid agencies, churches and hospitals; the longer patterns that name the
// thing given (weapons, aid, sanctions relief) are not affected. So for
// a bare "share" (COOPERATE 064, intelligence shared): "Sabatier shares
// the formula he used", "the actress shared some photos of herself".
func nonPoliticalProvider(toks []tok, t *trigger, typ, code string, src group) bool {
	if t.nominal || len(t.p.Words) != 1 || bareGivingVerbs[t.p.Words[0]] != typ+" "+code {
		return false
	}
	for _, m := range src {
		switch m.sector {
		case kb.SectorGovernment, kb.SectorMilitary, kb.SectorPolice, kb.SectorRebel, kb.SectorIGO,
			kb.SectorNGO, kb.SectorLegislature, kb.SectorReligion, kb.SectorHealth:
		case "":
			// "The Brazilian singer shared photos": a nationality
			// before a common noun the resolver made no body of
			// names that noun's country, not its state. (A mention
			// the sentence does not hold, as for "the two leaders",
			// has no position: j < 0.)
			if !countryLevel(m.kind) || nationalityOfNoun(toks, m) {
				return true
			}
		default:
			return true
		}
	}
	return len(src) == 0
}

// bareGivingVerbs are the one-word patterns nonPoliticalProvider reads,
// with the type and code they give.
var bareGivingVerbs = map[string]string{"provide": "AID 070", "supply": "AID 070", "contribute": "AID 070",
	"share": "COOPERATE 064"}

// nationalityOfNoun says whether m, a country or nationality word, stands
// right before a lower-case common noun the resolver did not fold into it
// ("Brazilian" in "the Brazilian singer"): it names the noun's country,
// and the noun, no body the resolver knows, is who acts.
func nationalityOfNoun(toks []tok, m mention) bool {
	return m.j > 0 && m.j < len(toks) && (toks[m.j].pos == "NN" || toks[m.j].pos == "NNS") && toks[m.j].low == toks[m.j].text
}
