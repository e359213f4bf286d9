package nlp

import (
	"strings"
	"unicode"
)

// leadingGivenNames adds to a person's name the untagged capitalised word
// right before it that opens the sentence (or follows a wire dateline's
// dash), when the person, one word, is the subject of the finite verb
// after it: "Avichay Adraee posted on X ...", "Yonit Bar-Lev wrote on
// Telegram ...".
// The tagger learnt the given names it saw; one it did not see, first in a
// sentence before a verb it learnt no name from ("said" it did), is left
// out and the person becomes "Adraee". The POS tagger must read the word
// as a proper noun, and the word must be no function word, month, weekday,
// role ("Spokesman Adraee said"), nationality or group ("Iranian"), place
// or other known name ("Gaza", "Hamas"): those stand before a name without
// being part of it. pos tags the sentence, asked only when there is such a
// word; notPerson and role are the knowledge base's tests.
func leadingGivenNames(words, tags []string, notPerson func([]string) bool, place func([]string) bool, role func(string) bool, pos func([]string) []string) {
	var ptags []string
	dash, dashRead := -1, false
	for j := 1; j < len(words); j++ {
		if tags[j] != "B-PER" {
			continue
		}
		i := j - 1
		w := words[i]
		// A given name the tagger took for an organisation of one word
		// ("Speaking to the BBC, Hana/ORG Novak said") is read the same
		// way, when the knowledge base knows no such name (notPerson).
		if tags[i] != "O" && tags[i] != "B-ORG" || len(w) < 2 || !capitalised(w) || allCaps(w) || !nameWord(w) {
			continue
		}
		if !dashRead {
			dash, dashRead = wireDatelineDash(words), true
		}
		if !firstOfSentence(words, i) && (dash < 0 || i-1 != dash) && !afterFrontedClause(words, i) {
			continue
		}
		low := strings.ToLower(w)
		if functionWords[low] || months[low] || role(low) || notPerson([]string{w}) || place([]string{w}) {
			continue
		}
		// The tagger's person is one word, a family name with its given
		// name left out; before a whole name ("Coach Berti Vogts",
		// "Fullback Andre Joubert") the word is a title or a role.
		k := j + 1
		if k >= len(words) || tags[k] == "I-PER" {
			continue
		}
		if ptags == nil {
			ptags = pos(words)
		}
		if ptags[i] != "NNP" {
			continue
		}
		switch ptags[k] {
		case "VBD", "VBZ", "VBP", "MD":
			setSpan(tags, i, k, "PER")
		}
	}
}

// nameWord reports whether w is letters only, with inner hyphens or
// apostrophes ("Ben-Ami", "D'Souza").
func nameWord(w string) bool {
	for i, r := range w {
		switch {
		case (r == '-' || r == '\'' || r == '\u2019') && i > 0:
		case !unicode.IsLetter(r):
			return false
		}
	}
	return w != ""
}

// frontedOpeners open a clause or phrase set before the subject:
// "Speaking to the BBC, Hana Novak said", "After the vote, ...".
var frontedOpeners = map[string]bool{"after": true, "before": true, "during": true, "in": true, "on": true,
	"at": true, "since": true, "while": true, "when": true, "asked": true, "later": true, "earlier": true}

// afterFrontedClause says whether word i follows the comma that closes a
// fronted participle clause or adjunct, the sentence's only comma before
// it: the word opens the subject as the sentence's first word does.
func afterFrontedClause(words []string, i int) bool {
	if i < 3 || words[i-1] != "," {
		return false
	}
	for k := 0; k < i-1; k++ {
		if words[k] == "," || words[k] == "." || words[k] == ";" {
			return false
		}
	}
	first := strings.ToLower(words[0])
	return frontedOpeners[first] || strings.HasSuffix(first, "ing") && capitalised(words[0])
}
