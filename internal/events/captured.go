package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// captureForms are the forms of the verbs of taking a place by force
// whose direct object is the place taken: "seized Goma", "captured
// Timbuktu", "overran Kidal".
var captureForms = map[string]bool{
	"seize": true, "seizes": true, "seized": true, "seizing": true,
	"capture": true, "captures": true, "captured": true, "capturing": true,
	"recapture": true, "recaptures": true, "recaptured": true, "recapturing": true,
	"retake": true, "retakes": true, "retook": true, "retaken": true, "retaking": true,
	"overrun": true, "overruns": true, "overran": true, "overrunning": true,
}

// capturedPlace returns the place named by the untagged capitalised words
// right after a verb of capture at token i-1 ("Jihadists captured
// Timbuktu", "M23 rebels seized Bunagana"), or false. The tagger misses
// many small towns' names, and the coder would then take the country of
// the scene for what was taken. The slot itself is the evidence a
// place is meant, as "the town of" is for the resolver, but only when an
// armed force (a military or rebel mention before the verb) does the
// taking: "police captured Escobar" takes a man. The words must be the
// whole name (no capitalised word, possessive or hyphen after them), no
// given name or known family name, and a city of the knowledge base or a
// town of a country the sentence, the article so far or its dateline
// names (as the resolver's towns gate asks: many towns share a name with
// a town elsewhere or a word), or the only town of that name.
func (c *Coder) capturedPlace(toks []tok, ms []mention, covered []bool, i int, art *articleState) (mention, bool) {
	if c.kb == nil || i < 2 || i >= len(toks) || !captureForms[toks[i-1].low] || covered[i] || overlapsAny(ms, i) {
		return mention{}, false
	}
	armed := false
	for _, m := range ms {
		if m.j <= i-1 && (m.sector == kb.SectorMilitary || m.sector == kb.SectorRebel) {
			armed = true
		}
	}
	if !armed {
		return mention{}, false
	}
	j := i
	for j < len(toks) && j < i+3 && isCap(toks[j].text) && !isPunct(toks[j].low) && !covered[j] && !overlapsAny(ms, j) {
		j++
	}
	if j == i {
		return mention{}, false
	}
	if j < len(toks) {
		if n := toks[j]; isCap(n.text) && !isPunct(n.low) || n.low == "'s" || n.low == "'" || n.low == "-" {
			return mention{}, false
		}
	}
	text := spanText(toks, i, j)
	key := kb.Normalize(text)
	if key == "" || strings.ToUpper(text) == text {
		return mention{}, false
	}
	// A given or family name alone after a verb of capture may be the
	// person captured. Any known person's family name counts, with none of
	// the evidence a family name needs to be an office holder's
	// (kb.LoneSurname): the question is whether the word names people at
	// all, and a common family name ("Castro", "Paz") names more of them,
	// not fewer, when nothing says the holder is meant.
	if j-i == 1 && (c.kb.GivenNameGender(toks[i].text) != "" || len(c.kb.Surname(key)) > 0) {
		return mention{}, false
	}
	place := func(a *kb.Actor) mention {
		return mention{i: i, j: j, text: text, actorID: a.ID, country: a.Country, kind: kb.TypePlace}
	}
	if a, ok := c.kb.City(key); ok {
		return place(a), true
	}
	named := func(cc string) bool {
		if art != nil && (art.dateline == cc || art.scene == cc || art.countries[cc]) {
			return true
		}
		for _, m := range ms {
			if m.country == cc && !m.borrowed {
				return true
			}
		}
		return false
	}
	towns := c.kb.Towns(key)
	for _, a := range towns {
		if named(a.Country) {
			return place(a), true
		}
	}
	// "Islamist militants captured Timbuktu": a name only one town of the
	// gazetteer bears is that town even when nothing in the story names
	// its country. The gate above is for names towns share with each
	// other; the slot after an armed force's verb of capture already says
	// a place is meant, and given and family names were ruled out.
	if len(towns) == 1 {
		return place(towns[0]), true
	}
	return mention{}, false
}

