package events

// objectRunsToPlace says whether the words from token k to limit, after an
// "and" or "of" inside a verb's object, are more of that noun phrase and
// reach a place preposition ("commanders and political officers of the
// Korean People's Army at the office building ... in Pyongyang"): no verb,
// punctuation or clause opener comes before "in", "at" or "inside". A verb
// after "and" ("met the president and flew to Paris") starts another act,
// whose place is not this one's.
func objectRunsToPlace(toks []tok, k, limit int) bool {
	for q := k; q < limit && q < len(toks); q++ {
		l := toks[q].low
		if isPunct(toks[q].text) && l != "'s" && l != "'" && l != "-" {
			return false
		}
		if rightStop[l] || reportWords[l] || verbLike(toks[q]) || finiteVerb(toks[q]) {
			return false
		}
		switch l {
		case "to", "that", "which", "who", "whom", "whose", "or", "but", "after", "before", "while", "because", "as", "if", "unless", "for", "with", "on", "from", "by":
			return false
		case "in", "at", "inside":
			return true
		}
	}
	return false
}
