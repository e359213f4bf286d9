package events

// gerundSubject says whether trigger t is a gerund phrase that is the
// subject of its clause: "'Cutting off the internet and jailing reporters
// will not silence us,'", "Arresting journalists is a crime". Such a
// phrase names a kind of act, which the clause's own verb says something
// about; no one is said to have done it. The gerund (t's head or the first
// of gerunds joined to it) opens its clause (the sentence, or a quotation
// or a part after ";" or ":"), no finite verb comes between it and t, and
// a finite verb follows t before any comma: the predicate whose subject
// the phrase is. A participle clause set off by a comma ("Speaking in
// Paris, Macron said") is no subject and is left alone.
func gerundSubject(toks []tok, t *trigger) bool {
	if t.nominal || t.passive || t.i >= len(toks) || !gerund(toks[t.i]) {
		return false
	}
	start := 0
	for k := t.i - 1; k >= 0; k-- {
		l := toks[k].low
		if clauseOpener(l) {
			start = k + 1
			break
		}
		if l == "," || finiteVerb(toks[k]) {
			return false
		}
	}
	if start >= len(toks) || !gerund(toks[start]) {
		return false
	}
	for k := t.j; k < len(toks); k++ {
		l := toks[k].low
		if l == "," || clauseOpener(l) {
			return false
		}
		if finiteVerb(toks[k]) {
			return true
		}
	}
	return false
}

// clauseOpener says whether a token opens a new clause at its right: a
// quotation mark, a semicolon or a colon.
func clauseOpener(l string) bool {
	switch l {
	case "\"", "\u201c", "\u201d", "``", "''", ";", ":":
		return true
	}
	return false
}
