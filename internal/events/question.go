package events

// deliberationHeads are the words that put an act up for decision: what
// follows them after "whether" is weighed, not yet done ("is weighing
// whether to send troops", "will decide whether to recognise", "a vote on
// whether to impose sanctions"). Such an act is coded as a supposition,
// as "is considering sanctions" is.
var deliberationHeads = map[string]bool{}

// askingVerbs are the forms of verbs that put a question: what follows
// them after "whether" or "if" is asked about, not told. The noun
// "questions" counts too: "questions whether Beijing would retaliate" puts
// one.
var askingVerbs = map[string]bool{}

func init() {
	for _, v := range []string{"ask", "wonder", "inquire", "enquire", "question"} {
		for _, f := range verbForms(v) {
			askingVerbs[f] = true
		}
	}
	for _, v := range []string{"consider", "weigh", "mull", "debate", "decide", "discuss", "deliberate",
		"contemplate", "study", "assess", "review", "examine", "explore", "determine", "choose", "vote"} {
		for _, f := range verbForms(v) {
			deliberationHeads[f] = true
		}
	}
	for _, n := range []string{"decision", "decisions", "debate", "debates", "vote", "votes", "discussion",
		"discussions", "talks", "deliberations", "review", "choice", "referendum"} {
		deliberationHeads[n] = true
	}
}

// whetherClause returns the index of the "whether" that opens the clause
// of trigger t, or -1. The clause ends leftwards at punctuation or at a
// conjunction that opens a clause of its own ("will decide whether to go
// ahead after Russia attacked the depot": the attack is told).
func whetherClause(toks []tok, t *trigger) int {
	for k := t.i - 1; k >= 0 && k >= t.i-12; k-- {
		switch toks[k].low {
		case ",", ";", ":", ".", "\"", "\u201c", "\u201d", "(", ")", "--", "\u2014",
			"after", "because", "since", "when", "while", "although", "though", "but", "which", "who":
			return -1
		case "whether":
			return k
		}
	}
	return -1
}

// deliberated says whether the "whether" at q follows a word that puts
// the act up for decision within a few words, with no punctuation or
// verb of saying or asking between ("a vote on whether", "has not yet
// decided whether", "will decide next week whether").
func deliberated(toks []tok, q int) bool {
	for k := q - 1; k >= 0 && k >= q-4; k-- {
		l := toks[k].low
		if deliberationHeads[l] {
			return true
		}
		if isPunct(toks[k].text) || reportWords[l] || askingVerbs[l] {
			return false
		}
	}
	return false
}

// undecidedAct says whether trigger t stands in a "whether" clause that
// is no deliberation: "did not say whether Ankara would meet the envoys",
// "it is unclear whether Japan will attend", "whether or not Japan
// attends". Such an act is asserted by no one and is not coded; one put
// up for decision is a supposition (see deliberatedAct).
func undecidedAct(toks []tok, t *trigger) bool {
	q := whetherClause(toks, t)
	return q >= 0 && !deliberated(toks, q)
}

// deliberatedAct says whether trigger t stands in a "whether" clause put
// up for decision ("is weighing whether to send troops"): coded, as a
// supposition.
func deliberatedAct(toks []tok, t *trigger) bool {
	q := whetherClause(toks, t)
	return q >= 0 && deliberated(toks, q)
}

// questionedAct says whether trigger t stands in an indirect question
// opened by "whether" or "if" after a verb of asking ("asked by
// journalists whether Beijing would retaliate", "wondered if Moscow would
// strike"): an act the question names is asserted by no one, whatever
// the answer, so it is not coded. The question ends at a comma or a
// clause break, and the asking verb may be followed only by whom it asks
// ("asked the minister if", "asked by reporters whether").
func questionedAct(toks []tok, t *trigger) bool {
	for k := t.i - 1; k >= 0 && k >= t.i-12; k-- {
		switch toks[k].low {
		case ",", ";", ":", ".", "\"", "\u201c", "\u201d", "(", ")", "--", "\u2014":
			return false
		case "whether", "if":
			return questionAsked(toks, k)
		}
	}
	return false
}

// questionAsked says whether a verb of asking governs the "whether" or "if"
// at q: it stands right before it or before a short phrase naming the one
// asked, with no punctuation between.
func questionAsked(toks []tok, q int) bool {
	for k := q - 1; k >= 0 && k >= q-6; k-- {
		l := toks[k].low
		if askingVerbs[l] {
			return true
		}
		if l == "," || l == ";" || l == ":" || l == "\"" || l == "(" || l == ")" || l == "." {
			return false
		}
	}
	return false
}
