package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Parties named before a lower-case "party". News writes a party's name
// between a word placing it in politics and "party": "the opposition
// Progressive Slovakia party", "the ruling Civic Platform party", "the
// far-right Alternative for Germany party". The tagger reads such a name
// one word at a time and finds the country in it ("Slovakia") or a person
// ("Civic Coalition"), while the words around it say the capitalised run is
// one party's name.

// partyDescriptors place a party in politics right before its name: in
// power or out of it, or its place left to right.
var partyDescriptors = wordSet(`opposition ruling governing far-right far-left right-wing left-wing centre-right
	center-right centre-left center-left hard-right hard-left ultra-nationalist nationalist populist`)

// markPartyNames makes the capitalised run between a party descriptor and
// a lower-case "party" one ORG span. The run may join words with "for",
// "of" or "and" ("Alternative for Germany", "Law and Justice"), but not
// begin or end with them; words the tagger read as a person's name are in
// it ("Civic Coalition"), as the frame says they name a party. A run that
// is a nationality ("the ruling Georgian party") describes the party, not
// names it, and is left to the tagger; so is a run the tagger reads as one place
// alone ("the opposition Kenya party" is rather a party of Kenya), and a
// sentence in title case, where every word is capitalised.
func markPartyNames(words, tags []string) {
	if titleCase(words) {
		return
	}
	for k := 2; k < len(words); k++ {
		if words[k] != "party" {
			continue
		}
		a := k
		for a > 0 && !partyDescriptors[strings.ToLower(words[a-1])] &&
			(nameModifier(words[a-1], "O") || a-1 > 0 && partyNameLinks[words[a-1]] && a < k && nameModifier(words[a-2], "O")) {
			a--
		}
		if a == k || a == 0 || !partyDescriptors[strings.ToLower(words[a-1])] {
			continue
		}
		if allNORP(tags[a:k]) || allPlace(tags[a:k]) && spanEnd(tags, a) == k {
			continue
		}
		// A span going on past the run, or begun before it, is another
		// name's: left alone.
		if strings.HasPrefix(tags[a], "I-") || strings.HasPrefix(tags[k], "I-") {
			continue
		}
		setSpan(tags, a, k, model.EntityOrg)
	}
}

// partyNameLinks join words of a party's name.
var partyNameLinks = wordSet(`for of and`)

// allNORP reports whether every tag is part of a nationality's span.
func allNORP(tags []string) bool {
	for _, t := range tags {
		if !strings.HasSuffix(t, "-NORP") {
			return false
		}
	}
	return len(tags) > 0
}
