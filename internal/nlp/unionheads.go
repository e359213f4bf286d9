package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// unionHeadTitles are the lower-case head titles a body's name stands
// before right ahead of its head's name ("Homeland Union leader ...").
var unionHeadTitles = wordSet(`leader chairman chairwoman chairperson chair chief president head`)

// markUnionHeadNames makes the capitalised run ending in a capitalised
// "Union" one ORG span when it stands right before a lower-case head title
// and a person's name the tagger found: "Homeland Union leader Gabrielius
// Landsbergis". The tagger may leave such a name out, most of all at a
// sentence's start, and the words "Union leader" would then read as
// organised labour's title. A run of one to four name words (nameModifier:
// no function word, person or nationality), a span the tagger already
// made, and a sentence in title case are left alone; whether the body is
// a party, a workers' union or a bloc is the resolver's to say.
func markUnionHeadNames(words, tags []string) {
	if titleCase(words) {
		return
	}
	for k := 1; k+2 < len(words); k++ {
		if words[k] != "Union" || tags[k] != "O" || tags[k+1] != "O" || !unionHeadTitles[words[k+1]] || tags[k+2] != "B-PER" {
			continue
		}
		a := k
		for a > 0 && k-a < 4 && tags[a-1] == "O" && nameModifier(words[a-1], tags[a-1]) {
			a--
		}
		if a == k || allNORP(tags[a:k]) || strings.HasPrefix(tags[a], "I-") {
			continue
		}
		setSpan(tags, a, k+1, model.EntityOrg)
	}
}

// pluralPartyHeads are the plurals that name a party by its members, and
// pluralPartyModifiers the capitalised words that make such a plural
// one party's name: "the Social Democrats", "the Christian Democrats",
// "the Liberal Democrats", "the Free Democrats".
var (
	pluralPartyHeads     = wordSet(`Democrats Republicans Conservatives Liberals Socialists Greens Communists Nationalists`)
	pluralPartyModifiers = wordSet(`Social Christian Liberal Free Sweden Swiss Radical National Progressive Young Left Green`)
)

// joinPluralPartyNames grows an ORG span that opens with a party's plural
// ("Democrats") over the capitalised party words right before it that the
// tagger left out ("Social", most of all after a sentence's opening
// "The"): "The Social Democrats (SDP) won" names the Social Democrats,
// not the Democrats, whom a resolver would take for the United States'
// party. A word already in another span, and a sentence in title case,
// are left alone.
func joinPluralPartyNames(words, tags []string) {
	if titleCase(words) {
		return
	}
	for k := 1; k < len(words); k++ {
		if tags[k] != "B-ORG" || !pluralPartyHeads[words[k]] {
			continue
		}
		a := k
		for a > 0 && k-a < 2 && tags[a-1] == "O" && pluralPartyModifiers[words[a-1]] {
			a--
		}
		if a == k {
			continue
		}
		setSpan(tags, a, spanEnd(tags, k), model.EntityOrg)
	}
}
