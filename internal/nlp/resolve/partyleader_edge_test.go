package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPartyLeaderAtTextStart: the apposition "'s leader, NAME," read back
// to a party looks up to two tokens before the role word; text that opens
// with the possessive or the role word (a cut-off feed item) has fewer
// there. The person is kept, with no party to lend it a country.
func TestPartyLeaderAtTextStart(t *testing.T) {
	s := newStage(t)
	for _, text := range []string{
		"'s leader, Jean Dupont, said the vote was rigged.",
		"’s chairman, Ann Lee, said.",
		"party leader, Jean Dupont, said.",
		"its leader, Jean Dupont, said.",
	} {
		t.Run(text, func(t *testing.T) {
			art := article(text, "2021-07-30")
			name := "Jean Dupont"
			if !strings.Contains(text, name) {
				name = "Ann Lee"
			}
			a := strings.Index(text, name)
			art.Entities = []model.Entity{{Text: name, Type: model.EntityPerson, Start: a, End: a + len(name)}}
			s.Resolve(art)
			var per *model.Entity
			for i := range art.Entities {
				if art.Entities[i].Type == model.EntityPerson {
					per = &art.Entities[i]
				}
			}
			if per == nil || per.Text != name || per.Country != "" {
				t.Fatalf("entities = %+v", art.Entities)
			}
		})
	}
}
