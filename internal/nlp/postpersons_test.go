package nlp

import (
	"strings"
	"testing"
)

// TestPostAppositivePersons: a two- or three-word name the tagger called an
// organisation, set off by commas right after a lower-case post, is the
// person who holds it; a body's name there, a name the knowledge base
// gives something else, and a name that does not close the apposition
// stay.
func TestPostAppositivePersons(t *testing.T) {
	other := func(words []string) bool { return strings.Join(words, " ") == "Goldman Sachs" }
	for _, c := range []struct{ words, tags, want string }{
		{"The Bank of Ghana 's deputy governor , Kwame Asante , spoke to Reuters", "O B-ORG I-ORG I-ORG O O O O B-ORG I-ORG O O O B-ORG", "O B-ORG I-ORG I-ORG O O O O B-PER I-PER O O O B-ORG"},
		{"the union 's general secretary , Mara Okafor , said", "O O O O O O B-ORG I-ORG O O", "O O O O O O B-PER I-PER O O"},
		{"said its chief executive , Lena Maria Duarte .", "O O O O O B-ORG I-ORG I-ORG O", "O O O O O B-PER I-PER I-PER O"},
		{"Kenya 's interior minister , Amina Wekesa said", "B-GPE O O O O B-ORG I-ORG O", "B-GPE O O O O B-PER I-PER O"},
		// Near misses: a body's head, a known body, no post, no comma, a
		// longer clause after the name, one word, a post in capitals.
		{"the firm 's adviser , Kestrel Holdings , said", "O O O O O B-ORG I-ORG O O", "O O O O O B-ORG I-ORG O O"},
		{"the firm 's adviser , Goldman Sachs , declined", "O O O O O B-ORG I-ORG O O", "O O O O O B-ORG I-ORG O O"},
		{"the bank 's lender , Nova Credit , said", "O O O O O B-ORG I-ORG O O", "O O O O O B-ORG I-ORG O O"},
		{"its chief executive Lena Duarte said", "O O O B-ORG I-ORG O", "O O O B-ORG I-ORG O"},
		{"its president , Ruvo Kinta and Lakeside", "O O O B-ORG I-ORG O B-ORG", "O O O B-ORG I-ORG O B-ORG"},
		{"its director , Kivu , said", "O O O B-ORG O O", "O O O B-ORG O O"},
		{"the group 's Director , Nova Tessa , said", "O O O O O B-ORG I-ORG O O", "O O O O O B-ORG I-ORG O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		postAppositivePersons(words, tags, other)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
