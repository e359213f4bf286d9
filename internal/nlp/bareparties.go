package nlp

import "github.com/newsgraph/newsgraph/internal/model"

// bareTwoPartyPlurals are the plurals news uses alone for a party's members
// as the party itself: "The Democrats said they would oppose the bill",
// "Republicans blocked the vote". The tagger reads them as plain words; the
// CoNLL guidelines tag such a group name MISC, as they tag "Republicans".
// "The Tories" names Britain's or Canada's Conservative Party so ("Sunak
// said the Tories would win"), and the tagger, which has seldom seen the
// word, leaves it out. "Conservatives" is left to the tagger, which tags
// the party's plural where it reads it as one ("the Conservatives would
// win") and leaves the members out where CoNLL does ("Conservatives have
// only 10 of the 72 Scottish seats" is untagged there); lower case
// ("conservatives in the party") is people of a leaning either way.
var bareTwoPartyPlurals = wordSet(`Democrats Republicans Tories`)

// markBarePartyPlurals tags a capitalised "Democrats", "Republicans" or
// "Tories" the tagger left untagged as a one-word MISC span, the resolver's
// to place (the United States' parties, Britain's or Canada's Conservatives
// by the dateline, or a party of the story's country abroad:
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
