package events

// ownWordsObject says whether the object after the trigger (from token j)
// is a free relative of naming whose subject is a pronoun ("condemned
// what it called an unjust claim", "rejected on Monday what they
// described as baseless allegations"): the subject names the thing in its
// own words, and the pronoun is the subject itself. Such an object names
// no party unless an actor is named inside it ("what it called a US
// attack"); with none, the act has no target the sentence gives, and the
// subject's own country, which the domestic convention would give, is
// the one side a government's or ministry's condemnation of an outside
// claim is not aimed at.
func ownWordsObject(toks []tok, j int) bool {
	w := j
	for w < len(toks) && w <= j+3 && toks[w].low != "what" {
		// "condemned on Monday what ...", "strongly rejected what ..."
		if !(adverbs[toks[w].low] || toks[w].low == "on" || isCap(toks[w].text) && toks[w-1].low == "on") {
			return false
		}
		w++
	}
	if w+2 >= len(toks) || toks[w].low != "what" {
		return false
	}
	k := w + 1
	switch toks[k].low {
	case "it", "he", "she", "they", "we":
	default:
		return false
	}
	k++
	if k < len(toks) && adverbs[toks[k].low] {
		k++ // "what it once called"
	}
	return k < len(toks) && namingVerbs[toks[k].low]
}
