package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A first-level region named like a region of another country is, bare,
// the one of the larger country (the US state, not Puerto Rico's Florida
// municipality or Liberia's Maryland County); the country written after a
// comma or the dateline's country picks the other one, and a country named
// elsewhere in the story does not.
func TestRegionHomonyms(t *testing.T) {
	s := newStage(t)
	type ent struct{ name, typ string }
	for _, c := range []struct {
		text string
		ents []ent
		name string
		want string
	}{
		{"Hurricane Milton killed 20 people in Florida on Thursday.", []ent{{"Florida", model.EntityGPE}}, "Florida", "place:USA-FL"},
		{"The governor of Maryland declared an emergency on Monday.", []ent{{"Maryland", model.EntityGPE}}, "Maryland", "place:USA-MD"},
		{"Wildfires forced evacuations across Montana this week.", []ent{{"Montana", model.EntityGPE}}, "Montana", "place:USA-MT"},
		{"Storms that flooded Puerto Rico last week killed 20 people in Florida on Thursday.",
			[]ent{{"Puerto Rico", model.EntityGPE}, {"Florida", model.EntityGPE}}, "Florida", "place:USA-FL"},
		{"Floods killed six people in Florida, Uruguay, on Thursday.",
			[]ent{{"Florida", model.EntityGPE}, {"Uruguay", model.EntityGPE}}, "Florida", "place:URY-FD"},
		{"MONROVIA, Oct 11 (Newsgraph Wire) - Floods cut roads in Maryland on Thursday, officials said.",
			[]ent{{"MONROVIA", model.EntityGPE}, {"Maryland", model.EntityGPE}}, "Maryland", "place:LBR-MY"},
	} {
		art := article(c.text, "2024-10-12")
		art.Entities = nil
		for _, e := range c.ents {
			art.Entities = append(art.Entities, entity(art, e.name, e.typ, strings.Index(c.text, e.name)))
		}
		s.Resolve(art)
		got := ""
		for _, e := range art.Entities {
			if e.Text == c.name {
				got = e.ActorID
			}
		}
		if got != c.want {
			t.Errorf("%q: %s -> %q, want %q", c.text, c.name, got, c.want)
		}
	}
}
