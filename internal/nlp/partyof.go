package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// countryPartyNames makes "<name> Party of <country>" one ORG span: "the
// Socialist Party of Albania", "the Communist Party of Vietnam", "the
// Communist Party of the Philippines". The tagger reads the country at the
// end and takes the whole run for a place (or stops the span before
// "of"), yet a name headed by a capitalised "Party" and placed with "of"
// is that country's party. The name before "Party" is a run of
// capitalised words (joined by "'s": "People's Party of Cambodia"); a
// lone "Party of <country>" with no name before it, a run ending on a
// word other than a country ("Party of Regions"), a span already going
// on past the country ("Communist Party of Vietnam Central Committee"
// read whole by another rule) and a span begun before the name are left
// as they are, as is a sentence in title case.
func countryPartyNames(words, tags []string, isCountry func([]string) bool) {
	if titleCase(words) {
		return
	}
	for k := 1; k+2 < len(words); k++ {
		if words[k] != "Party" || words[k+1] != "of" {
			continue
		}
		m := countryAfter(words, k+2, isCountry)
		if m < 0 {
			continue
		}
		a := k
		for a > 0 {
			if nameModifier(words[a-1], "O") && !strings.HasSuffix(tags[a-1], "-PER") {
				a--
			} else if a > 1 && joinsName(words[a-1]) && words[a-1] != "and" && nameModifier(words[a-2], "O") {
				a -= 2
			} else {
				break
			}
		}
		if a == k {
			continue
		}
		if strings.HasPrefix(tags[a], "I-") || m < len(tags) && strings.HasPrefix(tags[m], "I-") {
			continue
		}
		setSpan(tags, a, m, model.EntityOrg)
		k = m - 1
	}
}

// countryAfter returns the end of a country's name (up to four words, an
// optional "the" first) starting at words[i], -1 when none starts there.
func countryAfter(words []string, i int, isCountry func([]string) bool) int {
	if i < len(words) && words[i] == "the" {
		i++
	}
	for j := min(len(words), i+4); j > i; j-- {
		if isCountry(words[i:j]) {
			return j
		}
	}
	return -1
}
