package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCapitalTheOrgs: a one-word organisation written after (or with) a
// capital "The" inside its sentence is a named body of the article ("the
// offices of The Citizen"), which gets a document id; the same word after
// a sentence's first "The" or a lower-case "the" has no such evidence.
func TestCapitalTheOrgs(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id                  string
	}{
		{"capital The before the span",
			"Soldiers stormed the offices of The Citizen in Nairobi on Monday.", "Citizen",
			[]ent{{"Citizen", model.EntityOrg}, {"Nairobi", model.EntityGPE}}, "doc:org:citizen"},
		{"capital The inside the span",
			"Police detained the editor of The Sentinel in Accra.", "The Sentinel",
			[]ent{{"The Sentinel", model.EntityOrg}, {"Accra", model.EntityGPE}}, "doc:org:sentinel"},
		{"after a comma",
			"In a statement, The Elders urged restraint.", "Elders",
			[]ent{{"Elders", model.EntityOrg}}, "doc:org:elders"},
		// Near misses: a sentence's first "The", a lower-case "the".
		{"a sentence's first The",
			"The Sentinel urged restraint.", "Sentinel",
			[]ent{{"Sentinel", model.EntityOrg}}, ""},
		{"a lower-case the",
			"Soldiers stormed the offices of the Sentinel in Accra.", "Sentinel",
			[]ent{{"Sentinel", model.EntityOrg}, {"Accra", model.EntityGPE}}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2025-06-12", c.ents)
			found := 0
			for _, e := range art.Entities {
				if e.Text != c.mention {
					continue
				}
				found++
				if e.ActorID != c.id {
					t.Errorf("%s -> %q, want %q", e.Text, e.ActorID, c.id)
				}
			}
			if found == 0 {
				t.Fatalf("%s not among the entities: %+v", c.mention, art.Entities)
			}
		})
	}
}
