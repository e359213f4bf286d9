package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestSpeakingMinistry: "the foreign ministry" saying or doing something
// is the home country's government (the dateline's, or the country the
// story names most); the same words after a preposition are a building
// where others meet, and a bare "the ministry" points back, so neither
// takes the home country.
func TestSpeakingMinistry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		want       string
	}{
		{"speaker of a closing attribution", "TEHRAN — Iran will not hold direct talks with the United States, the foreign ministry said in a statement.",
			[]ent{{"TEHRAN", model.EntityGPE}, {"Iran", model.EntityGPE}, {"United States", model.EntityGPE}}, "IRN.GOV"},
		{"agent of an act", "BEIJING - The foreign ministry summoned the Japanese ambassador on Tuesday.",
			[]ent{{"BEIJING", model.EntityGPE}, {"Japanese", model.EntityNORP}}, "CHN.GOV"},
		{"a meeting place after at", "LONDON (Reuters) - Kenyan and Ugandan ministers met at the foreign ministry on Monday.",
			[]ent{{"LONDON", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kenyan", model.EntityNORP}, {"Ugandan", model.EntityNORP}}, ""},
		{"no verb of its own", "TEHRAN — Protesters gathered outside the foreign ministry on Monday.",
			[]ent{{"TEHRAN", model.EntityGPE}}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := roleHolder(t, s, c.text, "2025-03-12", c.ents, "foreign ministry"); got != c.want {
				t.Errorf("foreign ministry -> %q, want %q", got, c.want)
			}
		})
	}
}
