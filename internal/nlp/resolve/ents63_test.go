package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPersonsSpokesman: "his spokesman X" right after a named person speaks
// for that person's body, as "<Body> spokesman X" does; two persons before
// it leave the spokesman's body unknown.
func TestPersonsSpokesman(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person, country, sector string
		ents                                []ent
	}{
		{"the UN chief's spokesman",
			"Secretary-General Antonio Guterres was alarmed by the fighting, his spokesman Stephane Dujarric said on Monday.",
			"Stephane Dujarric", "UNO", "igo",
			[]ent{{"Antonio Guterres", model.EntityPerson}, {"Stephane Dujarric", model.EntityPerson}}},
		{"the owner named a sentence before",
			"Secretary-General Antonio Guterres condemned the attack. His spokesman Stephane Dujarric said aid would continue.",
			"Stephane Dujarric", "UNO", "igo",
			[]ent{{"Antonio Guterres", model.EntityPerson}, {"Stephane Dujarric", model.EntityPerson}}},
		{"two persons before: whose is unknown",
			"Antonio Guterres met Ana Lindqvist on Monday, and his spokesman Stephane Dujarric said the talks went well.",
			"Stephane Dujarric", "", "government",
			[]ent{{"Antonio Guterres", model.EntityPerson}, {"Ana Lindqvist", model.EntityPerson}, {"Stephane Dujarric", model.EntityPerson}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
			checkMention(t, art, c.person, "", c.country, c.sector)
		})
	}
}

// TestIGOEnvoy: an envoy "of" an international body for a field ("the
// United Nations human rights envoy") serves that body, and "the envoy, X,"
// after it is that envoy, not an official of the dateline's country.
func TestIGOEnvoy(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person, country, sector string
		ents                                []ent
	}{
		{"the envoy named in apposition later",
			"JUBA, Nov 23 (Reuters) - South Sudan ordered the United Nations human rights envoy to leave the country. The envoy, Maria Lindqvist, said she regretted the decision.",
			"Maria Lindqvist", "UNO", "igo",
			[]ent{{"JUBA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"South Sudan", model.EntityGPE}, {"United Nations", model.EntityOrg}, {"Maria Lindqvist", model.EntityPerson}}},
		{"the envoy in apposition after the name",
			"JUBA, Nov 23 (Reuters) - South Sudan ordered Maria Lindqvist, the United Nations human rights envoy, to leave the country.",
			"Maria Lindqvist", "UNO", "igo",
			[]ent{{"JUBA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"South Sudan", model.EntityGPE}, {"Maria Lindqvist", model.EntityPerson}, {"United Nations", model.EntityOrg}}},
		{"a country's envoy named later is still that country's",
			"JUBA, Nov 23 (Reuters) - Kenya recalled its envoy on Monday. The envoy, Maria Lindqvist, said she regretted the decision.",
			"Maria Lindqvist", "KEN", "government",
			[]ent{{"JUBA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kenya", model.EntityGPE}, {"Maria Lindqvist", model.EntityPerson}}},
		{"no earlier envoy: the dateline's official",
			"JUBA, Nov 23 (Reuters) - The government spokesman, Ana Deng, said the decision was final.",
			"Ana Deng", "SSD", "government",
			[]ent{{"JUBA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Ana Deng", model.EntityPerson}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
			checkMention(t, art, c.person, "", c.country, c.sector)
		})
	}
}

// TestStateGovernment: "the state government" in a federal country is the
// government of the region the story named last, not the national one;
// with no region named it is no known actor.
func TestStateGovernment(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, want string
		ents             []ent
	}{
		{"a region named before",
			"LUCKNOW, India, Nov 23 (Reuters) - Police in Uttar Pradesh detained 12 people after clashes. The state government said it would pay compensation.",
			"place:IND-UP.GOV",
			[]ent{{"LUCKNOW", model.EntityGPE}, {"India", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Uttar Pradesh", model.EntityGPE}}},
		{"a provincial government",
			"Floods hit Sindh province on Monday. The provincial government said 40 villages had been evacuated.",
			"place:PAK-SD.GOV",
			[]ent{{"Sindh", model.EntityGPE}}},
		{"no region named: no national government either",
			"LUCKNOW, India, Nov 23 (Reuters) - The state government said it would pay compensation.",
			"",
			[]ent{{"LUCKNOW", model.EntityGPE}, {"India", model.EntityGPE}, {"Reuters", model.EntityOrg}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
			got := ""
			for _, e := range art.Entities {
				if e.Type == EntityRole && e.Text == "government" {
					got = e.ActorID
				}
			}
			if got != c.want {
				t.Errorf("the state government -> %q, want %q", got, c.want)
			}
		})
	}
}
