package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPlacesBeforeComma: a name before a comma and a tagged country or U.S.
// state is a place mention when the knowledge base has a city or town of
// that name in that country; otherwise, or as a sentence's lone first word,
// no mention is made. The entities are given as a tagger gives them (the
// place before the comma missed).
func TestPlacesBeforeComma(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name    string
		text    string
		ents    []ent
		mention string // the name before the comma
		want    string // its actor id; "" for no mention at all
	}{
		{"a city before its country", "Officials in Yekaterinburg, Russia, said the plant would close.",
			[]ent{{"Russia", model.EntityGPE}}, "Yekaterinburg", "city:RUS:yekaterinburg"},
		{"a two-word town before its state", "The company is based in Mountain View, California.",
			[]ent{{"California", model.EntityGPE}}, "Mountain View", "town:USA:mountain_view"},
		{"a town before its state's postal code", "Floods closed roads around Okmulgee, OK, on Monday.",
			[]ent{{"OK", model.EntityGPE}}, "Okmulgee", "town:USA:okmulgee"},
		{"a city before its state's AP abbreviation", "Police in Evansville, Ind., arrested two men.",
			[]ent{{"Ind.", model.EntityGPE}}, "Evansville", "city:USA:evansville"},
		// Must not.
		{"a sentence adverb before a country", "Meanwhile, Russia said the talks would resume.",
			[]ent{{"Russia", model.EntityGPE}}, "Meanwhile", ""},
		{"a city of another country", "Traders in Lagos, Texas, were surprised.",
			[]ent{{"Texas", model.EntityGPE}}, "Lagos", ""},
		{"a lone first word of a sentence", "Evansville, Indiana, is on the Ohio River.",
			[]ent{{"Indiana", model.EntityGPE}, {"Ohio River", model.EntityLoc}}, "Evansville", ""},
	} {
		art := resolveGiven(t, s, c.text, "2024-05-01", c.ents)
		var got *model.Entity
		for i, e := range art.Entities {
			if e.Text == c.mention {
				got = &art.Entities[i]
			}
		}
		switch {
		case c.want == "" && got != nil:
			t.Errorf("%s: %q: made a mention %q -> %q", c.name, c.text, c.mention, got.ActorID)
		case c.want != "" && got == nil:
			t.Errorf("%s: %q: no mention %q", c.name, c.text, c.mention)
		case c.want != "" && got.ActorID != c.want:
			t.Errorf("%s: %q: %q -> %q, want %q", c.name, c.text, c.mention, got.ActorID, c.want)
		}
	}
}
