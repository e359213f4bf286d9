package events

import "strings"

// participleRelative finds a reduced relative clause opened by a present
// participle between a subject and the finite verb at token i: "An Israeli
// air strike on a school sheltering displaced families killed 12 people",
// "A missile strike on a hotel housing foreign journalists killed two".
// The participle and its object tell which school or hotel; the verb after
// them is the main clause's, and the people inside the phrase (the families
// sheltered, the journalists housed) are not its subject. It returns the
// index of the participle and of the first token of the verb group at i,
// or -1, -1.
//
// The participle must follow a common noun (not a name: "Russia launching
// drones" is no noun phrase), take an object before the verb, and no
// punctuation, relative pronoun, conjunction, report word or other finite
// verb may stand between it and the verb ("the school, sheltering ...,"
// is set off and read elsewhere; "families sheltering there said they
// attacked" holds a clause of its own).
func participleRelative(toks []tok, i int) (int, int) {
	if i <= 0 || i >= len(toks) {
		return -1, -1
	}
	k := i // first token of the verb group at i
	for k > 0 && (adverbs[toks[k-1].low] || auxiliaries[toks[k-1].low] || coordAux[toks[k-1].low]) {
		k--
	}
	// The tagger may read the main verb after a noun as a participle
	// ("families/NNS killed/VBN at least 12"): any verb form but the
	// -ing one will do.
	if k < 3 || !(finiteVerb(toks[k]) || toks[k].pos == "VBN") {
		return -1, -1
	}
	for q := k - 2; q >= 1 && q >= k-10; q-- {
		l := toks[q+1].low
		// A finite verb between ends the search, but for an -ed
		// adjective opening the object ("sheltering displaced/VBD
		// families").
		verb := finiteVerb(toks[q+1]) && !(q+2 < k && strings.HasSuffix(l, "ed") && strings.HasPrefix(toks[q+2].pos, "NN"))
		if isPunct(l) && l != "-" && l != "'s" || relativePronoun[l] || subordinators[l] || reportWords[l] ||
			l == "and" || l == "or" || l == "but" || verb {
			return -1, -1
		}
		w := toks[q]
		// The tagger often reads a participle after a noun as a
		// compound's noun ("a hotel/NN housing/NN foreign journalists"):
		// an -ing word tagged a noun counts when an object follows it.
		ing := len(w.low) > 5 && strings.HasSuffix(w.low, "ing")
		if !(w.pos == "VBG" || ing && (w.pos == "" || w.pos == "NN" && objectOpener(toks[q+1]))) || isCap(w.text) {
			continue
		}
		if p := toks[q-1].pos; p != "NN" && p != "NNS" || isCap(toks[q-1].text) {
			return -1, -1
		}
		// "The plane carrying the Japanese foreign minister arrived in
		// Jakarta": the ones a vehicle carries travel with it, so they
		// are the subject of its arrival or departure.
		if carriers[w.low] && travelVerbs[toks[i].low] {
			return -1, -1
		}
		return q, k
	}
	return -1, -1
}

// objectOpener says whether a token can open a verb's object noun phrase:
// a determiner, a possessive, a number, an adjective or a noun, as the
// tagger may tag an adjective there ("housing foreign/NN journalists",
// "sheltering displaced/VBD families"). A compound's -ing noun before a
// noun ("a water pumping station") may pass too: what it skips, the
// words up to the verb, is then its own compound, no actor.
func objectOpener(t tok) bool {
	switch t.pos {
	case "DT", "PRP$", "CD", "JJ", "NN", "NNS", "VBN", "VBD":
		return true
	}
	return determiners[t.low]
}

// carriers are participles of a vehicle carrying people; travelVerbs the
// verbs of its journey (see participleRelative).
var (
	carriers    = wordSet("carrying transporting ferrying bringing flying")
	travelVerbs = wordSet("arrived arrives arrive landed lands land reached reaches departed departs left leaves touched")
)
