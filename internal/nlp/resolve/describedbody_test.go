package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestDescribedBodies: lower-case words after a tagged "UN" that with it
// make a body's listed name ("the UN refugee agency") are that body's,
// whichever type the tagger gave "U.N."; words that make no listed name
// ("UN refugee camps", "NATO allies") or that name what the name alone
// does ("Yonhap news agency") are left as they were.
func TestDescribedBodies(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		text    string
		ents    []ent
		mention string // the entity's text after resolution
		want    string
	}{
		{"The UN refugee agency said the camps were full.", []ent{{"UN", model.EntityOrg}}, "UN refugee agency", "UNO.UNHCR"},
		{"The U.N. nuclear watchdog said inspectors left.", []ent{{"U.N.", model.EntityLoc}}, "U.N. nuclear watchdog", "IAEA"},
		{"The UN food agency cut rations.", []ent{{"UN", model.EntityOrg}}, "UN food agency", "UNO.WFP"},
		{"The UN health agency declared an emergency.", []ent{{"UN", model.EntityOrg}}, "UN health agency", "WHO"},
		{"The UN human rights office condemned the killings.", []ent{{"UN", model.EntityOrg}}, "UN human rights office", "UNO.OHCHR"},
		// Near misses.
		{"The UN refugee camps were full.", []ent{{"UN", model.EntityOrg}}, "UN", "UNO"},
		{"NATO allies agreed to send jets.", []ent{{"NATO", model.EntityOrg}}, "NATO", "NATO"},
		{"The UN said the refugee agency was short of funds.", []ent{{"UN", model.EntityOrg}}, "UN", "UNO"},
		{"Yonhap news agency said the talks were off.", []ent{{"Yonhap", model.EntityOrg}}, "Yonhap", "KOR.MED.YONHAP"},
		{"The Xinhua news agency said the talks were candid.", []ent{{"Xinhua", model.EntityOrg}}, "Xinhua", "CHN.MED.XINHUA"},
	} {
		art := resolveGiven(t, s, c.text, "2024-05-01", c.ents)
		if got := mentionActor(art, c.mention); got != c.want {
			var seen []string
			for _, e := range art.Entities {
				seen = append(seen, e.Text+"="+e.ActorID)
			}
			t.Errorf("%s\n\t%q -> %q, want %q (entities %q)", c.text, c.mention, got, c.want, seen)
		}
	}
}
