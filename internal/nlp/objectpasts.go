package nlp

import "strings"

// bareObjectPasts retags as a simple past (VBD) an irregular past that has
// no noun reading ("held", "built", "took"), tagged a noun or a past
// participle right after the common-noun head of a noun phrase a
// determiner or a possessive opens, when a bare plural object follows, with
// or without adjectives: "the government held/NN elections", "the ministry
// held/VBN talks", "the council held/NN public hearings". subjectPasts
// leaves these alone because a plural noun is no complement opener for a
// form that is also a noun ("jets flew jets"); a form with no noun reading
// after a noun phrase's head is its verb. As a past participle it would be
// a reduced relative ("the summit held last week"), which takes no bare
// plural object; a time word ("the talks held days before the vote") is
// the participle's adjunct and is left alone. Quotes read the verb: "the
// government held/NN elections in March and said ..." shares the
// subject with "said" only when "held" is a verb.
func bareObjectPasts(words, tags []string) {
	for i := 2; i+1 < len(words); i++ {
		if tags[i] != "NN" && tags[i] != "VBN" {
			continue
		}
		w := words[i]
		if !pastOnly[w] && !pastShared[w] || nounPastNouns[w] {
			continue // a capitalised form (a name: "Held") or one that is a noun too
		}
		if tags[i-1] != "NN" && tags[i-1] != "NNS" || !isLowerWord(words[i-1]) {
			continue
		}
		if !determinerOpened(words, tags, i-1) {
			continue
		}
		j := i + 1
		for j < len(words) && (tags[j] == "JJ" || tags[j] == "JJR") {
			j++
		}
		if j >= len(words) || tags[j] != "NNS" || !isLowerWord(words[j]) || timePlurals[strings.ToLower(words[j])] {
			continue
		}
		// A bare plural must end its noun phrase: "held talks with",
		// "held elections in March", not the modifier of a longer one.
		if j+1 < len(words) && strings.HasPrefix(tags[j+1], "NN") {
			continue
		}
		tags[i] = "VBD"
	}
}

// determinerOpened says the common nouns ending at h (with adjectives
// before them) follow a determiner or a possessive ending: "the ministry",
// "the prime minister", "Kenya's government".
func determinerOpened(words, tags []string, h int) bool {
	k := h
	for k >= 0 && (tags[k] == "NN" || tags[k] == "NNS" || tags[k] == "JJ") && isLowerWord(words[k]) {
		k--
	}
	return k >= 0 && k < h && (npDeterminers[strings.ToLower(words[k])] || tags[k] == "POS")
}

// timePlurals are the plural time words that follow a participle as its
// adjunct ("held days before", "built years ago"), never as its object.
var timePlurals = wordSet(`days weeks months years hours minutes decades nights mornings evenings weekends times centuries`)
