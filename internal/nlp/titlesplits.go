package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// lowerTails cuts from a name span of two words or more the lower-case
// words that end it ("Lusaka airport", "UN high" in "the UN high
// commissioner"): news copy capitalises every word of a name but its
// inner particles ("Bank of England", "Abu al-Khair"), so a lower-case
// word at a name's end is the common noun or adjective after it, and the
// name left ("Lusaka", "UN") is the place or body the knowledge base
// knows. Later rules type what is left (a city's name becomes GPE). A
// particle or linking word stays ("Duke of" before "Norfolk": the tagger
// stops short of a name's rest, which the joining rules after this one
// complete), as do words with anything but lower-case ASCII letters
// ("eBay", "al-Aqsa"), a species' name after its genus's initial ("E.
// coli") and a whole span the knowledge base knows as written (known:
// "East China sea").
func lowerTails(words, tags []string, known func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		b := j
		for b > i+1 && lowerLetters(words[b-1]) && !nameParticles[words[b-1]] && !innerLinks[words[b-1]] {
			b--
		}
		if b == j || !capitalised(words[b-1]) || b-i == 1 && strings.HasSuffix(words[i], ".") || known(words[i:j]) {
			return
		}
		for k := b; k < j; k++ {
			tags[k] = "O"
		}
		setSpan(tags, i, b, typ)
	})
}

// splitDemonyms makes NORP a nationality of two words or more ("Sri
// Lankan", "Papua New Guinean") that the tagger read as a person's or
// place's name, whole or with its last word left out ("Sri" a person
// before "Lankan President ...", "Sierra" a nationality before
// "Leonean"): the resolver then gives the title after
// it the country, and no actor named Sri is made. nationality reports
// whether words form a nationality adjective.
func splitDemonyms(words, tags []string, nationality func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ == model.EntityMisc {
			return
		}
		if typ != model.EntityNORP && j-i >= 2 && nationality(words[i:j]) {
			setSpan(tags, i, j, model.EntityNORP)
			return
		}
		if j < len(words) && tags[j] == "O" && capitalised(words[j]) && nationality(words[i:j+1]) {
			setSpan(tags, i, j+1, model.EntityNORP)
		}
	})
}

// titleFirstWords drops a one-word name span that is the first word of a
// capitalised title written after it ("High" in "Britain's High
// Commissioner to Kenya", "Vice" in "Vice President ..."): the tagger,
// seeing a capital before another, calls it an organisation, but the two
// words are an office the role rules read. isRole reports whether a
// lower-case phrase is an office; known reports whether words are a name
// the knowledge base holds, which stays ("Labour" before "Minister" may be
// the party).
func titleFirstWords(words, tags []string, isRole func(string) bool, known func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if j != i+1 || j >= len(words) || tags[j] != "O" || !capitalised(words[j]) || known(words[i:j]) {
			return
		}
		if isRole(strings.ToLower(words[i] + " " + words[j])) {
			tags[i] = "O"
		}
	})
}

// innerLinks are the lower-case words that link the parts of bodies',
// titles' and places' names ("Bank of England", "Minister for Health",
// "Trinidad and Tobago").
var innerLinks = wordSet(`of and for on the upon`)
