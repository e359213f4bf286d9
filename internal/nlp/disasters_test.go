package nlp

import (
	"strings"
	"testing"
)

// TestDisasterPlaces: a name the tagger calls a person right after a
// disaster verb whose subject is a disaster noun is a place; a verb with
// another subject, a title before the name, or a full name holding the word
// elsewhere keep the person.
func TestDisasterPlaces(t *testing.T) {
	for _, c := range []struct {
		name        string
		words, tags []string // one entry per sentence
		want        string   // sentences' tags joined by " | "
	}{
		{"floods hit a city named like a surname",
			[]string{"Floods hit Valencia on Tuesday ."}, []string{"O O B-PER O O O"}, "O O B-GPE O O O"},
		{"the disaster noun a few words before the verb",
			[]string{"A powerful earthquake struck Hualien early on Wednesday ."},
			[]string{"O O O O B-PER O O O O"}, "O O O O B-GPE O O O O"},
		{"a storm's own name between noun and verb",
			[]string{"Storm Boris swept Opole Voivodeship ."}, []string{"O B-PER O B-PER I-PER O"}, "O B-PER O B-GPE I-GPE O"},
		{"an untagged city the knowledge base knows",
			[]string{"A powerful storm battered Florence on Monday ."}, []string{"O O O O O O O O"}, "O O O O B-GPE O O O"},
		{"an untagged place of two words",
			[]string{"Floods hit Baton Rouge ."}, []string{"O O O O O"}, "O O B-GPE I-GPE O"},
		{"an untagged word no place",
			[]string{"The storm hit Monday and Tuesday ."}, []string{"O O O O O O O"}, "O O O O O O O"},
		{"an untagged city with a title elsewhere",
			[]string{"A storm battered Florence .", "Dr. Florence said so ."},
			[]string{"O O O O O", "O B-PER O O O"}, "O O O O O | O B-PER O O O"},
		{"an untagged city after another subject",
			[]string{"The team beat Florence ."}, []string{"O O O O O"}, "O O O O O"},
		{"another subject keeps the person",
			[]string{"The car hit Garcia on Monday ."}, []string{"O O O B-PER O O O"}, "O O O B-PER O O O"},
		{"a clause break between noun and verb",
			[]string{"After the floods , police struck Garcia ."}, []string{"O O O O O O B-PER O"}, "O O O O O O B-PER O"},
		{"a title before the name elsewhere",
			[]string{"Floods hit Valencia .", "Senator Valencia said so ."},
			[]string{"O O B-PER O", "O B-PER O O O"}, "O O B-PER O | O B-PER O O O"},
		{"a word of a full name elsewhere",
			[]string{"Floods hit Smith .", "John Smith lost his farm ."},
			[]string{"O O B-PER O", "B-PER I-PER O O O O"}, "O O B-PER O | B-PER I-PER O O O O"},
		{"shelling hits a town the tagger calls a person",
			[]string{"Shelling hit Pokrovsk overnight ."}, []string{"O O B-PER O O"}, "O O B-GPE O O"},
		{"missiles strike an untagged city",
			[]string{"Russian missiles struck Kramatorsk on Tuesday ."}, []string{"B-NORP O O O O O O"}, "B-NORP O O B-GPE O O O"},
		{"artillery pounds a city the tagger calls an organisation",
			[]string{"Artillery pounded Sumy overnight ."}, []string{"O O B-ORG O O"}, "O O B-GPE O O"},
		{"a rocket hits a name no place",
			[]string{"A rocket hit Smith on Monday ."}, []string{"O O O B-PER O O O"}, "O O O B-PER O O O"},
		{"drones strike a company",
			[]string{"Drones struck Gazprom overnight ."}, []string{"O O B-ORG O O"}, "O O B-ORG O O"},
		{"a flood's organisation stays",
			[]string{"Floods hit Sumy overnight ."}, []string{"O O B-ORG O O"}, "O O B-ORG O O"},
		{"a town struck by another subject",
			[]string{"Police hit Pokrovsk with a fine ."}, []string{"O O B-PER O O O O"}, "O O B-PER O O O O"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var sents, tags [][]string
			for i := range c.words {
				sents = append(sents, strings.Fields(c.words[i]))
				tags = append(tags, strings.Fields(c.tags[i]))
			}
			disasterPlaces(sents, tags, testPlace, testStruckPlace)
			var got []string
			for _, ts := range tags {
				got = append(got, strings.Join(ts, " "))
			}
			if g := strings.Join(got, " | "); g != c.want {
				t.Errorf("%q:\n got %s\nwant %s", c.words, g, c.want)
			}
		})
	}
}

// testPlace stands for the knowledge base's places in TestDisasterPlaces.
func testPlace(ws []string) bool {
	name := strings.Join(ws, " ")
	return name == "Florence" || name == "Baton Rouge" || name == "Kramatorsk"
}

// testStruckPlace stands for the knowledge base's places, cities and towns
// that name no organisation in TestDisasterPlaces.
func testStruckPlace(ws []string) bool {
	name := strings.Join(ws, " ")
	return testPlace(ws) || name == "Pokrovsk" || name == "Kramatorsk" || name == "Sumy"
}
