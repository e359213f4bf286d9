package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// juryAt says whether toks[i] is a jury acting as a body: "jury" or
// "juries" as the head of its phrase ("A jury found him guilty", "the
// jury's verdict"), not a word for a kind of trial or service before
// another noun ("a jury trial", "jury selection", "jury duty"), nor a part
// of "grand jury", which the knowledge base names itself.
func juryAt(toks []tok, i int) bool {
	if toks[i].low != "jury" && toks[i].low != "juries" {
		return false
	}
	if i > 0 && toks[i-1].low == "grand" {
		return false
	}
	if i+1 < len(toks) && headNoun(toks[i+1]) {
		return false
	}
	return true
}

// durationNouns are the units of a time an act took.
var durationNouns = map[string]bool{"minute": true, "minutes": true, "hour": true, "hours": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true}

// tookTime says whether the noun toks[g] before an infinitive is a length
// of time governed by "take" at toks[q] ("took just 15 minutes to find
// him guilty", "took police three hours to clear"): the infinitive is the
// act that took that long, asserted as the verb of "take" is.
func tookTime(toks []tok, q, g int) bool {
	if q < 0 || !durationNouns[toks[g].low] {
		return false
	}
	// "took just 15 minutes", "took less than two hours": a word that
	// measures the time stands between it and "take".
	for q > 0 && (toks[q].pos == "RB" || toks[q].pos == "RBR" || toks[q].pos == "JJR" || timeMeasureWords[toks[q].low]) {
		q--
	}
	// "it took police three hours", "took the jury two days": the one
	// the act took time of stands between "take" and the time.
	for n := 0; n < 3 && q > 0 && (strings.HasPrefix(toks[q].pos, "NN") || toks[q].pos == "PRP" || determiners[toks[q].low]); n++ {
		q--
	}
	switch toks[q].low {
	case "took", "takes", "take", "taken", "taking":
		return true
	}
	return false
}

var timeMeasureWords = map[string]bool{"just": true, "only": true, "barely": true, "nearly": true, "almost": true,
	"about": true, "around": true, "than": true, "less": true, "more": true, "under": true, "over": true, "some": true}

// personPronounCountry says whether m is a country standing alone (not
// the owner of a person after it, "Sudan's ambassador", nor one of its
// sectors) that the object pronoun toks[q] cannot be: "him" or "her" is
// a person ("asked Britain to extradite the businessman, accusing him of
// fraud": not Britain).
func personPronounCountry(toks []tok, q int, m mention) bool {
	if toks[q].low != "him" && toks[q].low != "her" || m.kind != kb.TypeCountry || m.sector != "" {
		return false
	}
	return m.j >= len(toks) || toks[m.j].low != "'s" && toks[m.j].low != "'"
}
