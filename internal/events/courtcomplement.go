package events

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
