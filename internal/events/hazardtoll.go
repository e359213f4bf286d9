package events

import (
	"slices"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// tollVerbs are the participles a disaster's toll is told with: "were
// killed", "have been injured", "and dozens hurt".
var tollVerbs = map[string]bool{"killed": true, "injured": true, "wounded": true, "hurt": true}

// violenceWords tell of violence between people besides the attack nouns
// and weapons the coder knows (attackNouns, weaponNouns, weaponCauses): a
// sentence with one tells its harm as an act, whatever the article is
// about.
var violenceWords = map[string]bool{"clash": true, "clashes": true, "fighting": true, "violence": true, "shooting": true,
	"shootings": true, "gunfire": true, "gunmen": true, "crossfire": true, "ambush": true, "massacre": true, "shot": true,
	"stabbed": true, "attacker": true, "attackers": true, "militants": true, "rebels": true, "troops": true,
	"soldiers": true, "insurgents": true, "fighters": true, "jihadists": true, "bandits": true, "gang": true,
	"gangs": true, "mob": true, "riot": true, "riots": true, "unrest": true, "looters": true, "war": true}

// hazardToll says whether the passive harm of t names no one as its cause
// in an article about a natural hazard, and is so the toll of that hazard,
// no one's act: "Cyclone Belna made landfall in Madagascar. At least 14
// people were killed, officials said." (see harmedInAccident for a harm
// whose cause phrase names the hazard itself). The article must have named
// a natural hazard (hazardNouns) and coded no attack before; the sentence
// must name no agent ("by ..."), no attack, weapon or violence ("killed in
// an air strike", "killed when gunmen opened fire"), and no actor other
// than those harmed, places and the one reporting the toll.
func hazardToll(st *articleState, toks []tok, ms []mention, t *trigger, src, tgt group, reporter *group) bool {
	if !st.hazard || t.nominal || t.i >= len(toks) || !tollVerbs[toks[t.i].low] {
		return false
	}
	// "30 people were killed and dozens injured": a coordinated passive
	// drops its auxiliary after a count.
	bare := t.i > 0 && (toks[t.i-1].pos == "CD" || toks[t.i-1].low == "others" || toks[t.i-1].low == "dozens" || toks[t.i-1].low == "hundreds" || toks[t.i-1].low == "scores")
	if !t.passive && !bare {
		return false
	}
	for _, d := range st.events {
		if d.ev.Type == "ASSAULT" && d.ev.Confidence >= 0.5 {
			return false
		}
	}
	for k := t.j; k < len(toks) && k < t.j+4; k++ {
		if toks[k].low == "by" {
			return false
		}
		if !(adverbs[toks[k].low] || timeWords[toks[k].low] || toks[k].low == "on") {
			break
		}
	}
	for _, tk := range toks {
		l := tk.low
		if attackNouns[l] || weaponNouns[l] || weaponCauses[l] || violenceWords[l] {
			return false
		}
	}
	harmed := func(m mention) bool {
		for _, g := range tgt {
			if g.i == m.i && g.j == m.j {
				return true
			}
		}
		return m.sector == kb.SectorCivilian || m.sector == kb.SectorRefugee
	}
	located := func(m mention) bool { return m.kind == kb.TypePlace || countryLevel(m.kind) && m.sector == "" }
	for _, m := range src {
		if !harmed(m) && !located(m) {
			return false
		}
	}
	for _, m := range ms {
		if harmed(m) || located(m) {
			continue
		}
		if reporter != nil && inGroupSpan(*reporter, m) {
			continue
		}
		return false
	}
	return true
}

// inGroupSpan says whether mention m is one of g by its token span.
func inGroupSpan(g group, m mention) bool {
	for _, x := range g {
		if x.i == m.i && x.j == m.j {
			return true
		}
	}
	return false
}

// pledgedAidWords name what a relief pledge gives: "pledged 300 million
// euros in aid", "promised help with reconstruction".
var pledgedAidWords = map[string]bool{"aid": true, "relief": true, "reconstruction": true, "assistance": true,
	"humanitarian": true, "rebuilding": true, "recovery": true}

// reliefPledge says whether the event is a pledge or offer of aid
// (AGREE 033, 0331 economic, 0333 humanitarian; not military aid or
// protection) whose own words name aid, relief or reconstruction
// ("Germany pledged 300 million euros in aid"): after a disaster in one
// country such a pledge with no receiver named is for that country, as
// aid sent is (AID above). A bare sum pledged ("pledged 300 million
// euros") may be for anything and keeps no target.
func reliefPledge(typ, code string, toks []tok, t *trigger) bool {
	if typ != "AGREE" || t.nominal || !(code == "033" || code == "0331" || code == "0333") {
		return false
	}
	// The object runs as givenObject reads it ("5 million euros in
	// emergency aid"); the words of a longer pattern count too.
	_, end := givenObject(toks, t.i+1)
	for k := t.i + 1; k < len(toks) && k < max(end, t.j); k++ {
		if pledgedAidWords[toks[k].low] {
			return true
		}
	}
	return false
}

// deployVerbs are the verbs of putting a force somewhere, whose passive
// with a place ("deployed in Congo", "stationed in Mali") tells where the
// force is.
var deployVerbs = map[string]bool{"deploy": true, "station": true, "base": true, "post": true}

// deployedForce says whether the passive deployment of t names no agent
// and a place after the verb ("has been deployed in Congo since 1999"):
// the place is where the force deployed (the verb's subject, tgt) is,
// not the deployer, whom the sentence does not name.
func deployedForce(toks []tok, p *Pattern, t *trigger, tgt group, loc *mention) bool {
	if loc == nil || loc.country == "" || len(tgt) == 0 || loc.i < t.j || !deployVerbs[p.Words[0]] {
		return false
	}
	if k := t.j; k < len(toks) && toks[k].low == "by" {
		return false
	}
	return locPreps[prepBefore(toks, loc.i)]
}

// deployedOwnForce says whether the agentless passive deployment of t
// has as its subject (tgt) a country's armed forces or police ("Iranian
// troops were deployed to the border", "more Kenyan police were sent"):
// the force is the one mobilised, by its own state.
func deployedOwnForce(toks []tok, p *Pattern, t *trigger, tgt group) bool {
	if len(tgt) == 0 || !deployVerbs[p.Words[0]] || t.j < len(toks) && toks[t.j].low == "by" {
		return false
	}
	for _, m := range tgt {
		if m.country == "" || m.where || !(m.sector == kb.SectorMilitary || m.sector == kb.SectorPolice) {
			return false
		}
	}
	return true
}

// movingPeople head the subjects of people on the move, fleeing or
// displaced, whose arrival somewhere is no visit (CAMEO 042 is a visit to
// a host): "refugees arrived in Adre", "migrants who reached Lampedusa",
// "those arriving in Adre", "thousands of displaced people arrived".
var movingPeople = map[string]bool{"refugee": true, "refugees": true, "migrant": true, "migrants": true,
	"immigrants": true, "seekers": true, "displaced": true, "returnees": true, "evacuees": true,
	"those": true, "people": true, "families": true, "civilians": true, "survivors": true}

// uprootedArrival says whether the visit of t is the arrival of refugees,
// migrants or displaced people: its source is of the refugee sector, or
// the head of its subject right before the verb (past auxiliaries,
// adverbs and a relative "who" or "that") is one of movingPeople.
func uprootedArrival(toks []tok, t *trigger, src group) bool {
	if len(src) > 0 && !slices.ContainsFunc(src, func(m mention) bool { return m.sector != kb.SectorRefugee }) {
		return true
	}
	k := t.i - 1
	for k >= 0 && (adverbs[toks[k].low] || beAux[toks[k].low] || toks[k].low == "have" || toks[k].low == "has" ||
		toks[k].low == "had" || toks[k].low == "who" || toks[k].low == "that" || toks[k].low == "also" || toks[k].low == "later") {
		k--
	}
	if k < 0 || !movingPeople[toks[k].low] {
		return false
	}
	// "people" and "those" alone are anyone: only with no actor named
	// as the source are they the crowd of the uprooted.
	if l := toks[k].low; (l == "people" || l == "those" || l == "families" || l == "civilians" || l == "survivors") && len(src) > 0 && !slices.ContainsFunc(src, func(m mention) bool { return m.sector == kb.SectorCivilian || m.sector == kb.SectorRefugee }) {
		return false
	}
	return true
}
