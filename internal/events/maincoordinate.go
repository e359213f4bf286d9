package events

import "strings"

// mainCoordinate says whether trigger u, a past verb right after "and"
// ("The CDC warned that measles cases were rising and urged travellers
// to get vaccinated"), is a second predicate of the main clause whose
// verb ends at j rather than a second verb inside its complement: the
// complement's own subject, before its finite verb, names no actor and
// is no pronoun (cases, prices, the ban), so it cannot be who urged or
// requested; the subject of the main clause is. "warned that Russia
// had attacked the port and killed three people" names an actor in the
// complement and keeps "killed" there.
func mainCoordinate(toks []tok, ms []mention, j int, u *trigger) bool {
	if u.nominal || u.passive || u.i < 2 || u.i <= j || toks[u.i-1].low != "and" || toks[u.i].pos != "VBD" && toks[u.i].pos != "VBN" {
		return false
	}
	from := j
	if th := warnedThat(toks, j); th >= 0 && th < u.i {
		from = th + 1
	}
	// The complement's finite verb, past its subject.
	q := from
	// "said the ban violated Mexico's commitments": the tagger may read
	// the clause's past verb after its noun subject as a participle.
	for q < u.i-1 && !finiteVerb(toks[q]) && !(q > from && toks[q].pos == "VBN" && strings.HasPrefix(toks[q-1].pos, "NN")) {
		l := toks[q].low
		if toks[q].pos == "PRP" || objPronouns[l] || isPunct(l) {
			return false
		}
		q++
	}
	// "that measles cases were rising": the tagger may read a plural
	// noun opening the clause as a verb; a clause has its subject first.
	if q == from && toks[q].pos == "VBZ" {
		q++
		for q < u.i-1 && !finiteVerb(toks[q]) {
			q++
		}
	}
	if q == from || q >= u.i-1 {
		return false
	}
	for _, m := range ms {
		if m.i < q && m.j > from {
			return false
		}
	}
	// Between the complement's verb and "and", no second clause or
	// report that u could belong to instead.
	for _, g := range toks[q+1 : u.i-1] {
		if g.low == "that" || g.low == "who" || g.low == "which" || reportWords[g.low] || g.low == ";" {
			return false
		}
	}
	return true
}

// bindingNouns are what binds the one who owns them: a party breaking
// its own commitments is the one that breaks them.
var bindingNouns = map[string]bool{"commitment": true, "commitments": true, "obligation": true, "obligations": true,
	"pledge": true, "pledges": true, "undertaking": true, "undertakings": true, "promise": true, "promises": true}

// bindingOwner returns the actor whose commitments or obligations are
// named right after a violation verb ending at j ("violated Mexico's
// trade commitments", "breached Washington's obligations"): who is bound
// by them is who broke them. A right, territory or sovereignty owned
// ("violated Japan's airspace") is the victim's and gives nothing.
func bindingOwner(toks []tok, ms []mention, j int) (mention, bool) {
	mi := mentionAt(toks, ms, j, 1)
	if mi < 0 || ms[mi].kind == "pronoun" || ms[mi].actorID == "" && ms[mi].country == "" {
		return mention{}, false
	}
	m := ms[mi]
	if m.j >= len(toks) || toks[m.j].low != "'s" && toks[m.j].low != "'" {
		return mention{}, false
	}
	for k := m.j + 1; k < len(toks) && k <= m.j+3; k++ {
		if bindingNouns[toks[k].low] {
			return m, true
		}
		if !strings.HasPrefix(toks[k].pos, "NN") && !strings.HasPrefix(toks[k].pos, "JJ") {
			break
		}
	}
	return mention{}, false
}

// violationForm says whether w is an inflection of a verb of breaking a
// rule or undertaking (violationVerbs).
func violationForm(w string) bool {
	for v := range violationVerbs {
		if verbLemmaIs(w, v) {
			return true
		}
	}
	return false
}

// coordSubject is the subject of the frame verb that trigger t is a
// second predicate of (mainCoordinate), if it is one.
func coordSubject(toks []tok, ms []mention, t *trigger, floor int, st *articleState, reporter *group) (group, bool) {
	if t.coordOf == nil || t.frame != nil {
		return nil, false
	}
	return subjectOf(toks, ms, t.coordOf.i, floor, st, reporter)
}
