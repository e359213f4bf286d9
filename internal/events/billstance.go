package events

import "strings"

// Bills, blocked measures and strikes against reforms: who the event is
// aimed at when the thing acted on is a measure, not an actor.

// measureAgainstPreps introduce whom a measure is aimed at ("sanctions
// against Russia", "a package of sanctions on Iran").
var measureAgainstPreps = map[string]bool{"against": true, "on": true, "targeting": true}

// blockedMeasureTarget says whether target tg of a refusal phrase whose gap
// names the thing refused ("blocked a package of sanctions against
// Russia") is only who that measure is aimed at: an actor after the
// measure's noun, introduced by "against" or "on". Blocking a measure
// refuses its authors (named in the gap: "blocked an EU package of
// sanctions"), not the one it would have hit.
func blockedMeasureTarget(toks []tok, t *trigger, typ string, tg group) bool {
	if typ != "REJECT" || !t.p.Owner || t.nominal || len(tg) == 0 || tg[0].i < t.j {
		return false
	}
	// The measure's own phrase runs on to the actor: "against Russia",
	// "on Iran's oil exports", with no clause boundary between.
	for k := t.j; k < tg[0].i && k < len(toks); k++ {
		if l := toks[k].low; l == "," || l == ";" || l == "that" || l == "which" || l == "and" {
			return false
		}
	}
	return measureAgainstPreps[prepBefore(toks, tg[0].i)]
}

// legislativeMeasures are texts a legislature votes on that anyone in it,
// not only the government, may have put forward.
var legislativeMeasures = map[string]bool{"bill": true, "bills": true, "legislation": true, "amendment": true, "amendments": true}

// refusedBill says whether refusal t acts on a bill or an amendment with
// no one named as its author ("blocked a bill", "would oppose the bill",
// "voted against the amendment"): a bill is drafted by lawmakers as often
// as by the government, so its refusal has no target the sentence names;
// neither the country nor its government is the one refused.
func refusedBill(toks []tok, t *trigger, typ string) bool {
	if typ != "REJECT" || t.nominal {
		return false
	}
	if w := t.p.Words; len(w) > 1 && legislativeMeasures[w[len(w)-1]] {
		return true
	}
	for k := t.j; k < len(toks) && k < t.j+4; k++ {
		l := toks[k].low
		if legislativeMeasures[l] {
			return true
		}
		if l != "the" && l != "a" && l != "an" && l != "this" && l != "that" && l != "new" && l != "proposed" && l != "draft" {
			return false
		}
	}
	return false
}

// governmentMeasures are policies only a government enacts, so that a
// protest against them ("a general strike against the reforms") is a
// protest against the government.
var governmentMeasures = map[string]bool{"reform": true, "reforms": true, "austerity": true, "cuts": true, "budget": true, "policies": true, "decree": true}

// againstGovernmentMeasure says whether the phrase right after a protest
// at token j is "against" a government measure with no owner named
// ("against the reforms", "against the pension reform", "against austerity
// measures"). An owner named ("against the government's reforms") is an
// actor the coder finds itself.
func againstGovernmentMeasure(toks []tok, j int) bool {
	if j >= len(toks) || toks[j].low != "against" {
		return false
	}
	for k := j + 1; k < len(toks) && k < j+5; k++ {
		l := toks[k].low
		if governmentMeasures[l] {
			return true
		}
		if l == "," || l == ";" || l == "." || strings.HasSuffix(l, "'s") || isCap(toks[k].text) {
			return false
		}
	}
	return false
}

