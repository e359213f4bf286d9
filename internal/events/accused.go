package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// accusedActDate says whether date d lies inside the act an accusation is
// about: after the "of" or "for" that opens a gerund complement ("accused
// the army of shelling a market in Nyala last week", "blamed the rebels
// for attacking the convoy on Sunday") or after the "that" of a charge
// ("alleged that troops fired on protesters last week"), in the same
// clause. Such a date is the accused act's, not the accusation's: the
// accusation is dated like any report. A date before the complement
// ("accused the army on Monday of shelling") or in another clause (",
// officials said on Tuesday") dates the accusation.
func accusedActDate(toks []tok, t *trigger, d *model.TimeExpr) bool {
	if d == nil || t.nominal || t.p.Type != "ACCUSE" || t.p.Mode == "investigate" {
		return false
	}
	open := -1
	for q := max(t.i, t.j-1); q < len(toks) && toks[q].start < d.Start; q++ {
		l := toks[q].low
		if open < 0 {
			if (l == "of" || l == "for") && q+1 < len(toks) && gerund(toks[q+1]) && toks[q+1].start < d.Start || l == "that" && thatClause(toks, q, d.Start) {
				open = q
			}
			continue
		}
		if l == "," || l == ";" || l == ":" || l == "but" || l == "while" || l == "as" {
			return false
		}
		// "accused Rabat of politicising sport and summoned its envoy
		// on Tuesday": "and" before a finite verb ends the accused act
		// and opens a second predicate of the accuser, whose date the
		// two coordinated acts share.
		if l == "and" && q+1 < len(toks) && (finiteVerb(toks[q+1]) || perfectAux[toks[q+1].low]) {
			return false
		}
	}
	return open >= 0
}

// gerund says whether token k reads as the -ing form of a verb opening a
// complement ("of shelling", "for failing"), whether the tagger called it
// a gerund or a noun.
func gerund(k tok) bool {
	if k.pos == "VBG" {
		return true
	}
	return (k.pos == "NN" || k.pos == "") && len(k.low) > 5 && strings.HasSuffix(k.low, "ing")
}

// reasonClause says whether the token at q is a "for" opening a gerund
// complement, after adverbs if any ("for allegedly shipping", "for
// failing"): the reason given for an act, not a party to it.
func reasonClause(toks []tok, q int) bool {
	if toks[q].low != "for" {
		return false
	}
	k := q + 1
	for k < len(toks) && adverbs[toks[k].low] {
		k++
	}
	return k < len(toks) && gerund(toks[k])
}

