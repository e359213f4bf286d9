package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// datedAdjunctFactor is what a dated participial adjunct on the subject
// multiplies its event's confidence by (see datedSubjectAdjunct): the event
// took place, as a main clause's does, but the sentence reports something
// else, so it stays below a main clause (1.0 with both parties named)
// while clearing the 0.5 that separates main-clause events, and, with both
// parties named, the merge step's default join gate (0.9): it is the
// meeting other outlets tell in their main clauses.
const datedAdjunctFactor = 0.9

// adjunctSpan bounds a participial adjunct set off on the subject ("Li
// Qiang, meeting Sanae Takaichi in Tokyo on Tuesday, said ...").
const adjunctSpan = 16

// datedSubjectAdjunct says whether trigger t is the participle of an
// adjunct set off by commas right after the sentence's subject, the day
// date d inside it, and the main verb after it: "Li Qiang, meeting Sanae
// Takaichi in Tokyo on Tuesday, said Beijing wanted stable ties". The
// adjunct tells an act the subject did on a day of its own, in passing:
// an actual event, not background to the main verb, as ", killing one"
// (the main verb's result) or ", saying ..." (its manner) are. Without a
// day of its own ("Li, seeking closer ties, said ...") it tells a purpose
// or a state, and stays background.
func datedSubjectAdjunct(toks []tok, t *trigger, d *model.TimeExpr) bool {
	if t.nominal || t.passive || d == nil || d.Precision != model.PrecisionDay || t.i < 2 || t.j >= len(toks) {
		return false
	}
	if toks[t.i-1].low != "," || !strings.HasSuffix(toks[t.i].low, "ing") || toks[t.i].pos != "" && toks[t.i].pos != "VBG" {
		return false
	}
	// The subject: a noun phrase from the sentence's start, or from a
	// dateline's dash ("TOKYO (Reuters) - Li Qiang, meeting ...").
	from := 0
	for k := t.i - 2; k >= 0; k-- {
		if l := toks[k].low; l == "-" || l == "--" || l == "—" {
			from = k + 1
			break
		}
	}
	if !clauseSubjectSpan(toks, from, t.i-1) {
		return false
	}
	// The adjunct closes with a comma before a finite main verb.
	for k := t.j; k < len(toks) && k <= t.i+adjunctSpan; k++ {
		l := toks[k].low
		if l == "," {
			if k+1 >= len(toks) || !(finiteVerb(toks[k+1]) || reportWords[toks[k+1].low]) {
				return false
			}
			return d.Start >= toks[t.j-1].end && d.End <= toks[k].start
		}
		if isPunct(l) || subordinators[l] || l == "that" || finiteVerb(toks[k]) {
			return false
		}
	}
	return false
}

// summonVerbs call in or send away another state's envoy: CAMEO codes a
// summons of an ambassador as a meeting (040) and an expulsion as 1663,
// both done by the host state to a foreign diplomat.
var summonVerbs = map[string]bool{"summon": true, "summoned": true, "summons": true, "summoning": true,
	"expel": true, "expelled": true, "expels": true, "expelling": true}

// envoyMention says whether m names a state's envoy ("the Chinese
// ambassador", "Russian diplomats"), by the head word of its phrase.
func envoyMention(toks []tok, m mention) bool {
	return m.kind != "pronoun" && m.i >= 0 && m.j > m.i && m.j <= len(toks) && envoyWords[toks[m.j-1].low]
}

// summonedEnvoy says whether m is an envoy named by no country or owner,
// the object of a verb of summoning or expelling ("summoned the
// ambassador", "expelled two diplomats"): the envoy of a state other than
// the one that summons, whichever the sentence does not say. "recalled
// its ambassador" (the state's own) has an owner and is no summons.
func summonedEnvoy(toks []tok, m mention) bool {
	if m.country != "" || m.kind != "role" || !envoyMention(toks, m) {
		return false
	}
	// Back over the determiner and modifiers ("the acting", "two
	// senior") to the verb.
	for k := m.i - 1; k >= 0 && k >= m.i-3; k-- {
		l := toks[k].low
		if summonVerbs[l] {
			return true
		}
		if !(determiners[l] || quantityWord(l) || modifierWord(toks[k])) {
			return false
		}
	}
	return false
}

// noteScene keeps the one country the article's sentences have named by a
// country's, a capital's or a place's own name ("Japan", "Tokyo", "Osaka"),
// or "-" once a second is named. Nationality words, persons and bodies
// are left out: "the Chinese ambassador" and "Premier Li Qiang" come to a
// story set elsewhere as often as they act at home.
func (st *articleState) noteScene(ms []mention) {
	if st.scene == "-" {
		return
	}
	for _, m := range ms {
		if m.country == "" || m.borrowed || m.abroad || len(m.pair) > 0 {
			continue
		}
		if m.kind != kb.TypeCountry && m.kind != "capital" && m.kind != "place" {
			continue
		}
		if st.scene != "" && st.scene != m.country {
			st.scene = "-"
			return
		}
		st.scene = m.country
	}
}
