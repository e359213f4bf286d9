package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestTheRegionNotCompany: "the Amazon" the tagger reads as a location is
// no company, even where another company in the sentence or an earlier
// mention would be the evidence a one-word company name needs; "Amazon"
// the tagger reads as an organisation is the company as before.
func TestTheRegionNotCompany(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		mention    string
		company    bool
	}{
		{"against the Amazon with a company in the sentence",
			"BRASILIA (Wire) - Activists said the cattle deals of JBS were a crime against the Amazon.",
			[]ent{{"BRASILIA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"JBS", model.EntityOrg}, {"Amazon", model.EntityLoc}},
			"Amazon", false},
		{"across the Amazon with the company's full name in the story",
			"BRASILIA (Wire) - Fires spread across the Amazon in August, climate scientists said. Amazon.com Inc. said on Monday it would cut its emissions.",
			[]ent{{"BRASILIA", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Amazon", model.EntityLoc}},
			"Amazon", false},
		{"near miss: the company's shares",
			"SEATTLE (Wire) - Amazon shares rose on Tuesday after the retailer reported higher profit.",
			[]ent{{"SEATTLE", model.EntityGPE}, {"Wire", model.EntityOrg}, {"Amazon", model.EntityOrg}},
			"Amazon", true},
	} {
		art := resolveGiven(t, s, c.text, "2025-03-04", c.ents)
		got := mentionActor(art, c.mention) == "USA.BUS.AMAZONCOM"
		if got != c.company {
			t.Errorf("%s: %s -> %q, company %v", c.name, c.mention, mentionActor(art, c.mention), c.company)
		}
	}
}
