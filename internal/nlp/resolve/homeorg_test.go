package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestHomeOrgHeads: a national body named "<Head> of <field>" that the
// knowledge base does not know takes the article's home country (here the
// dateline's); heads that also name bodies of firms, cities or
// international organisations do not.
func TestHomeOrgHeads(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention, country string
		ents                         []ent
	}{
		{"a directorate", "NAIROBI, June 3 (Newsgraph Wire) - Four men were charged, the Directorate of Criminal Investigations said.",
			"Directorate of Criminal Investigations", "KEN",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Directorate of Criminal Investigations", model.EntityOrg}}},
		{"a bureau", "NAIROBI, June 3 (Newsgraph Wire) - The Bureau of Land Records said the files were lost.",
			"Bureau of Land Records", "KEN",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Bureau of Land Records", model.EntityOrg}}},
		{"a department, as before", "NAIROBI, June 3 (Newsgraph Wire) - The Department of Fisheries said the lake was closed.",
			"Department of Fisheries", "KEN",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Department of Fisheries", model.EntityOrg}}},
		{"a state's constitutional court", "LIMA, June 3 (Newsgraph Wire) - The Constitutional Court suspended the vote on Tuesday.",
			"Constitutional Court", "PER",
			[]ent{{"LIMA", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Constitutional Court", model.EntityOrg}}},
		{"a court of cassation", "ROME, June 3 (Newsgraph Wire) - The Court of Cassation upheld the sentence on Tuesday.",
			"Court of Cassation", "ITA",
			[]ent{{"ROME", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Court of Cassation", model.EntityOrg}}},
		{"a high court", "NAIROBI, June 3 (Newsgraph Wire) - The High Court halted the tax increase on Tuesday.",
			"High Court", "KEN",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"High Court", model.EntityOrg}}},
		{"a high court of a state with one in every province", "LAHORE, June 3 (Newsgraph Wire) - The High Court granted the former minister bail on Tuesday.",
			"High Court", "PAK",
			[]ent{{"LAHORE", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"High Court", model.EntityOrg}}},
		// must not: an office or commission may be anyone's; a district court is a place's.
		{"an office", "NAIROBI, June 3 (Newsgraph Wire) - The Office of Refugee Support said the camp was full.",
			"Office of Refugee Support", "",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Office of Refugee Support", model.EntityOrg}}},
		{"a district court", "LIMA, June 3 (Newsgraph Wire) - The Third District Court freed the men on Tuesday.",
			"Third District Court", "",
			[]ent{{"LIMA", model.EntityGPE}, {"Newsgraph Wire", model.EntityOrg}, {"Third District Court", model.EntityOrg}}},
	} {
		art := resolveGiven(t, s, c.text, "2025-06-04", c.ents)
		found := false
		for _, e := range art.Entities {
			if e.Text != c.mention {
				continue
			}
			found = true
			if e.Country != c.country {
				t.Errorf("%s: %q -> country %q, want %q", c.name, c.mention, e.Country, c.country)
			}
			if strings.Contains(c.mention, "Court") && e.Sector != "judiciary" {
				t.Errorf("%s: %q -> sector %q, want judiciary", c.name, c.mention, e.Sector)
			}
		}
		if !found {
			t.Errorf("%s: no mention %q", c.name, c.mention)
		}
	}
}
