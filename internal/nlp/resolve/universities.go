package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// noteUniversity records a university named after a place ("the
// University of Cambridge", "Oxford University") under that place's
// name, for its short form later in the text.
func (d *docState) noteUniversity(l *link) {
	words := strings.Fields(kb.Normalize(l.name))
	var place []string
	switch {
	case len(words) >= 3 && words[0] == "university" && words[1] == "of":
		place = words[2:]
	case len(words) >= 2 && words[len(words)-1] == "university":
		place = words[:len(words)-1]
	}
	if len(place) == 0 || len(place) > 3 {
		return
	}
	key := strings.Join(place, " ")
	if d.universities == nil {
		d.universities = map[string]*link{}
	}
	if _, ok := d.universities[key]; !ok {
		d.universities[key] = l
	}
}

// universityShort links a bare place name to the university named after it
// earlier in the text, where the context makes it an institution: people
// work "at" it ("researchers at Cambridge") and it speaks ("Cambridge said
// in a statement"); a city is lived "in" and rarely says anything once a
// university of its name is in the story. A country or a state keeps its
// own reading ("Michigan said" may be the state's government), and so does
// any name before a role word ("Cambridge police").
func (d *docState) universityShort(e *model.Entity, key string) *link {
	l, ok := d.universities[key]
	if !ok || e.Type == model.EntityNORP || possessiveEnd(e.Text) {
		return nil
	}
	i := d.tokenAt(e.Start)
	j := d.tokenAt(e.End)
	at := i >= 1 && d.toks[i-1].norm == "at"
	says := j < len(d.toks) && orgSays[d.toks[j].norm]
	if !at && !says || d.roleAfter(e) {
		return nil
	}
	for _, a := range d.s.kb.LookupNorm(key, d.date) {
		// A region's id has one colon ("place:USA-MI"), a city's two.
		if a.Type == kb.TypeCountry || a.Type == kb.TypePlace && strings.Count(a.ID, ":") < 2 {
			return nil
		}
	}
	return l
}
