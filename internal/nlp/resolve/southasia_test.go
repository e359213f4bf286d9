package resolve

import (
	"strings"
	"testing"
)

// TestSouthAsianParties: the main parties of Bangladesh, Pakistan, India,
// Sri Lanka and Nepal are party actors of their country, and a name two
// actors share ("PTI", "Jamaat-e-Islami", "Congress") is the one the
// article's cues point to, the default one when they point to none.
func TestSouthAsianParties(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		name, text string
		ents       [][2]string
		want       string // the ORG entities: text|actor/country/sector, "; "-joined
	}{
		{"Bangladesh's two main parties",
			"BNP leader Tarique Rahman criticised the Awami League on Sunday.",
			[][2]string{{"BNP", "ORG"}, {"Tarique Rahman", "PER"}, {"Awami League", "ORG"}},
			"BNP|BGD.PTY.BNP/BGD/party; Awami League|BGD.PTY.AL/BGD/party"},
		{"Pakistan's ruling party by its long name",
			"Pakistan Muslim League-Nawaz won the vote in the assembly.",
			[][2]string{{"Pakistan Muslim League-Nawaz", "ORG"}},
			"Pakistan Muslim League-Nawaz|PAK.PTY.PMLN/PAK/party"},
		{"Sri Lanka's parties by acronym",
			"The JVP and the SLPP traded accusations before the vote.",
			[][2]string{{"JVP", "ORG"}, {"SLPP", "ORG"}},
			"JVP|LKA.PTY.JVP/LKA/party; SLPP|LKA.PTY.SLPP/LKA/party"},
		{"Nepal's parties",
			"The CPN-UML and the Nepali Congress agreed to share power.",
			[][2]string{{"CPN-UML", "ORG"}, {"Nepali Congress", "ORG"}},
			"CPN-UML|NPL.PTY.UML/NPL/party; Nepali Congress|NPL.PTY.NC/NPL/party"},
		{"PTI in a story from Islamabad is Imran Khan's party",
			"Supporters of the PTI protested in Islamabad on Sunday.",
			[][2]string{{"PTI", "ORG"}, {"Islamabad", "GPE"}},
			"PTI|PAK.PTY.PTI/PAK/party"},
		{"PTI with no cue is the Indian news agency",
			"PTI reported that the vote count had begun.",
			[][2]string{{"PTI", "ORG"}},
			"PTI|IND.MED.PTI/IND/media"},
		{"Jamaat-e-Islami in a story from Dhaka",
			"Jamaat-e-Islami held a rally in Dhaka.",
			[][2]string{{"Jamaat-e-Islami", "ORG"}, {"Dhaka", "GPE"}},
			"Jamaat-e-Islami|BGD.PTY.JAMAAT/BGD/party"},
		{"Jamaat-e-Islami in a story from Lahore",
			"Jamaat-e-Islami held a rally in Lahore.",
			[][2]string{{"Jamaat-e-Islami", "ORG"}, {"Lahore", "GPE"}},
			"Jamaat-e-Islami|PAK.PTY.JI/PAK/party"},
		{"Congress beside the BJP is India's party",
			"The Congress party and the BJP clashed over the budget.",
			[][2]string{{"Congress", "ORG"}, {"BJP", "ORG"}},
			"Congress|IND.PTY.INC/IND/party; BJP|IND.PTY.BJP/IND/party"},
		// Must not: Congress alone, or with American cues, stays the
		// United States Congress.
		{"Congress alone",
			"Congress passed the spending bill on Tuesday.",
			[][2]string{{"Congress", "ORG"}},
			"Congress|USA.LEG/USA/legislature"},
		{"Congress with Indian and American cues",
			"Modi addressed Congress in Washington.",
			[][2]string{{"Modi", "PER"}, {"Congress", "ORG"}, {"Washington", "GPE"}},
			"Congress|USA.LEG/USA/legislature"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			art := resolveTagged(t, s, tt.text, "2024-05-12", tt.ents)
			var got []string
			for _, e := range art.Entities {
				if e.Type == "ORG" {
					got = append(got, e.Text+"|"+e.ActorID+"/"+e.Country+"/"+e.Sector)
				}
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}
