package resolve

import "testing"

// TestUnplacedNamesakeParty: without a dateline, a party name many
// countries' parties bear ("Democratic Party", "Labour Party") takes the
// knowledge base's party only when the article shows that party's
// country; otherwise it is a party of the article's home country, or of
// none.
func TestUnplacedNamesakeParty(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		party      string
		id         string // "" for a document-level party
		country    string
	}{
		{"opposition democrats, no country",
			"The opposition Democratic Party accused the government of rigging the budget vote.",
			[][2]string{{"Democratic Party", "ORG"}}, "Democratic Party", "", ""},
		{"labour, no country",
			"The Labour Party said it would boycott the session, its leader told reporters.",
			[][2]string{{"Labour Party", "ORG"}}, "Labour Party", "", ""},
		{"a home country named twice",
			"Japan votes on Sunday. The opposition Democratic Party accused the government of ignoring rural Japan.",
			[][2]string{{"Japan", "GPE"}, {"Democratic Party", "ORG"}, {"Japan", "GPE"}}, "Democratic Party", "", "JPN"},
		// Near misses: the article shows the knowledge base's party's
		// country, before or after the name, by a place, a body, a
		// person or a nationality; a name that is no generic one.
		{"a state after it",
			"The Democratic Party in Ohio endorsed the mayor.",
			[][2]string{{"Democratic Party", "ORG"}, {"Ohio", "GPE"}}, "Democratic Party", "USA.PTY.DEM", "USA"},
		{"congress after it",
			"The Democratic Party said Congress should reject the bill.",
			[][2]string{{"Democratic Party", "ORG"}, {"Congress", "ORG"}}, "Democratic Party", "USA.PTY.DEM", "USA"},
		{"a nationality before it",
			"American voters backed the Democratic Party in the midterms.",
			[][2]string{{"American", "NORP"}, {"Democratic Party", "ORG"}}, "Democratic Party", "USA.PTY.DEM", "USA"},
		{"the country's own name",
			"Britain's Labour Party won the vote.",
			[][2]string{{"Britain", "GPE"}, {"Labour Party", "ORG"}}, "Labour Party", "GBR.PTY.LAB", "GBR"},
	} {
		art := resolveTagged(t, s, c.text, "2025-03-04", c.ents)
		got := orgByText(art, c.party)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.party, art.Entities)
			continue
		}
		if c.id == "" && got.ActorID != "" && got.ActorID[:4] != "doc:" || c.id != "" && got.ActorID != c.id {
			t.Errorf("%s: %q -> %q, want %q", c.name, c.party, got.ActorID, c.id)
		}
		if got.Country != c.country || got.Sector != "party" {
			t.Errorf("%s: %q country %q sector %q, want %q party", c.name, c.party, got.Country, got.Sector, c.country)
		}
	}
}

// TestLaterPartyMentions: every mention of a party the knowledge base
// lacks carries the country and sector its first mention gave it.
func TestLaterPartyMentions(t *testing.T) {
	s := newStage(t)
	art := resolveTagged(t, s, "Hong Kong voters went to the polls. Hong Kong's Civic Party lost seats. The Civic Party said it would regroup.",
		"2025-03-04", [][2]string{{"Hong Kong", "GPE"}, {"Hong Kong", "GPE"}, {"Civic Party", "ORG"}, {"Civic Party", "ORG"}})
	n := 0
	for _, e := range art.Entities {
		if e.Text != "Civic Party" {
			continue
		}
		n++
		if e.Country != "HKG" || e.Sector != "party" {
			t.Errorf("mention at %d: country %q sector %q, want HKG party", e.Start, e.Country, e.Sector)
		}
	}
	if n != 2 {
		t.Errorf("%d mentions of Civic Party, want 2", n)
	}
}
