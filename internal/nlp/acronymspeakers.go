package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// acronymSpeechVerbs are the verbs of saying after which an untagged
// acronym is the body that spoke ("KPL said", "the KNUT announced").
var acronymSpeechVerbs = wordSet(`said says told announced added warned urged claimed insisted confirmed denied`)

// acronymSpeakers makes an untagged all-capital word of three to six
// letters an organisation when a verb of saying follows it ("the match
// will be replayed, KPL said", "The KNCHR said police ..."): a person is
// not named by initials in news copy, and a body the tagger has not seen
// (a league's, a union's, a commission's) is, once its name was given
// earlier or not at all. Roles written in capitals ("The CEO said", "the
// MP said") are the role, not a body (isRole); a place's letters ("USA
// said") are the place's, left to the passes that type places.
func acronymSpeakers(words, tags []string, isRole func(string) bool, place func([]string) bool) {
	for i := 0; i+1 < len(words); i++ {
		w := words[i]
		if tags[i] != "O" || len(w) < 3 || len(w) > 6 || !allCapitalLetters(w) || !acronymSpeechVerbs[words[i+1]] {
			continue
		}
		if isRole != nil && isRole(strings.ToLower(w)) || place != nil && place(words[i:i+1]) {
			continue
		}
		tags[i] = "B-" + model.EntityOrg
	}
}

// allCapitalLetters reports whether w is all upper-case ASCII letters.
func allCapitalLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}
