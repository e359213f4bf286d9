package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestEnts70Actors: a qualified government, a ministry named by its
// portfolio under a dateline and a federation's head resolve to their
// country's actors.
func TestEnts70Actors(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, mention string
		ents                []ent
		id, country, sector string
	}{
		{"a hyphenated qualifier after the possessive",
			"KHARTOUM, Nov 22 (Reuters) - Sudan's army-aligned government rejected the report on Sunday.", "government",
			[]ent{{"KHARTOUM", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Sudan", model.EntityGPE}},
			"SDN.GOV", "SDN", "government"},
		{"a qualifier naming the ruling group after the possessive: the Taliban's government",
			"KABUL, Nov 22 (Reuters) - Afghanistan's Taliban-led government said it had closed the crossing.", "government",
			[]ent{{"KABUL", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Afghanistan", model.EntityGPE}, {"Taliban", model.EntityOrg}},
			"AFG.GOV.TALIBAN", "AFG", "government"},
		{"a qualifier of two hyphens after the possessive",
			"YANGON, Nov 22 (Reuters) - Myanmar's military-backed government denied the claims on Sunday.", "government",
			[]ent{{"YANGON", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Myanmar", model.EntityGPE}},
			"MMR.GOV", "MMR", "government"},
		{"a capitalised ministry under a dateline, another country named more often",
			"BAGHDAD, Nov 22 (Reuters) - Denmark condemned the attack. Danish officials said Denmark would respond. Police fired tear gas, an Interior Ministry spokesman said.", "Interior Ministry",
			[]ent{{"BAGHDAD", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Denmark", model.EntityGPE}, {"Danish", model.EntityNORP}, {"Denmark", model.EntityGPE}, {"Interior Ministry", model.EntityOrg}},
			"IRQ.GOV", "IRQ", "government"},
		{"a capitalised ministry in a sentence naming another country stays unplaced",
			"BAGHDAD, Nov 22 (Reuters) - Denmark condemned the attack. Danish officials said Denmark would respond. Police fired tear gas at Danish visitors, an Interior Ministry spokesman said.", "Interior Ministry",
			[]ent{{"BAGHDAD", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Denmark", model.EntityGPE}, {"Danish", model.EntityNORP}, {"Denmark", model.EntityGPE}, {"Danish", model.EntityNORP}, {"Interior Ministry", model.EntityOrg}},
			"doc:org:interior_ministry", "", ""},
		{"a demonym's ministry after that country's embassy is its government",
			"COPENHAGEN, Nov 22 (Reuters) - Protesters stormed the Danish embassy in Baghdad on Thursday. No one was hurt, the Danish ministry said.", "ministry",
			[]ent{{"COPENHAGEN", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Danish embassy", model.EntityOrg}, {"Baghdad", model.EntityGPE}, {"Danish", model.EntityNORP}},
			"DNK.GOV", "DNK", "government"},
		{"a demonym's embassy after that embassy is the embassy",
			"COPENHAGEN, Nov 22 (Reuters) - Protesters stormed the Danish embassy in Baghdad on Thursday. No one was hurt, the Danish embassy said.", "Danish embassy",
			[]ent{{"COPENHAGEN", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Danish embassy", model.EntityOrg}, {"Baghdad", model.EntityGPE}, {"Danish embassy", model.EntityOrg}},
			"DNK.GOV", "DNK", "government"},
		{"a federation's president serves the federation named before",
			"RABAT, Nov 22 (Reuters) - Morocco's football federation called off the friendly on Wednesday. \"We cannot guarantee the safety of the fans,\" federation president Fouzi Lekjaa told reporters.", "Fouzi Lekjaa",
			[]ent{{"RABAT", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Morocco", model.EntityGPE}, {"Fouzi Lekjaa", model.EntityPerson}},
			"doc:person:fouzi_lekjaa", "MAR", "sports"},
		{"a federation's president under a dateline with no federation named",
			"ACCRA, Nov 22 (Reuters) - The friendly was called off on Wednesday, federation president Kwame Mensah told reporters.", "Kwame Mensah",
			[]ent{{"ACCRA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Kwame Mensah", model.EntityPerson}},
			"doc:person:kwame_mensah", "GHA", "sports"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveInOrder(t, s, c.text, "2026-11-23", c.ents)
			checkMention(t, art, c.mention, c.id, c.country, c.sector)
		})
	}
}
