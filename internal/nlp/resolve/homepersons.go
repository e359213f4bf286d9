package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// homePersons gives the article's home country to the persons it quotes
// with no country or title of their own ("SEOUL (Wire) - Park Sung-ho said
// the vote was unfair."), when the story is wholly domestic: it opens with a wire
// dateline, the dateline's country is the home country (homeCountry), and
// every mention the resolver gave a country points to that one country.
// Any other country named (a foreign minister, a demonym, a company
// abroad) leaves every such person without one: who of them came from
// where is then no longer clear, and no country is better than a wrong
// one. Without a dateline nothing says the story is reported from where
// its actors are (a biography, an essay), and nothing is given.
func (d *docState) homePersons() {
	if d.dateline == 0 {
		return
	}
	home := d.homeCountry()
	if home == "" || d.datelineCountry() != home {
		return
	}
	for _, e := range d.art.Entities {
		if e.Country != "" && e.Country != home || len(e.ActorIDs) > 0 {
			return
		}
		// An organisation of no known country (a company, a club, a
		// charity the resolver could not place) is an actor that points
		// nowhere: the story need not be wholly domestic. The outlets
		// (the dateline's agency) say nothing of where the story's
		// actors are from.
		if e.Type == model.EntityOrg && e.Country == "" && e.Sector != kb.SectorMedia {
			return
		}
	}
	quoted := map[string]bool{}
	for _, e := range d.art.Entities {
		if e.Type == model.EntityPerson && d.reportsAt(e) {
			quoted[e.ActorID] = true
		}
	}
	for i := range d.art.Entities {
		e := &d.art.Entities[i]
		if e.Type != model.EntityPerson || e.Country != "" || e.Sector != "" || !strings.HasPrefix(e.ActorID, "doc:person:") || !quoted[e.ActorID] {
			continue
		}
		l := d.byID[e.ActorID]
		if l == nil || l.sector != "" || l.country != "" && l.country != home {
			continue
		}
		l.country = home
		e.Country = home
	}
}

// reportVerbs report what someone said.
var reportVerbs = wordSet("said says told added stated")

// reportsAt reports whether the person mention e is the speaker of a
// reporting verb: right before it ("Park Sung-ho said", "Park told
// reporters") or right after it at the end of a quote ("..., said Park").
func (d *docState) reportsAt(e model.Entity) bool {
	if i := d.tokenAt(e.End); i < len(d.toks) && int(d.toks[i].start) >= e.End && reportVerbs[d.toks[i].norm] {
		return true
	}
	i := d.tokenAt(e.Start) - 1
	return i >= 1 && int(d.toks[i].end) <= e.Start && (d.toks[i].norm == "said" || d.toks[i].norm == "says") && d.toks[i-1].norm == ""
}
