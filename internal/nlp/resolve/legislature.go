package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Bare chamber names. "Congress", "the Senate" and "the House of
// Representatives" are the knowledge base's aliases of the United States
// chambers, but news writes them bare for its own country's legislature
// too: Argentina, Brazil, Chile, Colombia, Mexico, Peru, the Philippines
// and others have a Congress and a Senate, and a story datelined BUENOS
// AIRES about protesters "outside Congress" means Argentina's. So a bare
// chamber name is the home country's legislature (homeCountry: the
// dateline's country unless another country is named more often, else the
// only country named) when that country is not the United States; with
// no home country, or at home in the United States, it stays the US
// chamber, and "U.S. Congress" or "the US Senate" always do.

// usChambers are the ids of the United States chambers whose bare names
// other countries' chambers share.
var usChambers = map[string]bool{"USA.LEG": true, "USA.LEG.SEN": true, "USA.LEG.HOUSE": true}

// bareChamberNames are the chamber names that name no country.
var bareChamberNames = map[string]bool{"congress": true, "senate": true, "house of representatives": true,
	"the congress": true, "the senate": true, "the house of representatives": true}

// usMarkers before a chamber name make it the United States' ("the U.S.
// Senate" tagged as "Senate" alone).
var usMarkers = map[string]bool{"u.s.": true, "us": true, "u.s": true, "american": true, "america's": true, "states'": true,
	"washington's": true}

// homeChamber relinks entity e, linked to a United States chamber by its
// bare name, to the legislature of the article's home country; see above.
// In India a bare "Congress" is the Indian National Congress party, as
// Indian news writes it ("Congress leader Rahul Gandhi"), not the
// parliament.
func (d *docState) homeChamber(e *model.Entity) {
	if !usChambers[e.ActorID] || !bareChamberNames[strings.ToLower(strings.TrimSpace(e.Text))] {
		return
	}
	if i := d.tokenAt(e.Start); i > 0 && usMarkers[d.toks[i-1].norm] {
		return
	}
	home := d.homeCountry()
	if home == "" || home == "USA" {
		return
	}
	var l *link
	if home == "IND" && strings.EqualFold(strings.TrimSpace(e.Text), "congress") {
		if a, ok := d.s.kb.Actor("IND.PTY.INC"); ok {
			l = fromActor(a)
		}
	}
	if l == nil {
		a, ok := d.s.kb.SectorActor(home, kb.SectorLegislature)
		if !ok {
			return
		}
		l = fromActor(&a)
	}
	if b := d.byID[l.id]; b != nil {
		l = b
	}
	old := d.entEnd[e.End]
	d.apply(e, l)
	d.entEnd[e.End] = l
	// Antecedents are in text order: only those at e.Start can be this
	// mention's (looking through all of them for each chamber named was
	// quadratic in the length of the text).
	for i := before(d.antecedents, e.Start); i < len(d.antecedents) && d.antecedents[i].pos == e.Start; i++ {
		if d.antecedents[i].l == old {
			d.antecedents[i].l = l
		}
	}
}
