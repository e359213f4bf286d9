package nlp

import (
	"strings"
	"testing"
)

func TestCitiesArePlaces(t *testing.T) {
	cities := wordSet("Milan Munich Lyon Sydney Austin Florence Berlin")
	city := func(w string) bool { return cities[w] }
	towns := wordSet("Jabalia Rafah Selma")
	town := func(w string) bool { return cities[w] || towns[w] }
	country := func(ws []string) bool { return strings.Join(ws, " ") == "Italy" }
	for _, c := range []struct {
		name        string
		words, tags []string // sentences joined by " | "
		want        string
	}{
		{"coordinated with a city the tagger calls an organisation",
			[]string{"Milan and Munich are among the candidates ."},
			[]string{"B-PER O B-ORG O O O O O"}, "B-GPE O B-GPE O O O O O"},
		{"a list, and the other mentions of the name",
			[]string{"Organisers named Lyon , Milan and Berlin .", "Milan was picked ."},
			[]string{"O O B-PER O B-PER O B-GPE O", "B-PER O O O"}, "O O B-GPE O B-GPE O B-GPE O | B-GPE O O O"},
		{"a country is a place",
			[]string{"Italy and Milan agreed ."}, []string{"B-GPE O B-PER O O"}, "B-GPE O B-GPE O O"},
		{"after a preposition of place",
			[]string{"Talks in Milan ended ."}, []string{"O O B-PER O O"}, "O O B-GPE O O"},
		{"a place the tagger found carries to the other mentions",
			[]string{"Shows in Berlin , Milan and Lyon sold out .", "Milan was the biggest ."},
			[]string{"O O B-GPE O B-GPE O B-PER O O O", "B-PER O O O O"},
			"O O B-GPE O B-GPE O B-GPE O O O | B-GPE O O O O"},
		{"coordinated with a person",
			[]string{"Milan and Kovacs met ."}, []string{"B-PER O B-PER O O"}, "B-PER O B-PER O O"},
		{"a town where only a place goes, and its other mentions",
			[]string{"Fighting reached Selma on Sunday .", "Residents of Selma fled ."},
			[]string{"O O B-PER O O O", "O O B-PER O O"}, "O O B-GPE O O O | O O B-GPE O O"},
		{"a town after the owner of a place",
			[]string{"The outskirts of Rafah were shelled ."}, []string{"O O O B-PER O O O"}, "O O O B-GPE O O O"},
		{"a town's name as a person's, in no place slot",
			[]string{"Selma said she would run ."}, []string{"B-PER O O O O O"}, "B-PER O O O O O"},
		{"a full name reached stays a person",
			[]string{"Reporters reached Selma Jones ."}, []string{"O O B-PER I-PER O"}, "O O B-PER I-PER O"},
		{"two names both tagged as persons may be two people",
			[]string{"Sydney and Austin met ."}, []string{"B-PER O B-PER O O"}, "B-PER O B-PER O O"},
		{"a full name in the document holds the word",
			[]string{"Florence Pugh arrived .", "Florence and Berlin were next ."},
			[]string{"B-PER I-PER O O", "B-PER O B-GPE O O O"}, "B-PER I-PER O O | B-PER O B-GPE O O O"},
		{"a title before the word",
			[]string{"Coach Milan and Berlin officials met ."}, []string{"O B-PER O B-GPE O O O"}, "O B-PER O B-GPE O O O"},
		{"no place's slot",
			[]string{"Milan said the talks went well ."}, []string{"B-PER O O O O O O"}, "B-PER O O O O O O"},
		{"a small town ending a list of places after a preposition of place",
			[]string{"Officials in Jabalia , Khan Younis and Rafah said ."},
			[]string{"O O B-GPE O B-GPE I-GPE O B-PER O O"}, "O O B-GPE O B-GPE I-GPE O B-GPE O O"},
		{"a small town in a list with no preposition of place stays",
			[]string{"Jabalia and Rafah said ."}, []string{"B-GPE O B-PER O O"}, "B-GPE O B-PER O O"},
		{"a small town in a list after a preposition with no place in it stays",
			[]string{"Talks with Kovacs and Rafah ended ."}, []string{"O O B-PER O B-PER O O"}, "O O B-PER O B-PER O O"},
		{"a small town in a list of places that a full name holds stays",
			[]string{"Marches in Berlin and Selma began .", "Selma Blair spoke ."},
			[]string{"O O B-GPE O B-PER O O", "B-PER I-PER O O"}, "O O B-GPE O B-PER O O | B-PER I-PER O O"},
	} {
		var sents, tags [][]string
		for i := range c.words {
			sents = append(sents, strings.Fields(c.words[i]))
			tags = append(tags, strings.Fields(c.tags[i]))
		}
		citiesArePlaces(sents, tags, country, city, town, sportsDocument(sents))
		var got []string
		for _, ts := range tags {
			got = append(got, strings.Join(ts, " "))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, g, c.want)
		}
	}
}

// TestCitiesTagged runs the whole tagger: a city that is also a given
// name, coordinated with a city, is a place.
func TestCitiesTagged(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name string }{
		{"Milan and Munich are among the candidates .", "Milan"},
		{"Milan and Munich are among the candidates .", "Munich"},
	} {
		words := strings.Fields(c.text)
		tags := an.TagDocument([][]string{words})[0]
		found := false
		forSpans(tags, func(typ string, i, j int) {
			if typ == "GPE" && strings.Join(words[i:j], " ") == c.name {
				found = true
			}
		})
		if !found {
			t.Errorf("%q: no GPE %q in %v", c.text, c.name, tags)
		}
	}
}

func TestPlaceHeadedPersons(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"The flood hit Carson City last week .", "O O O B-PER I-PER O O O", "O O O B-LOC I-LOC O O O"},
		{"They sailed to Ellis Island .", "O O O B-PER I-PER O", "O O O B-LOC I-LOC O"},
		// Persons' names that end in words places end in too stay persons;
		// so does a one-word span.
		{"Ricki Lake and Michael Bay met Ann Park .", "B-PER I-PER O B-PER I-PER O B-PER I-PER O", "B-PER I-PER O B-PER I-PER O B-PER I-PER O"},
		{"City said so .", "B-PER O O O", "B-PER O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		placeHeadedPersons(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

// A person's span whose words are as a whole a known place's name is the
// place; a span opening with a given name, after an honorific or known
// as a person stays a person.
func TestPlaceNamePersons(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ words, tags, want string }{
		{"Tanks shelled Khan Younis on Monday .", "O O B-PER I-PER O O O", "O O B-GPE I-GPE O O O"},
		{"Residents fled Deir al-Balah overnight .", "O O B-PER I-PER O O", "O O B-GPE I-GPE O O"},
		// A given name first: a man named after a place's namesake.
		{"Francisco Morazan spoke .", "B-PER I-PER O O", "B-PER I-PER O O"},
		{"Sheikh Khan Younis spoke .", "O B-PER I-PER O O", "O B-PER I-PER O O"},
		// A full name that is no place stays a person; so does one word.
		{"Imran Khan spoke .", "B-PER I-PER O O", "B-PER I-PER O O"},
		{"Nablus spoke .", "B-PER O O", "B-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		placeNamePersons(words, tags, an.knownPlace, an.givenName, an.knownPerson)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
