package events

import "strings"

// callVerbs take a call made by telephone as their object ("made calls
// to Gulf leaders", "received a call from Macron to discuss Ukraine"):
// the call is a conversation, and an infinitive after it its purpose, not
// an act its caller asks of anyone.
var callVerbs = map[string]bool{
	"make": true, "makes": true, "made": true, "making": true,
	"receive": true, "receives": true, "received": true, "receiving": true,
	"take": true, "takes": true, "took": true, "taking": true,
	"answer": true, "answers": true, "answered": true, "answering": true,
	"return": true, "returns": true, "returned": true, "returning": true,
	"place": true, "places": true, "placed": true, "placing": true,
	"hold": true, "holds": true, "held": true, "holding": true,
	"get": true, "gets": true, "got": true, "getting": true,
	"have": true, "has": true, "had": true, "having": true,
}

// toClauseAfter says whether the noun phrase of a trigger spanning
// tokens [i, j) is followed by a to-infinitive clause it takes as its
// complement: past its "from" and "for" phrases (the one who asks, the
// one asked: "calls from lawmakers in his own party to step down",
// "calls for the minister to resign") comes "to" and a bare verb. Any
// other preposition ("calls to Gulf leaders"), a finite verb or a clause
// boundary ends the phrase with no such clause, as does a verb taking a
// telephone call as its object (callVerbs).
func toClauseAfter(toks []tok, i, j int) bool {
	// "made calls", "received a call": skip the noun's own modifiers
	// back to the word before them.
	k := i - 1
	for k >= 0 && (determiners[toks[k].low] || toks[k].pos == "JJ" || toks[k].pos == "CD" || toks[k].pos == "RB" || toks[k].pos == "VBG" && strings.HasSuffix(toks[k].low, "ing")) {
		k--
	}
	if k >= 0 && callVerbs[toks[k].low] {
		return false
	}
	inPhrase := false // inside a "from" or "for" phrase
	for k := j; k < len(toks) && k < j+12; k++ {
		t := toks[k]
		switch {
		case t.low == "to":
			if k+1 >= len(toks) {
				return false
			}
			v := k + 1
			if toks[v].low == "immediately" || toks[v].low == "swiftly" || toks[v].low == "quickly" || toks[v].low == "also" {
				v++
			}
			if v >= len(toks) {
				return false
			}
			// The tagger may call the verb after "to" a noun ("calls
			// from opposition lawmakers to/IN resign/NN"): past a "from"
			// or "for" phrase, a bare lower-case singular word ending
			// the clause is that verb; "calls to parliament" has no
			// such phrase before it.
			if toks[v].pos == "NN" && inPhrase && !isCap(toks[v].text) && (v+1 == len(toks) || isPunct(toks[v+1].text)) {
				return true
			}
			return toks[v].pos == "VB"
		case t.low == "from" || t.low == "for":
			inPhrase = true
		case !inPhrase:
			// Only the "from" and "for" phrases may come between the
			// noun and its clause.
			return false
		case t.low == "in" || t.low == "of" || t.low == "within" || t.low == "across" || t.low == "and" || t.low == "'s":
		case determiners[t.low], t.pos == "PRP", t.pos == "PRP$", t.pos == "CD", t.pos == "JJ",
			strings.HasPrefix(t.pos, "NN"):
		default:
			return false
		}
	}
	return false
}
