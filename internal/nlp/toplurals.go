package nlp

import "strings"

// toPlurals retags as a plural noun (NNS) a word the tagger read as a base
// verb (VB) right after "to" when its form can be no base verb: "sold
// bonds to/TO banks/VB", "lent money to/TO farmers/VB". The tagger takes
// "to" before a word it reads by its shape for the infinitive marker, and
// the preposition's object then turns into a verb: events read "banks" as
// a second predicate and lose the recipient. An English base verb does not
// end in a consonant and "s" or in "es" (those are third-person or plural
// forms); the base verbs that end in "s" end in "ss", "us", "as", "is" or
// "os" ("to discuss", "to focus", "to bias"), which are left alone. The
// guard is the form: lower case (a capitalised word may be a name),
// at least four letters ("to bus", "to yes"), and "to" itself not read as
// part of a name. Nothing else is assumed about the clause, since a plural
// after "to" is a noun whatever verb came before ("loans to banks rose").
func toPlurals(words, tags []string) {
	for i := 1; i < len(words); i++ {
		if tags[i] != "VB" || strings.ToLower(words[i-1]) != "to" {
			continue
		}
		if tags[i-1] != "TO" && tags[i-1] != "IN" {
			continue
		}
		if pluralForm(words[i]) {
			tags[i] = "NNS"
		}
	}
}

// pluralForm says w (as written) can only be a plural noun or a
// third-person verb, never a base form: lower case, four letters or more,
// ending in "s" after a consonant or an "e" ("banks", "investors",
// "shares"), not after "s", "u", "a", "i" or "o" ("discuss", "focus",
// "bias", "this", "chaos").
func pluralForm(w string) bool {
	if len(w) < 4 || !isLowerWord(w) || w[len(w)-1] != 's' {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'a', 'i', 'o':
		return false
	}
	return true
}
