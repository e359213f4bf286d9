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
