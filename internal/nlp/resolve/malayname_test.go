package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestMalayHonourNotInNameKey: a person's span that opens with a
// Malaysian honour ("Datin", "Datuk Seri", "Dato' Sri", "TAN SRI") names
// the same person as the bare name, known to the knowledge base or not;
// a name whose first word only looks like an honour keeps it.
func TestMalayHonourNotInNameKey(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		person, id string
	}{
		{"a bare Datin", "Datin Aminah Yusof said the charity would grow. Aminah Yusof spoke later.",
			[]ent{{"Datin Aminah Yusof", model.EntityPerson}, {"Aminah Yusof", model.EntityPerson}}, "Datin Aminah Yusof", "doc:person:aminah_yusof"},
		{"a headline's capitals", "TAN SRI RAZALI HAMZAH QUITS. The minister left.",
			[]ent{{"TAN SRI RAZALI HAMZAH", model.EntityPerson}}, "TAN SRI RAZALI HAMZAH", "doc:person:razali_hamzah"},
		{"a known person", "Datuk Seri Anwar Ibrahim said the budget would pass.",
			[]ent{{"Datuk Seri Anwar Ibrahim", model.EntityPerson}}, "Datuk Seri Anwar Ibrahim", "person:anwar_ibrahim"},
		{"an apostrophe", "Dato' Sri Kamal Idris said the ban would stay.",
			[]ent{{"Dato' Sri Kamal Idris", model.EntityPerson}}, "Dato' Sri Kamal Idris", "doc:person:kamal_idris"},
		// Near misses: "Tan" alone is a family name; an honour alone is
		// kept as the span's name.
		{"a family name Tan", "Tan Ah Kow said the ban would stay.",
			[]ent{{"Tan Ah Kow", model.EntityPerson}}, "Tan Ah Kow", "doc:person:tan_ah_kow"},
		{"a Datin alone", "Datin said the ban would stay.",
			[]ent{{"Datin", model.EntityPerson}}, "Datin", "doc:person:datin"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-12", c.ents)
			for _, e := range art.Entities {
				if e.Text == c.person && e.ActorID != c.id {
					t.Errorf("%s -> %q, want %q", e.Text, e.ActorID, c.id)
				}
			}
			if c.person == "Datin Aminah Yusof" && mentionActor(art, "Aminah Yusof") != c.id {
				t.Errorf("Aminah Yusof -> %q, want %q", mentionActor(art, "Aminah Yusof"), c.id)
			}
		})
	}
}
