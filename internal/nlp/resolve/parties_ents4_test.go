package resolve

import (
	"strings"
	"testing"
)

// TestAddedCountriesParties: parties the knowledge base lists for
// Lithuania, Finland, Hungary, Romania, Brazil and others resolve in a
// story about their country, bare ("The Homeland Union said", no title
// after the name) or before a lower-case "party" ("the Tisza party"); the
// same words in a story about another country do not take them: a shared
// name goes to the story's country, a word that is also a place stays the
// place.
func TestAddedCountriesParties(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		mention    string
		id, cc     string // id "": no party; id "-": no party of a country but cc (and cc's party when sector is given)
		sector     string
	}{
		{"homeland union bare", "VILNIUS, March 3 (Reuters) - The Homeland Union said on Tuesday it would seek a no-confidence vote.",
			[]ent{{"VILNIUS", "GPE"}, {"Reuters", "ORG"}, {"Homeland Union", "ORG"}}, "Homeland Union", "LTU.PTY.TSLKD", "LTU", "party"},
		{"lithuanian social democrats", "VILNIUS, March 3 (Reuters) - The Social Democratic Party of Lithuania rejected the demand.",
			[]ent{{"VILNIUS", "GPE"}, {"Reuters", "ORG"}, {"Social Democratic Party of Lithuania", "ORG"}}, "Social Democratic Party of Lithuania", "LTU.PTY.LSDP", "LTU", "party"},
		{"finns party", "HELSINKI, March 3 (Reuters) - The Finns Party walked out of the coalition talks.",
			[]ent{{"HELSINKI", "GPE"}, {"Reuters", "ORG"}, {"Finns Party", "ORG"}}, "Finns Party", "FIN.PTY.PS", "FIN", "party"},
		{"national coalition", "HELSINKI, March 3 (Reuters) - The National Coalition Party won the most seats.",
			[]ent{{"HELSINKI", "GPE"}, {"Reuters", "ORG"}, {"National Coalition Party", "ORG"}}, "National Coalition Party", "FIN.PTY.KOK", "FIN", "party"},
		{"tisza before party", "BUDAPEST, March 3 (Reuters) - The opposition Tisza party accused the government of corruption.",
			[]ent{{"BUDAPEST", "GPE"}, {"Reuters", "ORG"}, {"Tisza", "ORG"}}, "Tisza", "HUN.PTY.TISZA", "HUN", "party"},
		{"aur in bucharest", "BUCHAREST, March 3 (Reuters) - The far-right AUR called for early elections in Romania.",
			[]ent{{"BUCHAREST", "GPE"}, {"Reuters", "ORG"}, {"AUR", "ORG"}, {"Romania", "GPE"}}, "AUR", "ROU.PTY.AUR", "ROU", "party"},
		{"workers party in brasilia", "BRASILIA, March 3 (Reuters) - The Workers' Party said it would back the bill.",
			[]ent{{"BRASILIA", "GPE"}, {"Reuters", "ORG"}, {"Workers' Party", "ORG"}}, "Workers' Party", "BRA.PTY.PT", "BRA", "party"},
		{"servant of the people", "KYIV, March 3 (Reuters) - Servant of the People lawmakers backed the law.",
			[]ent{{"KYIV", "GPE"}, {"Reuters", "ORG"}, {"Servant of the People", "ORG"}}, "Servant of the People", "UKR.PTY.SOTP", "UKR", "party"},
		{"republican before party", "WASHINGTON, March 3 (Reuters) - Senators of the Republican party blocked the bill.",
			[]ent{{"WASHINGTON", "GPE"}, {"Reuters", "ORG"}, {"Republican", "ORG"}}, "Republican", "USA.PTY.GOP", "USA", "party"},
		{"democratic before party, rome", "ROME, March 3 (Reuters) - Lawmakers of the Democratic party walked out.",
			[]ent{{"ROME", "GPE"}, {"Reuters", "ORG"}, {"Democratic", "ORG"}}, "Democratic", "ITA.PTY.PD", "ITA", "party"},
		{"democratic before party, washington", "WASHINGTON, March 3 (Reuters) - Lawmakers of the Democratic party walked out.",
			[]ent{{"WASHINGTON", "GPE"}, {"Reuters", "ORG"}, {"Democratic", "ORG"}}, "Democratic", "USA.PTY.DEM", "USA", "party"},
		// Near misses: the same words about another country.
		{"democratic before party, jakarta", "JAKARTA, March 3 (Reuters) - Lawmakers of the Democratic party walked out.",
			[]ent{{"JAKARTA", "GPE"}, {"Reuters", "ORG"}, {"Democratic", "ORG"}}, "Democratic", "-", "IDN", ""},
		{"workers party in pyongyang", "PYONGYANG, March 3 (Reuters) - The Workers' Party said it would hold a congress.",
			[]ent{{"PYONGYANG", "GPE"}, {"Reuters", "ORG"}, {"Workers' Party", "ORG"}}, "Workers' Party", "PRK.PTY.WPK", "PRK", "party"},
		{"social democrats in vilnius not finland's", "VILNIUS, March 3 (Reuters) - The Social Democratic Party rejected the demand.",
			[]ent{{"VILNIUS", "GPE"}, {"Reuters", "ORG"}, {"Social Democratic Party", "ORG"}}, "Social Democratic Party", "-", "LTU", "party"},
		{"social democrats in helsinki not romania's", "HELSINKI, March 3 (Reuters) - The Social Democratic Party rejected the demand.",
			[]ent{{"HELSINKI", "GPE"}, {"Reuters", "ORG"}, {"Social Democratic Party", "ORG"}}, "Social Democratic Party", "-", "FIN", "party"},
		{"aur atoll", "MAJURO, March 3 (Reuters) - A supply ship reached Aur atoll in the Marshall Islands.",
			[]ent{{"MAJURO", "GPE"}, {"Reuters", "ORG"}, {"Aur", "GPE"}, {"Marshall Islands", "GPE"}}, "Aur", "place:MHL-AUR", "MHL", ""},
		{"tisza river", "BUDAPEST, March 3 (Reuters) - The Tisza river burst its banks near Szeged.",
			[]ent{{"BUDAPEST", "GPE"}, {"Reuters", "ORG"}, {"Tisza", "LOC"}, {"Szeged", "GPE"}}, "Tisza", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2026-03-03", c.ents)
			switch c.id {
			case "":
				for _, e := range art.Entities {
					if e.Text == c.mention && e.Sector == "party" {
						t.Errorf("%s -> %s (%s %s), want no party", e.Text, e.ActorID, e.Country, e.Sector)
					}
				}
			case "-":
				for _, e := range art.Entities {
					if e.Text == c.mention && strings.Contains(e.ActorID, ".PTY.") && !strings.HasPrefix(e.ActorID, c.cc+".") {
						t.Errorf("%s -> %s, want no other country's party", e.Text, e.ActorID)
					}
				}
				if c.sector != "" {
					checkMention(t, art, c.mention, "", c.cc, c.sector)
				}
			default:
				checkMention(t, art, c.mention, c.id, c.cc, c.sector)
			}
		})
	}
}

