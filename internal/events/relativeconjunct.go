package events

import "strings"

// relativeConjunct returns the mention that a subject relative clause
// ("who" or "which") is about when the "and" or "or" at kk joins the verb
// at i to that clause's own predicate, or -1: "Police dispersed
// demonstrators who threw stones and set fire to a security post" - the
// demonstrators set the fire, not the police. With no comma before the
// conjunction the second predicate stays inside the relative clause, as
// long as the clause has one predicate before it (no other finite verb,
// relative pronoun or punctuation between) and the two verbs share their
// form: "who were throwing stones and arrested twenty" joins a simple past
// to a progressive, the main clause's predicate, and is left alone.
func relativeConjunct(toks []tok, ms []mention, kk, i int) int {
	if kk < 2 || kk >= len(toks) || i >= len(toks) || toks[kk-1].low == "," {
		return -1
	}
	r := -1
	for q := kk - 1; q > 0 && q >= kk-12; q-- {
		l := toks[q].low
		if l == "who" || l == "which" {
			r = q
			break
		}
		if isPunct(l) && l != "'s" && l != "'" || l == "that" || clauseOpeners[l] {
			return -1
		}
	}
	if r < 1 {
		return -1
	}
	// The clause's predicate: its first word past auxiliaries and adverbs.
	p := r + 1
	for p < kk && (auxiliaries[toks[p].low] || adverbs[toks[p].low] || toks[p].low == "not" || toks[p].low == "also") {
		p++
	}
	if p >= kk || !verbLike(toks[p]) || !sameVerbForm(toks[p], toks[i], p > r+1) {
		return -1
	}
	for q := p + 1; q < kk; q++ {
		if finiteVerb(toks[q]) || toks[q].low == "who" || toks[q].low == "which" {
			return -1
		}
	}
	a := r
	if toks[a-1].low == "," {
		a--
	}
	for q := range ms {
		if ms[q].j == a && usable(ms[q]) && ms[q].kind != "pronoun" {
			return q
		}
	}
	return -1
}

// sameVerbForm says whether two verbs joined by "and" are in one form, so
// that they may share a subject. After an auxiliary (aux) the first verb
// is a participle or a bare form, which the second must repeat: "who had
// thrown stones and set fire" keeps a past participle, "who were throwing
// stones and arrested twenty" does not. With none, two finite verbs agree
// unless one is plainly past and the other plainly present ("who live in
// Nairobi and deported" joins the main clause); a form the tagger is
// unsure of ("threw" read as a present, "set" either way) agrees with both.
func sameVerbForm(a, b tok, aux bool) bool {
	if a.pos == "VBG" || b.pos == "VBG" {
		return aux && a.pos == b.pos
	}
	past := func(t tok) bool {
		return t.pos == "VBD" || t.pos == "VBN" || pastOnly[t.text] || strings.HasSuffix(t.low, "ed")
	}
	present := func(t tok) bool {
		return !past(t) && (t.pos == "VBZ" && strings.HasSuffix(t.low, "s") || t.pos == "VBP")
	}
	if aux {
		return past(a) && past(b) || a.pos == b.pos
	}
	return !(past(a) && present(b) || present(a) && past(b))
}
