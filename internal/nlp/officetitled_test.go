package nlp

import (
	"strings"
	"testing"
)

// TestOfficeTitledHolders: the full name right after a capitalised office
// title is the holder, the title outside the span; a lone word, a body's
// name, a title after "of", a span going on past the name and a name the
// knowledge base gives a place are left as they are.
func TestOfficeTitledHolders(t *testing.T) {
	place := func(ws []string) bool { return strings.Join(ws, " ") == "Costa Rica" }
	for _, c := range []struct{ words, tags, want string }{
		{"while Opposition Leader Raila Odinga watched .", "O O O B-ORG I-ORG O O", "O O O B-PER I-PER O O"},
		{"Prime Minister-designate Ama Owusu arrived on Monday .", "O O O B-ORG O O O O", "O O B-PER I-PER O O O O"},
		{"and President-elect Kofi Ade Boateng arrived .", "O O B-ORG I-ORG B-LOC O O", "O O B-PER I-PER I-PER O O"},
		{"the talks with Secretary-General Ana Ruiz ended .", "O O O O O B-ORG O O", "O O O O B-PER I-PER O O"},
		// Already the person.
		{"while Speaker Moses Wetangula watched .", "O O B-PER I-PER O O", "O O B-PER I-PER O O"},
		// No name the tagger saw: capitalised common words.
		{"read How to Adopt an Online Leader Success Mindset .", "O O O O O O O O O O", "O O O O O O O O O O"},
		// A lone word after the title.
		{"while Chairman Mao watched over them .", "O O B-ORG O O O O", "O O B-ORG O O O O"},
		// A body's name after the title.
		{"said the Chairman Microsoft Corp board .", "O O O B-ORG I-ORG O O", "O O O B-ORG I-ORG O O"},
		{"met the Director General Services team .", "O O B-ORG I-ORG I-ORG O O", "O O B-ORG I-ORG I-ORG O O"},
		// A title after "of" is a portfolio's.
		{"the Office of President Ana Ruiz said .", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// A span going on past the run.
		{"while Leader Ana Ruiz Holdings Ltd fell .", "O O B-ORG I-ORG I-ORG I-ORG O O", "O O B-ORG I-ORG I-ORG I-ORG O O"},
		// A name the knowledge base gives a place.
		{"the envoy to President Costa Rica said .", "O O O O B-GPE I-GPE O O", "O O O O B-GPE I-GPE O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		officeTitledHolders(words, tags, place)
		if g := strings.Join(tags, " "); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, g, c.want)
		}
	}
}
