package events

// reportedSubject says whether the target group g of the trigger ending at
// token from opens a clause reported after the verb ("insisted Russia
// would not win the war", "promised on Monday that Egypt would get the
// loan", "agreed Morocco would run the patrols"): the actor is the subject
// of that clause's own verb, what the report is about, and no one the
// report is made to or acts on. Only what the wire puts between a
// reporting verb and its clause may come before it: "that", a comma and a
// time ("on Monday", "earlier"). The clause's verb must be indicative: a
// modal of fact or of the future, a form of "be", "have" or "do", or a
// simple past or present ("said Russia violated"). "should", "must" and
// a bare verb ("demanded Russia withdraw its troops", "insisted Iran must
// stop") are mandative: the one told what to do is the demand's target,
// and those keep it. After a verb of demanding (mandative) only an
// auxiliary counts: the tagger reads the bare verb of its clause as a past
// or a present ("demanded that President Mugabe abandon/VBD his policy",
// "that the DPRK forsake/VBZ its programme"). The reporting verb itself is
// a finite verb or a participle after an auxiliary, never a gerund
// ("removing the sanctions on Burma is out of the question": the object of
// an act named as a subject is no clause subject).
func reportedSubject(toks []tok, t *trigger, mandative bool, g group) bool {
	from := t.j
	if len(g) == 0 || g[0].i < from || g[0].i >= len(toks) || t.head < 0 || t.head >= len(toks) {
		return false
	}
	if h := toks[t.head]; !verbLike(h) || h.pos == "VBG" {
		return false
	}
	for q := from; q < g[0].i; q++ {
		l := toks[q].low
		switch {
		case l == "that" || l == ",":
		case l == "on" && q+1 < len(toks) && (weekdays[toks[q+1].low] || timeWords[toks[q+1].low]):
		case timeWords[l] || weekdays[l]:
		case l == "the" && q == g[0].i-1:
		default:
			return false
		}
	}
	end := g[len(g)-1].j
	if end >= len(toks) {
		return false
	}
	next := toks[end]
	if indicativeAux[next.low] {
		return true
	}
	return !mandative && (next.pos == "VBD" || next.pos == "VBZ")
}

// indicativeAux are the auxiliaries and modals that open a reported
// clause of fact or forecast, not of obligation (see reportedSubject).
var indicativeAux = wordSet("would will could might may can had has have was were is are did does")

// clauseSubjectTarget says whether an event of type typ loses a target
// that is the subject of the clause it reports (reportedSubject). A
// warning or threat is made against whoever the clause says will suffer
// ("warned that Israel would pay a heavy price", "vowed Pakistan would
// pay"), and a complaint or accusation against whoever the clause says
// did wrong: those keep it.
func clauseSubjectTarget(typ string) bool {
	switch typ {
	case "THREATEN", "ACCUSE", "PROTEST", "COERCE", "ASSAULT", "SANCTION":
		return false
	}
	return true
}
