package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestShortHeadNamesTheBodyNamedBefore: a body's head noun used alone and
// capitalised ("Commission chairman ...", "the Alliance said") is the body
// of that head the report has just named in full, not the well-known body
// the knowledge base files under the bare word (the European Commission);
// with no such body named first, the knowledge base's reading stands.
func TestShortHeadNamesTheBodyNamedBefore(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		want       string // actor id of the last entity
	}{
		{"an electoral commission named first",
			"LUSAKA (Reuters) - The National Electoral Commission declared the result on Sunday. Commission chairman Peter Banda said turnout was high.",
			[][2]string{{"LUSAKA", "GPE"}, {"National Electoral Commission", "ORG"}, {"Commission", "ORG"}, {"Peter Banda", "PER"}}, "doc:org:ZMB:national_electoral_commission"},
		{"a known commission named first",
			"WASHINGTON (Reuters) - The Federal Trade Commission sued the retailer on Monday. The Commission said the merger would raise prices.",
			[][2]string{{"WASHINGTON", "GPE"}, {"Federal Trade Commission", "ORG"}, {"Commission", "ORG"}}, "USA.GOV.FTC"},
		{"no commission named first keeps the knowledge base's reading",
			"BRUSSELS (Reuters) - The Commission proposed new steel tariffs on Monday.",
			[][2]string{{"BRUSSELS", "GPE"}, {"Commission", "ORG"}}, "EUR.COM"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-08-18", c.ents)
			var got string
			for _, e := range art.Entities {
				if e.Text == "Commission" {
					got = e.ActorID
				}
			}
			if got != c.want {
				t.Errorf("Commission -> %q, want %q", got, c.want)
			}
		})
	}
}

// TestFamilyNameReadAsOrganisation: the family name of a person named in
// full before, which the tagger read once as an organisation ("Odinga told
// supporters"), is that person; a name tagged an organisation twice is the
// body named after the person ("Dell" after "Michael Dell").
func TestFamilyNameReadAsOrganisation(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		wantID     string
		wantPerson bool
	}{
		{"a politician's family name after the full name",
			"HARARE (Reuters) - Opposition leader Tendai Mukwena rejected the tally. Mukwena told supporters the vote was rigged.",
			[][2]string{{"HARARE", "GPE"}, {"Tendai Mukwena", "PER"}, {"Mukwena", "ORG"}}, "doc:person:tendai_mukwena", true},
		{"a company named after its founder, tagged twice",
			"AUSTIN (Reuters) - Founder Michael Hale spoke at the launch. Hale said sales rose. Hale shares fell 3 percent.",
			[][2]string{{"AUSTIN", "GPE"}, {"Michael Hale", "PER"}, {"Hale", "ORG"}, {"Hale", "ORG"}}, "doc:org:hale", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2025-08-18", c.ents)
			short := c.ents[len(c.ents)-1][0]
			var e model.Entity
			for _, x := range art.Entities {
				if x.Text == short {
					e = x
					break
				}
			}
			if e.ActorID != c.wantID || (e.Type == model.EntityPerson) != c.wantPerson {
				t.Errorf("%s -> %s %q, want %q (person %v)", e.Text, e.Type, e.ActorID, c.wantID, c.wantPerson)
			}
		})
	}
}
