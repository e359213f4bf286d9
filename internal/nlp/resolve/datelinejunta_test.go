package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestDatelineJunta: a bare "the junta", "the military junta" or "the
// ruling junta" in a wire story that names no other country is the
// dateline country's armed forces, as a bare "the government" is its
// government (TestDatelineGovernment); a junta named before with its
// country is that one, and another country named in the sentence, no
// dateline or a junta with a country of its own leave it to other rules.
func TestDatelineJunta(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		role       string // the role mention's text
		want       string // its actor id; "" for no mention with an actor
	}{
		{"the junta in a Bamako story", "BAMAKO - The junta banned political meetings on Monday.",
			[]ent{{"BAMAKO", model.EntityGPE}}, "junta", "MLI.MIL"},
		{"the military junta in a Niamey story", "NIAMEY - The military junta suspended three newspapers on Tuesday.",
			[]ent{{"NIAMEY", model.EntityGPE}}, "military junta", "NER.MIL"},
		{"the ruling junta as an object", "OUAGADOUGOU - Rights groups urged the ruling junta to free the detained journalists.",
			[]ent{{"OUAGADOUGOU", model.EntityGPE}}, "junta", "BFA.MIL"},
		{"the home country named before", "CONAKRY - Guinea will hold a referendum in September, the junta said on Monday.",
			[]ent{{"CONAKRY", model.EntityGPE}, {"Guinea", model.EntityGPE}}, "junta", "GIN.MIL"},
		{"another country in the sentence", "BAMAKO - The junta expelled the French ambassador on Monday.",
			[]ent{{"BAMAKO", model.EntityGPE}, {"French", model.EntityNORP}}, "junta", ""},
		{"another country named before", "GENEVA - Myanmar's election was postponed. The junta said the vote would be held next year.",
			[]ent{{"GENEVA", model.EntityGPE}, {"Myanmar", model.EntityGPE}}, "junta", ""},
		{"no dateline", "The junta banned political meetings on Monday.",
			nil, "junta", ""},
	} {
		art := resolveGiven(t, s, c.text, "2025-06-10", c.ents)
		got, sector := "", ""
		for _, e := range art.Entities {
			if e.Type == EntityRole && (e.Text == c.role || e.Text == "the "+c.role) {
				got, sector = e.ActorID, e.Sector
			}
		}
		if got != c.want {
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.role, got, c.want)
		}
		if got != "" && sector != "military" {
			t.Errorf("%s: %q: %q sector %q, want military", c.name, c.text, c.role, sector)
		}
	}
}
