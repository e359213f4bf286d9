package resolve

import (
	"strings"
	"testing"
)

// TestPersonCountryByDate: a person who held offices of several countries
// (or of a state and the EU) acts for the country of the office held at the
// article's date, and between offices for the nearest one, not for the
// first office the knowledge base lists.
func TestPersonCountryByDate(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, published string
		ents                  [][2]string
		want                  []string // text|actor/country
	}{
		{"Tusk as Polish prime minister", "Donald Tusk met farmers in Lublin.", "2024-03-05",
			[][2]string{{"Donald Tusk", "PER"}}, []string{"Donald Tusk|person:donald_tusk/POL"}},
		{"Tusk as European Council president", "Donald Tusk chaired the summit.", "2017-06-22",
			[][2]string{{"Donald Tusk", "PER"}}, []string{"Donald Tusk|person:donald_tusk/EUR"}},
		{"Tusk in his first term as prime minister", "Donald Tusk opened the stadium.", "2012-06-08",
			[][2]string{{"Donald Tusk", "PER"}}, []string{"Donald Tusk|person:donald_tusk/POL"}},
		{"Tusk weeks before taking office again: the nearer office", "Donald Tusk won a majority.", "2023-10-17",
			[][2]string{{"Donald Tusk", "PER"}}, []string{"Donald Tusk|person:donald_tusk/POL"}},
		{"von der Leyen as Commission president", "Ursula von der Leyen proposed new sanctions.", "2023-02-15",
			[][2]string{{"Ursula von der Leyen", "PER"}}, []string{"Ursula von der Leyen|person:ursula_von_der_leyen/EUR"}},
		{"von der Leyen as German defence minister", "Ursula von der Leyen visited troops in Mali.", "2016-04-05",
			[][2]string{{"Ursula von der Leyen", "PER"}}, []string{"Ursula von der Leyen|person:ursula_von_der_leyen/DEU"}},
		{"Duda as Polish president", "President Andrzej Duda signed the bill.", "2020-07-01",
			[][2]string{{"Andrzej Duda", "PER"}}, []string{"Andrzej Duda|person:andrzej_duda/POL"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, c.published, c.ents)
			var got []string
			for _, e := range art.Entities {
				if e.Type == "PER" {
					got = append(got, e.Text+"|"+e.ActorID+"/"+e.Country)
				}
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
			for _, a := range art.Actors {
				for _, w := range c.want {
					id, country, _ := strings.Cut(strings.SplitN(w, "|", 2)[1], "/")
					if a.ID == id && a.Country != country {
						t.Errorf("actor list: %s has country %s, want %s", id, a.Country, country)
					}
				}
			}
		})
	}
}

