package events

import (
	"slices"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// readinessBefore says whether the act at token i is what its subject says
// it is ready for ("stay prepared to fight", "remain ready to defend the
// border", "in readiness to respond"): a statement about the subject's own
// posture, which threatens no one unless someone is named.
func readinessBefore(toks []tok, i int) bool {
	if i < 2 || toks[i-1].low != "to" {
		return false
	}
	switch toks[i-2].low {
	case "prepared", "ready", "readiness", "preparedness":
		return true
	}
	return false
}

// ownForces says whether m is a state acting through its own organs: the
// country or capital by name, its government, armed forces or police.
// The domestic convention (an actor within a country acting on no one
// named acts on that country) reads opposition, rebels or protesters as
// acting on their state; for the state's own organs the country is
// themselves.
func ownForces(m mention) bool {
	return stateSide(m) || m.sector == kb.SectorMilitary || m.sector == kb.SectorPolice
}

// selfThreat says whether a THREATEN coded from an intent (emb is the act
// vowed) threatens only its source's own state: a state's government or
// forces vowing to fight or strike with no one named ("U.S. Forces Korea
// vowed to stay prepared to fight") take the country as target only by
// the domestic default (implicit), and a threat needs a target other than
// the source. Threats of coercion at home ("prepared to impose martial
// law", "threatened to ban the opposition") act on the country's people
// and keep it.
func selfThreat(emb *trigger, src group, implicit bool) bool {
	if emb == nil || !implicit || len(src) == 0 {
		return false
	}
	for _, m := range src {
		if !ownForces(m) {
			return false
		}
	}
	return emb.p.Type == "ASSAULT" || emb.p.Type == "MOBILIZE"
}

// threatenedAct is the act a threat is about: the one an intent verb
// embeds ("vowed to fight"), else the trigger itself ("ready to fight").
func threatenedAct(emb, t *trigger) *trigger {
	if emb != nil {
		return emb
	}
	return t
}

// againstWords introduce the side a response or retaliation is aimed at
// ("respond to any provocation by Washington", "retaliate against
// Israel", "any attack on Iran").
var againstWords = map[string]bool{"by": true, "against": true, "on": true}

// possessivePronouns refer back to a state or group named before them.
var possessivePronouns = map[string]bool{"its": true, "their": true, "our": true}

// warnedOwnSide handles a warning whose clause has the warner's own side
// for its subject ("KCNA warned that Pyongyang would respond to any hostile
// provocation by Washington", "Iran warned that its forces would respond
// to any aggression by Israel"): that side is the one that will act, not
// the one threatened. The target is the foreign side the response is
// against, named after "by", "against" or "on" within the clause. ok is
// false when the clause's subject is not the warner's own side or no such
// side is named (the target stays as it was).
func warnedOwnSide(toks []tok, ms []mention, t *trigger, src, tgt group) (group, bool) {
	if len(src) == 0 || len(tgt) == 0 || src[0].country == "" {
		return nil, false
	}
	home := src[0].country
	for _, m := range tgt {
		// "warned that its forces would respond": forces with no country
		// of their own named after a possessive pronoun are the warner's,
		// the pronoun's antecedent being the warner, the clause's only
		// state before it.
		own := m.country == home || m.country == "" && m.i > 0 && possessivePronouns[toks[m.i-1].low]
		if m.i <= t.j || !own || !ownForces(m) {
			return nil, false
		}
	}
	// The subject opens the complement: "warned (that) [the] Pyongyang".
	k := t.j
	if k < len(toks) && toks[k].low == "that" {
		k++
	}
	if k < len(toks) && (toks[k].low == "the" || toks[k].low == "its" || toks[k].low == "their") {
		k++
	}
	if tgt[0].i != k {
		return nil, false
	}
	last := tgt[len(tgt)-1].j
	for _, m := range ms {
		if m.i < last || m.i == 0 {
			continue
		}
		// The clause ends at a semicolon or a new sentence part.
		if slices.ContainsFunc(toks[last:m.i], func(x tok) bool { return x.low == ";" || x.low == "." }) {
			break
		}
		p := m.i - 1
		if toks[p].low == "the" && p > 0 {
			p--
		}
		// A foreign side, or the warner's own opponents at home ("will no
		// longer tolerate rallies by the Kifaya group").
		if againstWords[toks[p].low] && m.country != "" && (m.country != home || !ownForces(m)) {
			return group{m}, true
		}
	}
	return nil, false
}
