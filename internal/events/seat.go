package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// seatHeads are the nouns that name a building of government when they end
// a body's name after "at": "met at the foreign ministry", "at the
// presidential palace", "talks at the Elysee Palace". An embassy is left
// out: it stands in the host's capital, not its own country's.
var seatHeads = map[string]bool{"ministry": true, "palace": true, "office": true, "offices": true, "chancellery": true,
	"parliament": true, "residence": true, "house": true, "kremlin": true, "headquarters": true}

// seatPreps introduce the building an act happened in or at.
var seatPreps = map[string]bool{"at": true, "inside": true, "outside": true}

// seatVenue finds a government building named after the trigger as the
// place of the act ("Takaichi met Li at the foreign ministry", "Trump met
// Macron at the White House", "at the presidential palace"). A building
// is not a place the location can name, but it is in one: a body of a
// country's own ("the White House", "the Chinese foreign ministry") sits in
// that country's capital; one whose country the sentence does not give
// ("the foreign ministry", "the presidential palace") is the home
// country's, where the story was filed. ok is false when no such building
// follows in the clause; own says whether the building names its country.
func seatVenue(toks []tok, ms []mention, t *trigger, src, tgt group) (m mention, own bool, ok bool) {
	for q := t.j; q < len(toks) && q < t.next && q < t.j+16; q++ {
		if end, found := objectEnd(tgt, q); found {
			q = end - 1
			continue
		}
		l := toks[q].low
		if venueBreak(toks[q]) {
			return mention{}, false, false
		}
		switch l {
		case "to", "that", "which", "who", "whom", "whose", "or", "but", "after", "before", "while", "because", "as", "if", "unless", "and":
			return mention{}, false, false
		}
		if !seatPreps[l] {
			continue
		}
		if mi := mentionAt(toks, ms, q+1, 1); mi >= 0 {
			b := ms[mi]
			// "at the prime minister's office": the office holder's
			// building.
			if wordAt(toks, b.j) == "'s" && seatHeads[wordAt(toks, b.j+1)] {
				b.j += 2
				b.text = spanText(toks, b.i, b.j)
			}
			if b.sector != kb.SectorGovernment || !seatHeads[toks[b.j-1].low] && b.kind != kb.TypeOrganisation {
				return mention{}, false, false
			}
			if b.kind == kb.TypeOrganisation && !seatHeads[toks[b.j-1].low] && !namedSeat(b) {
				return mention{}, false, false
			}
			if isParty(b, src, tgt) {
				return mention{}, false, false
			}
			return b, b.country != "" && !b.borrowed, true
		}
		// "at the presidential palace": a building the tagger names no
		// body for; its country is the story's.
		k := q + 1
		if wordAt(toks, k) != "the" {
			return mention{}, false, false
		}
		for k++; k < len(toks) && k < q+5; k++ {
			w := toks[k].low
			if w == "palace" || w == "residence" {
				return mention{i: q + 2, j: k + 1, text: spanText(toks, q+2, k+1), sector: kb.SectorGovernment, kind: "role"}, false, true
			}
			if w != "presidential" && w != "royal" && w != "official" && w != "prime" && w != "minister's" && w != "president's" && w != "state" {
				break
			}
		}
		return mention{}, false, false
	}
	return mention{}, false, false
}

// namedSeat says whether a government body named as an organisation is one
// its building stands for ("the Kremlin", "the White House", "Downing
// Street", "the Elysee"): its name, not a government's ("the French
// government"), is what the sentence gives.
func namedSeat(b mention) bool {
	name := strings.ToLower(b.text)
	for _, w := range []string{"government", "administration", "cabinet"} {
		if strings.HasSuffix(name, w) {
			return false
		}
	}
	return true
}
