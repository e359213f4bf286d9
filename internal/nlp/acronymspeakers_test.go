package nlp

import (
	"strings"
	"testing"
)

func TestAcronymSpeakers(t *testing.T) {
	isRole := func(w string) bool { return w == "ceo" || w == "mp" }
	place := func(ws []string) bool { return ws[0] == "USA" }
	for _, c := range []struct{ words, tags, want string }{
		{"the match will be replayed , KPL said .", "O O O O O O B-ORG O O", "O O O O O O B-ORG O O"},
		{"the match will be replayed , KPL said .", "O O O O O O O O O", "O O O O O O B-ORG O O"},
		{"The KNCHR said police used force", "O O O O O O", "O B-ORG O O O O"},
		// A role in capitals, a word of two letters, a word not all in
		// capitals, or no verb of saying after it: left.
		{"The CEO said profits would rise", "O O O O O O", "O O O O O O"},
		{"The UK said so", "O O O O", "O O O O"},
		{"The USA said so", "O O O O", "O O O O"},
		{"The Knut said so", "O O O O", "O O O O"},
		{"the KPL table", "O O O", "O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		acronymSpeakers(words, tags, isRole, place)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