// objectRelativeRequest says whether request verb t stands in a
// restrictive relative clause on a main clause's object ("blocked a bill
// that they had demanded for months", "blocked a bill that they demanded
// for months", "rejected the plan which Democrats have long sought"): the
// clause tells the object's history, background to the main event, and
// asks no one anything now, whatever its tense. The verb takes no object
// of its own (the relative pronoun is it).
func objectRelativeRequest(toks []tok, t *trigger, typ string) bool {
	if typ != "REQUEST" || t.nominal || t.passive {
		return false
	}
	k := t.i - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].low == "long" || toks[k].low == "also") {
		k--
	}
	// k ends the clause's subject, past a perfect's auxiliary; with none
	// the verb itself is in the past ("that they demanded"), not a
	// progressive or a present told of now ("that they weren't asking").
	if k >= 0 && perfectAux[toks[k].low] {
		k--
	} else if p := toks[t.i].pos; p != "VBD" && p != "VBN" {
		return false
	}
	if k < 0 {
		return false
	}
	// The clause's subject: one to four words after the pronoun.
	rel := -1
	for q := k; q >= 0 && q >= k-4; q-- {
		l := toks[q].low
		if l == "that" || l == "which" {
			rel = q
			break
		}
		if l == "," || l == ";" || reportWords[l] || strings.HasPrefix(toks[q].pos, "VB") {
			return false
		}
	}
	if rel < 2 || rel == k {
		return false
	}
	// The antecedent: a common noun right before the pronoun, itself
	// after a main-clause verb.
	if n := toks[rel-1]; !strings.HasPrefix(n.pos, "NN") || isCap(n.text) {
		return false
	}
	verb := false
	for q := rel - 2; q >= 0 && q >= rel-6; q-- {
		if reportWords[toks[q].low] || toks[q].low == "that" {
			return false
		}
		// A participle modifying the noun ("told cheering teachers
		// that ...") is no main-clause verb; the search goes past it.
		if strings.HasPrefix(toks[q].pos, "VB") && toks[q].pos != "VBG" {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	// No object of its own: the clause's verb ends it or runs into an
	// adjunct ("for months", "since 2022", ".").
	if t.j < len(toks) && !relativeClauseEnd(toks, t.j) {
		// "for months" is an adjunct, and a "for" left at the clause's
		// end ("that they had asked for.") has the pronoun for its
		// object; "asking for the moon" names what is asked, the verb's
		// own object.
		if toks[t.j].low != "for" || !durationAfter(toks, t.j+1) && !relativeClauseEnd(toks, t.j+1) {
			return false
		}
	}
	return true
}

// relativeClauseEnd says whether token k ends a relative clause whose verb
// has no object of its own: the sentence's end, punctuation, or an
// adjunct of time ("for months", "since 2022", "last year").
func relativeClauseEnd(toks []tok, k int) bool {
	if k >= len(toks) {
		return true
	}
	switch toks[k].low {
	case "since", "in", "during", "last", "earlier", ".", ",", ";", "before", "after":
		return true
	}
	return false
}

// durationUnits are the spans of time a "for" phrase gives ("for months",
// "for the past two years", "for a decade").
var durationUnits = map[string]bool{"days": true, "weeks": true, "months": true, "years": true, "decades": true,
	"day": true, "week": true, "month": true, "year": true, "decade": true, "long": true, "ages": true}

// durationAfter says whether a span of time follows from token k within
// four tokens, before any punctuation.
func durationAfter(toks []tok, k int) bool {
	for q := k; q < len(toks) && q < k+4; q++ {
		if durationUnits[toks[q].low] {
			return true
		}
		if isPunct(toks[q].text) {
			return false
		}
	}
	return false
}

// generalStrike says whether protest trigger t is a general strike ("a
// general strike", "a 24-hour general strike"): a stoppage across trades,
// called to press the state, not one employer. With no target named it is
// against the strikers' government, as one "against the reforms" is; a
// strike of one trade, even nationwide ("doctors began a nationwide
// strike"), may be against employers, and keeps the domestic default.
func generalStrike(toks []tok, t *trigger) bool {
	if !t.nominal || t.p.Words[0] != "strike" || t.i < 1 || t.i >= len(toks) {
		return false
	}
	return toks[t.i-1].low == "general"
}
