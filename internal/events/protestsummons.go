package events

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// summonsGrievancePreps open what a summoned envoy is called in about:
// "summoned the Russian ambassador over the detention", "after remarks by
// the president", "following the expulsion". A foreign envoy called in
// over something his state did is told of a protest (CAMEO 114), which
// "in protest" says outright; one called in "for consultations" or "to
// discuss" the matter is only met.
var summonsGrievancePreps = map[string]bool{"over": true, "about": true, "after": true, "following": true}

// summonsTimeNouns after "over" make it a span of time, no grievance:
// "summoned the ambassador over the weekend".
var summonsTimeNouns = map[string]bool{"weekend": true, "holiday": true, "holidays": true, "night": true, "past": true,
	"last": true, "next": true, "summer": true, "winter": true}

// summonsProtest returns the token that tells the summons t was a protest
// ("in protest", or a grievance preposition), or -1. t must be the bare
// "summon" pattern coded as a consultation, the summoned one an envoy
// (envoyWords, or a Commonwealth high commissioner) told before that
// token, and the token in the same clause:
// no comma, semicolon or subordinate clause between.
func summonsProtest(toks []tok, t *trigger, typ string) int {
	if t.nominal || typ != "CONSULT" || len(t.p.Words) != 1 || t.p.Words[0] != "summon" {
		return -1
	}
	envoy := false
	for k := max(0, t.i-8); k < t.i; k++ {
		envoy = envoy || envoyWords[toks[k].low]
	}
	for k := t.j; k < len(toks) && k < t.j+14; k++ {
		l := toks[k].low
		// "to explain", "for consultations": a purpose, no grievance;
		// "summoned to the foreign ministry" is where.
		if l == "," || l == ";" || l == ":" || l == "and" || l == "for" || l == "to" && k+1 < len(toks) && !determiners[toks[k+1].low] && !isCap(toks[k+1].text) {
			return -1
		}
		if envoyWords[l] || l == "commissioner" && toks[k-1].low == "high" {
			envoy = true
			continue
		}
		if !envoy {
			if subordinators[l] {
				return -1
			}
			continue
		}
		if l == "in" && k+1 < len(toks) && (toks[k+1].low == "protest" || toks[k+1].low == "response") {
			return k
		}
		if summonsGrievancePreps[l] {
			q := k + 1
			for q < len(toks) && (toks[q].low == "the" || toks[q].low == "a") {
				q++
			}
			if q < len(toks) && summonsTimeNouns[toks[q].low] {
				return -1
			}
			return k
		}
		// "after" or "following" opening a clause is a grievance too
		// ("after Russia detained a journalist"); any other subordinate
		// clause ends the summons' own.
		if subordinators[l] {
			return -1
		}
	}
	return -1
}

// addSummonsProtest codes the protest a summons tells (summonsProtest)
// as an ACCUSE 114 from the summoning state to the envoy's, beside the
// meeting e, as "summoned the ambassador to lodge a protest" is coded
// (complaintPurpose). The two sides must be of different countries: a
// government summoning its own officials protests to no one.
func (c *Coder) addSummonsProtest(st *articleState, e model.Event, evi model.Evidence, text string, toks []tok, t *trigger, typ string, a, b mention, dateEnd string) {
	if a.text == "" || b.text == "" || a.country == "" || b.country == "" || a.country == b.country {
		return
	}
	k := summonsProtest(toks, t, typ)
	if k < 0 {
		return
	}
	pe := e
	pe.Type, pe.CAMEO = "ACCUSE", "114"
	if x, ok := c.cameo.Lookup("114"); ok {
		pe.Goldstein, pe.QuadClass, pe.Mode, pe.Context = x.Goldstein, x.QuadClass, x.Mode, x.Context
	}
	pevi := evi
	pevi.Trigger, pevi.Rule = text[toks[t.i].start:toks[t.j-1].end]+" ... "+text[toks[k].start:toks[k].end], "protestsummons.go"
	pe.Evidence = []model.Evidence{pevi}
	c.add(st, &draft{ev: pe, srcKey: a.mergeKey(), tgtKey: b.mergeKey(), dateEnd: dateEnd})
}

// summoningState returns the state that summoned the envoy of a passive
// summons with no agent, tgt being the envoy: the government body he was
// summoned to ("was summoned to the Polish foreign ministry"), the
// country he is posted in ("The Iranian ambassador in London was
// summoned"), else the story's dateline when the envoy is foreign to it
// (as for an agentless expulsion, expellingState). A state summons
// foreign envoys, so one of the envoy's own country is none of these.
func (c *Coder) summoningState(toks []tok, ms []mention, t *trigger, tgt group, dateline string) (mention, bool) {
	if len(tgt) != 1 || t.nominal || len(t.p.Words) != 1 || t.p.Words[0] != "summon" {
		return mention{}, false
	}
	envoy := tgt[0]
	foreign := func(m mention) bool { return m.country != "" && m.country != envoy.country && c.isState(m.country) }
	if t.j < len(toks) && toks[t.j].low == "to" {
		if mi := mentionAt(toks, ms, t.j+1, 1); mi >= 0 && ms[mi].sector == kb.SectorGovernment && foreign(ms[mi]) {
			return ms[mi], true
		}
	}
	if envoy.i >= 0 && envoy.j+1 < len(toks) && toks[envoy.j].low == "in" {
		if mi := mentionAt(toks, ms, envoy.j+1, 1); mi >= 0 && placeKind(ms[mi].kind) && foreign(ms[mi]) {
			host := ms[mi]
			if a, ok := c.kb.Actor(host.country); ok && a.Type == kb.TypeCountry {
				return mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, kind: "country", borrowed: true}, true
			}
		}
	}
	return c.expellingState(toks, ms, t, tgt, dateline)
}