// takenPlace says whether mention m names a place one can take by force:
// a place, a capital, or a name the tagger called a country that the
// resolver found to be a city or town ("Rebels seized Goma").
func takenPlace(m mention) bool {
	return m.kind == kb.TypePlace || m.kind == "capital" || strings.HasPrefix(m.actorID, "city:") || strings.HasPrefix(m.actorID, "town:") || strings.HasPrefix(m.actorID, "doc:place:")
}

// takingVerbs are the first words of the patterns that code taking a place
// by force (ASSAULT 190): "captured", "seized", "overran", "retook",
// "regained control of". Other 190 verbs ("attacked Goma") strike a place
// without taking it, and its people stay their target.
var takingVerbs = map[string]bool{"capture": true, "recapture": true, "retake": true, "seize": true, "overrun": true,
	"regain": true, "take": true, "wrest": true, "win": true}

// takenPlaceRoles returns the target and the location of a capture whose
// object is a place: "Rebels captured the town of Goma", "M23 fighters
// seized the Congolese town of Goma". A town is not a party to the
// fighting; it is where the fighting happened, and the side that loses it
// is the one that held it. That holder is the object of "from" when the
// text names it ("retook the village from government forces"); otherwise
// it is the forces of the place's country, unless the taker is that
// state's own side retaking its own ground from someone unnamed, when no
// target is known. ok is false when the object is no place.
func (c *Coder) takenPlaceRoles(toks []tok, ms []mention, t *trigger, src, tgt group) (group, *mention, bool) {
	if t.nominal || len(tgt) == 0 || tgt[0].i < t.j || !takingVerbs[t.p.Words[0]] {
		return nil, nil, false
	}
	m := tgt[0]
	place := m
	switch {
	case takenPlace(m):
	case m.kind == "demonym":
		// "the Congolese town of Goma", "the Ukrainian village": the
		// demonym names the country of a place, not a party.
		end := demonymPhraseEnd(toks, m)
		if end <= m.j || !(territoryNouns[toks[end-1].low] || namedPlaceNouns[toks[end-1].low]) {
			return nil, nil, false
		}
		p := c.demonymPlace(toks, ms, m)
		if p == nil {
			return nil, nil, false
		}
		place = *p
	default:
		return nil, nil, false
	}
	if place.country == "" && m.country != "" {
		place.country = m.country
	}
	// "retook the town from government forces": the holder named.
	for k := max(place.j, m.j); k < len(toks) && k < max(place.j, m.j)+6; k++ {
		l := toks[k].low
		if isPunct(l) || l == "and" || l == "after" || l == "as" || l == "which" || l == "who" {
			break
		}
		if l != "from" {
			continue
		}
		if mi := mentionAt(toks, ms, k+1, 2); mi >= 0 && !takenPlace(ms[mi]) && ms[mi].kind != "pronoun" {
			return groupAt(toks, ms, mi), &place, true
		}
		break
	}
	if place.country == "" || c.kb == nil {
		return nil, &place, true
	}
	// "Ukrainian troops recaptured the village of Robotyne": a state's
	// forces retaking their own ground took it from a holder left unsaid.
	if len(src) > 0 && src[0].country == place.country && (src[0].sector == kb.SectorMilitary || src[0].sector == kb.SectorPolice || stateSide(src[0])) {
		return nil, &place, true
	}
	// "The army regained control of Kidal": a bare army or police force
	// taking a town is as likely that state's own as a foreign one (which
	// a story names: "Russian troops"), so its forces are no known loser.
	if len(src) > 0 && src[0].country == "" && src[0].kind == "role" && (src[0].sector == kb.SectorMilitary || src[0].sector == kb.SectorPolice) {
		return nil, &place, true
	}
	a, ok := c.kb.Actor(place.country)
	if !ok || a.Type != kb.TypeCountry {
		return nil, &place, true
	}
	return group{mention{i: -1, j: -1, text: a.Name, actorID: a.ID, country: a.Country, sector: kb.SectorMilitary, kind: "country"}}, &place, true
}
