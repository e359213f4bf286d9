package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// benchmarkHeads are words that, right after a capitalised name, make the
// name a traded grade or contract's ("Brent crude", "Urals blend", "Brent
// futures"): a market report's words, which no person's name takes.
var benchmarkHeads = wordSet(`crude futures blend`)

// commodityWords are the goods a grade's name may stand before ("Brent oil
// prices", "Comex gold futures"). Alone after a name they may say what a
// person owns or does ("Sechin oil empire"), so they count only when a
// market word follows them (priceWords or a market verb).
var commodityWords = wordSet(`oil gold silver copper wheat gas`)

// priceWords follow a commodity in a market report.
var priceWords = wordSet(`price prices futures contract contracts`)

// benchmarksAreNoPersons untags a one-word person that names a traded
// grade of a commodity: "Brent crude rose 2% to $84 a barrel" is about a
// price, and read as a person "Brent" became an actor. A name followed by
// a commodity word and a market word counts too ("Brent oil prices fell").
// Only one-word persons are untagged: the grades are named in one word
// ("Brent", "Urals"), and a full name is a person's whatever follows it.
func benchmarksAreNoPersons(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if j != i+1 || typ != model.EntityPerson || j >= len(words) {
			return
		}
		next := words[j]
		if next != strings.ToLower(next) {
			return
		}
		switch {
		case benchmarkHeads[next]:
		case commodityWords[next] && j+1 < len(words) && (priceWords[strings.ToLower(words[j+1])] || marketVerbs[strings.ToLower(words[j+1])]):
		default:
			return
		}
		tags[i] = "O"
	})
}
