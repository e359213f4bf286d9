package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// datelinePlace places the lead events of a wire story at its dateline.
//
// A dateline ("PYONGYANG (Reuters) -") says where the story was filed. That
// is evidence of where its lead event happened only when the lead is about
// that place's own country: a story filed in Pyongyang whose first
// sentence has Kim convening commanders tells of a meeting there; one filed
// in London about Russian shelling of Kharkiv does not happen in London,
// and a London story of the British and French ministers meeting may tell
// of a meeting in Paris. So the place is given only
//   - to events of the lead sentence (the one the dateline opens), which
//     the dateline is written for; later sentences move on to other times
//     and places, and a place is not carried over from a previous sentence
//     either (the next sentence's act may well be elsewhere);
//   - when the event names no place of its own;
//   - when every side of it that has a country is of the dateline's
//     country, and at least one has, or when one has and the act was
//     told at a government building of no other country ("met the
//     Chinese premier at the foreign ministry": the home ministry);
//   - to acts that took place (modality actual), not planned or demanded
//     ones, whose place the dateline does not know.
//
// lead is the index of the lead sentence, place the dateline's place
// entity (a city, or a country). Events whose first mention is elsewhere
// are left as they are.
func datelinePlace(evs []*draft, lead int, place model.Entity) {
	if place.Country == "" {
		return
	}
	loc := model.EventActor{Text: placeName(place.Text), ActorID: place.ActorID, Country: place.Country}
	for _, d := range evs {
		e := &d.ev
		if e.Location != nil || e.Modality != "actual" || len(e.Evidence) == 0 || e.Evidence[0].Sentence != lead {
			continue
		}
		home := false
		foreign := false
		for _, side := range [][]model.EventActor{e.Source, e.Target} {
			for _, a := range side {
				switch {
				case a.Country == place.Country:
					home = true
				case a.Country != "":
					foreign = true
				}
			}
		}
		// "TOKYO - Takaichi met Li at the foreign ministry": a visitor
		// met at the home government's building met it at home.
		if home && (!foreign || d.atSeat) {
			l := loc
			e.Location = &l
		}
	}
}

// placeName writes a dateline's capitals as a name ("PYONGYANG" ->
// "Pyongyang", "NEW DELHI" -> "New Delhi"); a name already in mixed case
// is kept.
func placeName(s string) string {
	if s != strings.ToUpper(s) {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}