// TestPartiesAndLeaders: the main parties of EU and G20 states resolve to
// the party with its country and the party sector, and a party leader with
// no office to the leader with the party's country.
func TestPartiesAndLeaders(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text, published string
		ents                  [][2]string
		want                  []string // text|actor/country/sector
	}{
		{"a Polish party and its leader", "Law and Justice, led by Jaroslaw Kaczynski, came first.", "2023-10-16",
			[][2]string{{"Law and Justice", "ORG"}, {"Jaroslaw Kaczynski", "PER"}},
			[]string{"Law and Justice|POL.PTY.PIS/POL/party", "Jaroslaw Kaczynski|person:jaroslaw_kaczynski/POL/government"}}, // deputy prime minister then (kb.SectorAt)
		{"an electoral alliance", "The Civic Coalition took 30.7 percent.", "2023-10-16",
			[][2]string{{"Civic Coalition", "ORG"}}, []string{"Civic Coalition|POL.PTY.KO/POL/party"}},
		{"a party by its abbreviation", "The AfD doubled its vote in the east.", "2024-09-02",
			[][2]string{{"AfD", "ORG"}}, []string{"AfD|DEU.PTY.AFD/DEU/party"}},
		{"a Mexican party", "Morena kept its majority in Congress.", "2024-06-03",
			[][2]string{{"Morena", "ORG"}}, []string{"Morena|MEX.PTY.MORENA/MEX/party"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, c.published, c.ents)
			var got []string
			for _, e := range art.Entities {
				if e.Type != EntityRole {
					got = append(got, e.Text+"|"+e.ActorID+"/"+e.Country+"/"+e.Sector)
				}
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}

// TestPortfolioTitle: a lower-case portfolio of one or two words between a
// country and a role ("Japan's trade minister", "Egypt's civil aviation
// minister") leaves the title the country's, in an
// article about another country too; the portfolio names no office of the
// bare role, and "former" before the role still makes the title a past one.
func TestPortfolioTitle(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		want       string // the person's actor/country
	}{
		{"a possessive country", "Poland held an election on Sunday. Japan's trade minister Ken Saito said Tokyo would work with the new government.",
			[][2]string{{"Poland", "GPE"}, {"Japan", "GPE"}, {"Ken Saito", "PER"}, {"Tokyo", "GPE"}}, "doc:person:ken_saito/JPN"},
		{"a demonym", "Kenya closed the border. The Ugandan interior minister Amos Lugolo said talks would go on.",
			[][2]string{{"Kenya", "GPE"}, {"Ugandan", "NORP"}, {"Amos Lugolo", "PER"}}, "doc:person:amos_lugolo/UGA"},
		{"a two-word portfolio", "Cyprus closed the airport. Egypt's civil aviation minister Hassan Rashed said flights would resume.",
			[][2]string{{"Cyprus", "GPE"}, {"Egypt", "GPE"}, {"Hassan Rashed", "PER"}}, "doc:person:hassan_rashed/EGY"},
		{"a two-word portfolio after a demonym", "Kenya closed the border. The Ugandan local government minister Amos Lugolo said talks would go on.",
			[][2]string{{"Kenya", "GPE"}, {"Ugandan", "NORP"}, {"Amos Lugolo", "PER"}}, "doc:person:amos_lugolo/UGA"},
		{"no country before", "The trade minister Amos Lugolo resigned.",
			[][2]string{{"Amos Lugolo", "PER"}}, "doc:person:amos_lugolo/"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2023-10-17", c.ents)
			var got []string
			for _, e := range art.Entities {
				if e.Type == "PER" {
					got = append(got, e.ActorID+"/"+e.Country)
				}
			}
			if strings.Join(got, "; ") != c.want {
				t.Errorf("got %v, want %s", got, c.want)
			}
		})
	}
}

// TestDatelineAgencyNoAcronym: the agency in a wire dateline ("WARSAW (AP)
// -") credits the story; it is the news medium, never an acronym of the
// place before it, and a later mention of the agency is the medium too.
func TestDatelineAgencyNoAcronym(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		want       []string // text|type|actor/sector
	}{
		{"an agency the knowledge base knows", "WARSAW (AP) - Poland's opposition won a majority. AP could not confirm the figures.",
			[][2]string{{"WARSAW", "GPE"}, {"AP", "GPE"}, {"Poland", "GPE"}, {"AP", "ORG"}},
			[]string{"WARSAW|GPE|place:POL:warsaw/", "AP|ORG|USA.MED.AP/media", "Poland|GPE|POL/", "AP|ORG|USA.MED.AP/media"}},
		{"an agency the tagger missed", "OTTAWA (Reuters) - Canada's parliament passed the bill.",
			[][2]string{{"OTTAWA", "GPE"}, {"Canada", "GPE"}},
			[]string{"OTTAWA|GPE|place:CAN:ottawa/", "Reuters|ORG|GBR.MED.REUTERS/media", "Canada|GPE|CAN/"}},
		{"an acronym after a name outside a dateline still is one", "The Democratic Republic of the Congo (DRC) closed its border. The DRC said talks would resume.",
			[][2]string{{"Democratic Republic of the Congo", "GPE"}, {"DRC", "GPE"}},
			[]string{"Democratic Republic of the Congo|GPE|COD/", "DRC|GPE|COD/"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2023-10-17", c.ents)
			var got []string
			for _, e := range art.Entities {
				if e.Type != EntityRole {
					got = append(got, e.Text+"|"+e.Type+"|"+e.ActorID+"/"+e.Sector)
				}
			}
			if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
				t.Errorf("got  %v\nwant %v", got, c.want)
			}
		})
	}
}
