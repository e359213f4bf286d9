package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestItsEnvoy: an envoy "its" points back to serves the country named
// before it, whatever place follows ("recalled its ambassador from Lima"
// is Chile's envoy, recalled from Peru's capital); an envoy named by a
// nationality or after "from" a country without "its" keeps that country.
func TestItsEnvoy(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		role, want string
	}{
		{"recalled from the host's capital", "Chile recalled its ambassador from Lima on Tuesday.",
			[]ent{{"Chile", model.EntityGPE}, {"Lima", model.EntityGPE}}, "ambassador", "CHL.GOV"},
		{"recalled from the host country", "Chile recalled its ambassador from Peru on Tuesday.",
			[]ent{{"Chile", model.EntityGPE}, {"Peru", model.EntityGPE}}, "ambassador", "CHL.GOV"},
		{"its envoy in the host's capital", "Ghana said its envoy in Abuja had been summoned.",
			[]ent{{"Ghana", model.EntityGPE}, {"Abuja", model.EntityGPE}}, "envoy", "GHA.GOV"},
		{"the nationality's envoy in the host", "The Peruvian ambassador in Santiago said talks would resume.",
			[]ent{{"Peruvian", model.EntityNORP}, {"Santiago", model.EntityGPE}}, "ambassador", "PER.GOV"},
		{"the envoy from a country without its", "The ambassador from Peru met officials in Santiago on Monday.",
			[]ent{{"Peru", model.EntityGPE}, {"Santiago", model.EntityGPE}}, "ambassador", "PER.GOV"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := roleHolder(t, s, c.text, "2025-03-12", c.ents, c.role); got != c.want {
				t.Errorf("%s -> %q, want %q", c.role, got, c.want)
			}
		})
	}
}
