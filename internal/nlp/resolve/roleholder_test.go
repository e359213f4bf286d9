package resolve

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// A definite role noun ("the president") is the person an earlier mention
// of the same role was, only when that mention was the same office: not
// the president of another body, not a name that only stands near it; or
// the one holder of the office (in the knowledge base) named before it.
func TestRoleNotNearestPerson(t *testing.T) {
	s := newStage(t)
	for _, c := range []struct {
		name   string
		text   string
		pos    string // one tag per word, for a one-sentence text; "" for none
		people []string
		role   string // the role phrase checked: its last mention, unresolved when not among the entities
		want   string // its actor id; "" for none, "!id" for anything but id
	}{
		{"office of another body", "Duvall , who is president of the union , spoke first . Later the president criticized China .", "",
			[]string{"Duvall"}, "president", "!doc:person:duvall"},
		{"country named with the role", "Duvall , who is president of the union , spoke first . The president of the United States , Joe Biden , spoke later .", "",
			[]string{"Duvall", "Joe Biden"}, "president", "person:joe_biden"},
		{"portfolio keeps the person", "Jane Roe , the minister for trade , met Sam Pell . The minister said the talks went well .", "",
			[]string{"Jane Roe", "Sam Pell"}, "minister", "doc:person:jane_roe"},
		{"source, not apposition", "According to Ellery , the prime minister will visit India next week .",
			"VBG TO NNP , DT JJ NN MD VB NNP JJ NN .", []string{"Ellery"}, "prime minister", "!doc:person:ellery"},
		{"the one holder named before", "Mark Duvall , who is president of the union , met Joe Biden . The president criticized the tariffs .", "",
			[]string{"Mark Duvall", "Joe Biden"}, "president", "person:joe_biden"},
		{"two holders named", "Joe Biden met Xi Jinping in Woodside . The president said the talks were useful .", "",
			[]string{"Joe Biden", "Xi Jinping"}, "president", ""},
		{"another holder named since", "Joe Biden spoke first . The president then met Xi Jinping . The president said the talks were useful .", "",
			[]string{"Joe Biden", "Xi Jinping"}, "president", ""},
	} {
		art := article(c.text, "2024-05-01")
		if c.pos != "" {
			art.Sentences = []model.Sentence{taggedSentence(c.text, strings.Fields(c.pos))}
		}
		from := 0
		for _, p := range c.people {
			e := entity(art, p, "PER", from)
			from = e.End
			art.Entities = append(art.Entities, e)
		}
		if i := strings.Index(c.text, "China"); i >= 0 {
			art.Entities = append(art.Entities, entity(art, "China", "GPE", 0))
		}
		if i := strings.Index(c.text, "United States"); i >= 0 {
			art.Entities = append(art.Entities, entity(art, "United States", "GPE", 0))
		}
		if i := strings.Index(c.text, "India"); i >= 0 {
			art.Entities = append(art.Entities, entity(art, "India", "GPE", 0))
		}
		s.Resolve(art)
		got := ""
		at := strings.LastIndex(c.text, c.role)
		for _, e := range art.Entities {
			if e.Type == EntityRole && e.Start == at {
				got = e.ActorID
			}
		}
		if strings.HasPrefix(c.want, "!") {
			if got == c.want[1:] {
				t.Errorf("%s: %q -> %s", c.name, c.role, got)
			}
		} else if got != c.want {
			t.Errorf("%s: %q -> %q, want %q", c.name, c.role, got, c.want)
		}
	}
}
