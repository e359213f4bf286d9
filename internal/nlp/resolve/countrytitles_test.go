package resolve

import "testing"

// TestTitleOfAFewCountriesNamedElsewhere: a title that names one office in
// a few countries only (titleCountries) and is written with another
// country's name is that country's government, not the holder of the
// office roles.tsv maps it to: South Asia's foreign secretaries are civil
// servants, not foreign ministers. With its own country it keeps the
// holder.
func TestTitleOfAFewCountriesNamedElsewhere(t *testing.T) {
	s := newStage(t)
	for _, tt := range []struct {
		name, text string
		ents       []ent
		role, want string
	}{
		{"India's foreign secretary", "NEW DELHI (Wire) - India's foreign secretary met the Nepali ambassador on Monday.",
			[]ent{{"NEW DELHI", "GPE"}, {"India", "GPE"}, {"Nepali", "NORP"}}, "foreign secretary", "IND.GOV"},
		{"Pakistan's foreign secretary, said after the report", "Talks with Kabul will resume next week, Pakistan's foreign secretary said on Tuesday.",
			[]ent{{"Kabul", "GPE"}, {"Pakistan", "GPE"}}, "foreign secretary", "PAK.GOV"},
		{"the Bangladeshi foreign secretary", "The Bangladeshi foreign secretary flew to Yangon on Sunday.",
			[]ent{{"Bangladeshi", "NORP"}, {"Yangon", "GPE"}}, "foreign secretary", "BGD.GOV"},
		// Near-misses: the title's own country keeps the holder.
		{"Britain's foreign secretary is its minister", "Britain's foreign secretary said talks with Tehran would continue.",
			[]ent{{"Britain", "GPE"}, {"Tehran", "GPE"}}, "foreign secretary", "person:david_cameron"},
		{"the U.S. secretary of state is its minister", "The U.S. secretary of state met the Indian ambassador on Monday.",
			[]ent{{"U.S.", "GPE"}, {"Indian", "NORP"}}, "secretary of state", "person:antony_blinken"},
		{"India's foreign minister is the holder", "India's foreign minister met the Nepali ambassador on Monday.",
			[]ent{{"India", "GPE"}, {"Nepali", "NORP"}}, "foreign minister", "person:subrahmanyam_jaishankar"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := roleHolder(t, s, tt.text, "2024-05-01", tt.ents, tt.role); got != tt.want {
				t.Errorf("%q resolved to %q, want %q", tt.role, got, tt.want)
			}
		})
	}
}
