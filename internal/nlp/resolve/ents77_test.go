package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestAcronymPostBefore: a person the knowledge base lacks, named after an
// acronym the tagger read as no organisation and a lower-case head title
// ("ZTWU president Jane Moyo"), holds the body's post: a party or union the
// knowledge base knows by the acronym gives its country and sector, an
// acronym it does not know no sector (not the government's). A capitalised
// title, a lower-case word before the title, or an acronym the knowledge
// base holds as something else are no such body.
func TestAcronymPostBefore(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person string
		country, sector    string
	}{
		{"an unknown union's president", "NAIROBI — Workers will strike, ZTWU president Jane Moyo said on Monday.",
			"Jane Moyo", "KEN", ""},
		{"an unknown body's secretary-general", "NAIROBI — NAWPU secretary-general John Kato condemned the plan on Monday.",
			"John Kato", "KEN", ""},
		{"a known party's leader", "NAIROBI — The vote was rigged, ODM leader John Kato said on Monday.",
			"John Kato", "KEN", "party"},
		{"a capitalised title stays the office", "NAIROBI — KTDA President Jane Moyo said on Monday the talks failed.",
			"Jane Moyo", "", "government"},
		{"a lower-case word before the title", "NAIROBI — The union president Jane Moyo said on Monday the talks failed.",
			"Jane Moyo", "", "labour"},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", []ent{{"NAIROBI", model.EntityGPE}, {c.person, model.EntityPerson}})
		var p *model.Entity
		for i := range art.Entities {
			if art.Entities[i].Text == c.person {
				p = &art.Entities[i]
			}
		}
		if p == nil {
			t.Errorf("%s: no mention %q", c.name, c.person)
			continue
		}
		if p.Country != c.country || p.Sector != c.sector {
			t.Errorf("%s: %s -> %q/%q, want %q/%q", c.name, c.person, p.Country, p.Sector, c.country, c.sector)
		}
	}
}
