package events

import "strings"

// Negation words that negate no event, and modal phrases the cue table
// cannot hold because they depend on their neighbours. cues (coder.go)
// asks these for each negation cue and once per trigger.

// hesitateVerbs are the verbs whose negation asserts the act that follows
// ("did not hesitate to strike", "never hesitated to use force"): saying
// one did not hold back is saying one did it.
var hesitateVerbs = map[string]bool{"hesitate": true, "hesitated": true, "hesitates": true, "hesitating": true,
	"balk": true, "balked": true, "flinch": true, "flinched": true, "shy": true, "shied": true}

// thatIdiomNouns head "no ... that" and "not ... that" phrases that vouch
// for the clause after "that" ("there is no doubt that Russia attacked",
// "it is no secret that Iran supplies drones"): the negation is the
// noun's, and the clause is asserted.
var thatIdiomNouns = map[string]bool{"doubt": true, "question": true, "secret": true, "denying": true, "coincidence": true}

// negationNegatesNothing says whether the negation word at k does not
// negate the event at i after it: "not only (just, merely) ... but",
// "did not hesitate to ...", "no doubt that ...", "no sooner had ...
// than", "not long after", "not far from".
func negationNegatesNothing(toks []tok, k, i int) bool {
	if k+1 >= len(toks) {
		return false
	}
	next := toks[k+1].low
	switch toks[k].low {
	case "not", "n't", "never":
		switch next {
		case "only", "just", "merely", "simply":
			// "not only attacked Kharkiv but also shelled Odesa": both
			// acts are asserted. "did not only ..." is rare; "not just"
			// before a clause's verb reads the same way.
			return true
		case "long", "far":
			// "not long after the truce began, jets struck Gaza", "not
			// far from the border": a time or place, not a denial.
			return k+2 < len(toks) && (toks[k+2].low == "after" || toks[k+2].low == "before" || toks[k+2].low == "from" || toks[k+2].low == "ago")
		}
		// "did not hesitate to launch drones": within the two words after
		// the negation, before the trigger.
		for q := k + 1; q < i && q <= k+2; q++ {
			if hesitateVerbs[toks[q].low] {
				return true
			}
		}
	case "yet":
		// "has yet to withdraw", "is yet to respond" deny the act so far;
		// "Yet to the surprise of many, Egypt condemned the raid" is a
		// conjunction before a phrase of "to".
		return k == 0 || !yetToHeads[toks[k-1].low]
	case "no":
		if next == "sooner" {
			return true // "no sooner had the truce begun than jets struck"
		}
		// "there is no doubt that Russia attacked the dam": the noun's
		// that-clause lies between the cue and the trigger.
		if thatIdiomNouns[next] {
			for q := k + 2; q < i && q <= k+3; q++ {
				if toks[q].low == "that" {
					return true
				}
			}
		}
	}
	return false
}

// wasToBefore finds "was to" or "were to" (with "have" for a plan that
// fell through) right before a verb trigger at i: "the president was to
// have met his Polish counterpart on Friday", "the envoys were to sign
// the deal in Doha". The act was arranged, not done; a cue table entry
// cannot tell this "to" from "was to blame" or "went to".
func wasToBefore(toks []tok, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].low == "have" {
		k--
	}
	if k < 1 || toks[k].low != "to" {
		return false
	}
	switch toks[k-1].low {
	case "was", "were":
		return true
	}
	return false
}

// yetToHeads come before "yet to" when it denies an act so far: "has yet
// to", "is yet to", "remains yet to".
var yetToHeads = map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
	"'s": true, "'ve": true, "remain": true, "remains": true, "remained": true, "still": true}

// adjunctHeads open an adverbial phrase whose gerund is its own verb:
// "after weighing its options", "while considering sanctions", "before
// planning the raid".
var adjunctHeads = map[string]bool{"after": true, "before": true, "while": true, "when": true, "since": true,
	"without": true, "by": true, "despite": true, "upon": true, "on": true}

// modalCueInAdjunct says whether the modality cue at k is the gerund of
// an adverbial phrase ("Israel, after weighing its options, struck
// Iranian air defences"): the phrase's verb, not the trigger's modality.
// Only a gerund qualifies; "after it plans" has its own clause stop.
func modalCueInAdjunct(toks []tok, k int) bool {
	if k < 1 || !adjunctHeads[toks[k-1].low] {
		return false
	}
	// "after upcoming elections" is an adjective: the elections are
	// still planned.
	l := toks[k].low
	return len(l) > 4 && l[len(l)-3:] == "ing" && l != "upcoming" && l != "forthcoming"
}

// proposalFrameNouns name a text put forward and not yet accepted, whose terms
// a fronted "Under the proposal, ..." lays out.
var proposalFrameNouns = map[string]bool{"proposal": true, "proposals": true, "draft": true, "offer": true, "blueprint": true,
	"initiative": true, "plan": true, "framework": true}

