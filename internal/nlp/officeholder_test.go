package nlp

import (
	"strings"
	"testing"
)

// TestOfficeOfHolderNames checks that "Office of the <title>" before a
// holder's name of two words or more is one organisation and the name
// stays a person, and that other shapes are left alone.
func TestOfficeOfHolderNames(t *testing.T) {
	role := func(p string) bool {
		return p == "director of public prosecutions" || p == "attorney general" || p == "president" || p == "inspector general of police"
	}
	for _, c := range []struct{ name, words, tags, want string }{
		{"long title", "The Office of the Director of Public Prosecutions Noordin Wako said", "O B-ORG O O O O O O B-PER I-PER O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG B-PER I-PER O"},
		{"two-word title", "the Office of the Attorney General Kwame Mensah said", "O B-ORG O O O O B-PER I-PER O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG B-PER I-PER O"},
		{"office untagged", "the Office of the Inspector General of Police Ruth Achieng , who", "O O O O O O O O B-PER I-PER O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG B-PER I-PER O O"},
		// Near misses: a one-word name; no title; another name's span
		// inside.
		{"one word after", "the Office of the President Mensah said", "O B-ORG O O O B-PER O", "O B-ORG O O O B-PER O"},
		{"no title", "the Office of the Smith Family Trust", "O B-ORG O O B-PER I-PER O", "O B-ORG O O B-PER I-PER O"},
		{"org span inside", "the Office of the President Ann Lee", "O B-ORG I-ORG I-ORG I-ORG B-PER I-PER", "O B-ORG I-ORG I-ORG I-ORG B-PER I-PER"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		officeOfHolderNames(ws, tags, role)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%s: officeOfHolderNames(%q) = %s, want %s", c.name, c.words, got, c.want)
		}
	}
}
