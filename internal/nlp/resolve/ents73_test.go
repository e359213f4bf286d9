package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestEnts73Actors: a portfolio title with no nationality before a name
// under a dateline is the dateline country's office holder even when the
// story named other countries before (wire style writes a foreign one
// "Tanzanian Interior Minister ..."), unless the holder's own sentence
// names another country; a visitor and a nationality stay as they were.
func TestEnts73Actors(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id, country, sector string
	}{
		{"a capitalised minister after other countries were named",
			"HARARE, June 12 (Reuters) - Zimbabwe said it would review fuel prices after talks with the United States and the European Union. Information Minister Tendai Moyo said the review would start next week.", "Tendai Moyo",
			[]ent{{"HARARE", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Zimbabwe", model.EntityGPE}, {"United States", model.EntityGPE}, {"European Union", model.EntityOrg}, {"Tendai Moyo", model.EntityPerson}},
			"doc:person:tendai_moyo", "ZWE", "government"},
		{"a neighbour named in the lead",
			"NAIROBI, June 12 (Reuters) - Kenya and Tanzania agreed to reopen a border crossing closed since March. Interior Minister Peter Kamau said it would reopen on Monday.", "Peter Kamau",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kenya", model.EntityGPE}, {"Tanzania", model.EntityGPE}, {"Peter Kamau", model.EntityPerson}},
			"doc:person:peter_kamau", "KEN", "government"},
		{"a lower-case police title after other countries were named",
			"HARARE, June 12 (Reuters) - Zimbabwe said talks with the United States and Britain had stalled. Police spokesman Farai Ncube said 12 people had been arrested.", "Farai Ncube",
			[]ent{{"HARARE", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Zimbabwe", model.EntityGPE}, {"United States", model.EntityGPE}, {"Britain", model.EntityGPE}, {"Farai Ncube", model.EntityPerson}},
			"doc:person:farai_ncube", "ZWE", "police"},
		{"a title in apposition after other countries were named",
			"HARARE, June 12 (Reuters) - Zimbabwe said talks with the United States and Britain had stalled. The government spokesman, Farai Ncube, said the talks would resume.", "Farai Ncube",
			[]ent{{"HARARE", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Zimbabwe", model.EntityGPE}, {"United States", model.EntityGPE}, {"Britain", model.EntityGPE}, {"Farai Ncube", model.EntityPerson}},
			"doc:person:farai_ncube", "ZWE", "government"},
		{"another country in the holder's own sentence leaves it unplaced",
			"NAIROBI, June 12 (Reuters) - Kenya's parliament met on Thursday. Interior Minister Peter Kamau met Tanzanian officials in Arusha.", "Peter Kamau",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kenya", model.EntityGPE}, {"Peter Kamau", model.EntityPerson}, {"Tanzanian", model.EntityNORP}, {"Arusha", model.EntityGPE}},
			"doc:person:peter_kamau", "", "government"},
		{"a nationality before the title is that country's",
			"NAIROBI, June 12 (Reuters) - Kenya and Tanzania agreed to reopen a border crossing. Tanzanian Interior Minister Juma Hassan said it would reopen on Monday.", "Juma Hassan",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kenya", model.EntityGPE}, {"Tanzania", model.EntityGPE}, {"Tanzanian", model.EntityNORP}, {"Juma Hassan", model.EntityPerson}},
			"doc:person:juma_hassan", "TZA", "government"},
		{"a visiting minister is no home official",
			"NAIROBI, June 12 (Reuters) - Kenya and Tanzania agreed to reopen a border crossing. Visiting Interior Minister Juma Hassan said it would reopen on Monday.", "Juma Hassan",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kenya", model.EntityGPE}, {"Tanzania", model.EntityGPE}, {"Juma Hassan", model.EntityPerson}},
			"doc:person:juma_hassan", "", "government"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2025-06-12", c.ents)
			checkMention(t, art, c.mention, c.id, c.country, c.sector)
		})
	}
}

// TestEnts73Bodies: a body's representative or official named after the
// role is a person of that body, the head of an international body acts
// for it (sector igo), and a UN agency's name with "United Nations" before
// it resolves as its short form does.
func TestEnts73Bodies(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id, country, sector string
	}{
		{"an agency's representative",
			"JUBA, June 12 (Reuters) - UNICEF representative Amina Lasso told reporters that aid was running out.", "Amina Lasso",
			[]ent{{"JUBA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"UNICEF", model.EntityOrg}, {"Amina Lasso", model.EntityPerson}},
			"doc:person:amina_lasso", "UNO", "igo"},
		{"an agency's director-general",
			"ROME, June 12 (Reuters) - FAO Director-General Amina Lasso said the harvest had failed.", "Amina Lasso",
			[]ent{{"ROME", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"FAO", model.EntityOrg}, {"Amina Lasso", model.EntityPerson}},
			"doc:person:amina_lasso", "UNO", "igo"},
		{"an alliance's secretary-general",
			"BRUSSELS, June 12 (Reuters) - NATO Secretary-General Amina Lasso said the alliance would respond.", "Amina Lasso",
			[]ent{{"BRUSSELS", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"NATO", model.EntityOrg}, {"Amina Lasso", model.EntityPerson}},
			"doc:person:amina_lasso", "NATO", "igo"},
		{"a state's minister keeps the government sector",
			"NAIROBI, June 12 (Reuters) - Kenyan Finance Minister Amina Lasso said the budget would pass.", "Amina Lasso",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kenyan", model.EntityNORP}, {"Amina Lasso", model.EntityPerson}},
			"doc:person:amina_lasso", "KEN", "government"},
		{"a trades union congress is a union, not a country's congress",
			"ACCRA, June 12 (Reuters) - The Trades Union Congress said it would strike on Monday.", "Trades Union Congress",
			[]ent{{"ACCRA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Trades Union Congress", model.EntityOrg}},
			"doc:org:trades_union_congress", "GHA", "labour"},
		{"a demonym before a chamber still names its country's",
			"NAIROBI, June 12 (Reuters) - The Kenyan Parliament passed the bill on Thursday.", "Kenyan Parliament",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kenyan Parliament", model.EntityOrg}},
			"KEN.LEG", "KEN", "legislature"},
		{"the UN agency's full name",
			"ROME, June 12 (Reuters) - The United Nations Food and Agriculture Organization warned that food prices would rise.", "United Nations Food and Agriculture Organization",
			[]ent{{"ROME", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"United Nations Food and Agriculture Organization", model.EntityOrg}},
			"UNO.FAO", "UNO", "igo"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2025-06-12", c.ents)
			checkMention(t, art, c.mention, c.id, c.country, c.sector)
		})
	}
}
