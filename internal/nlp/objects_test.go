package nlp

import (
	"strings"
	"testing"
)

func TestObjectPersons(t *testing.T) {
	// The knowledge base of the test: one place, one organisation, one
	// nationality.
	notPerson := func(ws []string) bool {
		switch strings.Join(ws, " ") {
		case "Kampala", "Nile Breweries", "Ugandan":
			return true
		}
		return false
	}
	place := func(ws []string) bool { return strings.Join(ws, " ") == "Kampala" }
	demonym := func(w string) bool { return w == "Ugandan" || w == "Kenyan" }
	for _, c := range []struct {
		name   string
		sents  []string // words, space separated, one sentence each
		tags   []string
		want   []string
		sports bool
	}{
		{name: "whole name read as an organisation",
			sents: []string{"Police arrested Kato Mugisha on Monday ."},
			tags:  []string{"O O B-ORG I-ORG O O O"},
			want:  []string{"O O B-PER I-PER O O O"}},
		{name: "name split into an organisation and a person",
			sents: []string{"Ugandan police arrested Kato Mugisha ."},
			tags:  []string{"B-NORP O O B-ORG B-PER O"},
			want:  []string{"B-NORP O O B-PER I-PER O"}},
		{name: "three words, sentence end, present tense",
			sents: []string{"Troops detain Amani Wekesa Odhiambo"},
			tags:  []string{"O O B-ORG I-ORG I-ORG"},
			want:  []string{"O O B-PER I-PER I-PER"}},
		{name: "the same name elsewhere in the document follows",
			sents: []string{"Officers freed Kato Mugisha in Kampala .", "Kato Mugisha said he was beaten ."},
			tags:  []string{"O O B-ORG I-ORG O B-GPE O", "B-ORG I-ORG O O O O O"},
			want:  []string{"O O B-PER I-PER O B-GPE O", "B-PER I-PER O O O O O"}},
		{name: "a name with an organisation's word stays",
			sents: []string{"Regulators charged Mugisha Savings Bank on Monday ."},
			tags:  []string{"O O B-ORG I-ORG I-ORG O O O"},
			want:  []string{"O O B-ORG I-ORG I-ORG O O O"}},
		{name: "a known organisation stays",
			sents: []string{"Prosecutors charged Nile Breweries with fraud ."},
			tags:  []string{"O O B-ORG I-ORG O O O"},
			want:  []string{"O O B-ORG I-ORG O O O"}},
		{name: "a name with a place in it stays",
			sents: []string{"The minister met Kampala Capital officials ."},
			tags:  []string{"O O O B-ORG I-ORG O O"},
			want:  []string{"O O O B-ORG I-ORG O O"}},
		{name: "a modifier of a noun is no object",
			sents: []string{"Police arrested Kato Mugisha supporters ."},
			tags:  []string{"O O B-ORG I-ORG O O"},
			want:  []string{"O O B-ORG I-ORG O O"}},
		{name: "an owner is no object",
			sents: []string{"Police arrested Kato Mugisha 's driver ."},
			tags:  []string{"O O B-ORG I-ORG O O O"},
			want:  []string{"O O B-ORG I-ORG O O O"}},
		{name: "a title before the name is left to the title rules",
			sents: []string{"Odinga met President Kato Mugisha ."},
			tags:  []string{"B-PER O B-ORG I-ORG I-ORG O"},
			want:  []string{"B-PER O B-ORG I-ORG I-ORG O"}},
		{name: "a nationality in the name stays",
			sents: []string{"Police freed Kenyan Mugisha ."},
			tags:  []string{"O O B-ORG I-ORG O"},
			want:  []string{"O O B-ORG I-ORG O"}},
		{name: "a product or a place the tagger typed otherwise stays",
			sents: []string{"The company released Nimbus Office on Monday ."},
			tags:  []string{"O O O B-MISC I-MISC O O O"},
			want:  []string{"O O O B-MISC I-MISC O O O"}},
		{name: "a team met in a sports report stays",
			sents:  []string{"Villa met Sporting Mugisha on Sunday ."},
			tags:   []string{"B-ORG O B-ORG I-ORG O O O"},
			want:   []string{"B-ORG O B-ORG I-ORG O O O"},
			sports: true},
		{name: "a longer capitalised run is no two-word name",
			sents: []string{"Police arrested Kato Mugisha Wekesa Odhiambo ."},
			tags:  []string{"O O B-ORG I-ORG I-ORG I-ORG O"},
			want:  []string{"O O B-ORG I-ORG I-ORG I-ORG O"}},
		{name: "a person stays a person",
			sents: []string{"Police arrested Kato Mugisha ."},
			tags:  []string{"O O B-PER I-PER O"},
			want:  []string{"O O B-PER I-PER O"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			sents := make([][]string, len(c.sents))
			tags := make([][]string, len(c.sents))
			for i := range c.sents {
				sents[i], tags[i] = strings.Fields(c.sents[i]), strings.Fields(c.tags[i])
			}
			objectPersons(sents, tags, notPerson, place, demonym, c.sports)
			for i := range tags {
				if got := strings.Join(tags[i], " "); got != c.want[i] {
					t.Errorf("sentence %d %q: got %s, want %s", i, c.sents[i], got, c.want[i])
				}
			}
		})
	}
}
