package events

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
