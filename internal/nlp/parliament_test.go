package nlp

import (
	"strings"
	"testing"
)

func TestBareParliaments(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"the bill passed by Parliament on Tuesday", "O O O O O O O", "O O O O B-ORG O O"},
		{"the minister told Parliament that", "O O O O O", "O O O B-ORG O"},
		{"lawmakers in the Parliament voted", "O O O O O", "O O O B-ORG O"},
		// Sentence-initial capitals are the tagger's to judge.
		{"Parliament voted", "O O", "O O"},
		// Part of a longer name or of a title.
		{"protesters gathered in Parliament Square", "O O O O O", "O O O O O"},
		{"a Member of Parliament said", "O O O O O", "O O O O O"},
		// Lower case is the common noun; a tagged span stays as it is.
		{"the parliament voted", "O O O", "O O O"},
		{"the European Parliament voted", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		bareParliaments(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
