package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// partyHeadDeterminers open a noun phrase whose head is "party": "the
// Catalan separatist party Junts", "Spain's far-right party Vox".
var partyHeadDeterminers = wordSet(`the 's ’s`)

// weekdays are capitalised words after "the party" that name no party
// ("told the party Tuesday").
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// markPartyHeadNames makes the capitalised run right after a lower-case
// "party" one ORG span when "party" heads a noun phrase opened by "the"
// or a possessive at most four words before it, with lower-case
// descriptors or nationalities between: "the Catalan separatist party
// Junts", "the far-right party Vox", "Japan's ruling party Liberal
// Democrats". The head noun says the name is a party's, whatever the
// tagger read in it (a person, a place). The run may join words with
// "for", "of" or "and" but not end on them; a title ("the party Chairman
// ..."), a weekday or month, a run that is a nationality alone, and a span
// going on past the run are left alone, as is a sentence in title case.
func markPartyHeadNames(words, tags []string) {
	if titleCase(words) {
		return
	}
	for k := 1; k+1 < len(words); k++ {
		if words[k] != "party" || !partyHeadOpened(words, k) {
			continue
		}
		e := k + 1
		for e < len(words) && (framedNameWord(words[e]) || e > k+1 && partyNameLinks[words[e]] && e+1 < len(words) && framedNameWord(words[e+1])) {
			e++
		}
		if e == k+1 || e-(k+1) > 5 {
			continue
		}
		first := strings.ToLower(words[k+1])
		if weekdays[first] || months[first] || allNORP(tags[k+1:e]) {
			continue
		}
		if e < len(tags) && strings.HasPrefix(tags[e], "I-") || strings.HasPrefix(tags[k+1], "I-") {
			continue
		}
		setSpan(tags, k+1, e, model.EntityOrg)
		k = e - 1
	}
}

// partyHeadOpened reports whether a determiner stands at most four words
// before "party" at k with only lower-case words or nationality words
// between: "the party", "the Catalan separatist party".
func partyHeadOpened(words []string, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := words[j]
		if partyHeadDeterminers[strings.ToLower(w)] {
			return j > 0 || strings.ToLower(w) == "the"
		}
		if !hasAlnum(w) {
			return false
		}
	}
	return false
}
