package events

import "github.com/newsgraph/newsgraph/internal/kb"

// A raid by police, prosecutors or anti-graft investigators on the offices
// of a state body ("Police raided the presidential office", "Anti-graft
// agents raided the agriculture ministry", "Prosecutors raided the
// offices of the land ministry") is a search of those premises under the
// law, not military force: COERCE, CAMEO 170 (coerce, not specified; the
// sentence tells neither property seized, 171, nor anyone arrested, 173),
// aimed at the body raided, the government of its country. A raid by
// soldiers or gunmen, and a police raid on homes, a village or a newsroom,
// keeps the use of force (ASSAULT 190) the verb codes.

// searchRaiders are the heads of a subject that searches by law where no
// mention gives its sector ("investigators", "agents" of an anti-graft
// body).
var searchRaiders = map[string]bool{"police": true, "policemen": true, "detectives": true, "investigators": true,
	"prosecutors": true, "agents": true, "officers": true}

// stateOfficeWords are words of an object phrase that name the premises of
// a state body: "the presidential office", "the agriculture ministry", "the
// offices of the interior ministry", "the cabinet secretariat".
var stateOfficeWords = map[string]bool{"presidential": true, "ministry": true, "ministries": true,
	"secretariat": true, "cabinet": true, "parliament": true, "legislature": true, "palace": true,
	"governorate": true, "municipality": true, "prefecture": true, "city": true}

// searchRaid says whether trigger t, the active verb "raid", is a search by
// a law-enforcement subject of a state body's premises; see above.
func searchRaid(toks []tok, ms []mention, t *trigger) bool {
	p := t.p
	if t.nominal || t.passive || len(p.Words) != 1 || p.Words[0] != "raid" || t.i == 0 {
		return false
	}
	// The subject: the word right before the verb, past an auxiliary.
	s := t.i - 1
	for s > 0 && (toks[s].low == "have" || toks[s].low == "has" || toks[s].low == "had") {
		s--
	}
	lawful := searchRaiders[toks[s].low]
	for _, m := range ms {
		if m.j == s+1 && m.i <= s {
			switch m.sector {
			case kb.SectorPolice, kb.SectorJudiciary:
				lawful = true
			case kb.SectorMilitary, kb.SectorRebel:
				return false
			}
		}
	}
	if !lawful {
		return false
	}
	// A military or rebel word in the subject ("army investigators",
	// "militia agents") is no lawful search.
	if s > 0 && (toks[s-1].low == "army" || toks[s-1].low == "military" || toks[s-1].low == "militia") {
		return false
	}
	// The object phrase: up to eight words to the first clause break.
	for k := t.j; k < len(toks) && k < t.j+8; k++ {
		w := toks[k].low
		if isPunct(w) || w == "and" || w == "on" || w == "in" || w == "at" || w == "after" || w == "over" || finiteVerb(toks[k]) {
			break
		}
		if stateOfficeWords[w] {
			return !cityPlace(toks, k)
		}
		for _, m := range ms {
			if m.i == k && !countryLevel(m.kind) {
				switch m.sector {
				case kb.SectorGovernment, kb.SectorLegislature:
					return true
				}
			}
		}
	}
	return false
}

// cityPlace says whether "city" at k is part of "city hall" (a state body's
// premises) or only a place ("the city", "Quezon City"): only city hall counts.
func cityPlace(toks []tok, k int) bool {
	if toks[k].low != "city" {
		return false
	}
	return k+1 >= len(toks) || toks[k+1].low != "hall"
}

// countryBody turns the country-level targets of an act on a state body
// into that country's body of sector: a search raid on a "presidential
// office" searches the government's premises, toppling a government
// removes the government, dissolving parliament shuts the legislature;
// the bare country is only what the pattern's gap leaves.
func countryBody(tgt group, sector string) group {
	out := make(group, len(tgt))
	copy(out, tgt)
	for i, m := range out {
		if countryLevel(m.kind) && m.sector == "" && m.country != "" {
			out[i].sector = sector
		}
	}
	return out
}
