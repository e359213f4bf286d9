package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCapitalAfterPlaceWords: a capital after a preposition of place is
// the city even when words saying which part or kind of place it is stand
// between ("in central Nairobi", "in the capital Conakry", "outside the
// Guinean capital Conakry"); the same words with no preposition before
// them leave the capital standing for its government.
func TestCapitalAfterPlaceWords(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, city string
		id, sector       string
	}{
		{"a part of the city", "GENEVA — Police fired tear gas at protesters in central Nairobi on Monday.",
			"Nairobi", "place:KEN:nairobi", ""},
		{"downtown", "GENEVA — Thousands marched across downtown Caracas on Sunday.",
			"Caracas", "place:VEN:caracas", ""},
		{"the capital", "GENEVA — Officials gathered in the capital Conakry on Tuesday.",
			"Conakry", "place:GIN:conakry", ""},
		{"a demonym and the capital", "GENEVA — Hundreds marched outside the Guinean capital Conakry on Sunday.",
			"Conakry", "place:GIN:conakry", ""},
		{"near miss: the capital as subject", "GENEVA — The capital Conakry rejected the claim on Tuesday.",
			"Conakry", "GIN", "government"},
		{"near miss: a possessive before", "GENEVA — Kenya's capital Nairobi said it would retaliate.",
			"Nairobi", "KEN", "government"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", []ent{{"GENEVA", model.EntityGPE}, {c.city, model.EntityGPE}})
		found := false
		for _, e := range art.Entities {
			if e.Text != c.city {
				continue
			}
			found = true
			if e.ActorID != c.id || e.Sector != c.sector {
				t.Errorf("%s: %s -> %q/%q, want %q/%q", c.name, c.city, e.ActorID, e.Sector, c.id, c.sector)
			}
		}
		if !found {
			t.Errorf("%s: no mention %q", c.name, c.city)
		}
	}
}

// TestPossessedLegislatureTaggedPlace: a legislature's name the tagger
// took for a place, written after a country's possessive, is that
// country's legislature; the bare name or a city's possessive keeps the
// tagger's place.
func TestPossessedLegislatureTaggedPlace(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, country, body string
		typ, id                   string
	}{
		{"France's National Assembly", "PARIS (Wire) - France's National Assembly toppled the government on Wednesday.",
			"France", "National Assembly", model.EntityOrg, "FRA.LEG"},
		{"South Korea's National Assembly", "SEOUL (Wire) - South Korea's National Assembly passed the budget on Monday.",
			"South Korea", "National Assembly", model.EntityOrg, "KOR.LEG"},
		{"Italy's Chamber of Deputies", "LONDON (Wire) - Italy's Chamber of Deputies approved the tax bill on Tuesday.",
			"Italy", "Chamber of Deputies", model.EntityOrg, "ITA.LEG"},
		{"near miss: the building", "PARIS (Wire) - Protesters gathered outside the National Assembly in France on Wednesday.",
			"France", "National Assembly", model.EntityLoc, ""},
	} {
		ents := []ent{{c.country, model.EntityGPE}, {c.body, model.EntityLoc}}
		if c.name == "near miss: the building" {
			ents = []ent{{c.body, model.EntityLoc}, {c.country, model.EntityGPE}}
		}
		art := resolveGiven(t, s, c.text, "2026-11-23", ents)
		found := false
		for _, e := range art.Entities {
			if e.Text != c.body {
				continue
			}
			found = true
			if e.Type != c.typ || e.ActorID != c.id {
				t.Errorf("%s: %s -> %s %q, want %s %q", c.name, c.body, e.Type, e.ActorID, c.typ, c.id)
			}
		}
		if !found {
			t.Errorf("%s: no mention %q", c.name, c.body)
		}
	}
}

// TestSpokesmanForHomeChamber: a spokesperson "for" a chamber named bare
// and linked to the home country's legislature, which the knowledge base
// holds no body of ("a spokesman for Congress" in Lima), serves that
// legislature, not the government; a ministry's spokesman is still the
// government's.
func TestSpokesmanForHomeChamber(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, dateline, body, role string
		id                               string
	}{
		{"Congress in Lima", "LIMA (Wire) - The vote was delayed on Thursday, a spokesman for Congress said.",
			"LIMA", "Congress", "spokesman", "PER.LEG"},
		{"the Senate in Manila", "MANILA (Wire) - The bill was approved, a spokeswoman for the Senate said on Monday.",
			"MANILA", "Senate", "spokeswoman", "PHL.LEG"},
		{"near miss: a ministry's spokesman", "LIMA (Wire) - The vote was delayed on Thursday, a spokesman for the Foreign Ministry said.",
			"LIMA", "Foreign Ministry", "spokesman", "PER.GOV"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", []ent{{c.dateline, model.EntityGPE}, {"Wire", model.EntityOrg}, {c.body, model.EntityOrg}})
		found := false
		for _, e := range art.Entities {
			if e.Type != EntityRole || e.Text != c.role {
				continue
			}
			found = true
			if e.ActorID != c.id {
				t.Errorf("%s: %s -> %q, want %q", c.name, c.role, e.ActorID, c.id)
			}
		}
		if !found {
			t.Errorf("%s: no role %q in %v", c.name, c.role, art.Entities)
		}
	}
}

// roleLinkOf resolves text with the entities ents and returns the actor
// id of the role mention whose text is role, "" when there is none, and
// whether there was such a mention.
func roleLinkOf(t *testing.T, s *Stage, text string, ents []ent, role string) (string, bool) {
	t.Helper()
	for _, e := range resolveGiven(t, s, text, "2026-11-23", ents).Entities {
		if e.Type == EntityRole && e.Text == role {
			return e.ActorID, true
		}
	}
	return "", false
}

