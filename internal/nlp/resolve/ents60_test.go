package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestCourtOfficers: a magistrate and a Director of Public Prosecutions
// named under a dateline are officers of the judiciary of the dateline's
// country, as a judge and a prosecutor are.
func TestCourtOfficers(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, person string
		ents               []ent
	}{
		{"a magistrate",
			"LUSAKA, Nov 23 (Reuters) - Magistrate Jane Mwila adjourned the case until December.", "Jane Mwila",
			[]ent{{"LUSAKA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Jane Mwila", model.EntityPerson}}},
		{"a Director of Public Prosecutions",
			"LUSAKA, Nov 23 (Reuters) - Director of Public Prosecutions Gilbert Phiri said the state would appeal.", "Gilbert Phiri",
			[]ent{{"LUSAKA", model.EntityGPE}, {"Reuters", model.EntityOrg}, {"Gilbert Phiri", model.EntityPerson}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2026-11-23", c.ents)
			checkMention(t, art, c.person, "", "ZMB", "judiciary")
		})
	}
}
