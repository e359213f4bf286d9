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

// markFramedPartyNames makes a capitalised run right after "the
// opposition", "the ruling" or "the governing" (an optional lower-case
// "party" between) one ORG span when the run holds a place's name or a
// nationality and more besides: "the opposition Progressive Slovakia",
// "the ruling Georgian Dream", "Georgia's ruling Georgian Dream". In power
// or out of it, a name with a country's name in it is a party's, not the
// country (the tagger reads "Slovakia" alone). A run with no such word
// ("the opposition Civic Platform") is left to the tagger, and so is a run
// that is a place or a nationality alone ("the opposition Kenyan
// lawmakers"), a run with a person's name in it ("the ruling Georgian Dream
// leader Irakli Kobakhidze" keeps its person) and a span going on past
// the run.
func markFramedPartyNames(words, tags []string) {
	if titleCase(words) {
		return
	}
	for f := 1; f+1 < len(words); f++ {
		if !partyFrameWords[strings.ToLower(words[f])] || !partyFrameDeterminers[strings.ToLower(words[f-1])] {
			continue
		}
		a := f + 1
		if words[a] == "party" && a+1 < len(words) {
			a++
		}
		b := a
		for b < len(words) && (framedNameWord(words[b]) || b > a && b+1 < len(words) && partyNameLinks[words[b]] && framedNameWord(words[b+1])) {
			b++
		}
		if b-a < 2 || b < len(words) && words[b] == "party" {
			// One word, or a run before "party", which markPartyNames
			// reads.
			continue
		}
		place, other, person := false, false, false
		for k := a; k < b; k++ {
			switch {
			case strings.HasSuffix(tags[k], "-PER"):
				person = true
			case strings.HasSuffix(tags[k], "-GPE"), strings.HasSuffix(tags[k], "-LOC"), strings.HasSuffix(tags[k], "-NORP"):
				place = true
			case !partyNameLinks[words[k]]:
				other = true
			}
		}
		if !place || !other || person || strings.HasPrefix(tags[a], "I-") || b < len(tags) && strings.HasPrefix(tags[b], "I-") {
			continue
		}
		setSpan(tags, a, b, model.EntityOrg)
	}
}

// partyFrameWords put a party in power or out of it right before its name;
// partyFrameDeterminers stand before them ("the ruling", "Georgia's
// ruling").
var (
	partyFrameWords       = wordSet(`opposition ruling governing`)
	partyFrameDeterminers = wordSet(`the 's ’s`)
)

// framedNameWord reports whether w can be a word of a party's name after
// a frame: capitalised, not a function word or a title.
func framedNameWord(w string) bool {
	if !capitalised(w) || !hasAlnum(w) {
		return false
	}
	lw := strings.ToLower(w)
	return !functionWords[lw] && !nonNameWords[lw] && !personTitles[lw]
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