// TestBarePartyPluralMisc: a bare "Democrats" the tagger marked MISC (as
// CoNLL tags a group named by its members) is a party: the United States'
// in a Washington story, the story country's party in a Vilnius one, never
// the U.S. party abroad; another MISC plural keeps its reading.
func TestBarePartyPluralMisc(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       []ent
		mention    string
		id, cc     string
		sector     string
	}{
		{"washington", "WASHINGTON, March 3 (Reuters) - The Democrats said they would oppose the bill.",
			[]ent{{"WASHINGTON", "GPE"}, {"Reuters", "ORG"}, {"Democrats", "MISC"}}, "Democrats", "USA.PTY.DEM", "USA", "party"},
		{"vilnius", "VILNIUS, March 3 (Reuters) - The Democrats said they would abstain.",
			[]ent{{"VILNIUS", "GPE"}, {"Reuters", "ORG"}, {"Democrats", "MISC"}}, "Democrats", "", "LTU", "party"},
		// Near miss: another group's plural stays no party.
		{"other plural", "BERLIN, March 3 (Reuters) - The Europeans said they would abstain.",
			[]ent{{"BERLIN", "GPE"}, {"Reuters", "ORG"}, {"Europeans", "MISC"}}, "Europeans", "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveGiven(t, s, c.text, "2026-03-03", c.ents)
			if c.sector == "" {
				for _, e := range art.Entities {
					if e.Text == c.mention && e.Sector == "party" {
						t.Errorf("%s -> %s party, want none", e.Text, e.ActorID)
					}
				}
				return
			}
			checkMention(t, art, c.mention, c.id, c.cc, c.sector)
			if c.cc != "USA" && mentionActor(art, c.mention) == "USA.PTY.DEM" {
				t.Errorf("%s abroad took the U.S. party", c.mention)
			}
		})
	}
}
