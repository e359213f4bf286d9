package nlp

import "github.com/newsgraph/newsgraph/internal/model"

// lowerCaseSpans drops a name span of one word written all in lower-case
// letters ("Greek coast guard said": "coast" tagged an organisation): a
// person's, a body's or a place's name is capitalised in news copy, and a
// word that is not is part of a common noun phrase the role rules read
// ("coast guard"). Brand names written in lower case carry a capital
// inside ("eBay", "iPhone"), and miscellaneous names (a currency, a
// product) are left to their own rules. A role or body word ("the navy
// said") is left too: the quote finder and the resolver read such a span
// as the body that spoke.
func lowerCaseSpans(words, tags []string, isRole func(string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if j != i+1 || typ == model.EntityMisc || typ == model.EntityNORP || !lowerLetters(words[i]) || isRole != nil && isRole(words[i]) {
			return
		}
		tags[i] = "O"
	})
}

// lowerLetters reports whether w is made of lower-case ASCII letters only.
func lowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}
