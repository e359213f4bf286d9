package events

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// privateSides says whether an appeal, an offer, a permission, an
// apology, help or a release (the codes in privateProneCodes) has no
// political actor on either side: "If you want the premium edition",
// "Instagram allows you to choose", "the lights allow VW to program
// patterns", "Amazon offers the tablet for $80", "Brooke offered her spot
// to Van Der Beek", "she apologizes to her family", "Guido helped me a
// lot". These verbs are as common in business, sport and private news as
// in politics, and CAMEO codes them only between political actors: a
// state, its bodies, forces and officials, parties, armed groups,
// international bodies and the sectors of society CAMEO names (unions,
// clergy, refugees ...). A political actor on one side keeps the event
// ("the mother pleaded with Nigerian authorities", "Toyota asked Japan
// for aid"); so does a passive with no agent ("was allowed to enter"),
// whose giver the sentence leaves open, and a target the domestic
// default filled in, which the sentence does not name, counts for
// nothing. A nationality before a common noun the resolver made no body
// of ("the Kenyan runner") names the noun's country, not its state
// (nationalityOfNoun).
func privateSides(toks []tok, t *trigger, typ, code string, src, tgt group, named bool) bool {
	if !privateProneCodes[typ+" "+code] || t.passive {
		return false
	}
	political := func(m mention) bool {
		return politicalActor(m) && !(m.kind == "demonym" && nationalityOfNoun(toks, m))
	}
	if slices.ContainsFunc(src, political) || named && slices.ContainsFunc(tgt, political) {
		return false
	}
	return len(src) > 0 || named
}

// privateProneCodes are the type and CAMEO code pairs privateSides reads:
// the bare codes of want/ask/seek (REQUEST 020), offer and agree (AGREE
// 030), allow (CONCEDE 080), apologise (SUPPORT 055), help (AID 070) and
// release (RETREAT 0841). More specific codes (an appeal for aid, a
// ceasefire agreed, prisoners released) name a political matter already.
var privateProneCodes = map[string]bool{"REQUEST 020": true, "AGREE 030": true, "CONCEDE 080": true,
	"SUPPORT 055": true, "AID 070": true, "RETREAT 0841": true}

// politicalActor says whether m can take part in a political event: a
// country or its people named by name, demonym or capital, a person the
// knowledge base knows (its leaders and officials), a territory under a
// code of its own, and any body or
// group of a sector other than business, media and sport (kidnappers
// and gangs are CAMEO's criminals, who free hostages). A
// person the knowledge base does not know (an id the document made,
// "doc:person:..."), a company, an outlet, a club, a place below the
// state, or a common noun the resolver made no actor of ("customers",
// "people", "you") is none.
func politicalActor(m mention) bool {
	switch m.sector {
	case kb.SectorBusiness, kb.SectorMedia, kb.SectorSports:
		return false
	case "":
		if countryLevel(m.kind) {
			return true
		}
		// A person the knowledge base knows, or a territory under a code
		// of its own ("Hong Kong", HKG); a city ("a New York man") is
		// where someone is from, not who acts.
		if m.kind == "person" {
			return strings.HasPrefix(m.actorID, "person:")
		}
		// A body of no known sector placed in a state ("China's
		// Export-Import Bank") may be the state's own.
		if m.kind == kb.TypeOrganisation && m.country != "" {
			return true
		}
		return m.actorID != "" && !strings.Contains(m.actorID, ":")
	}
	return true
}
