package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// A raid by a regulator, prosecutors or investigators on a company's
// offices ("Japan's Fair Trade Commission raided the offices of Amazon
// Japan", "EU antitrust investigators raided the headquarters of two
// carmakers") is a search under the law, as a police raid on a ministry
// is (searchRaid): COERCE, CAMEO 170, aimed at the company. Police raids
// are left to searchRaid: a police raid on a newsroom or on homes keeps
// the force the verb codes (ASSAULT 190), and so does any raid by soldiers.

// companySearchers are the heads of a subject that investigates for the
// state where no mention gives its sector; "police" is not one (above).
var companySearchers = map[string]bool{"investigators": true, "prosecutors": true, "inspectors": true,
	"regulators": true, "regulator": true, "watchdog": true, "auditors": true}

// premisesWords name a company's premises in the object phrase.
var premisesWords = map[string]bool{"office": true, "offices": true, "headquarters": true, "premises": true}

// companySearchRaid says whether trigger t, the active verb "raid", is a
// search of a company's premises by a regulator or investigators.
func companySearchRaid(toks []tok, ms []mention, t *trigger) bool {
	p := t.p
	if t.nominal || t.passive || len(p.Words) != 1 || p.Words[0] != "raid" || t.i == 0 {
		return false
	}
	s := t.i - 1
	for s > 0 && (toks[s].low == "have" || toks[s].low == "has" || toks[s].low == "had") {
		s--
	}
	lawful := companySearchers[toks[s].low] || fiscalSearcher(toks, s) && fiscalHeads[toks[s].low]
	for _, m := range ms {
		if m.j != s+1 || m.i > s {
			continue
		}
		switch {
		case m.sector == kb.SectorMilitary || m.sector == kb.SectorRebel || m.sector == kb.SectorPolice:
			return false
		case m.sector == kb.SectorJudiciary:
			lawful = true
		// A state body named as such (a commission, an authority), not
		// the country itself, whose raid could be its forces'.
		case m.sector == kb.SectorGovernment && !countryLevel(m.kind) && m.kind != "person":
			lawful = true
		}
	}
	if !lawful || (s > 0 && (toks[s-1].low == "army" || toks[s-1].low == "military" || toks[s-1].low == "militia")) {
		return false
	}
	// The object phrase names premises and, after them, a company: a
	// business actor, or an organisation of no sector that is no media.
	premises := false
	for k := t.j; k < len(toks) && k < t.j+10; k++ {
		w := toks[k].low
		if isPunct(w) || w == "and" || w == "on" || w == "in" || w == "at" || w == "after" || w == "over" || finiteVerb(toks[k]) {
			break
		}
		if premisesWords[w] {
			premises = true
			continue
		}
		for _, m := range ms {
			if m.i != k || countryLevel(m.kind) {
				continue
			}
			owned := premises || possessedPremises(toks, m.j)
			if m.sector == kb.SectorBusiness || (m.sector == "" && m.kind == "organisation") {
				return owned || m.sector == kb.SectorBusiness
			}
			// "Indian tax officials raided the BBC's offices": a tax or
			// customs audit of an outlet's premises is a search by law
			// too; a police raid on a newsroom keeps its force (above).
			if m.sector == kb.SectorMedia && fiscalSearcher(toks, s) {
				return owned
			}
			return false
		}
	}
	return false
}

// sanctioningBody says whether m acts for a state or a union of states: a
// government body (a ministry, a regulator), an international
// organisation (the European Commission) or a country named as such.
func sanctioningBody(m mention) bool {
	if m.kind == "person" {
		return false
	}
	return m.sector == kb.SectorGovernment || m.sector == kb.SectorIGO || (countryLevel(m.kind) && m.sector == "")
}

// gapPlanWords are participles that, inside the "*" gap of a matched phrase
// ("blocked Booking's planned acquisition", "vetoed the proposed
// merger"), describe the object, not the time of the verb's act.
var gapPlanWords = map[string]bool{"planned": true, "proposed": true, "scheduled": true, "intended": true}

// blankGapPlans blanks, in around (the sentence text from byte begin),
// the gapPlanWords standing between the first and the last word of trigger
// t, so that the tense read around the trigger is the verb's own.
func blankGapPlans(around string, toks []tok, t *trigger, begin int) string {
	if t.nominal || t.j-t.i < 3 {
		return around
	}
	for k := t.i + 1; k < t.j-1; k++ {
		if !gapPlanWords[toks[k].low] {
			continue
		}
		lo, hi := toks[k].start-begin, toks[k].end-begin
		if lo < 0 || hi > len(around) {
			continue
		}
		around = around[:lo] + strings.Repeat(" ", hi-lo) + around[hi:]
	}
	return around
}

// workersEmployer finds, for a source of one labour actor ("workers",
// "unionised employees"), the company named right after it with "at" or
// "of" ("workers at Samsung Electronics", "employees of Renault"): their
// employer, whom their strike or protest is against.
func workersEmployer(toks []tok, ms []mention, src group) (mention, bool) {
	if len(src) != 1 || src[0].sector != kb.SectorLabour || src[0].j < 0 || src[0].j+1 >= len(toks) {
		return mention{}, false
	}
	if p := toks[src[0].j].low; p != "at" && p != "of" {
		return mention{}, false
	}
	for _, m := range ms {
		if m.i == src[0].j+1 && m.sector == kb.SectorBusiness && !countryLevel(m.kind) {
			return m, true
		}
	}
	return mention{}, false
}

// fiscalWords, in the subject before its head, make the searchers a tax,
// revenue or customs authority's ("tax officials", "customs agents").
var fiscalWords = map[string]bool{"tax": true, "revenue": true, "customs": true, "fiscal": true}

// fiscalHeads are the heads of a subject that, after a fiscalWords word,
// name its officers.
var fiscalHeads = map[string]bool{"officials": true, "officers": true, "agents": true, "inspectors": true,
	"authorities": true, "authority": true, "investigators": true, "department": true, "service": true}

// fiscalSearcher says whether the subject whose head is at s is a tax,
// revenue or customs authority's officers.
func fiscalSearcher(toks []tok, s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		if fiscalWords[toks[k].low] {
			return true
		}
	}
	return false
}

// possessedPremises says whether the owner mention ending at j is followed
// by "'s" and a premises word ("the BBC's offices", "Samsung's
// headquarters in Seoul").
func possessedPremises(toks []tok, j int) bool {
	if j+1 >= len(toks) || (toks[j].low != "'s" && toks[j].low != "'" && toks[j].low != "’s") {
		return false
	}
	return premisesWords[toks[j+1].low]
}
