package nlp

import "strings"

// bareObjectPasts retags as a simple past (VBD) an irregular past that has
// no noun reading ("held", "built", "took"), tagged a noun or a past
// participle right after the common-noun head of a noun phrase a
// determiner or a possessive opens, when a bare plural object follows, with
// or without adjectives: "the government held/NN elections", "the ministry
// held/VBN talks", "the council held/NN public hearings". subjectPasts
// leaves these alone because a plural noun is no complement opener for a
// form that is also a noun ("jets flew jets"); a form with no noun reading
// after a noun phrase's head is its verb. As a past participle it would be
// a reduced relative ("the summit held last week"), which takes no bare
// plural object; a time word ("the talks held days before the vote") is
// the participle's adjunct and is left alone. Quotes read the verb: "the
// government held/NN elections in March and said ..." shares the
// subject with "said" only when "held" is a verb.
//
// Two more kinds of past take the same guard and two more of their own. A
// regular past read as a participle ("the company raised/VBN prices", "the
// government imposed/VBN curfews") is retagged only when no finite verb
// follows the object in its clause: "the students awarded prizes were
// honoured" is a reduced relative, whose noun phrase a finite verb
// follows. A past with the form of its present and of a noun ("cut", "set",
// "quit", "shot") is retagged only with that guard too and when its
// subject opens the sentence, as "the company cut/NN jobs" does: after a
// verb ("joined the pay cut protests") the words are a compound noun.
func bareObjectPasts(words, tags []string) {
	for i := 1; i+1 < len(words); i++ {
		if tags[i] != "NN" && tags[i] != "VBN" {
			continue
		}
		w := words[i]
		irregular := (pastOnly[w] || pastShared[w]) && !nounPastNouns[w]
		regular := !irregular && tags[i] == "VBN" && len(w) > 4 && strings.HasSuffix(w, "ed") && isLowerWord(w)
		bare := !irregular && bareFormPasts[w]
		if !irregular && !regular && !bare {
			continue // a capitalised form (a name: "Held") or one that is a noun too
		}
		if irregular && tags[i] == "NN" && nameOpened(tags, i-1) && pluralObject(words, tags, i+1) {
			// "Sinopec sold/NN shares/VBZ in its unit": a name opening
			// the sentence acts; no reduced relative follows a bare name.
			tags[i], tags[i+1] = "VBD", "NNS"
			continue
		}
		if tags[i-1] != "NN" && tags[i-1] != "NNS" || !isLowerWord(words[i-1]) {
			continue
		}
		if !determinerOpened(words, tags, i-1) {
			continue
		}
		if bare && (tags[i-1] != "NN" || !clauseOpened(words, tags, i-1)) {
			// "the companies cut jobs" is read right by the tagger as a
			// present; only a singular subject makes "cut" a past.
			continue
		}
		if irregular && tags[i] == "NN" && verbObject(words, tags, i) {
			tags[i], tags[i+1] = "VBD", "NNS"
			continue
		}
		j := i + 1
		for j < len(words) && (tags[j] == "JJ" || tags[j] == "JJR") {
			j++
		}
		if j >= len(words) || tags[j] != "NNS" || !isLowerWord(words[j]) || timePlurals[strings.ToLower(words[j])] {
			continue
		}
		// A bare plural must end its noun phrase: "held talks with",
		// "held elections in March", not the modifier of a longer one.
		if j+1 < len(words) && strings.HasPrefix(tags[j+1], "NN") {
			continue
		}
		if (regular || bare) && finiteAfter(words, tags, j+1) {
			continue
		}
		tags[i] = "VBD"
	}
}

// verbObject says the word after the past at i, tagged a present-tense
// verb, is the past's plural object: "the company sold/NN shares/VBZ to
// investors", "the government sold/NN bonds/VBZ worth ...". The past has
// no noun reading, so it is a verb, and a subject that acts (a company,
// a government, a bank) makes it the clause's own verb, not a reduced
// relative before the clause's verb ("the money paid/NN goes/VBZ to the
// fund", whose subject is what was paid). The object is a lower-case
// plural-looking word ending its phrase before a preposition, "worth", a
// number or the end of the clause.
func verbObject(words, tags []string, i int) bool {
	if !actingHeads[strings.ToLower(words[i-1])] || tags[i-1] != "NN" {
		return false
	}
	return pluralObject(words, tags, i+1)
}

// nameOpened says the proper name ending at h opens its sentence, alone
// or after "The": "Sinopec", "The Gambia".
func nameOpened(tags []string, h int) bool {
	if h < 0 || tags[h] != "NNP" {
		return false
	}
	k := h
	for k >= 0 && tags[k] == "NNP" {
		k--
	}
	return k < 0 || k == 0 && tags[0] == "DT"
}

// pluralObject says the word at j, tagged a present-tense verb, reads as
// a plural object: a lower-case word ending in "s" (not "ss") before a
// preposition, "worth", a number or the end of the clause.
func pluralObject(words, tags []string, j int) bool {
	if j >= len(words) || tags[j] != "VBZ" || !isLowerWord(words[j]) || !strings.HasSuffix(words[j], "s") || strings.HasSuffix(words[j], "ss") {
		return false
	}
	if j+1 < len(words) {
		switch n := tags[j+1]; {
		case n == "IN" || n == "TO" || n == "CD" || n == "," || n == "." || n == ":":
		case strings.ToLower(words[j+1]) == "worth":
		default:
			return false
		}
	}
	return true
}

// actingHeads are the singular heads of subjects that buy, sell, pay or
// build: bodies and firms, never the things dealt in.
var actingHeads = wordSet(`company firm government ministry bank group fund state army military police
	council board union party agency authority regulator investor owner carmaker airline insurer lender
	maker operator retailer producer developer conglomerate giant unit subsidiary administration
	department commission court city county province region club team`)

// bareFormPasts are pasts with the form of their present and of a noun,
// common in news with a bare plural object: "cut jobs", "set targets",
// "quit talks", "shot protesters", "shut schools".
var bareFormPasts = wordSet(`cut set quit shot shut`)

// clauseOpened says the noun phrase whose head is h opens its sentence: no
// verb stands before it.
func clauseOpened(words, tags []string, h int) bool {
	for k := 0; k < h; k++ {
		if strings.HasPrefix(tags[k], "VB") || tags[k] == "MD" {
			return false
		}
	}
	return true
}

// finiteAfter says a finite verb follows from k on in the same clause,
// before a comma, a semicolon or a conjunction: the verb of a subject
// whose noun phrase a reduced relative ends.
func finiteAfter(words, tags []string, k int) bool {
	for ; k < len(words); k++ {
		switch tags[k] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case ",", ":", "CC", ".":
			return false
		}
	}
	return false
}

// determinerOpened says the common nouns ending at h (with adjectives
// before them) follow a determiner or a possessive ending: "the ministry",
// "the prime minister", "Kenya's government".
func determinerOpened(words, tags []string, h int) bool {
	k := h
	for k >= 0 && (tags[k] == "NN" || tags[k] == "NNS" || tags[k] == "JJ") && isLowerWord(words[k]) {
		k--
	}
	return k >= 0 && k < h && (npDeterminers[strings.ToLower(words[k])] || tags[k] == "POS")
}

// timePlurals are the plural time words that follow a participle as its
// adjunct ("held days before", "built years ago"), never as its object.
var timePlurals = wordSet(`days weeks months years hours minutes decades nights mornings evenings weekends times centuries`)
