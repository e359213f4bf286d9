package nlp

import "github.com/newsgraph/newsgraph/internal/model"

// bareTwoPartyPlurals are the plurals news uses alone for a party's members
// as the party itself: "The Democrats said they would oppose the bill",
// "Republicans blocked the vote". The tagger reads them as plain words; the
// CoNLL guidelines tag such a group name MISC, as they tag "Republicans".
var bareTwoPartyPlurals = wordSet(`Democrats Republicans`)

// markBarePartyPlurals tags a capitalised "Democrats" or "Republicans" the
// tagger left untagged as a one-word MISC span, the resolver's to place (the
// United States' parties, or a party of the story's country abroad:
// genericPluralParty). A word in a span, one before another capitalised word
// ("Republicans Overseas", a body's name) and a sentence in title case are
// left alone.
func markBarePartyPlurals(words, tags []string) {
	if titleCase(words) {
		return
	}
	for k, w := range words {
		if !bareTwoPartyPlurals[w] || tags[k] != "O" {
			continue
		}
		if k+1 < len(words) && capitalised(words[k+1]) {
			continue
		}
		setSpan(tags, k, k+1, model.EntityMisc)
	}
}
