package nlp

import (
	"github.com/newsgraph/newsgraph/internal/model"
)

// acronymModifiersAreNoPersons untags a one-word person written as an
// acronym when a common noun follows it: "unregistered SIM cards", "GPS
// data", "ATM machines". An acronym in front of a lower-case noun modifies
// it, the way a technical term does; a person's name in capitals is
// followed by a verb ("NDLOVU said") or stands alone. pos tags the
// sentence and is asked only when there is such a word; without it
// nothing changes.
func acronymModifiersAreNoPersons(words, tags []string, pos func([]string) []string) {
	if pos == nil {
		return
	}
	var ptags []string
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityPerson || j != i+1 || j >= len(words) || !acronymWord(words[i]) || !lowerWord(words[j]) {
			return
		}
		if ptags == nil {
			ptags = pos(words)
		}
		switch ptags[j] {
		case "NN", "NNS":
			tags[i] = "O"
		}
	})
}

// nationalArms makes "<acronym> <Country>" an organisation: "MTN Nigeria",
// "MTN Ghana", "BAT Kenya" are a company's national subsidiaries, named by
// the group's brand and the country it serves, and the tagger, seeing a
// country's name at the end, reads a place. Only an acronym counts as the
// brand (a capitalised word before a country is as often a region,
// "Western Kenya", "Central Africa"); a span that is itself a known place
// ("DR Congo"), or whose acronym is one ("US Mexico"), stays.
func nationalArms(words, tags []string, country, place func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityLoc && typ != model.EntityGPE && typ != model.EntityMisc {
			return
		}
		if j-i < 2 || !acronymWord(words[i]) || !country(words[i+1:j]) {
			return
		}
		if place(words[i:j]) || place(words[i:i+1]) || country(words[i:j]) {
			return
		}
		setSpan(tags, i, j, model.EntityOrg)
	})
}