// thatClause says whether the "that" at q opens a clause with a finite
// verb of its own before offset end ("alleged that troops fired"), rather
// than pointing at the object ("condemned that attack on Monday").
func thatClause(toks []tok, q, end int) bool {
	for k := q + 1; k < len(toks) && toks[k].start < end; k++ {
		switch toks[k].pos {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// objectRelative finds a relative clause with no relative pronoun whose
// subject is a pronoun and whose object is the actor right before it:
// "four Iranian officials it accused of supplying drones", "the diplomats
// they expelled". A main clause's subject pronoun follows a boundary (the
// start, a comma, a conjunction, "that"), never the bare noun of an actor,
// so the actor is the clause's object. It returns the index in ms of that
// actor and the pronoun's token, or -1, -1. Verb i is the clause's verb.
func objectRelative(toks []tok, ms []mention, i int) (int, int) {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].low == "had" || toks[k].low == "has" || toks[k].low == "have" || toks[k].low == "also") {
		k--
	}
	if k <= 0 || !pronouns[toks[k].low] {
		return -1, -1
	}
	for q := range ms {
		if ms[q].j == k && ms[q].kind != "pronoun" && usable(ms[q]) {
			return q, k
		}
	}
	return -1, -1
}

// mentionIndex is the index in ms of mention m (by its token span), or
// -1.
func mentionIndex(ms []mention, m mention) int {
	for q := range ms {
		if ms[q].i == m.i && ms[q].j == m.j {
			return q
		}
	}
	return -1
}

// governorSubject is the subject of the verb whose object holds token k
// ("imposed sanctions on four Iranian officials"): the nearest verb before
// k in the same clause, within a short object phrase.
func governorSubject(toks []tok, ms []mention, k int, st *articleState) (group, bool) {
	for v := k - 1; v >= 0 && k-v <= 10; v-- {
		l := toks[v].low
		if l == "," || l == ";" || l == ":" || l == "-" || l == "that" || relativePronoun[l] {
			return nil, false
		}
		if verbLike(toks[v]) && !strings.HasSuffix(l, "ing") {
			return subjectOf(toks, ms, v, 0, st, nil)
		}
	}
	return nil, false
}

// chargePrep are the prepositions that follow the accused after a verb of
// charging: "accused X of", "blamed X for", "charged X with".
var chargePrep = map[string]bool{"of": true, "for": true, "with": true}

// chargeWithoutObject says whether an accusation verb in its "-ed" form
// runs straight into the preposition that follows its object ("companies
// accused of shipping oil", "a militia blamed for the attack"). Accusing
// and blaming need the accused as object, so with none between the verb
// and "of" the verb is a reduced passive: the noun before it is the
// accused, and the accuser is not named.
func chargeWithoutObject(toks []tok, t *trigger) bool {
	if t.nominal || t.p.Type != "ACCUSE" || t.p.Mode == "investigate" || len(t.p.Words) != 1 || t.i == 0 || t.i+1 >= len(toks) {
		return false
	}
	w := toks[t.i].low
	if !strings.HasSuffix(w, "ed") || !chargePrep[toks[t.i+1].low] {
		return false
	}
	// "officials it accused of supplying drones": a pronoun before the
	// verb is its subject, and the object is the noun the clause is on.
	k := t.i - 1
	for k > 0 && (adverbs[toks[k].low] || toks[k].low == "had" || toks[k].low == "has" || toks[k].low == "have" || toks[k].low == "also") {
		k--
	}
	if pronouns[toks[k].low] {
		return false
	}
	switch t.p.Words[0] {
	case "accuse", "blame", "charge", "suspect", "convict":
		return true
	}
	return false
}

// chargedSubject says whether a reduced passive of charging describes the
// subject of a later verb ("Three firms accused of shipping oil to Syria
// were fined on Monday"): the sentence reports the fine, and the charge
// is what it says of the firms, background as "Gunmen backed by Iran
// attacked" is. A finite verb must follow in the same clause, or the
// participle is the report itself ("Firms accused of shipping oil").
func chargedSubject(toks []tok, t *trigger) bool {
	if !chargeWithoutObject(toks, t) {
		return false
	}
	prev := toks[t.i-1]
	if !(headNoun(prev) || isCap(prev.text) && !isPunct(prev.low)) || verbLeft[prev.low] || beForms[prev.low] || adverbs[prev.low] {
		return false
	}
	for k := t.i + 2; k < len(toks); k++ {
		l := toks[k].low
		if isPunct(l) || subordinators[l] || l == "that" || l == "and" {
			return false
		}
		if finiteVerb(toks[k]) && !isCap(toks[k].text) {
			return true
		}
	}
	return false
}

// chargeParticiples are the "-ed" forms of the verbs of charging that open
// a reduced passive on a noun ("paramilitaries blamed for the killings").
var chargeParticiples = map[string]bool{"accused": true, "blamed": true, "charged": true, "suspected": true, "convicted": true}

// chargedPhraseAt says whether a reduced passive of charging starts at
// token j, right after a noun: "firms accused of shipping oil to Syria",
// "companies suspected of selling drones to Russia", "a man charged with
// spying for Iran". It says what the noun did, not whose it is.
func chargedPhraseAt(toks []tok, j int) bool {
	return j >= 1 && j+1 < len(toks) && chargeParticiples[toks[j].low] && chargePrep[toks[j+1].low]
}

// chargedRelative finds a reduced passive of charging between a subject
// and the finite verb at token i: "Sudanese paramilitaries blamed for the
// killing of aid workers withdrew from the town". The phrase says which
// paramilitaries; the aid workers inside it are the ones killed, not the
// ones who withdrew, and the verb's subject is the noun before the
// participle. It returns the participle's index and the verb group's
// first token (as restrictiveRelative does), or -1, -1.
//
// The participle must run straight into of/for/with (no object of its
// own: "blamed the army for" is an active verb whose subject is before
// it), follow a noun, not a form of "be" ("were blamed for"), and the
// phrase must hold no punctuation, other finite verb, conjunction before
// a verb, or clause opener before the verb at i.
func chargedRelative(toks []tok, i int) (int, int) {
	if i <= 0 || i >= len(toks) {
		return -1, -1
	}
	k := i
	for k > 0 && (adverbs[toks[k-1].low] || auxiliaries[toks[k-1].low] || coordAux[toks[k-1].low]) {
		k--
	}
	if k < 4 || !finiteVerb(toks[k]) {
		return -1, -1
	}
	for q := k - 2; q >= 1 && q >= k-20; q-- {
		l := toks[q].low
		if isPunct(l) && l != "-" && l != "'s" || reportWords[l] || subordinators[l] || relativePronoun[l] || l == "that" ||
			(l == "and" || l == "or" || l == "but") && q+1 < k && verbLike(toks[q+1]) && !isCap(toks[q+1].text) {
			return -1, -1
		}
		if !chargeParticiples[l] || !chargePrep[toks[q+1].low] {
			if q < k-1 && finiteVerb(toks[q]) && !chargeParticiples[l] {
				return -1, -1
			}
			continue
		}
		prev := toks[q-1]
		if beForms[prev.low] || verbLeft[prev.low] || adverbs[prev.low] || pronouns[prev.low] || isPunct(prev.low) ||
			!(headNoun(prev) || isCap(prev.text) || strings.HasPrefix(prev.pos, "NN")) {
			return -1, -1
		}
		return q, k
	}
	return -1, -1
}

// accusingParticiples open a participle clause in which the main clause's
// subject charges someone: "expelled two diplomats, accusing them of
// spying", "asked Britain to extradite him, accusing him of fraud".
var accusingParticiples = map[string]bool{"accusing": true, "blaming": true}

// accusingAdjunct says whether trigger t is an "accusing X of" or "blaming
// X for" participle after a comma that follows a main clause: the
// accusation is a second act of the main subject, made as it acted
// (CAMEO 112), and is reported as the main clause is, unlike a result
// (", killing 12") or speech (", saying ...") told in passing. The
// charge's preposition must follow the accused within a few words.
func accusingAdjunct(toks []tok, t *trigger, mainVerb int) bool {
	if t.nominal || t.passive || t.i < 2 || mainVerb < 0 || mainVerb >= t.i || toks[t.i-1].low != "," || !accusingParticiples[toks[t.i].low] {
		return false
	}
	prep := "of"
	if toks[t.i].low == "blaming" {
		prep = "for"
	}
	for k := t.j; k < len(toks) && k <= t.j+6; k++ {
		l := toks[k].low
		if l == prep {
			return k > t.j
		}
		if isPunct(l) {
			return false
		}
	}
	return false
}

// accuseForms are the forms of "accuse" whose object is charged with the
// act after "of".
var accuseForms = map[string]bool{"accuse": true, "accuses": true, "accused": true, "accusing": true}

// accusedDoer returns the index of the mention accused of an act in
// "accused Y of <verb>-ing ..." between tokens from and comma, or -1: a
// participial adjunct after that act ("of shelling Kharkiv, killing three
// civilians") continues the act charged, so its doer is Y. The gerund
// must follow "of" directly, so "accused Y of war crimes, killing" (a
// noun charge) leaves the participle to the main subject.
func accusedDoer(toks []tok, ms []mention, from, comma int) int {
	for v := from; v < comma; v++ {
		if !accuseForms[toks[v].low] {
			continue
		}
		of := accusedOf(toks, v+1)
		if of < 0 || of+1 >= comma || !gerund(toks[of+1]) {
			return -1
		}
		for q := range ms {
			if ms[q].i > v && ms[q].j <= of && usable(ms[q]) && ms[q].kind != "pronoun" {
				return q
			}
		}
		return -1
	}
	return -1
}

// absorbCoordinatedComplements hands a gerund joined by "and" or "or" to
// the event whose "of/for/from/in <verb>-ing" complement it continues:
// "accused Uganda of arming rebels and shelling border villages" charges
// both acts, so the shelling is part of the accusation's content, as
// "of shelling" alone is, and not an attack reported as done by the
// accuser. The walk back stops at anything that closes the complement
// (a clause boundary, a report verb, a finite verb of a new predicate).
func absorbCoordinatedComplements(toks []tok, trigs []*trigger) {
	for _, u := range trigs {
		if u.frame != nil || u.nominal || u.i < 3 || !gerund(toks[u.i]) {
			continue
		}
		if l := toks[u.i-1].low; l != "and" && l != "or" {
			continue
		}
		for k := u.i - 2; k >= 1 && k >= u.i-10; k-- {
			l := toks[k].low
			if l == ";" || l == ":" || l == "\"" || l == "." || l == "which" || l == "who" || l == "but" || reportWords[l] || finiteVerb(toks[k]) {
				break
			}
			prep := toks[k-1].low
			if !gerund(toks[k]) || !(prep == "of" || prep == "for" || prep == "from" || prep == "in") {
				continue
			}
			// The frame is that of the first complement, or the
			// nearest event ending just before its preposition.
			var root *trigger
			for _, t := range trigs {
				if t.i == k && t.frame != nil {
					root = t.frame
				}
			}
			if root == nil {
				for _, t := range trigs {
					if t != u && t.j <= k-1 && k-1-t.j <= 8 && (root == nil || t.j > root.j) {
						root = t
					}
				}
				for root != nil && root.frame != nil {
					root = root.frame
				}
			}
			if root != nil && root != u {
				u.frame = root
				root.absorbed = append(root.absorbed, u)
			}
			break
		}
	}
}

// chargeVerbs are the forms of the verbs of charging whose object is the
// accused and whose "of", "for" or "with" complement the act charged.
var chargeVerbs = map[string]bool{
	"accuse": true, "accuses": true, "accused": true, "accusing": true,
	"blame": true, "blames": true, "blamed": true, "blaming": true,
	"charge": true, "charges": true, "charged": true, "charging": true,
}

// chargeComplementVerb returns the token of the verb of charging whose
// gerund complement holds token i ("accused foreign agents of organising
// the demonstrations", "blamed the rebels for staging the attack"), or
// -1. The gerund's subject is the accused, so an act the complement names
// is the accused's, not the accuser's. The complement runs from "of",
// "for" or "with" and a gerund right after the accused (within eight
// words of the verb) up to i, with no clause boundary in between.
func chargeComplementVerb(toks []tok, i int) int {
	g := -1
	for k := i - 1; k >= 1 && i-k <= 6; k-- {
		l := toks[k].low
		if l == "," || l == ";" || l == ":" || l == "and" || l == "but" || finiteVerb(toks[k]) {
			return -1
		}
		if gerund(toks[k]) && chargePrep[toks[k-1].low] {
			g = k - 1
			break
		}
	}
	if g < 0 {
		return -1
	}
	for v := g - 1; v >= 0 && g-v <= 8; v-- {
		l := toks[v].low
		if l == "," || l == ";" || l == ":" {
			return -1
		}
		if chargeVerbs[l] {
			if v+1 == g {
				return -1 // "accused of organising": the accused is the subject
			}
			return v
		}
	}
	return -1
}

// foreignObject says whether the object starting at token j is a noun
// phrase said to be foreign ("foreign intelligence services", "Western
// spies", "foreign-funded groups", "outside forces").
func foreignObject(toks []tok, j int) bool {
	for j < len(toks) && (toks[j].low == "the" || toks[j].low == "unnamed" || toks[j].low == "unspecified" || toks[j].low == "some" || toks[j].pos == "CD") {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	l := toks[j].low
	switch {
	case l == "foreign" || l == "western" || l == "overseas" || l == "outside":
	case strings.HasPrefix(l, "foreign-") || strings.HasPrefix(l, "western-"):
	default:
		return false
	}
	return toks[j+1].pos == "NN" || toks[j+1].pos == "NNS" || toks[j+1].pos == "JJ"
}
