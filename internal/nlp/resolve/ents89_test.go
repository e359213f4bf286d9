package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// orgByText returns the organisation or place mention written as text, or nil.
func orgByText(art *model.Article, text string) *model.Entity {
	for i, e := range art.Entities {
		if e.Text == text {
			return &art.Entities[i]
		}
	}
	return nil
}

// TestPossessiveChamber: a bare chamber name ("Congress", "Senate") after
// a country's possessive is that country's legislature, whatever the
// dateline; without the possessive it stays the home country's, and a
// US possessive keeps the United States chamber.
func TestPossessiveChamber(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		org, want  string
	}{
		{"congress abroad",
			"SEOUL (Wire) - Peru's Congress impeached Luis Ortega on Monday.",
			[][2]string{{"SEOUL", "GPE"}, {"Wire", "ORG"}, {"Peru", "GPE"}, {"Congress", "ORG"}, {"Luis Ortega", "PER"}}, "Congress", "PER.LEG"},
		{"senate abroad",
			"NAIROBI (Wire) - France's Senate rejected the pension bill on Tuesday.",
			[][2]string{{"NAIROBI", "GPE"}, {"Wire", "ORG"}, {"France", "GPE"}, {"Senate", "ORG"}}, "Senate", "FRA.LEG"},
		{"two-word country",
			"LIMA (Wire) - The Dominican Republic's Senate approved the treaty on Friday.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Dominican Republic", "GPE"}, {"Senate", "ORG"}}, "Senate", "DOM.LEG"},
		// Near misses: no possessive keeps the dateline's chamber; a US
		// possessive keeps the US chamber.
		{"bare under dateline",
			"LIMA (Wire) - Congress impeached Luis Ortega on Monday, Peru's prosecutors said.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Congress", "ORG"}, {"Luis Ortega", "PER"}, {"Peru", "GPE"}}, "Congress", "PER.LEG"},
		{"us possessive abroad",
			"SEOUL (Wire) - America's Senate confirmed the envoy on Monday.",
			[][2]string{{"SEOUL", "GPE"}, {"Wire", "ORG"}, {"America", "GPE"}, {"Senate", "ORG"}}, "Senate", "USA.LEG.SEN"},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		got := orgByText(art, c.org)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.org, art.Entities)
			continue
		}
		if got.ActorID != c.want {
			t.Errorf("%s: %q -> %q, want %q", c.name, c.org, got.ActorID, c.want)
		}
	}
}

// TestCommaTownCountry: "<Town>, <country or region>" takes the town of
// that country even when the dateline or another mention names a country
// with a town of the same name; the spellings "Saint", "St" and "St." give
// one id. Without the comma country the dateline still decides.
func TestCommaTownCountry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		town, want string
	}{
		{"saint under a french dateline",
			"PARIS (Wire) - The storm hit Saint Francois, Guadeloupe on Monday.",
			[][2]string{{"PARIS", "GPE"}, {"Wire", "ORG"}, {"Saint Francois", "GPE"}, {"Guadeloupe", "GPE"}}, "Saint Francois", "town:GLP:saint_francois"},
		{"st under a french dateline",
			"PARIS (Wire) - Residents of St François, Guadeloupe, fled on Monday.",
			[][2]string{{"PARIS", "GPE"}, {"Wire", "ORG"}, {"St François", "GPE"}, {"Guadeloupe", "GPE"}}, "St François", "town:GLP:saint_francois"},
		{"st. with france named",
			"France sent aid to St. Francois, Guadeloupe after the storm.",
			[][2]string{{"France", "GPE"}, {"St. Francois", "GPE"}, {"Guadeloupe", "GPE"}}, "St. Francois", "town:GLP:saint_francois"},
		// Near miss: no comma country, the dateline decides.
		{"dateline alone",
			"PARIS (Wire) - The flood reached Saint Francois on Monday.",
			[][2]string{{"PARIS", "GPE"}, {"Wire", "ORG"}, {"Saint Francois", "GPE"}}, "Saint Francois", "town:FRA:saint_francois"},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		got := orgByText(art, c.town)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.town, art.Entities)
			continue
		}
		if got.ActorID != c.want {
			t.Errorf("%s: %q -> %q, want %q", c.name, c.town, got.ActorID, c.want)
		}
	}
}
