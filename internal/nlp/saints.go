package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// Names that begin with a saint's. Towns are named after saints ("St
// Etienne", "Saint-Etienne", "St. Louis"), and so are clubs after their
// town and a saint's name ("Paris St Germain", "Paris Saint-Germain"). A
// person's name does not begin with "Saint": a span the tagger calls a
// person that does, and that the knowledge base knows as a place, is the
// place ("Saint-Etienne coach Claude Puel"); in a sports report the
// place rules then make it the club where it stands in a team's slot.

// saintWord reports whether w is a saint word (saintWords, lower-cased)
// or begins with one joined by a hyphen ("Saint-Etienne", "St-Etienne").
func saintWord(w string) bool {
	w = strings.ToLower(w)
	if saintWords[w] {
		return true
	}
	head, _, ok := strings.Cut(w, "-")
	return ok && saintWords[head]
}

// clubSaints join a town to the saint's name of its club.
var clubSaints = wordSet(`st st. saint`)

// saintPlaces retypes as LOC a person span that begins with a saint word
// and names a place of the knowledge base.
func saintPlaces(words, tags []string, place func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ == model.EntityPerson && saintWord(words[i]) && place(words[i:j]) {
			setSpan(tags, i, j, model.EntityLoc)
		}
	})
}

// joinSaintClubs makes a town and a saint's name right after it one ORG
// span in a sports report: "Paris St Germain" (the tagger reads "Paris" and
// "St Germain" apart, as a city and a place). Outside sports reports the
// words are left alone: "Bury St Edmunds" is a town.
func joinSaintClubs(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityLoc && typ != model.EntityGPE || allCaps(words[i]) || j+1 >= len(words) {
			return
		}
		if !clubSaints[strings.ToLower(words[j])] || !capitalised(words[j]) || !capitalised(words[j+1]) || allCaps(words[j+1]) || functionWords[strings.ToLower(words[j+1])] {
			return
		}
		end := j + 2
		if strings.HasPrefix(tags[j+1], "B-") || strings.HasPrefix(tags[j], "B-") && tags[j+1] != "O" {
			end = spanEnd(tags, j+1)
		}
		setSpan(tags, i, end, model.EntityOrg)
	})
}
