package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// ownStateOnly says whether the targets are only the sources' own state
// as a whole (a country or capital with no sector), and every source is
// one of that state's own organs (see ownForces): "the U.S. military
// withdrew its personnel" given the United States as target by the
// domestic default, "the army is ready to defend the country".
func ownStateOnly(src, tgt group) bool {
	if len(src) == 0 || len(tgt) == 0 {
		return false
	}
	for _, m := range src {
		if !ownForces(m) || m.country == "" {
			return false
		}
	}
	for _, m := range tgt {
		if !countryLevel(m.kind) || m.sector != "" || m.country != src[0].country {
			return false
		}
	}
	for _, m := range src[1:] {
		if m.country != src[0].country {
			return false
		}
	}
	return true
}

// ownPosture says whether an act a state's own organs take with no one
// named concerns only themselves, so that the domestic default (the
// country as the target of an act within it) would make the state its
// own target: pulling back or standing down forces (RETREAT 087x: "the
// U.S. military withdrew its personnel from the base"), and the armed
// forces or police cutting back their own activities (SANCTION 16x: "U.S.
// Forces Korea suspended training"). Acts on the country's people keep
// the default: a curfew lifted, an arrest, a ban (CONCEDE, RETREAT 081x,
// COERCE), and so does a show of force at home ("the army deployed troops
// along the border", MOBILIZE).
func ownPosture(typ, code string, src group) bool {
	switch {
	case typ == "RETREAT" && strings.HasPrefix(code, "087"):
		return true
	case typ == "SANCTION":
		for _, m := range src {
			if m.sector != kb.SectorMilitary && m.sector != kb.SectorPolice {
				return false
			}
		}
		return len(src) > 0
	}
	return false
}

// defendWords are the acts of defending or protecting, which a state's
// own forces owe their own country: "ready to defend the country" is
// their duty stated, no event toward it.
var defendWords = map[string]bool{"defend": true, "protect": true, "safeguard": true, "guard": true}

// defendsOwnState says whether trigger act is defending or protecting
// and the state defended is the defenders' own (see ownStateOnly).
func defendsOwnState(act *trigger, src, tgt group) bool {
	return act != nil && len(act.p.Words) > 0 && defendWords[act.p.Words[0]] && ownStateOnly(src, tgt)
}

// capabilityNouns name a capacity to act, which is no act: "developing
// the ability to strike", "capabilities for making a preemptive attack",
// "hackers capable of launching cyber attacks".
var capabilityNouns = map[string]bool{"ability": true, "abilities": true, "capability": true, "capabilities": true,
	"capacity": true, "capacities": true, "capable": true, "means": true}

// capabilityOf says whether trigger t is what a capability noun says an
// actor can do ("the ability to strike", "capable of launching attacks",
// "capabilities for making a preemptive attack on the DPRK"): a capacity,
// not an event.
func capabilityOf(toks []tok, t *trigger) bool {
	k := t.i - 1
	if t.nominal {
		// The event noun's own modifiers, then a light verb (see
		// lightVerbs): "making a preemptive attack", "carrying out
		// strikes".
		for k >= 0 && (determiners[toks[k].low] || toks[k].pos == "JJ" || toks[k].pos == "NN" && !lightVerbs[toks[k].low] || quantityWord(toks[k].low)) {
			k--
		}
		if k >= 1 && toks[k].low == "out" && toks[k-1].low == "carrying" {
			k--
		}
		if k < 0 || !lightVerbs[toks[k].low] && toks[k].low != "waging" && toks[k].low != "wage" {
			return false
		}
		k--
	}
	if k < 1 {
		return false
	}
	switch toks[k].low {
	case "to", "of", "for":
	default:
		return false
	}
	return capabilityNouns[toks[k-1].low]
}

// stanceTypes are the event types by which a side takes a stance toward a
// counterpart (agreeing, backing, rejecting, asking): said by a government
// with no counterpart named, the country it governs is not the one meant.
var stanceTypes = map[string]bool{"AGREE": true, "SUPPORT": true, "REJECT": true, "REQUEST": true}

// nationalGovernmentOnly says whether every side of src speaks for its
// country's government. A city's or region's officials (kb.LocalActor)
// deal with the country's own people ("Ankara's Cankaya district
// administration denied land allocation for a temple") and keep the
// domestic default.
func nationalGovernmentOnly(src group) bool {
	for _, m := range src {
		if m.sector != kb.SectorGovernment || localOffice(m.actorID) {
			return false
		}
	}
	return len(src) > 0
}

// nationalLegislatureOnly says whether every side of src is one country's
// legislature (its parliament, lawmakers), not a city's or region's
// council, and all of one country.
func nationalLegislatureOnly(src group) bool {
	for _, m := range src {
		if m.sector != kb.SectorLegislature || localOffice(m.actorID) || m.country != src[0].country {
			return false
		}
	}
	return len(src) > 0
}

// localOffice says whether actor id names a sector of a city or region
// (see kb.LocalActor), not of a state.
func localOffice(id string) bool {
	return strings.HasPrefix(id, "city:") || strings.HasPrefix(id, "place:") || strings.HasPrefix(id, "doc:place:")
}

// ownThingWords open an object that belongs to the subject itself: "our
// steel industry", "its decision", "their own interests".
var ownThingWords = map[string]bool{"our": true, "its": true, "their": true, "my": true, "his": true, "her": true, "own": true}

// defendsOwnThing says whether act is defending or protecting something
// the subject owns, its object opening with a possessive ("defend our
// steel industry", "defended its decision", "protect their interests").
// CAMEO 052 is defending another's policies, actions or positions; a
// party standing up for its own backs no one, so with no one named as
// the target there is no event.
func defendsOwnThing(toks []tok, act *trigger) bool {
	if act == nil || act.nominal || len(act.p.Words) != 1 || !defendWords[act.p.Words[0]] || act.j >= len(toks) {
		return false
	}
	return ownThingWords[toks[act.j].low]
}

// vowsOwnDefence says whether verb trigger t takes a "to defend/protect"
// complement whose object opens with a possessive ("vowed to protect its
// farmers", "pledged to safeguard their interests"): the defending verb
// is no pattern of its own there, so the vow would take its object as the
// one promised something.
func vowsOwnDefence(toks []tok, t *trigger) bool {
	k := t.j
	if t.nominal || k+2 >= len(toks) || toks[k].low != "to" || !defendWords[toks[k+1].low] {
		return false
	}
	return ownThingWords[toks[k+2].low]
}

// ownPeopleOnly says whether every target is of the sources' own country,
// all sources being of one country: "India vowed to protect its farmers"
// names India's farmers, the possessive pointing back at the subject.
func ownPeopleOnly(src, tgt group) bool {
	if len(src) == 0 || len(tgt) == 0 || src[0].country == "" {
		return false
	}
	for _, m := range src {
		if m.country != src[0].country {
			return false
		}
	}
	for _, m := range tgt {
		if m.country != src[0].country {
			return false
		}
	}
	return true
}

// otherSide returns the one state other than cc that the article names
// (its dateline's included: a Kyiv story about Russian strikes), or ""
// when it names none or several: the side an attacker's unnamed military
// targets belong to.
func (c *Coder) otherSide(st *articleState, cc string) string {
	other := ""
	for n := range st.named {
		if n == cc || !c.isState(n) {
			continue
		}
		if other != "" {
			return ""
		}
		other = n
	}
	return other
}
