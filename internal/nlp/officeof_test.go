package nlp

import (
	"strings"
	"testing"
)

// TestOfficeOfTitles checks that "Office of the <title>" is one
// organisation, and that a name after the title, a non-title and a span
// that already runs on are left alone.
func TestOfficeOfTitles(t *testing.T) {
	role := func(p string) bool {
		return p == "attorney general" || p == "president" || p == "prime minister" || p == "high commissioner"
	}
	for _, c := range []struct{ words, tags, want string }{
		{"The Office of the Ombudsman said", "O B-ORG O O B-PER O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"the Office of the Attorney General said", "O B-ORG O O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"The Office of the Prime Minister , which", "O O O O O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// Near misses: a person's name after the title; no title; the
		// tagger's span already the whole body.
		{"the Office of the President Ann Lee", "O B-ORG O O O B-PER I-PER", "O B-ORG O O O B-PER I-PER"},
		{"the Office of the Smith family", "O B-ORG O O B-PER O", "O B-ORG O O B-PER O"},
		{"the Office of the High Commissioner for Human Rights said", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"},
		{"an office of the president said", "O O O O O O", "O O O O O O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		officeOfTitles(ws, tags, role)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("officeOfTitles(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
