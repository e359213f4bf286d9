package events

// subdueVerbs are the verbs of putting down or wiping out that a
// government vows against an ill or an uprising as often as against armed
// people: "vowed to crush the rebellion", "pledged to crack down on
// corruption", "vowed to root out the militants", "promised to defeat
// Boko Haram". The key is the verb, or the verb and its particle.
var subdueVerbs = map[string]bool{
	"crush": true, "suppress": true, "quell": true, "crack down": true, "stamp out": true,
	"root out": true, "wipe out": true, "flush out": true, "eradicate": true, "eliminate": true,
	"defeat": true, "annihilate": true, "vanquish": true, "smash": true, "neutralise": true,
	"neutralize": true, "dismantle": true,
}

// subdueParticles follow a subdueVerbs verb as part of it ("crack down
// on", "root out").
var subdueParticles = map[string]bool{"down": true, "out": true}

// uprisingNouns name a rising against a state, not the people who rose:
// "crush the rebellion", "quell the unrest". Vowed against, they threaten
// no one named, as an ill does (illsFought); "the rebels" are people.
var uprisingNouns = map[string]bool{
	"rebellion": true, "rebellions": true, "insurgency": true, "insurgencies": true, "uprising": true,
	"uprisings": true, "revolt": true, "revolts": true, "insurrection": true, "mutiny": true,
	"unrest": true, "militancy": true, "dissent": true, "sedition": true, "secession": true,
	"violence": true, "lawlessness": true, "corruption": true, "impunity": true,
	"disinformation": true, "misinformation": true, "graft": true, "bribery": true,
}

// subdueVerbAt gives the token after the subdue verb at token i and its
// particle and "on" ("crack down on corruption": the index of
// "corruption"), and whether the verb at i is one of subdueVerbs. The
// verb is matched by its lemma-like stem: "crush", "crushing".
func subdueVerbAt(toks []tok, i int) (int, bool) {
	if i < 0 || i >= len(toks) {
		return 0, false
	}
	w := verbStem(toks[i].low)
	k := i + 1
	if k < len(toks) && subdueParticles[toks[k].low] && subdueVerbs[w+" "+toks[k].low] {
		k++
	} else if !subdueVerbs[w] {
		return 0, false
	}
	if k < len(toks) && toks[k].low == "on" {
		k++
	}
	return k, true
}

// verbStem undoes the inflections a vowed or reported verb takes
// ("crushing", "eliminated", "roots") well enough to look the verb up in
// subdueVerbs; a base form is returned as is.
func verbStem(w string) string {
	if subdueVerbs[w] || w == "crack" || w == "root" || w == "wipe" || w == "stamp" || w == "flush" {
		return w
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		if len(w) > len(suf)+2 && w[len(w)-len(suf):] == suf {
			b := w[:len(w)-len(suf)]
			for _, c := range []string{b, b + "e", b[:len(b)-1]} {
				if subdueVerbs[c] || c == "crack" || c == "root" || c == "wipe" || c == "stamp" || c == "flush" {
					return c
				}
			}
		}
	}
	return w
}

// subduedIll says whether the object of a subdue verb, from token k, is an
// ill or an uprising (uprisingNouns, or abstractIll: "drug trafficking",
// "terrorism") heading its noun phrase within a few words, before any
// punctuation or preposition: "crush the rebellion", "crack down on
// illegal mining". A vow against one names nobody threatened. The people
// ("the rebels", "the smugglers") or a named group are not ills.
func subduedIll(toks []tok, k int) bool {
	for n := 0; k < len(toks) && n < 5; k, n = k+1, n+1 {
		l := toks[k].low
		if isPunct(l) || l == "and" || l == "or" || l == "with" || l == "in" || l == "on" || l == "of" || l == "by" || l == "until" || objectPronouns[l] {
			return false
		}
		if uprisingNouns[l] && (k+1 >= len(toks) || !(toks[k+1].pos == "NN" || toks[k+1].pos == "NNS")) || abstractIll(toks, k) {
			return true
		}
	}
	return false
}

// vowedSubdueAt gives the token after the verb a vow at t puts in its
// infinitive, when that verb is one of subdueVerbs ("vowed to crush",
// "pledged to crack down on"): the vow's own words end at t.j, "to" (and
// an adverb or a day) stand between.
func vowedSubdueAt(toks []tok, t *trigger) (int, bool) {
	k := t.j
	// "pledged on Monday to crack down", "vowed again to crush": a day or
	// an adverb may stand between the vow and its infinitive.
	for n := 0; k < len(toks) && n < 3 && toks[k].low != "to"; k, n = k+1, n+1 {
		if l := toks[k].low; !timeWords[l] && !adverbs[l] && l != "on" && l != "again" {
			return 0, false
		}
	}
	if k >= len(toks) || toks[k].low != "to" {
		return 0, false
	}
	k++
	if k < len(toks) && adverbs[toks[k].low] {
		k++
	}
	return subdueVerbAt(toks, k)
}
