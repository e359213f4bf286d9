package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Named storms. Weather services name tropical cyclones and, in Europe,
// winter storms after people ("Hurricane Milton", "Storm Boris", "Typhoon
// Yagi", "Cyclone Freddy", "Tropical Storm Alberto"), and the tagger reads
// the name as a person or the pair as an organisation, which then acts in
// the events ("Typhoon Yagi struck Vietnam" an assault). A storm is an
// event, MISC in the CoNLL guidelines (OntoNotes EVENT), never an actor.

// stormNouns are the words a storm's name follows.
var stormNouns = wordSet(`storm hurricane typhoon cyclone`)

// stormQualifiers stand before a storm noun in the storm's name: "Tropical
// Storm Alberto", "Super Typhoon Mawar", "Post-Tropical Cyclone Fiona".
var stormQualifiers = wordSet(`tropical super severe post-tropical extratropical subtropical`)

// notStormNames follow a storm noun in the names of other things: "Storm
// Shadow" missiles, the "Hurricane Center", "Hurricane Hunters" aircraft,
// "Storm Prediction Center"; and words of time a storm noun is followed by
// in a sentence ("the storm Monday").
var notStormNames = wordSet(`shadow shadows center centre centers hunters hunter prediction season seasons warning
	warnings watch watches relief fund recovery team force forces surge surges damage tracker
	monday tuesday wednesday thursday friday saturday sunday january february march april may june july
	august september october november december the a an this that it he she they i we`)

// stormNames makes a storm noun with a capitalised name after it one MISC
// span: the noun (and the qualifiers before it) when it is capitalised
// ("Hurricane Milton"), only the name when it is not ("hurricane Milton").
// "Storm" as a common noun is lower case mid-sentence, so a lower-case
// "storm" names a storm only after "tropical" ("tropical storm Alberto");
// "the storm Putin unleashed" keeps its person. A noun inside a longer name
// ("National Hurricane Center", "Operation Desert Storm"), a name followed
// by another capitalised word ("Storm Prediction Center") and the words of
// notStormNames name something else.
func stormNames(words, tags []string) {
	for i := 0; i+1 < len(words); i++ {
		low := strings.ToLower(words[i])
		if !stormNouns[low] {
			continue
		}
		capNoun := capitalised(words[i])
		start := i
		for start > 0 && stormQualifiers[strings.ToLower(words[start-1])] && capitalised(words[start-1]) == capNoun {
			start--
		}
		if !capNoun && low == "storm" && start == i {
			continue
		}
		if start > 0 && capitalised(words[start-1]) && !sentenceInitial(words, start-1) {
			continue // part of a longer name: "National Hurricane Center"
		}
		name := i + 1
		if !capitalised(words[name]) || notStormNames[strings.ToLower(words[name])] || !isNameWord(words[name]) {
			continue
		}
		if name+1 < len(words) && capitalised(words[name+1]) && isNameWord(words[name+1]) {
			continue // "Storm Prediction Center", "Hurricane Relief Fund"
		}
		if !capNoun {
			start = name
		}
		end := name + 1
		if end < len(tags) && strings.HasPrefix(tags[end], "I-") {
			tags[end] = "B-" + tags[end][2:]
		}
		setSpan(tags, start, end, model.EntityMisc)
		i = end - 1
	}
}

// sentenceInitial says whether words[k] opens the sentence or follows a
// quotation mark or a dash, where any word is capitalised.
func sentenceInitial(words []string, k int) bool {
	if k == 0 {
		return true
	}
	p := words[k-1]
	return p == `"` || p == "``" || p == "-" || p == "--" || p == ":" || p == "(" || p == "'"
}

// isNameWord says whether w is a word of letters (a name can hold a hyphen
// or an apostrophe: "Ciarán", "O'Brien"), no number or mark.
func isNameWord(w string) bool {
	letter := false
	for _, r := range w {
		switch {
		case r == '-' || r == '\'' || r == '’':
		case r >= '0' && r <= '9':
			return false
		case strings.ContainsRune(".,;:!?\"()[]{}", r):
			return false
		default:
			letter = true
		}
	}
	return letter
}
