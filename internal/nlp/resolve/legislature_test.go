package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestHomeChamber: a bare "Congress" or "Senate" is the home country's
// legislature in an article set outside the United States, and stays the
// US chamber at home in the United States, with no home country, or with
// "U.S." before it. In India a bare "Congress" is the party.
func TestHomeChamber(t *testing.T) {
	s := newStage(t)
	type ent struct{ text, typ string }
	for _, c := range []struct {
		name    string
		text    string
		ents    []ent
		chamber string // the chamber mention's text
		want    string // its actor id
	}{
		{"dateline abroad", "BUENOS AIRES — Thousands protested outside Congress on Wednesday.",
			[]ent{{"BUENOS AIRES", model.EntityGPE}, {"Congress", model.EntityOrg}}, "Congress", "ARG.LEG"},
		{"the senate abroad", "MANILA — The Senate approved the budget on Thursday.",
			[]ent{{"MANILA", model.EntityGPE}, {"Senate", model.EntityOrg}}, "Senate", "PHL.LEG"},
		{"dateline at home", "WASHINGTON — Congress approved the defence bill on Friday.",
			[]ent{{"WASHINGTON", model.EntityGPE}, {"Congress", model.EntityOrg}}, "Congress", "USA.LEG"},
		{"no home country", "Congress approved the defence bill on Friday.",
			[]ent{{"Congress", model.EntityOrg}}, "Congress", "USA.LEG"},
		{"no dateline: the only country, named twice", "Chile raised taxes. Congress backed the Chilean plan on Friday.",
			[]ent{{"Chile", model.EntityGPE}, {"Congress", model.EntityOrg}, {"Chilean", model.EntityNORP}}, "Congress", "CHL.LEG"},
		{"U.S. before the name", "MANILA — The U.S. Congress approved aid on Friday.",
			[]ent{{"MANILA", model.EntityGPE}, {"Congress", model.EntityOrg}}, "Congress", "USA.LEG"},
		{"the named U.S. chamber", "MANILA — The U.S. Congress approved aid on Friday.",
			[]ent{{"MANILA", model.EntityGPE}, {"U.S. Congress", model.EntityOrg}}, "U.S. Congress", "USA.LEG"},
		{"the dateline's country named less than the United States", "MEXICO CITY — Congress in Washington debated U.S. tariffs. The United States and America's allies disagreed.",
			[]ent{{"MEXICO CITY", model.EntityGPE}, {"Congress", model.EntityOrg}, {"Washington", model.EntityGPE}, {"U.S.", model.EntityGPE}, {"United States", model.EntityGPE}}, "Congress", "USA.LEG"},
		{"India's Congress is the party", "NEW DELHI — Congress criticised the government over fuel prices.",
			[]ent{{"NEW DELHI", model.EntityGPE}, {"Congress", model.EntityOrg}}, "Congress", "IND.PTY.INC"},
	} {
		art := article(c.text, "2024-05-01")
		standInEntities(t, s.kb, art)
		art.Entities = nil
		for _, e := range c.ents {
			art.Entities = append(art.Entities, entity(art, e.text, e.typ, 0))
		}
		s.Resolve(art)
		got := ""
		for _, e := range art.Entities {
			if e.Text == c.chamber {
				got = e.ActorID
			}
		}
		if got != c.want {
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.chamber, got, c.want)
		}
	}
}