// TestSpeakingPresidency: a bare "the presidency" that speaks or acts is
// the home country's government, as "the foreign ministry said" is; one
// after a preposition of place ("at the presidency") is the building and
// names no one.
func TestSpeakingPresidency(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, dateline, id string
		role                     bool
	}{
		{"said after the clause", "ACCRA (Wire) - The finance minister resigned on Thursday, the presidency said in a statement.",
			"ACCRA", "GHA.GOV", true},
		{"said before the clause", "NAIROBI (Wire) - The presidency said the vote was fair.",
			"NAIROBI", "KEN.GOV", true},
		{"near miss: a place", "ACCRA (Wire) - The minister met officials at the presidency on Monday.",
			"ACCRA", "", false},
	} {
		id, ok := roleLinkOf(t, s, c.text, []ent{{c.dateline, model.EntityGPE}, {"Wire", model.EntityOrg}}, "presidency")
		if id != c.id || ok != c.role {
			t.Errorf("%s: presidency -> %q (mention %v), want %q (mention %v)", c.name, id, ok, c.id, c.role)
		}
	}
}

// TestLowerCaseChamber: a chamber written in lower case after its country
// ("the Thai senate", "Japan's upper house") is that country's
// legislature; a senate of another body ("the university senate") or a
// bare "the senate" is no one named.
func TestLowerCaseChamber(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		role, id   string
	}{
		{"a demonym's senate", "BANGKOK (Wire) - The Thai senate approved the law on Friday.",
			[]ent{{"BANGKOK", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Thai", model.EntityNORP}}, "senate", "THA.LEG"},
		{"a possessive's upper house", "TOKYO (Wire) - Japan's upper house passed the bill on Friday.",
			[]ent{{"TOKYO", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Japan", model.EntityGPE}}, "upper house", "JPN.LEG"},
		{"near miss: a university's senate", "LONDON (Wire) - The university senate voted to close the department.",
			[]ent{{"LONDON", model.EntityGPE}, {"Wire", model.EntityOrg}}, "senate", ""},
		{"near miss: a bare senate", "MANILA (Wire) - The senate rejected the bill on Monday.",
			[]ent{{"MANILA", model.EntityGPE}, {"Wire", model.EntityOrg}}, "senate", ""},
	} {
		if id, _ := roleLinkOf(t, s, c.text, c.ents, c.role); id != c.id {
			t.Errorf("%s: %s -> %q, want %q", c.name, c.role, id, c.id)
		}
	}
}

// TestBodyOfIncludedGroup: a national body named without its country,
// listed among a group after "including" or "such as" ("four Venezuelan
// officials, including Supreme Court judge Carmen Rojas"), is of the
// country named for the group, not of the dateline's; the same body with
// no such list stays the home country's.
func TestBodyOfIncludedGroup(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, demonym, body, id string
	}{
		{"a later sentence", "WASHINGTON (Wire) - The Treasury froze the assets of four Venezuelan officials on Wednesday. The officials, including Supreme Court judge Carmen Rojas, were added to a sanctions list.",
			"Venezuelan", "Supreme Court", "doc:org:VEN:supreme_court"},
		{"one sentence", "WASHINGTON (Wire) - The Treasury sanctioned three Nicaraguan officials, such as Interior Ministry spokesman Ana Ruiz, on Monday.",
			"Nicaraguan", "Interior Ministry", "NIC.GOV"},
		{"near miss: no list", "WASHINGTON (Wire) - The Supreme Court heard a case brought by Venezuelan migrants on Wednesday.",
			"Venezuelan", "Supreme Court", "doc:org:USA:supreme_court"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", []ent{{"WASHINGTON", model.EntityGPE}, {"Wire", model.EntityOrg}, {c.demonym, model.EntityNORP}, {c.body, model.EntityOrg}})
		found := false
		for _, e := range art.Entities {
			if e.Text != c.body {
				continue
			}
			found = true
			if e.ActorID != c.id {
				t.Errorf("%s: %s -> %q, want %q", c.name, c.body, e.ActorID, c.id)
			}
		}
		if !found {
			t.Errorf("%s: no mention %q", c.name, c.body)
		}
	}
}

// TestSpeakingCentralBank: a bare "the central bank" that speaks is the
// home country's, a state's one central bank, coded as "Thailand's central
// bank" is (the government); after a named bank it points back to that
// bank and takes no country, and one that does not speak or act ("marched
// to the central bank") is a place.
func TestSpeakingCentralBank(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		id         string
		role       bool
	}{
		{"said under a dateline", "BANGKOK (Wire) - The central bank said inflation would ease this year.",
			[]ent{{"BANGKOK", model.EntityGPE}, {"Wire", model.EntityOrg}}, "THA.GOV", true},
		{"announced under another dateline", "NAIROBI (Wire) - The central bank announced a cut in its main rate.",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Wire", model.EntityOrg}}, "KEN.GOV", true},
		{"near miss: after a named bank", "FRANKFURT (Wire) - The European Central Bank held rates. The central bank said inflation would ease.",
			[]ent{{"FRANKFURT", model.EntityGPE}, {"Wire", model.EntityOrg}, {"European Central Bank", model.EntityOrg}}, "", false},
		{"near miss: a place marched to", "BANGKOK (Wire) - Protesters marched to the central bank on Monday.",
			[]ent{{"BANGKOK", model.EntityGPE}, {"Wire", model.EntityOrg}}, "", false},
	} {
		id, ok := roleLinkOf(t, s, c.text, c.ents, "central bank")
		if id != c.id || ok != c.role {
			t.Errorf("%s: central bank -> %q (mention %v), want %q (mention %v)", c.name, id, ok, c.id, c.role)
		}
	}
}
