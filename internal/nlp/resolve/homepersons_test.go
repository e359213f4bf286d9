package resolve

import "testing"

// TestHomePersons: in a datelined story whose every country points to the
// dateline's, a person quoted without a country or title takes it; a
// person who is not quoted, a second country or an organisation of no
// known country anywhere in the story, or no dateline, leaves the person
// without one.
func TestHomePersons(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		person     string
		want       string
	}{
		{"quoted under the dateline",
			"SEOUL (Wire) - Park Sung-ho said the vote was unfair. Park said he would appeal.",
			[][2]string{{"SEOUL", "GPE"}, {"Wire", "ORG"}, {"Park Sung-ho", "PER"}, {"Park", "PER"}}, "Park Sung-ho", "KOR"},
		{"short form too",
			"SEOUL (Wire) - Park Sung-ho said the vote was unfair. Park said he would appeal.",
			[][2]string{{"SEOUL", "GPE"}, {"Wire", "ORG"}, {"Park Sung-ho", "PER"}, {"Park", "PER"}}, "Park", "KOR"},
		{"said after the quote, a home town named",
			"LIMA (Wire) - \"We will march again in Cusco,\" said Carla Quispe, whose stall Peru's police closed.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Cusco", "GPE"}, {"Carla Quispe", "PER"}, {"Peru", "GPE"}}, "Carla Quispe", "PER"},
		{"told reporters, country dateline",
			"NAIROBI, Kenya (Wire) - Joseph Mwangi told reporters the tax would ruin traders in Mombasa.",
			[][2]string{{"NAIROBI", "GPE"}, {"Kenya", "GPE"}, {"Wire", "ORG"}, {"Joseph Mwangi", "PER"}, {"Mombasa", "GPE"}}, "Joseph Mwangi", "KEN"},
		// Near misses: a person who is not quoted; an organisation of no
		// known country; another country in the story; no dateline.
		{"acting, not quoted",
			"NAIROBI (Wire) - Joseph Mwangi filed a petition against the tax on Friday.",
			[][2]string{{"NAIROBI", "GPE"}, {"Wire", "ORG"}, {"Joseph Mwangi", "PER"}}, "Joseph Mwangi", ""},
		{"an organisation of no known country",
			"SEOUL (Wire) - Park Sung-ho of Acme Holdings said the vote was unfair.",
			[][2]string{{"SEOUL", "GPE"}, {"Wire", "ORG"}, {"Park Sung-ho", "PER"}, {"Acme Holdings", "ORG"}}, "Park Sung-ho", ""},
		{"a foreign country named",
			"SEOUL (Wire) - Park Sung-ho said the vote was unfair after talks in France.",
			[][2]string{{"SEOUL", "GPE"}, {"Wire", "ORG"}, {"Park Sung-ho", "PER"}, {"France", "GPE"}}, "Park Sung-ho", ""},
		{"a foreign demonym",
			"LIMA (Wire) - Carla Quispe met Chilean traders in Lima on Monday.",
			[][2]string{{"LIMA", "GPE"}, {"Wire", "ORG"}, {"Carla Quispe", "PER"}, {"Chilean", "NORP"}, {"Lima", "GPE"}}, "Carla Quispe", ""},
		{"no dateline",
			"Park Sung-ho said the vote in South Korea was unfair. South Korea will count again.",
			[][2]string{{"Park Sung-ho", "PER"}, {"South Korea", "GPE"}, {"South Korea", "GPE"}}, "Park Sung-ho", ""},
	} {
		art := resolveTagged(t, s, c.text, "2025-06-10", c.ents)
		got := orgByText(art, c.person)
		if got == nil {
			t.Errorf("%s: no mention %q in %v", c.name, c.person, art.Entities)
			continue
		}
		if got.Country != c.want {
			t.Errorf("%s: %q country %q, want %q (%v)", c.name, c.person, got.Country, c.want, got)
		}
		for _, a := range art.Actors {
			if a.ID == got.ActorID && a.Country != c.want {
				t.Errorf("%s: actor %s country %q, want %q", c.name, a.ID, a.Country, c.want)
			}
		}
	}
}
