package events

import (
	"github.com/newsgraph/newsgraph/internal/kb"
)

// seatBuildingHeads are the buildings that stand for a country's
// government when its place is named after them ("the presidential palace
// in Asuncion", "the government palace in Lima"): their modifiers say they
// are the head of state's or government's, so they are no museum or hotel.
var seatBuildingHeads = map[string]bool{"palace": true, "residence": true}

// seatBuildingModifiers are the words before seatBuildingHeads that make
// the building a seat of the national government.
// A royal palace is left out: people visit it as sightseers, and a
// monarch's household is no government.
var seatBuildingModifiers = map[string]bool{"presidential": true, "government": true}

// placedSeats adds, for a seat of government with no name of its own
// followed by "in" and a place ("protested outside the presidential palace
// in Asuncion", "marched to the presidential palace in Lima"), a mention
// of the government of the place's country on the building's words: the
// building is where that government sits, so those protesting outside it
// address the government, not the city. The place's own mention stays,
// for the event's location. A building the sentence names with a body of
// its own ("the prime minister's residence", "the government palace",
// where "government" is already a mention) is left alone, as is a palace
// with no such modifier ("the palace in Versailles").
func (c *Coder) placedSeats(toks []tok, ms []mention) []mention {
	if c.kb == nil {
		return ms
	}
	var add []mention
	for _, m := range ms {
		if m.country == "" || m.kind != kb.TypePlace && !countryLevel(m.kind) || m.kind == "demonym" {
			continue
		}
		k := m.i - 1
		if wordAt(toks, k) != "in" || !seatBuildingHeads[wordAt(toks, k-1)] {
			continue
		}
		q := k - 2
		if !seatBuildingModifiers[wordAt(toks, q)] || wordAt(toks, q-1) != "the" {
			continue
		}
		// A mention covering the building's words names it otherwise.
		if mentionOverlaps(ms, q, k) {
			continue
		}
		a, ok := c.kb.SectorActor(m.country, kb.SectorGovernment)
		if !ok || a.Sector != kb.SectorGovernment {
			continue
		}
		add = append(add, mention{i: q, j: k, text: spanText(toks, q, k), actorID: a.ID, country: m.country,
			sector: kb.SectorGovernment, kind: kb.TypeOrganisation})
	}
	for _, m := range add {
		ms = insertMention(ms, m)
	}
	return ms
}

// mentionOverlaps says whether a mention covers any token from i to j.
func mentionOverlaps(ms []mention, i, j int) bool {
	for _, m := range ms {
		if m.i < j && m.j > i {
			return true
		}
	}
	return false
}
