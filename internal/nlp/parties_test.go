package nlp

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestTagPartyNames: a party the knowledge base knows is one organisation's
// span even where its name is two words joined by "and" ("Law and
// Justice") or two words the tagger would read as a person ("Civic
// Coalition").
func TestTagPartyNames(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Law and Justice lost its majority in the election on Sunday.", "ORG:Law and Justice"},
		{"The Civic Coalition won 157 seats, while Law and Justice won 194.", "ORG:Civic Coalition|ORG:Law and Justice"},
		{"Alternative for Germany came second in the eastern state.", "ORG:Alternative for Germany"},
		{"Brothers of Italy led the polls ahead of the Five Star Movement.", "ORG:Brothers of Italy|ORG:Five Star Movement"},
	} {
		a := &model.Article{Text: c.text}
		var got []string
		for _, e := range an.Tag(c.text, Sentences(a), false) {
			got = append(got, e.Type+":"+e.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.text, g, c.want)
		}
	}
}

// TestMarkFramedPartyNames: after "the opposition" or "the ruling" a
// capitalised run holding a country's name or a nationality is one party's
// name even with no "party" after it; a run with no such word, a place or
// nationality alone, a run with a person in it, and a run with no frame
// are left as they are.
func TestMarkFramedPartyNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Simecka , leader of the opposition Progressive Slovakia , said .", "B-PER O O O O O O B-GPE O O O", "B-PER O O O O O B-ORG I-ORG O O O"},
		{"The ruling Georgian Dream rejected it .", "O O B-NORP O O O O", "O O B-ORG I-ORG O O O"},
		{"Georgia 's ruling Georgian Dream won .", "B-GPE O O B-NORP O O O", "B-GPE O O B-ORG I-ORG O O"},
		{"Members of the opposition party Lithuanian Farmers and Greens Union left .", "O O O O O B-NORP O O O O O O", "O O O O O B-ORG I-ORG I-ORG I-ORG I-ORG O O"},
		// No country word: the frame alone does not name a party.
		{"The opposition Civic Platform demanded a vote .", "O O B-ORG I-ORG O O O O", "O O B-ORG I-ORG O O O O"},
		{"The opposition Civic Renewal Front walked out .", "O O O O O O O O", "O O O O O O O O"},
		// A place or a nationality alone describes.
		{"The opposition Kenyan lawmakers left .", "O O B-NORP O O O", "O O B-NORP O O O"},
		{"The opposition South Sudan lawmakers left .", "O O B-GPE I-GPE O O O", "O O B-GPE I-GPE O O O"},
		// A person's name in the run is the person's.
		{"The ruling Georgian Dream Irakli Kobakhidze said .", "O O B-NORP O B-PER I-PER O O", "O O B-NORP O B-PER I-PER O O"},
		// No frame.
		{"The Progressive Slovakia movement met .", "O B-GPE I-GPE O O O", "O B-GPE I-GPE O O O"},
		{"An opposition Progressive Slovakia lawmaker spoke .", "O O O B-GPE O O O", "O O O B-GPE O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markFramedPartyNames(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}

func TestMarkPartyNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The country inside a party's name is not a place of its own.
		{"The opposition Progressive Slovakia party demanded a vote .", "O O O B-LOC O O O O O", "O O B-ORG I-ORG O O O O O"},
		// "for" and "and" join words of the name; the tagger's pieces join.
		{"The far-right Alternative for Germany party rose .", "O O B-ORG O B-LOC O O O", "O O B-ORG I-ORG I-ORG O O O"},
		{"Opposition Freedom and Solidarity party lawmakers left .", "O O B-ORG I-ORG O O O O", "O B-ORG I-ORG I-ORG O O O O"},
		// Words read as a person's name: the frame says they name a party.
		{"The ruling Civic Coalition party won .", "O O B-PER I-PER O O O", "O O B-ORG I-ORG O O O"},
		// A name the tagger found whole is kept.
		{"The ruling Civic Platform party won .", "O O B-ORG I-ORG O O O", "O O B-ORG I-ORG O O O"},
		// A nationality or a place alone describes the party.
		{"The ruling Georgian party won .", "O O B-NORP O O O", "O O B-NORP O O O"},
		{"The opposition Kenya party rejected it .", "O O B-GPE O O O O", "O O B-GPE O O O O"},
		// No descriptor, no capitalised run, or a capital "Party": left alone.
		{"The Progressive Slovakia party met .", "O O B-LOC O O O", "O O B-LOC O O O"},
		{"The opposition party said .", "O O O O O", "O O O O O"},
		{"Leaders of the opposition met at the Hilton party venue .", "O O O O O O O B-ORG O O O", "O O O O O O O B-ORG O O O"},
		// A title-case headline is left to the tagger.
		{"Ruling Party Wins Vote", "O O O O", "O O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markPartyNames(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
