package resolve

import "testing"

// TestMalayHonourBetweenOfficeAndName: a Malaysian two-word honour between
// an office and its holder's name ("Home Minister Tan Sri Jane Roe") is a
// courtesy title, as "Datuk" alone is: the office is the person's. "Tan"
// and "Sri" alone are names, not honours.
func TestMalayHonourBetweenOfficeAndName(t *testing.T) {
	s := newStage(t)
	for _, tt := range []struct {
		name, text string
		ents       [][2]string
		person     string
		want       string // actor/country/sector of the person
	}{
		{"Tan Sri", "KUALA LUMPUR (Wire) - Home Minister Tan Sri Razali Hamzah said the ban would stay.",
			[][2]string{{"KUALA LUMPUR", "GPE"}, {"Razali Hamzah", "PER"}}, "Razali Hamzah", "doc:person:razali_hamzah/MYS/government"},
		{"Dato' Sri", "KUALA LUMPUR (Wire) - Defence Minister Dato' Sri Kamal Idris said the ban would stay.",
			[][2]string{{"KUALA LUMPUR", "GPE"}, {"Kamal Idris", "PER"}}, "Kamal Idris", "doc:person:kamal_idris/MYS/government"},
		{"Datuk Seri", "KUALA LUMPUR (Wire) - Trade Minister Datuk Seri Aminah Yusof said the ban would stay.",
			[][2]string{{"KUALA LUMPUR", "GPE"}, {"Aminah Yusof", "PER"}}, "Aminah Yusof", "doc:person:aminah_yusof/MYS/government"},
		// Near-miss: "Tan" is the family name here, the name's first word.
		{"a family name Tan", "KUALA LUMPUR (Wire) - Home Minister Tan Ah Kow said the ban would stay.",
			[][2]string{{"KUALA LUMPUR", "GPE"}, {"Tan Ah Kow", "PER"}}, "Tan Ah Kow", "doc:person:tan_ah_kow/MYS/government"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			art := resolveTagged(t, s, tt.text, "2024-05-01", tt.ents)
			got := ""
			for _, e := range art.Entities {
				if e.Text == tt.person {
					got = e.ActorID + "/" + e.Country + "/" + e.Sector
				}
			}
			if got != tt.want {
				t.Errorf("%q resolved to %q, want %q", tt.person, got, tt.want)
			}
		})
	}
}
