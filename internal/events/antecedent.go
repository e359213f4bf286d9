package events

import "strings"

// A pronoun subject with no antecedent in its own sentence ("He was said
// to have wished the North Korean leader well") refers back to the
// previous sentence. Centering theory ranks that sentence's entities by
// grammatical role, the subject of its main clause first: in "Xi received
// a letter from Kim. He ...", "He" is Xi, although the latest event (the
// letter) was Kim's act. The subject of the latest event (lastActor) and
// the person named last (lastPerson) come after it, for sentences whose
// main clause has no actor for a subject ("The letter was delivered on
// Monday").

// personal says whether m can be "he" or "she": one person, a name or a
// singular role ("the minister").
func personal(m mention) bool {
	return (m.kind == "person" || m.kind == "name" || m.kind == "role") && !pluralRole(m)
}

// fitsPronoun says whether m can be the antecedent of the subject pronoun
// p (lower case): "he"/"she" a person, "it" a country, body or group
// that is not one person, "they"/"we" anyone but one named person or a
// town: people speak and act as "they", and a town named beside them
// ("the rebels who seized Goma said they") is where they are, not who.
func fitsPronoun(p string, m mention) bool {
	switch p {
	case "he", "she":
		return personal(m)
	case "it":
		return m.kind != "person" && m.kind != "name" && !pluralRole(m)
	default:
		return m.kind != "person" && m.kind != "name" && m.kind != "place" && !townMention(m)
	}
}

// antecedents lists the remembered actors a subject pronoun (lower case)
// of a new sentence may stand for, most likely first: the previous main
// clause's subject when it fits the pronoun, then the referents the coder
// used before (the latest event's subject, or for "he"/"she" the person
// named last when that subject is no person). Each actor appears once.
func (st *articleState) antecedents(p string) []mention {
	var out []mention
	addOnce := func(m *mention) {
		if m == nil {
			return
		}
		for _, o := range out {
			if o.key() == m.key() {
				return
			}
		}
		out = append(out, *m)
	}
	if st.lastSubject != nil && fitsPronoun(p, *st.lastSubject) {
		addOnce(st.lastSubject)
	}
	if (p == "he" || p == "she") && st.lastPerson != nil && (st.lastActor == nil || !personal(*st.lastActor)) {
		addOnce(st.lastPerson)
	}
	addOnce(st.lastActor)
	if p == "he" || p == "she" {
		addOnce(st.lastPerson)
	}
	return out
}

// otherAntecedent replaces a pronoun source resolved to an earlier
// sentence's actor when that actor is also the event's target: "Xi
// received a letter from Kim. He wished the North Korean leader well" -
// whoever "He" is, he is not the leader he wished well, so the next
// antecedent that fits the pronoun and is no target is taken instead. The
// source is returned unchanged when it is no such stand-in or no other
// antecedent fits.
func otherAntecedent(ms []mention, st *articleState, src, tgt group) group {
	if len(src) != 1 || len(tgt) == 0 || src[0].kind == "pronoun" {
		return src
	}
	targeted := func(m mention) bool {
		for _, b := range tgt {
			if b.text != "" && b.key() == m.key() {
				return true
			}
		}
		return false
	}
	if !targeted(src[0]) {
		return src
	}
	for _, p := range ms {
		if p.kind != "pronoun" || p.i != src[0].i || p.j != src[0].j {
			continue
		}
		for _, a := range st.antecedents(strings.ToLower(p.text)) {
			if !targeted(a) {
				return group{standIn(a, p)}
			}
		}
	}
	return src
}

// mainSubject finds the subject of the sentence's main clause: the
// subject of its first finite verb outside quotation marks, a fronted
// subordinate clause ("After X met Y, ...") and relative clauses. It is nil
// when that subject is no actor the coder can place, or no actor at all.
func mainSubject(toks []tok, ms []mention, st *articleState) *mention {
	quoted := false
	for k := range toks {
		switch toks[k].low {
		case "\"", "\u201c", "\u201d", "``", "''":
			quoted = !quoted
			continue
		}
		if quoted || !finiteVerb(toks[k]) {
			continue
		}
		if k > 0 && (relativePronoun[toks[k-1].low] || toks[k-1].low == "that") || inFrontedClause(toks, k) || inRelative(toks, k) {
			continue
		}
		g, ok := subjectOf(toks, ms, k, 0, st, nil)
		// "The talks between Iran and Iraq were hosted by Oman": an actor
		// in a preposition's object is no subject; the subject is a
		// thing the coder does not track.
		if !ok || len(g) == 0 || !usable(g[0]) || g[0].i >= 0 && g[0].i < k && !pronouns[toks[g[0].i].low] && prepBefore(toks, g[0].i) != "" && prepBefore(toks, g[0].i) != "of" {
			return nil
		}
		m := g[0]
		return &m
	}
	return nil
}

// pluralObjectPronoun says whether the object of trigger t is "them"
// ("fired tear gas at them", "dispersed them"): right after the trigger,
// or after one preposition there.
func pluralObjectPronoun(toks []tok, t *trigger) bool {
	k := t.j
	if k < len(toks) && (objPreps[toks[k].low] || atOn(toks[k].low)) {
		k++
	}
	return k < len(toks) && toks[k].low == "them"
}

// pluralPeople says whether m can be "them" as people acted on: a plural
// role ("protesters", "fighters", "residents"), never a place or a
// country, which the pronoun of a crowd does not stand for.
func pluralPeople(m mention) bool {
	return pluralRole(m) && !placeKind(m.kind)
}

// latestBy is the article's latest event whose source is m, or nil.
func (st *articleState) latestBy(m mention) *draft {
	key := m.mergeKey()
	for i := len(st.events) - 1; i >= 0; i-- {
		if st.events[i].srcKey == key {
			return st.events[i]
		}
	}
	return nil
}

// pluralAntecedent is the crowd "them" stands for when src acts on it:
// the previous sentence's main subject, else the latest event's, when it
// is a plural group of people other than src. A sentence whose verb the
// tagger left untensed ("Thousands of protesters gathered in Basra") has
// no main subject, but its event has a source.
func (st *articleState) pluralAntecedent(src mention) *mention {
	for _, m := range []*mention{st.lastSubject, st.lastActor} {
		if m != nil && pluralPeople(*m) && m.key() != src.key() {
			return m
		}
	}
	return nil
}
