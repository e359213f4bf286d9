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
// a town elsewhere or a word).
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
	for _, a := range c.kb.Towns(key) {
		if named(a.Country) {
			return place(a), true
		}
	}
	return mention{}, false
}

// takenPlace says whether mention m names a place one can take by force:
// a place, a capital, or a name the tagger called a country that the
// resolver found to be a city or town ("Rebels seized Goma").
func takenPlace(m mention) bool {
	return m.kind == kb.TypePlace || m.kind == "capital" || strings.HasPrefix(m.actorID, "city:") || strings.HasPrefix(m.actorID, "town:") || strings.HasPrefix(m.actorID, "doc:place:")
}
