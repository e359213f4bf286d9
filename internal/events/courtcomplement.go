package events

import "strings"

// legalActionVerbs are the forms of the verbs by which a court, prosecutor
// or police force acts on someone for what that one did: the gerund after
// their "for", "of" or "with" names the act of the one acted on ("sentenced
// the reporter to five years in prison for violating immigration laws"),
// never an act of the court.
var legalActionVerbs = map[string]bool{
	"sentence": true, "sentences": true, "sentenced": true, "sentencing": true,
	"convict": true, "convicts": true, "convicted": true, "convicting": true,
	"jail": true, "jails": true, "jailed": true, "jailing": true,
	"imprison": true, "imprisons": true, "imprisoned": true, "imprisoning": true,
	"indict": true, "indicts": true, "indicted": true, "indicting": true,
	"prosecute": true, "prosecutes": true, "prosecuted": true, "prosecuting": true,
	"arrest": true, "arrests": true, "arrested": true, "arresting": true,
	"detain": true, "detains": true, "detained": true, "detaining": true,
	"fine": true, "fines": true, "fined": true, "fining": true,
	"punish": true, "punishes": true, "punished": true, "punishing": true,
	"charge": true, "charges": true, "charged": true, "charging": true,
	"accuse": true, "accuses": true, "accused": true, "accusing": true,
	"blame": true, "blames": true, "blamed": true, "blaming": true,
}

// legalComplementVerb returns the token of the verb of legal action (or of
// charging) whose complement holds the gerund at i, when that gerund is the
// act the one acted on is charged with or punished for, or -1:
//
//   - "sentenced Ko Min Thant to seven years in prison for violating the
//     immigration law": the gerund right after "for", however long the
//     sentence between verb and reason (chargeComplementVerb reaches eight
//     words and only verbs of charging);
//   - "charged her with corruption and breaching the secrets act",
//     "jailed him for inciting unrest and violating the curfew": a gerund
//     joined by "and" or "or" to the first charge, noun or gerund.
//
// The object must stand between verb and complement ("was sentenced for
// violating": the subject is the one punished, and the act its own).
// Punctuation, a finite verb of another predicate or a report verb between
// them ends the search.
func legalComplementVerb(toks []tok, i int) int {
	if i < 3 || i >= len(toks) || !gerund(toks[i]) {
		return -1
	}
	g := -1
	switch l := toks[i-1].low; {
	case chargePrep[l]:
		g = i - 1
	case l == "and" || l == "or":
		for k := i - 2; k >= 1 && i-k <= 8; k-- {
			w := toks[k].low
			if isPunct(w) || w == "but" || reportWords[w] || finiteVerb(toks[k]) {
				return -1
			}
			if chargePrep[w] && k+1 < i-1 {
				g = k
				break
			}
		}
	}
	if g < 0 {
		return -1
	}
	for v := g - 1; v >= 0 && g-v <= 16; v-- {
		w := toks[v].low
		if legalActionVerbs[w] {
			if v+1 == g {
				return -1
			}
			return v
		}
		if isPunct(w) || reportWords[w] || relativePronoun[w] || w == "that" || finiteVerb(toks[v]) {
			return -1
		}
	}
	return -1
}

// absorbLegalComplements hands a gerund that legalComplementVerb places in
// the complement of a verb of legal action to that verb's event, as an
// accusation's "of" complement is handed to the accusation: "sentenced a
// reporter to ten years in prison for inciting unrest and violating
// immigration laws" is one sentencing, the violation the reporter's alleged
// act and no refusal by the court. A verb that is no trigger of its own
// leaves the gerund as it was.
func absorbLegalComplements(toks []tok, trigs []*trigger) {
	for _, u := range trigs {
		if u.frame != nil || u.nominal {
			continue
		}
		v := legalComplementVerb(toks, u.i)
		if v < 0 {
			continue
		}
		for _, t := range trigs {
			if t == u || t.nominal || v < t.i || v >= t.j {
				continue
			}
			root := t
			for root.frame != nil {
				root = root.frame
			}
			if root != u {
				u.frame = root
				root.absorbed = append(root.absorbed, u)
			}
			break
		}
	}
}

// phrasalPassive says whether the verb phrase of trigger t, a pattern of
// several words with its object slot empty ("remove * from office" matched
// as "removed from office"), is a passive told by the "by" of its agent
// right after the phrase: "Yoon was impeached by parliament in December
// and removed from office by the Constitutional Court in April". isPassive
// sees only the first word, whose next token is the phrase's own
// preposition, so a participle sharing the auxiliary of an earlier
// conjunct went for an active verb with the removed as its subject. A
// means after "by" ("by a vote", "by phone") or a gerund ("by declaring")
// names no agent, and a filled slot ("removed the minister from office by
// decree") is an active verb's object.
func phrasalPassive(toks []tok, t *trigger) bool {
	p := t.p
	if t.nominal || len(p.Words) < 3 || p.Words[1] != "*" || t.i+1 >= len(toks) || t.j+1 >= len(toks) {
		return false
	}
	w := toks[t.i].low
	if !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || irregularParticiple[w]) {
		return false
	}
	if !wordEq(toks[t.i+1].low, p.Words[2], len(p.Words) == 3) || toks[t.j].low != "by" {
		return false
	}
	n := toks[t.j+1].low
	if determiners[n] {
		if t.j+2 >= len(toks) {
			return false
		}
		n = toks[t.j+2].low
	}
	return !byMeans[n] && !byManner[n] && !strings.HasSuffix(n, "ing")
}

// byManner are nouns after "by" that tell how, not who: "removed from
// office by a vote", "by decree", "by a majority".
var byManner = map[string]bool{"vote": true, "votes": true, "decree": true, "majority": true, "force": true, "referendum": true,
	"order": true, "law": true, "consensus": true, "acclamation": true, "ballot": true, "mistake": true, "default": true}

// repeatedAuxiliary says whether token q is an "and" or "but" followed by
// a form of "be" or "have" that opens a predicate of its own: "was
// arrested in December and was charged by prosecutors in April". A "by"
// after it names the second predicate's agent, not the first's.
func repeatedAuxiliary(toks []tok, q int) bool {
	if q+1 >= len(toks) || toks[q].low != "and" && toks[q].low != "but" {
		return false
	}
	n := toks[q+1].low
	return n == "was" || n == "were" || n == "is" || n == "are" || n == "had" || n == "has" || n == "have"
}

// pendingAppeal says whether the noun "appeal" at token i is the case a
// defendant has yet to argue, after "pending" or "pending the", as in
// "denied him bail pending appeal" or "remained free pending appeal": the
// sentence's subject (a court, a prosecutor, the convicted) asks no one for
// anything, and a denial of bail made no appeal refused either.
func pendingAppeal(toks []tok, i int, p *Pattern) bool {
	if p.Type != "REQUEST" || p.Words[0] != "appeal" || i < 1 {
		return false
	}
	k := i - 1
	if determiners[toks[k].low] || toks[k].low == "his" || toks[k].low == "her" || toks[k].low == "their" {
		k--
	}
	return k >= 0 && toks[k].low == "pending"
}
