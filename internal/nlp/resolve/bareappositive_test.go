package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestBareAppositiveDateline: a person described in apposition by a role
// alone ("Sara Lind, a spokesperson, said") takes the country of the
// story's dateline; a role with its own body, a capitalised body word, a
// former holder, another country in the sentence or no dateline place no
// one.
func TestBareAppositiveDateline(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person string
		ents               []ent
		country            string
	}{
		{"a spokesperson", "TIRANA, May 4 (Reuters) - Sara Lind, a spokesperson, said the result was final.", "Sara Lind",
			[]ent{{"TIRANA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Sara Lind", model.EntityPerson}}, "ALB"},
		{"a lawyer closing the sentence", "TIRANA, May 4 (Reuters) - The case was political, said Ana Hoxha, a lawyer.", "Ana Hoxha",
			[]ent{{"TIRANA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Ana Hoxha", model.EntityPerson}}, "ALB"},
		// Near misses.
		{"no dateline", "Sara Lind, a spokesperson, said the result was final.", "Sara Lind",
			[]ent{{"Sara Lind", model.EntityPerson}}, ""},
		{"a spokesperson for a body", "TIRANA, May 4 (Reuters) - Sara Lind, a spokesperson for Kestrel Holdings, said the result was final.", "Sara Lind",
			[]ent{{"TIRANA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Sara Lind", model.EntityPerson}, {"Kestrel Holdings", model.EntityOrg}}, ""},
		{"another country in the sentence", "TIRANA, May 4 (Reuters) - Sara Lind, a spokesperson, said Greece would object.", "Sara Lind",
			[]ent{{"TIRANA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Sara Lind", model.EntityPerson}, {"Greece", model.EntityGPE}}, ""},
		{"a former holder", "TIRANA, May 4 (Reuters) - Sara Lind, a former minister, said the result was final.", "Sara Lind",
			[]ent{{"TIRANA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Sara Lind", model.EntityPerson}}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-12", c.ents)
			for _, e := range personsNamed(t, art, c.person) {
				if e.Country != c.country {
					t.Errorf("%s -> %q country %q, want %q", e.Text, e.ActorID, e.Country, c.country)
				}
			}
		})
	}
}
