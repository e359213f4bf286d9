package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCapitalHomeTitles: a capitalised "Opposition Leader" or "Attorney
// General" before a name with no country is the dateline country's, as a
// capitalised minister's title is; no dateline, another country in the
// sentence place no one, and a rank is no such title.
func TestCapitalHomeTitles(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person string
		ents               []ent
		country, sector    string
	}{
		{"opposition leader", "NAIROBI, May 4 (Reuters) - Opposition Leader Jane Achieng said the vote was rigged.", "Jane Achieng",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Jane Achieng", model.EntityPerson}}, "KEN", "opposition"},
		{"attorney general", "NAIROBI, May 4 (Reuters) - Attorney General Mary Njeri said the law stood.", "Mary Njeri",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Mary Njeri", model.EntityPerson}}, "KEN", "government"},
		// Near misses.
		{"no dateline", "Attorney General Mary Njeri said the law stood.", "Mary Njeri",
			[]ent{{"Mary Njeri", model.EntityPerson}}, "", "government"},
		{"another country in the sentence", "NAIROBI, May 4 (Reuters) - Opposition Leader Jane Achieng flew to Uganda.", "Jane Achieng",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Jane Achieng", model.EntityPerson}, {"Uganda", model.EntityGPE}}, "", "opposition"},
		// A former holder keeps the country and acts for no government
		// (formerStateTitle).
		{"a former attorney general", "NAIROBI, May 4 (Reuters) - Former Attorney General Mary Njeri said the law stood.", "Mary Njeri",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Mary Njeri", model.EntityPerson}}, "KEN", ""},
		// "General" alone is a rank, no law officer's title.
		{"a general", "NAIROBI, May 4 (Reuters) - Rebel General Paul Okoth said the town fell.", "Paul Okoth",
			[]ent{{"NAIROBI", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Paul Okoth", model.EntityPerson}}, "", "rebel"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-12", c.ents)
			checkMention(t, art, c.person, "", c.country, c.sector)
		})
	}
}
