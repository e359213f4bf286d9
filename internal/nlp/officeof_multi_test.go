package nlp

import (
	"strings"
	"testing"
)

// TestOfficeOfLongTitles checks that a title of several words with
// lower-case links ("Director of Public Prosecutions", "Inspector General
// of Police") or one roles.tsv lacks ("Auditor General") makes "Office of
// the <title>" one organisation, and that a name after the title still
// leaves it alone.
func TestOfficeOfLongTitles(t *testing.T) {
	role := func(p string) bool {
		return p == "director of public prosecutions" || p == "inspector general" || p == "inspector general of police"
	}
	for _, c := range []struct{ words, tags, want string }{
		{"The Office of the Director of Public Prosecutions said", "O B-ORG O O B-PER O B-ORG I-ORG O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"the Office of the Inspector General of Police , which", "O B-ORG O O O O O O O O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		{"the Office of the Auditor General found", "O B-ORG O O B-PER I-PER O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"the Office of the Auditor-General found", "O B-ORG O O O O", "O B-ORG I-ORG I-ORG I-ORG O"},
		// Near misses: a holder's name after the title; a link word
		// with no title after it.
		{"the Office of the Director of Public Prosecutions Ann Lee", "O B-ORG O O O O O O B-PER I-PER",
			"O B-ORG O O O O O O B-PER I-PER"},
		{"the Office of the Director of the budget", "O B-ORG O O O O O O", "O B-ORG O O O O O O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		officeOfTitles(ws, tags, role)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("officeOfTitles(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
