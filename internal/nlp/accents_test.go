package nlp

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestAccentedNames: a name written with the accents of its language is
// tagged as its plain spelling is. The word clusters know only plain
// ASCII words, so "Héctor" was an unknown word and the tagger dropped it
// ("Police arrested Héctor Ramírez" had no entity) while "Hector Ramirez"
// was a person. Accented common words and places must not become persons.
func TestAccentedNames(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string // "TYPE:text" entities the text must have
		not  []string // entities it must not have
	}{
		// Spanish: a given name alone and with a second given name and
		// two family names.
		{"Police arrested Héctor Ramírez on Tuesday.", []string{"PER:Héctor Ramírez"}, nil},
		{"Héctor Manuel Ramírez Castañeda was charged on Friday.", []string{"PER:Héctor Manuel Ramírez Castañeda"}, []string{"PER:Manuel Ramírez Castañeda"}},
		{"Prosecutors charged Raúl Benítez with fraud.", []string{"PER:Raúl Benítez"}, nil},
		// Portuguese.
		{"Police detained João Araújo in São Paulo on Monday.", []string{"PER:João Araújo", "GPE:São Paulo"}, nil},
		{"The court in Brasília summoned Conceição Gonçalves.", []string{"PER:Conceição Gonçalves"}, nil},
		// French.
		{"The report angered Éric Dupont, the party's treasurer.", []string{"PER:Éric Dupont"}, []string{"ORG:Éric Dupont"}},
		{"Zoë Lefèvre, a spokeswoman, said the talks would resume.", []string{"PER:Zoë Lefèvre"}, nil},
		// Turkish.
		{"Ahmet Çelik and Şükrü Öztürk met in Ankara.", []string{"PER:Ahmet Çelik", "PER:Şükrü Öztürk"}, nil},
		// Vietnamese.
		{"Nguyễn Thị Hương said the factory would reopen.", []string{"PER:Nguyễn Thị Hương"}, nil},
		// Polish: a stroke letter that does not decompose.
		{"Łukasz Wiśniewski was arrested in Łódź.", []string{"PER:Łukasz Wiśniewski"}, []string{"PER:Łódź"}},
		// must not: accented common words stay words and accented places
		// stay places.
		{"Officials met at a café in Montréal and a crèche in Zürich.", nil, []string{"PER:café", "PER:Montréal", "PER:crèche", "PER:Zürich"}},
		{"The exposé by Le Monde cited the minister's résumé.", nil, []string{"PER:exposé", "PER:résumé", "PER:Le Monde"}},
		{"Flights from Bogotá and Québec landed in São Tomé.", nil, []string{"PER:Bogotá", "PER:Québec", "PER:São Tomé"}},
	} {
		a := &model.Article{Text: c.text}
		sents := Sentences(a)
		got := map[string]bool{}
		for _, e := range an.Tag(c.text, sents, true) {
			got[e.Type+":"+e.Text] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: no %s in %v", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: %s in %v", c.text, w, got)
			}
		}
	}
}

// TestShortAccentedNames: a name word of one or two letters is not looked
// up by its plain spelling, which is mostly a function word ("Tô" would
// read as "to", "Lê" as "le"); these names keep the tags they had.
func TestShortAccentedNames(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		want []string
		not  []string
	}{
		{"Later Tô Lâm spoke with the French president.", []string{"PER:Tô Lâm"}, []string{"PER:Lâm"}},
		{"Đỗ Thị Lan told reporters that the port would reopen.", []string{"PER:Đỗ Thị Lan"}, []string{"PER:Lan"}},
	} {
		a := &model.Article{Text: c.text}
		sents := Sentences(a)
		got := map[string]bool{}
		for _, e := range an.Tag(c.text, sents, true) {
			got[e.Type+":"+e.Text] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: no %s in %v", c.text, w, got)
			}
		}
		for _, w := range c.not {
			if got[w] {
				t.Errorf("%q: %s in %v", c.text, w, got)
			}
		}
	}
}
