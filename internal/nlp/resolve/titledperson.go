package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// titledNamesake relinks a one-word organisation mention that speaks
// ("Bloomberg said") to the person of the same name a title placed
// earlier in the document ("Mayor Bloomberg unveiled a budget"): people
// share their names with companies and outlets (Bloomberg, Ford, Dell,
// Disney), and once the story has made the name a person's, the name
// that speaks is that person, not the company the knowledge base lists.
func (d *docState) titledNamesake(ents []model.Entity) {
	persons := map[string]*link{}
	for i := range ents {
		e := &ents[i]
		key := kb.Normalize(e.Text)
		switch {
		case e.Type == model.EntityPerson && !strings.Contains(key, " ") && d.titled(e.Start):
			if l := d.entEnd[e.End]; l != nil && l.id == e.ActorID && l.typ == kb.TypePerson {
				persons[key] = l
			}
		case e.Type == model.EntityOrg && persons[key] != nil:
			j := d.tokenAt(e.End)
			if j < len(d.toks) && orgSays[d.toks[j].norm] {
				l := persons[key]
				d.apply(e, l)
				e.Type = model.EntityPerson
				d.entEnd[e.End] = l
			}
		}
	}
}
