package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// workTitle reports whether entity e is the title of a work, which no
// actor is, by the words before it: the role it was played in ("starred
// in Batman", "is starring in Chicago", "co-starred in Casablanca") or the
// kind of work it is ("the film Batman", "the novel Dune"). The tagger
// reads such a title as the place or person of its name; a possessive
// after it ("starred in Barcelona's win") makes it the owner of something
// else, which is left alone.
func (d *docState) workTitle(e *model.Entity) bool {
	if e.Type == model.EntityRole || possessiveEnd(e.Text) {
		return false
	}
	if j := d.tokenAt(e.End); j < len(d.toks) && d.toks[j].norm == "'s" {
		return false
	}
	i := d.tokenAt(e.Start) - 1
	if i < 1 {
		return false
	}
	if w := d.toks[i].norm; workKinds[w] && !d.toks[i].upper && d.toks[i-1].norm == "the" {
		return true
	}
	if d.toks[i].norm != "in" {
		return false
	}
	w := strings.TrimPrefix(d.toks[i-1].norm, "co-")
	return starForms[w]
}

// starForms are the forms of "star" (and "co-star", its prefix cut) that
// take the work after "in".
var starForms = wordSet("star stars starred starring")

// workKinds are the nouns of works whose title may follow them after
// "the": "the film Batman".
var workKinds = wordSet("film movie novel book album song play musical opera series sitcom show documentary")
