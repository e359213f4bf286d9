package nlp

import (
	"strings"
	"testing"
)

// TestPortfolioTitlesWithThe checks that a lower-case "the" between "of"
// and the portfolio ("Minister of the Interior") still makes the name
// after the title a person, and that a body's name after it, or no name
// the tagger saw, is left alone.
func TestPortfolioTitlesWithThe(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Minister of the Interior Ada Okafor said", "O O O B-ORG B-ORG I-ORG O", "O O O O B-PER I-PER O"},
		{"Minister of the Environment and Forestry Grace Wanjiku said", "O O O B-ORG I-ORG I-ORG I-ORG I-ORG O",
			"O O O O O O B-PER I-PER O"},
		{"Secretary of the Treasury Mark Ellison spoke", "B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O", "O O O O B-PER I-PER O"},
		// Near misses: a body's head ends the run; no name the tagger saw.
		{"Minister of the Defense Procurement Agency said", "O O O B-ORG I-ORG I-ORG O", "O O O B-ORG I-ORG I-ORG O"},
		{"Minister of the Interior Monday said", "O O O B-ORG O O", "O O O B-ORG O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		portfolioTitles(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
