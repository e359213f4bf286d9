package resolve

import "testing"

// TestImpeachedHomeCountry: the one a legislature impeaches is of its
// state, titled or not: the country of the legislature the sentence
// names, or of a dateline from home. A person merely named beside the
// legislature gets none.
func TestImpeachedHomeCountry(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, dateline, person, country string
		extra                                 []ent
	}{
		{"assembly impeached", "SEOUL (Wire) - The National Assembly impeached Park Sung-ho on Tuesday.", "SEOUL", "Park Sung-ho", "KOR", []ent{{"National Assembly", "ORG"}}},
		{"voted to impeach", "SEOUL (Wire) - Lawmakers voted to impeach Park Sung-ho on Tuesday.", "SEOUL", "Park Sung-ho", "KOR", nil},
		{"passive", "LIMA (Wire) - Luis Ortega Vidal was impeached by Congress on Tuesday.", "LIMA", "Luis Ortega Vidal", "PER", []ent{{"Congress", "ORG"}}},
		{"impeachment of", "LIMA (Wire) - Congress opened the impeachment of Luis Ortega Vidal on Tuesday.", "LIMA", "Luis Ortega Vidal", "PER", []ent{{"Congress", "ORG"}}},
		// Near misses: no impeachment; another country in the sentence.
		{"praised", "SEOUL (Wire) - Lawmakers praised Park Sung-ho on Tuesday.", "SEOUL", "Park Sung-ho", "", nil},
		{"other country", "SEOUL (Wire) - Lawmakers in Peru voted to impeach Luis Ortega Vidal on Tuesday.", "SEOUL", "Luis Ortega Vidal", "", []ent{{"Peru", "GPE"}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2025-03-04", append([]ent{{c.dateline, "GPE"}, {"Wire", "ORG"}, {c.person, "PER"}}, c.extra...))
			checkMention(t, art, c.person, "", c.country, "")
		})
	}
}
