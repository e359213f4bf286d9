package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestBarePluralPartiesByDateline: a bare "the Conservatives", "the Tories"
// or "the Democratic Party" is the listed party of the story's country
// (Britain's or Canada's Conservatives, South Korea's or Italy's Democratic
// Party); a country with no such party listed gives a party of its own,
// never another country's; lower-case "conservatives" is no party.
func TestBarePluralPartiesByDateline(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, party, typ string
		id                     string // "doc:" for a party of the article's own
		country                string
	}{
		{"Ottawa Conservatives", "OTTAWA (Reuters) - The Conservatives called for an early election on Monday.", "Conservatives", model.EntityOrg, "CAN.PTY.CPC", "CAN"},
		{"Ottawa Tories", "OTTAWA (Reuters) - The Tories called for an early election on Monday.", "Tories", model.EntityMisc, "CAN.PTY.CPC", "CAN"},
		{"London Tories", "LONDON (Reuters) - The Tories called for an early election on Monday.", "Tories", model.EntityMisc, "GBR.PTY.CON", "GBR"},
		{"London Conservatives", "LONDON (Reuters) - The Conservatives called for an early election on Monday.", "Conservatives", model.EntityOrg, "GBR.PTY.CON", "GBR"},
		{"Seoul Democratic Party", "SEOUL (Reuters) - The Democratic Party called for an early election on Monday.", "Democratic Party", model.EntityOrg, "KOR.PTY.DPK", "KOR"},
		{"Rome Democratic Party", "ROME (Reuters) - The Democratic Party called for an early election on Monday.", "Democratic Party", model.EntityOrg, "ITA.PTY.PD", "ITA"},
		// Near misses: a country whose own Conservatives the knowledge
		// base lacks keeps them its own, not Britain's.
		{"Oslo Conservatives", "OSLO (Reuters) - The Conservatives called for an early election on Monday.", "Conservatives", model.EntityOrg, "doc:", "NOR"},
		{"Nairobi Democratic Party", "NAIROBI (Reuters) - The Democratic Party called for an early election on Monday.", "Democratic Party", model.EntityOrg, "doc:", "KEN"},
	} {
		city, _, _ := strings.Cut(c.text, " (Reuters)")
		art := resolveTagged(t, s, c.text, "2025-03-04", [][2]string{{city, "GPE"}, {"Reuters", "ORG"}, {c.party, c.typ}})
		got := orgByText(art, c.party)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.party, art.Entities)
			continue
		}
		if c.id == "doc:" && (len(got.ActorID) < 4 || got.ActorID[:4] != "doc:") || c.id != "doc:" && got.ActorID != c.id {
			t.Errorf("%s: %q -> %q, want %q", c.name, c.party, got.ActorID, c.id)
		}
		if got.Country != c.country || got.Sector != "party" {
			t.Errorf("%s: %q country %q sector %q, want %q party", c.name, c.party, got.Country, got.Sector, c.country)
		}
	}
}
