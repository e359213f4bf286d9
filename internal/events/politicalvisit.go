package events

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// A meeting or a visit (CAMEO 04) is an event between political actors: a
// state's officials, its forces, parties, rebels, international bodies.
// Tourists visiting Egypt, a band touring Japan, a company's engineers at a
// dam site or a singer meeting fans consult no one, however the place they
// go to resolves; a minister, a delegation or a business leader received by
// a government still does.

// nonPoliticalMeeting says whether the meeting or visit t, told with src
// and tgt, has no political actor on the side that meets or travels:
//   - no source, and the head of the clause's subject right before the
//     verb is a common noun no actor covers ("The band visited Japan",
//     "American tourists visited Egypt": the nationality before the head
//     says where the people are from, not that a state travels);
//   - a source of businesses, civilians, sportspeople, media or schools
//     only, and no political target ("Chinese investors visited the
//     factory in Hungary"; "executives met Chinese officials" keeps it);
//   - a source of people the article names with no office, country or
//     side, meeting others no better known ("Ford visited his editor").
func nonPoliticalMeeting(toks []tok, ms []mention, t *trigger, src, tgt group) bool {
	if t.nominal || t.passive {
		return false
	}
	if slices.ContainsFunc(tgt, politicalParty) {
		return false
	}
	head := subjectHeadBefore(toks, t.i)
	if head >= 0 && commonNounHead(toks, ms, head) && !prepositionBefore(toks, head) {
		// Only the nationality or a name before the head may be a source:
		// a mention past the head is the subject of another clause.
		for _, m := range src {
			if m.j > head || m.i < head-4 || m.sector != "" {
				return false
			}
		}
		return true
	}
	if len(src) == 0 {
		return false
	}
	if !slices.ContainsFunc(src, func(m mention) bool { return !nonPoliticalSectors[m.sector] && !layFaithful(toks, m) }) {
		return true
	}
	if !slices.ContainsFunc(src, func(m mention) bool { return !unplacedName(m) }) &&
		!slices.ContainsFunc(tgt, func(m mention) bool { return !unplacedName(m) && !nonPoliticalSectors[m.sector] }) {
		return true
	}
	return false
}

// nonPoliticalSectors are the sectors of people who meet and travel for
// their trade, faith in sport or leisure, not for a state or a side.
var nonPoliticalSectors = map[string]bool{kb.SectorBusiness: true, kb.SectorCivilian: true, kb.SectorSports: true,
	kb.SectorMedia: true, kb.SectorEducation: true, kb.SectorHealth: true}

// politicalParty says whether m is an actor whose meetings are political
// whoever meets it: a state body, force, party or side, an international
// body, or a person or organisation the knowledge base knows by an id of
// its own that is no business's.
func politicalParty(m mention) bool {
	switch m.sector {
	case kb.SectorGovernment, kb.SectorMilitary, kb.SectorPolice, kb.SectorRebel, kb.SectorOpposition, kb.SectorParty,
		kb.SectorLegislature, kb.SectorJudiciary, kb.SectorReligion, kb.SectorLabour:
		return true
	}
	if m.country == "IGO" {
		return true
	}
	return m.sector == "" && m.actorID != "" && !strings.HasPrefix(m.actorID, "doc:") && (m.kind == kb.TypePerson || m.kind == kb.TypeOrganisation)
}

// unplacedName says whether m is a name only the article knows, with no
// country, office or side.
func unplacedName(m mention) bool {
	return strings.HasPrefix(m.actorID, "doc:") && m.country == "" && m.sector == "" && (m.kind == kb.TypePerson || m.kind == "name")
}

// subjectHeadBefore returns the index of the word before the verb at i,
// past auxiliaries and adverbs ("then", "later", "had"), or -1 when a
// relative pronoun or nothing stands there.
func subjectHeadBefore(toks []tok, i int) int {
	k := i - 1
	for k >= 0 && (adverbs[toks[k].low] || beAux[toks[k].low] || toks[k].low == "have" || toks[k].low == "has" || toks[k].low == "had" ||
		toks[k].low == "will" || toks[k].low == "would" || toks[k].low == "also") {
		k--
	}
	if k < 0 {
		return -1
	}
	return k
}

// commonNounHead says whether toks[k] is a common noun no mention covers
// and not one of the nouns for a body a state sends ("the delegation").
func commonNounHead(toks []tok, ms []mention, k int) bool {
	tk := toks[k]
	if !(tk.pos == "NN" || tk.pos == "NNS") || overlapsAny(ms, k) || stateVisitorNouns[tk.low] {
		return false
	}
	// A capital inside a sentence is a name the tagger took for a noun.
	return k == 0 || !isCap(tk.text)
}

// stateVisitorNouns name the bodies that travel for a state or a side
// when the sentence before has said whose they are ("The delegation
// arrived in Kyiv on Monday").
var stateVisitorNouns = map[string]bool{"delegation": true, "delegations": true, "mission": true, "missions": true,
	"entourage": true, "motorcade": true, "convoy": true, "pair": true, "sides": true, "parties": true}

// prepositionBefore says whether the noun at k is the object of "of",
// "from" or "between" within the four words before it ("representatives
// of the two countries"): the subject's head is then further left.
func prepositionBefore(toks []tok, k int) bool {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		switch toks[q].low {
		case "of":
			// "A group of tourists", "hundreds of fans": the noun after a
			// word of number is the subject's head.
			return !(q > 0 && (peopleCounters[toks[q-1].low] || quantityWord(toks[q-1].low)))
		case "from", "between", "with", "for", "in", "at", "on":
			return true
		}
	}
	return false
}

// peopleCounters count people as a body of no kind of its own: the noun
// after their "of" says who they are.
var peopleCounters = map[string]bool{"members": true, "group": true, "groups": true, "team": true, "teams": true, "crowd": true,
	"crowds": true, "busload": true, "party": true, "couple": true, "number": true, "handful": true}
