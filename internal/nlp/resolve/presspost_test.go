package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A newsroom post before a name makes the person a journalist: the media
// sector, with the country of a news medium named as the post's owner.
// "Editor" and "anchor" need such an owner (a film's editor is none);
// "correspondent" and "columnist" do not. A person with no post, or with
// an editor's post owned by no news medium, gets no sector from it.
func TestPressPostBefore(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text      string
		ents            []ent
		person          string
		country, sector string
	}{
		{"an outlet's possessive", "The Wall Street Journal's editor Emma Tucker said the charges were false.",
			[]ent{{"Wall Street Journal", model.EntityOrg}, {"Emma Tucker", model.EntityPerson}}, "Emma Tucker", "USA", "media"},
		{"a modifier before the post", "The Wall Street Journal's executive editor Emma Tucker said the charges were false.",
			[]ent{{"Wall Street Journal", model.EntityOrg}, {"Emma Tucker", model.EntityPerson}}, "Emma Tucker", "USA", "media"},
		{"an outlet noun's possessive", "The newspaper's editor Emma Tucker said the charges were false.",
			[]ent{{"Emma Tucker", model.EntityPerson}}, "Emma Tucker", "", "media"},
		{"a correspondent owned by no one", "Its correspondent Evan Gershkovich was detained in March.",
			[]ent{{"Evan Gershkovich", model.EntityPerson}}, "Evan Gershkovich", "", "media"},
		{"an editor owned by no news medium", "The film's editor Emma Tucker said the cut was final.",
			[]ent{{"Emma Tucker", model.EntityPerson}}, "Emma Tucker", "", ""},
		{"no post", "Emma Tucker said the charges were false.",
			[]ent{{"Emma Tucker", model.EntityPerson}}, "Emma Tucker", "", ""},
	} {
		art := tagged(t, c.text, c.ents)
		s.Resolve(art)
		var p *model.Entity
		for i := range art.Entities {
			if art.Entities[i].Text == c.person {
				p = &art.Entities[i]
			}
		}
		if p == nil {
			t.Fatalf("%s: %q: %s not resolved", c.name, c.text, c.person)
		}
		if p.Country != c.country || p.Sector != c.sector {
			t.Errorf("%s: %q: %s -> %q/%q, want %q/%q", c.name, c.text, c.person, p.Country, p.Sector, c.country, c.sector)
		}
	}
}