// proposedTerm says whether the verb at i, after "would", is a term of a
// proposal fronted in its sentence ("Under the proposal, Israel would
// withdraw its troops from Gaza", "Under the U.S. plan, Hamas would free
// the hostages"): what a proposal says a party would do is supposed, no
// pledge of that party, nor an act. A "deal" or "agreement" is accepted,
// so its terms are promised ("Under the deal, Israel would release 50
// prisoners"), and "will" states what an adopted plan sets out.
func proposedTerm(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && adverbs[toks[k].low] {
		k--
	}
	if k < 0 || toks[k].low != "would" {
		return false
	}
	comma := -1
	for q := k - 1; q >= 0; q-- {
		if toks[q].low == "," {
			comma = q
			break
		}
	}
	if comma < 2 || comma > k-2 {
		return false
	}
	// "Under the [proposed|latest|U.S.] proposal," or "Under a draft
	// seen by Reuters,": "under" opens the sentence (or follows a wire
	// dateline's dash), a proposal noun within its phrase.
	u := 0
	for q := 0; q < comma; q++ {
		if l := toks[q].low; l == "-" || l == "--" || l == "—" || l == "–" {
			u = q + 1
		}
	}
	if toks[u].low != "under" {
		return false
	}
	for q := u + 1; q < comma && q <= u+6; q++ {
		if proposalFrameNouns[toks[q].low] || toks[q].low == "proposed" {
			return true
		}
	}
	return false
}

// offeredTypes are the cooperative acts that, held out on a condition
// met by the other side, are an offer rather than a threat.
var offeredTypes = map[string]bool{"CONSULT": true, "SUPPORT": true, "COOPERATE": true, "AID": true, "CONCEDE": true, "RETREAT": true}

// concessionVerbs, in an if-clause, name what the other side would give:
// "if sanctions were lifted", "if Washington freed a Russian agent", "if
// he gave them a veto", "if a Palestinian state were created".
var concessionVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`lift lifts lifted lifting free frees freed release releases released
		give gives gave given grant grants granted accept accepts accepted agree agrees agreed halt halts halted
		stop stops stopped end ends ended withdraw withdraws withdrew withdrawn recognise recognises recognised
		recognize recognizes recognized create creates created ease eases eased return returns returned allow
		allows allowed drop drops dropped guarantee guarantees guaranteed comply complies complied respect
		respects respected honour honours honoured honor honors honored succeed succeeds succeeded hold holds
		held sign signs signed pay pays paid cease ceases ceased`) {
		concessionVerbs[w] = true
	}
}

// conditionalOffer says whether a cooperative act of type typ, stated as
// intended, hangs on an "if" after it whose clause is a concession by
// the other side ("Saudi Arabia would normalise ties with Israel if a
// Palestinian state were created", "would resume talks if sanctions were
// lifted"): an offer, CAMEO's intent to cooperate (03x), not an ultimatum
// (139), which holds out a harm "unless" a demand is met or if the other
// side does harm ("plans to resume loudspeaker broadcasts if Pyongyang
// sends more balloons": a threat, whatever verb carries it).
func conditionalOffer(toks []tok, j int, typ string) bool {
	if !offeredTypes[typ] {
		return false
	}
	for k := j; k < len(toks) && k < j+15; k++ {
		switch toks[k].low {
		case "if":
			return concessionClause(toks, k+1)
		case "unless", ";", ".", "\"":
			return false
		}
	}
	return false
}

// concessionClause says whether the if-clause from k names a concession
// and denies none ("if it did not pay its debts" is a condition of harm).
func concessionClause(toks []tok, k int) bool {
	found := false
	for q := k; q < len(toks) && q < k+12; q++ {
		l := toks[q].low
		if l == "," || l == ";" || l == "." || l == "\"" {
			break
		}
		switch l {
		case "not", "n't", "never", "no", "fails", "failed", "refuses", "refused":
			return false
		}
		found = found || concessionVerbs[l]
	}
	return found
}

// gerundHeads take a gerund as their object, and the gerund's act is the
// sentence's, told with the head's polarity and modality: denied ("Russia
// denied attacking the port": negated), weighed ("is considering recalling
// its ambassador": hypothetical), admitted or begun ("began shelling the
// city": asserted). Verbs of stopping ("stopped shelling") are left out:
// their gerund's act is the one that ended.
var gerundHeads = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true,
	"considering": true, "considers": true, "weighing": true, "weighs": true, "mulling": true, "mulls": true,
	"contemplating": true, "contemplates": true, "admitted": true, "admits": true, "admit": true,
	"began": true, "begun": true, "begins": true, "started": true, "starts": true, "continued": true, "continues": true,
	"resumed": true, "resumes": true}

// gerundComplement says whether the "-ing" verb trigger t is the object of
// a gerund head right before it ("denied attacking", "considering
// recalling"), not a participle modifying a noun ("the resolution
// condemning Israel"), which is told in passing.
func gerundComplement(toks []tok, t *trigger) bool {
	if t.nominal || t.i < 1 || !strings.HasSuffix(toks[t.i].low, "ing") {
		return false
	}
	return gerundHeads[toks[t.i-1].low]
}
