package nlp

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/nlp/tagger"
)

// TestMarkArticleOrgs checks that a known organisation whose name opens
// with the Arabic article is found in lower case, as a one-word name and
// before a noun, while a name the tagger already took, a person's or a
// place's name with the article, an unknown name and a hyphenated word
// that is no article are left alone.
func TestMarkArticleOrgs(t *testing.T) {
	gaz := tagger.NewGazetteer([]tagger.GazName{
		{Words: []string{"Al-Shabwa"}, Type: "ORG"},
		{Words: []string{"Al-Rimal", "Front"}, Type: "ORG"},
		{Words: []string{"Al-Harawi"}, Type: "PER"},
		{Words: []string{"Deir", "al-Tallah"}, Type: "GPE"},
		{Words: []string{"Anti-Graft", "League"}, Type: "ORG"},
	})
	for _, c := range []struct{ words, tags, want string }{
		{"Somalia 's al-Shabwa claimed the attack .", "B-GPE O O O O O O", "B-GPE O B-ORG O O O O"},
		{"Troops killed 20 al-Shabwa militants .", "O O O O O O", "O O O B-ORG O O"},
		{"Al-Shabwa fighters stormed the town .", "O O O O O O", "B-ORG O O O O O"},
		{"Fighters of the al-Rimal Front shelled Idlib .", "O O O O O O B-GPE O", "O O O B-ORG I-ORG O B-GPE O"},
		// Taken by the tagger already, in part or whole: its span stays.
		{"The al-Rimal Front said .", "O O B-ORG O O", "O O B-ORG O O"},
		{"The al-Shabwa group said .", "O B-ORG I-ORG O O", "O B-ORG I-ORG O O"},
		// A person, a place, an unknown name, a word with no article.
		{"He met al-Harawi today .", "O O O O O", "O O O O O"},
		{"Shelling hit al-Tallah .", "O O O O", "O O O O"},
		{"The al-Zubara militia said .", "O O O O O", "O O O O O"},
		{"The anti-Graft League said .", "O O O O O", "O O O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markArticleOrgs(words, tags, gaz.Tag)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
