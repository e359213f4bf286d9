package nlp

import (
	"strings"
	"testing"
)

func TestVesselNames(t *testing.T) {
	country := func(ws []string) bool { return strings.Join(ws, " ") == "Iran" }
	role := func(w string) bool { return w == "commissioner" }
	for _, c := range []struct{ name, words, tags, want string }{
		{"a navy prefix and a person's name",
			"The USS Carl Vinson arrived", "O O B-PER I-PER O", "O B-MISC I-MISC I-MISC O"},
		{"a name with of runs over a place the tagger found",
			"while HMS Prince of Wales sailed", "O B-PER I-PER O B-LOC O", "O B-MISC I-MISC I-MISC I-MISC O"},
		{"a name with the",
			"the ROKS Sejong the Great sailed", "O B-LOC I-LOC O B-LOC O", "O B-MISC I-MISC I-MISC I-MISC O"},
		{"a vessel noun before a rank and a surname",
			"the destroyer Admiral Kulakov left", "O O O B-PER O", "O O B-MISC I-MISC O"},
		{"a vessel noun before a name ending in one letter",
			"the tanker Eagle S drifted", "O O B-ORG O O", "O O B-MISC I-MISC O"},
		{"aircraft carrier is a ship",
			"the aircraft carrier Shandong sailed", "O O O B-LOC O", "O O O B-MISC O"},
		{"carrier alone is as often an airline",
			"the carrier Lufthansa said", "O O B-ORG O", "O O B-ORG O"},
		{"a country after a vessel noun is the clause's subject",
			"the tanker Iran seized", "O O B-GPE O", "O O B-GPE O"},
		{"a weekday after a vessel noun is no name",
			"a ship Monday near Gaza", "O O O O B-GPE", "O O O O B-GPE"},
		{"a nationality after a vessel noun is no name",
			"the vessel Yemeni forces seized", "O O B-NORP O O", "O O B-NORP O O"},
		{"a role word after a prefix is no ship",
			"INS Commissioner Doris Meissner said", "B-ORG O B-PER I-PER O", "B-ORG O B-PER I-PER O"},
		{"a prefix before a lower-case word names nothing",
			"the INS agents arrived", "O B-ORG O O", "O B-ORG O O"},
		{"a name in capitals is left to the tagger",
			"USS NIMITZ SAILED", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		{"a span the name cut keeps its rest as a span of its own",
			"the USS Carl Vinson 2 group", "O O B-PER I-PER I-PER O", "O B-MISC I-MISC I-MISC B-PER O"},
	} {
		t.Run(c.name, func(t *testing.T) {
			words, tags := strings.Fields(c.words), strings.Fields(c.tags)
			vesselNames(words, tags, country, role)
			if got := strings.Join(tags, " "); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestHyphenCountries(t *testing.T) {
	country := func(ws []string) bool {
		switch strings.Join(ws, " ") {
		case "Timor-Leste", "Guinea-Bissau", "Bosnia-Herzegovina":
			return true
		}
		return false
	}
	for _, c := range []struct{ name, words, tags, want string }{
		{"an untagged hyphenated country",
			"Timor-Leste joined the bloc", "O O O O", "B-GPE O O O"},
		{"one tagged as another type alone",
			"troops from Bosnia-Herzegovina", "O O B-ORG", "O O B-GPE"},
		{"inside a longer name it is left",
			"the Guinea-Bissau Armed Forces", "O B-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG"},
		{"a compound is no country",
			"a Kuala Lumpur-based analyst", "O B-GPE I-GPE O", "O B-GPE I-GPE O"},
	} {
		t.Run(c.name, func(t *testing.T) {
			words, tags := strings.Fields(c.words), strings.Fields(c.tags)
			hyphenCountries(words, tags, country)
			if got := strings.Join(tags, " "); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}

// TestShipsAndHyphenCountriesTagged runs the whole tagger on sentences
// written for this test.
func TestShipsAndHyphenCountriesTagged(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, typ string }{
		{"The coast guard fired water cannon at the BRP Teresa Magbanua near the shoal .", "BRP Teresa Magbanua", "MISC"},
		{"The USS Carl Vinson arrived in Busan on Monday .", "USS Carl Vinson", "MISC"},
		{"HMS Prince of Wales sailed from Portsmouth .", "HMS Prince of Wales", "MISC"},
		{"The INS Vikrant docked in Kochi .", "INS Vikrant", "MISC"},
		{"The destroyer Admiral Kulakov left Vladivostok .", "Admiral Kulakov", "MISC"},
		{"Timor-Leste joined the regional bloc on Wednesday .", "Timor-Leste", "GPE"},
		{"Indonesia signed an accord with Timor-Leste on Tuesday .", "Timor-Leste", "GPE"},
		{"Leaders from Bosnia-Herzegovina attended .", "Bosnia-Herzegovina", "GPE"},
	} {
		words := strings.Fields(c.text)
		tags := an.TagDocument([][]string{words})[0]
		found := false
		forSpans(tags, func(typ string, i, j int) {
			if typ == c.typ && strings.Join(words[i:j], " ") == c.name {
				found = true
			}
		})
		if !found {
			t.Errorf("%q: no %s %q in %v", c.text, c.typ, c.name, tags)
		}
	}
}
