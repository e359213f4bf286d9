package nlp

import (
	"strings"
	"testing"
)

// TestCompanyRegionPlaces checks that "the Amazon" after a preposition of
// place or a verb of protecting, in a story about forests or the climate,
// is a location, and that the company's mentions ("Amazon said", "Amazon's
// shares", "the Amazon warehouse") and a story with no such words keep the
// tagger's reading.
func TestCompanyRegionPlaces(t *testing.T) {
	for _, c := range []struct {
		name        string
		sents, tags []string
		want        string // tags of the last sentence
	}{
		{"crime against",
			[]string{"Deforestation in the rainforest rose .", "It is a crime against the Amazon , she said ."},
			[]string{"O O O O O O", "O O O B-ORG O O B-ORG O O O O"}, "O O O B-ORG O O B-LOC O O O O"},
		{"protect",
			[]string{"Leaders met to discuss the climate .", "Governments must protect the Amazon now ."},
			[]string{"O O O O O O O", "O O O O B-ORG O O"}, "O O O O B-LOC O O"},
		{"across, untagged",
			[]string{"Fires spread across the Amazon in August , scientists studying the river said ."},
			[]string{"O O O O O O B-DATE O O O O O O O"}, "O O O O B-LOC O B-DATE O O O O O O O"},
		{"near miss: company subject",
			[]string{"Logging in Brazil rose .", "Amazon said its shares rose ."},
			[]string{"O O B-GPE O O", "B-ORG O O O O O"}, "B-ORG O O O O O"},
		{"near miss: the company's warehouse",
			[]string{"The climate for retail improved .", "Staff in the Amazon warehouse walked out ."},
			[]string{"O O O O O O", "O O O B-ORG O O O O"}, "O O O B-ORG O O O O"},
		{"near miss: no forest words",
			[]string{"Sellers complained about fees .", "Sellers rely on the Amazon marketplace ."},
			[]string{"O O O O O", "O O O O B-ORG O O"}, "O O O O B-ORG O O"},
		{"near miss: capital The",
			[]string{"The rainforest is shrinking .", "The Amazon is shrinking ."},
			[]string{"O O O O O", "O B-LOC O O O"}, "O B-LOC O O O"},
	} {
		var sents, tags [][]string
		for i := range c.sents {
			sents = append(sents, strings.Fields(c.sents[i]))
			tags = append(tags, strings.Fields(c.tags[i]))
		}
		companyRegionPlaces(sents, tags)
		if got := strings.Join(tags[len(tags)-1], " "); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}
