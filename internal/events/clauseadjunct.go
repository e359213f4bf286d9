package events

import "strings"

// clauseAdjunct says whether the tokens between the commas at open and
// close are a verbless phrase describing the noun before open whose
// "until" or "since" opens a clause of its own: "The Malian junta, in
// power until elections are held, banned ...", "The army, in charge since
// the coup ended, ...". The predicate before the time word ("in power",
// "at war with the RSF") has no verb, so the phrase describes the subject
// as datedAdjunct's do, and the verb after the closing comma is the main
// one; the clause after "until" tells when the description holds, not when
// the main verb's act happened. A phrase that opens with the time word
// ("The junta, until elections are held, ...") is an adverbial clause and
// not taken here.
func clauseAdjunct(toks []tok, open, close int) bool {
	if open < 1 || close-open < 5 || close-open > 16 {
		return false
	}
	before := toks[open-1]
	if !isCap(before.text) && !strings.HasPrefix(before.pos, "NN") {
		return false
	}
	// The predicate: a preposition and what it governs, no verb.
	if toks[open+1].pos != "IN" || datedAdjuncts[toks[open+1].low] {
		return false
	}
	at := -1
	for q := open + 1; q < close; q++ {
		t := toks[q]
		switch t.low {
		case "and", "or", "but", "who", "whom", "whose", "which", "that", "when", "where", "while", "because", "as", "if":
			return false
		}
		if t.low == "until" || t.low == "since" {
			at = q
			break
		}
		if finiteVerb(t) || strings.HasPrefix(t.pos, "VB") || t.pos == "" && verbLike(t) {
			return false
		}
	}
	if at < open+3 || at+2 >= close {
		return false
	}
	// The clause: a subject, then one finite verb ("elections are held",
	// "the coup ended", "a new constitution is adopted").
	s := toks[at+1]
	if !(determiners[s.low] || isCap(s.text) || strings.HasPrefix(s.pos, "NN") || s.pos == "PRP" || s.pos == "JJ" || s.pos == "CD") {
		return false
	}
	for q := at + 2; q < close; q++ {
		if finiteVerb(toks[q]) {
			return true
		}
	}
	return false
}
