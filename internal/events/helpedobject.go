package events

import "strings"

// helpedActVerb gives the bare infinitive after the one helped when the
// help at trigger h is told as "help X do Y" ("help Europe replace
// Russian oil", "helped farmers to rebuild Ukrainian villages"): the one
// helped is X, the object of "help", and an actor named in the helped
// act's own object (Russian oil) is none of the help's. -1 when no noun
// phrase stands between "help" and a verb ("help rebuild Syrian schools"
// helps whoever owns the schools).
func helpedActVerb(toks []tok, h *trigger) int {
	if h == nil || h.nominal || h.j-h.i != 1 || h.j >= len(toks) {
		return -1
	}
	if w := toks[h.i].low; !strings.HasPrefix(w, "help") && !strings.HasPrefix(w, "assist") {
		return -1
	}
	// The one helped: a name ("Europe", "Germany and Poland"), an object
	// pronoun, or a plural noun with its modifiers ("European buyers").
	// The tagger often misreads the bare verb after it, so words decide.
	k := h.j
	for k < len(toks) && determiners[toks[k].low] && toks[k].low != "that" {
		k++
	}
	start := k
	switch {
	case k < len(toks) && objPronouns[toks[k].low] && toks[k].low != "it":
		k++
	default:
		for k < len(toks) && k-start < 5 && (isCap(toks[k].text) && !isPunct(toks[k].low) || k > start && toks[k].low == "and" && k+1 < len(toks) && isCap(toks[k+1].text)) {
			k++
		}
		if k < len(toks) && k-start < 5 && isLowerWord(toks[k].low) && strings.HasSuffix(toks[k].low, "s") && !strings.HasSuffix(toks[k].low, "ss") {
			k++
		}
	}
	if k == start || k >= len(toks) {
		return -1
	}
	if toks[k].low == "to" {
		k++
	}
	if k >= len(toks) {
		return -1
	}
	w := toks[k].low
	if !isLowerWord(w) || helpNotVerb[w] || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return -1
	}
	if toks[k].pos != "VB" && (strings.HasPrefix(toks[k].pos, "VB") || toks[k].pos == "MD") {
		return -1
	}
	return k
}

// helpTrigger is the "help" of trigger t: t itself, or the help it
// absorbed as its frame's or intent's act ("offered to help", "pledged
// to help").
func helpTrigger(t, emb *trigger) *trigger {
	if !t.nominal && (t.p.Words[0] == "help" || t.p.Words[0] == "assist") {
		return t
	}
	if emb == nil && len(t.absorbed) > 0 {
		emb = t.absorbed[0]
	}
	if emb != nil && (emb.p.Words[0] == "help" || emb.p.Words[0] == "assist") {
		return emb
	}
	return nil
}

// isLowerWord says whether w is a word of lower-case letters only.
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// helpNotVerb are the words after the one helped that open no bare
// infinitive: prepositions, conjunctions and the like ("help Europe
// with its gas", "help Ukraine and its army").
var helpNotVerb = map[string]bool{
	"with": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "of": true,
	"and": true, "or": true, "but": true, "after": true, "before": true, "during": true, "through": true,
	"against": true, "as": true, "if": true, "when": true, "while": true, "amid": true, "over": true,
	"into": true, "toward": true, "towards": true, "until": true, "since": true, "than": true, "the": true,
	"a": true, "an": true, "this": true, "that": true, "its": true, "their": true, "who": true, "which": true,
	"where": true, "via": true, "under": true, "without": true, "about": true, "across": true, "also": true,
}
