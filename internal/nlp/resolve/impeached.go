package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// impeachWords are the forms of "impeach" whose object, or subject in the
// passive, is the one impeached.
var impeachWords = wordSet("impeach impeached impeaches impeaching")

// impeachedPerson reports whether the person mention e is named as the one
// impeached, with no title between ("The National Assembly impeached Park
// Sung-ho", "the impeachment of Park Sung-ho", "Park Sung-ho was
// impeached"): a legislature impeaches only its own state's officials, so
// the person is of that state even when the story gives no title (see
// impeachingCountry). A titled person has the title's own rules.
func (d *docState) impeachedPerson(e *model.Entity) bool {
	i := d.tokenAt(e.Start)
	if i >= 1 && impeachWords[d.toks[i-1].norm] {
		return true
	}
	if i >= 2 && d.toks[i-1].norm == "of" && d.toks[i-2].norm == "impeachment" {
		return true
	}
	j := d.tokenAt(e.End)
	if j+1 < len(d.toks) && (d.toks[j].norm == "was" || d.toks[j].norm == "is") && d.toks[j+1].norm == "impeached" {
		return true
	}
	return j+2 < len(d.toks) && (d.toks[j].norm == "has" || d.toks[j].norm == "had") && d.toks[j+1].norm == "been" && d.toks[j+2].norm == "impeached"
}

// impeachingCountry is the country of the one impeached in sentence sent:
// that of the one legislature the sentence names ("Peru's Congress
// impeached Luis Ortega"), or else the dateline's when it is the story's
// home country and the sentence names no other (datelineHome: "SEOUL
// (Wire) - Lawmakers voted to impeach Park Sung-ho"); "" when neither
// fixes one.
func (d *docState) impeachingCountry(sent int) string {
	named, places := "", map[string]bool{}
	for _, e := range d.art.Entities {
		if e.Sentence != sent || e.Country == "" {
			continue
		}
		if (e.Type == model.EntityGPE || e.Type == model.EntityNORP) && e.Start >= d.dateline {
			places[e.Country] = true
		}
		if e.Type != model.EntityOrg || e.Sector != kb.SectorLegislature {
			continue
		}
		if named != "" && named != e.Country {
			return ""
		}
		named = e.Country
	}
	if named != "" {
		// A place or people of another country in the sentence may be
		// the legislature's own ("Peru's Congress"): none is fixed.
		for c := range places {
			if c != named {
				return ""
			}
		}
		return named
	}
	return d.datelineHome(sent)
}
