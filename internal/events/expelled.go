package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// leftCountry returns the country a person is told to leave, named in the
// "to leave ..." of a trigger or of the passive coordinated with it ("was
// declared persona non grata and ordered to leave Moldova"): the country itself ("to leave Moldova"), the
// land of its demonym ("to leave Moldovan territory", "Moldovan soil"), or
// "the country" (leftCountry then returns a mention with no country and
// ok true: the country is the one the story is in). The word "leave" is
// looked for in the trigger's span and just after it ("given 72 hours to"
// + "leave"). ok is false when the person is told to leave nothing of the
// kind ("to leave the town", "to leave the building").
func leftCountry(toks []tok, ms []mention, t *trigger) (mention, bool) {
	lv := -1
	for k := t.i; k < len(toks) && k <= t.j+8; k++ {
		if k > t.j && clauseBreak(toks[k].low) {
			break
		}
		if toks[k].low == "leave" && k > 0 && toks[k-1].low == "to" {
			lv = k
			break
		}
	}
	if lv < 0 {
		return mention{}, false
	}
	k := lv + 1
	if k+1 < len(toks) && toks[k].low == "the" && toks[k+1].low == "country" {
		return mention{i: -1, j: -1}, true
	}
	for _, m := range ms {
		if m.i != k || m.country == "" {
			continue
		}
		// "to leave Moldovan territory": the land of the demonym.
		if m.j < len(toks) && (toks[m.j].low == "territory" || toks[m.j].low == "soil") {
			return m, true
		}
		// "to leave Moldova": the country's own name, not a town in it
		// ("to leave Balti" is leaving a town, as "the town" is).
		if m.kind == "country" && (m.j >= len(toks) || !demonymPlaceNouns[toks[m.j].low]) {
			return m, true
		}
	}
	return mention{}, false
}

// expulsionLeaveTerms says whether a span of time given someone ("gave the
// envoy 72 hours to", pattern "give * hours to", an ultimatum) is given to
// leave a country: that is an expulsion, as "to leave the country" is in
// the patterns, whichever way the country is named ("to leave Moldova",
// "to leave Moldovan territory").
func expulsionLeaveTerms(toks []tok, ms []mention, t *trigger) bool {
	p := t.p
	if t.nominal || p.Type != "THREATEN" || p.CAMEO != "139" || len(p.Words) < 3 || p.Words[0] != "give" || p.Words[len(p.Words)-1] != "to" {
		return false
	}
	m, ok := leftCountry(toks, ms, t)
	return ok && m.i >= 0
}

// expellingState is the state that expels someone told in an agentless
// passive ("The diplomat was given 72 hours to leave Moldovan territory",
// "The Russian diplomat was ordered to leave within 72 hours" under a
// CHISINAU dateline): the country named as the one to leave, else the
// dateline's country when the one expelled is a foreign envoy or of
// another country than it (a state expels foreigners; a Moldovan diplomat
// expelled under a Moldovan dateline was expelled by someone the sentence
// does not name), else none. tgt are the ones expelled.
func (c *Coder) expellingState(toks []tok, ms []mention, t *trigger, tgt group, dateline string) (mention, bool) {
	if len(tgt) == 0 {
		return mention{}, false
	}
	if m, ok := leftCountry(toks, ms, t); ok && m.i >= 0 {
		if (m.kind != "country" || m.j < len(toks) && (toks[m.j].low == "territory" || toks[m.j].low == "soil")) && c.kb != nil {
			a, found := c.kb.Actor(m.country)
			if !found || a.Type != kb.TypeCountry {
				return mention{}, false
			}
			m = mention{i: m.i, j: m.j, text: a.Name, actorID: a.ID, country: a.Country, kind: "country"}
		}
		for _, g := range tgt {
			if g.country == m.country && !g.borrowed {
				return mention{}, false
			}
		}
		return m, true
	}
	if dateline == "" || c.kb == nil {
		return mention{}, false
	}
	foreign := false
	for _, g := range tgt {
		switch {
		case g.country == dateline && !g.borrowed:
			return mention{}, false
		case g.country != "" && !g.borrowed, envoyMention(toks, g):
			foreign = true
		}
	}
	if !foreign {
		return mention{}, false
	}
	a, ok := c.kb.Actor(dateline)
	if !ok || a.Type != kb.TypeCountry {
		return mention{}, false
	}
	return mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, kind: "country", borrowed: true}, true
}

// expulsionCode says whether a CAMEO code is an expulsion (166 and its
// sub-codes).
func expulsionCode(code string) bool {
	return strings.HasPrefix(code, "166")
}

// expelledEnvoy says whether m is an envoy named by no country whom the
// sentence sends away in a way summonedEnvoy does not read: the subject of
// a passive expulsion ("The diplomat was expelled", "was ordered to leave",
// "was given 72 hours to leave", "was declared persona non grata"). (The
// object of an active order stays as it was: its gap gives the target.)
// As with a
// summons, the envoy is another state's than the one that sends them
// away, and the country the sentence or the story names is no evidence
// of theirs.
func expelledEnvoy(toks []tok, m mention) bool {
	if m.country != "" || m.kind != "role" || !envoyMention(toks, m) {
		return false
	}
	k := m.j
	if k >= len(toks) || !beForms[toks[k].low] {
		return false
	}
	for k++; k < len(toks) && adverbs[toks[k].low]; k++ {
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "expelled":
		return true
	case "declared":
		return k+1 < len(toks) && toks[k+1].low == "persona"
	case "ordered", "told", "given":
		return leaveAfter(toks, k+1)
	}
	return false
}

// leaveAfter says whether "to leave" follows from token k within a few
// words ("to leave", "72 hours to leave", "until Friday to leave").
func leaveAfter(toks []tok, k int) bool {
	for q := k; q+1 < len(toks) && q < k+5; q++ {
		if toks[q].low == "to" && toks[q+1].low == "leave" {
			return true
		}
		if clauseBreak(toks[q].low) {
			return false
		}
	}
	return false
}
