package events

// participleAfterVerb says whether the "-ed" form at i stands between a
// finite verb that is no auxiliary and the name of a place, so describes
// the place as the verb's object: "Ukrainian troops reached besieged
// Bakhmut", "the convoy entered occupied Kherson". A verb straight after a
// main verb is no second predicate of its subject; after "has", "was" or
// "got" it is the verb itself ("Russian forces have besieged Mariupol").
func participleAfterVerb(toks []tok, ms []mention, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	left := toks[i-1]
	// The tagger reads many a past tense as a participle ("Aid convoys
	// reached/VBN"): one after no auxiliary is the clause's verb.
	// A present tense is left out: the tagger takes plural nouns for
	// one ("Israeli jets/VBZ struck Gaza").
	finite := left.pos == "VBD" || left.pos == "VBN" && i >= 2 && !auxiliaryVerbs[toks[i-2].low] && !beForms[toks[i-2].low]
	// "Moscow said captured Bakhmut" (a headline's report) keeps the act.
	if !finite || auxiliaryVerbs[left.low] || reportWords[left.low] {
		return false
	}
	// A town the resolver does not know ("reached besieged Bakhmut")
	// counts: a name no mention covers.
	return participleOfPlace(toks, ms, i, true)
}

// auxiliaryVerbs are the finite forms that make a participle after them
// the verb of the clause.
var auxiliaryVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "got": true, "gets": true, "get": true, "became": true, "becomes": true, "remained": true,
	"remains": true, "seemed": true, "appeared": true, "'s": true, "'re": true, "'ve": true, "'d": true}
