package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestDatelineGovernment: a bare "the government", "the cabinet", "the
// ministry" or "the minister" in a wire story that names no country but its
// dateline's is that country's government, with the government sector; a
// minister named before, another country named, no dateline, a visitor, a
// former holder and a ministry that is a place leave it to other rules (or
// to no one).
func TestDatelineGovernment(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		role       string // the role mention's text
		want       string // its actor id; "" for no mention with an actor
	}{
		{"the minister in a Warsaw story", "WARSAW - The minister said on Monday the plan would not pass.",
			[]ent{{"WARSAW", model.EntityGPE}}, "minister", "POL.GOV"},
		{"the government in a Warsaw story", "WARSAW - The opposition said on Monday the government would fall.",
			[]ent{{"WARSAW", model.EntityGPE}}, "government", "POL.GOV"},
		{"the cabinet in a Nairobi story", "NAIROBI - The cabinet approved the budget on Tuesday.",
			[]ent{{"NAIROBI", model.EntityGPE}}, "cabinet", "KEN.GOV"},
		{"the ministry that speaks", "LIMA - The ministry said the roads would reopen on Friday.",
			[]ent{{"LIMA", model.EntityGPE}}, "ministry", "PER.GOV"},
		{"the home country named before", "WARSAW - Poland will raise pensions, the minister said on Monday.",
			[]ent{{"WARSAW", model.EntityGPE}, {"Poland", model.EntityGPE}}, "minister", "POL.GOV"},
		{"a foreign dateline on another country's talks", "GENEVA - Talks on Iran's nuclear programme resumed on Monday. The minister said enrichment would go on.",
			[]ent{{"GENEVA", model.EntityGPE}, {"Iran", model.EntityGPE}}, "minister", ""},
		{"another country later in the sentence", "WARSAW - The government said it would send troops to Lithuania.",
			[]ent{{"WARSAW", model.EntityGPE}, {"Lithuania", model.EntityGPE}}, "government", ""},
		{"a minister named before", "AMMAN - Egyptian Foreign Minister Karim Soliman arrived on Sunday. The minister said talks would go on.",
			[]ent{{"AMMAN", model.EntityGPE}, {"Egyptian", model.EntityNORP}, {"Karim Soliman", model.EntityPerson}}, "minister", ""},
		{"a ministry as a place", "NAIROBI - Protesters gathered at the ministry on Tuesday.",
			[]ent{{"NAIROBI", model.EntityGPE}}, "ministry", ""},
		{"no dateline", "The minister said on Monday the plan would not pass.",
			nil, "minister", ""},
		{"a former minister", "WARSAW - The former minister said on Monday the plan would not pass.",
			[]ent{{"WARSAW", model.EntityGPE}}, "minister", ""},
		{"a visiting minister", "WARSAW - The visiting minister said on Monday the talks had gone well.",
			[]ent{{"WARSAW", model.EntityGPE}}, "minister", ""},
	} {
		art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
		got, sector := "", ""
		for _, e := range art.Entities {
			if e.Type == EntityRole && e.Text == c.role {
				got, sector = e.ActorID, e.Sector
			}
		}
		if got != c.want {
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.role, got, c.want)
		}
		if got != "" && sector != "government" {
			t.Errorf("%s: %q: %q sector %q, want government", c.name, c.text, c.role, sector)
		}
	}
}
