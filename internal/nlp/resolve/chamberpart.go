package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// chamberPartTails are the last words of a name for a part of a
// legislative chamber: its committees ("the House Intelligence
// Committee", "the Senate Foreign Relations Committee"), caucuses ("the
// Congressional Black Caucus") and party groups ("House Democrats",
// "Senate Republicans"). Such a part acts for the chamber in events
// (it subpoenas, summons, votes, reports) and is of the legislature.
var chamberPartTails = map[string]bool{"committee": true, "subcommittee": true, "caucus": true,
	"democrats": true, "republicans": true}

// bareChamberWords are the first words of such a name that name a chamber
// with no country, read as the bare chamber names are (homeChamber): the
// United States' in a story of the United States or of no other home
// country, else the home country's legislature ("the Senate Blue Ribbon
// Committee" of a MANILA story). "Parliamentary" names the home
// country's legislature only.
var bareChamberWords = map[string]string{"house": "USA.LEG.HOUSE", "senate": "USA.LEG.SEN",
	"congressional": "USA.LEG", "parliamentary": ""}

// chamberPart relinks an organisation the knowledge base does not know,
// named as a part of a legislative chamber (see chamberPartTails), to the
// chamber: the actor its leading words name ("House of Commons Treasury
// Committee"), or for a bare chamber word the chamber of the article's
// home country (see bareChamberWords). The name must hold a word between
// the chamber and the tail unless the tail is a party's ("House
// Democrats"): "the House Committee" alone is still a committee of
// something the text names before.
func (d *docState) chamberPart(e *model.Entity) {
	if e.Type != model.EntityOrg || e.Country != "" {
		return
	}
	words := strings.Fields(kb.Normalize(cleanName(e.Text)))
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) == 1 && words[0] == "house" && (e.ActorID == "" || strings.HasPrefix(e.ActorID, "doc:org:")) {
		d.houseBesideChamber(e)
		return
	}
	if !strings.HasPrefix(e.ActorID, "doc:org:") {
		return
	}
	if l := d.entEnd[e.End]; l == nil || l.id != e.ActorID {
		return
	}
	if len(words) < 2 || !chamberPartTails[words[len(words)-1]] {
		return
	}
	tail := words[len(words)-1]
	party := tail == "democrats" || tail == "republicans"
	if !party && len(words) < 3 {
		return
	}
	if l := d.namedChamber(words[:len(words)-1]); l != nil {
		d.relink(e, l)
		return
	}
	us, ok := bareChamberWords[words[0]]
	if !ok || words[0] == "parliamentary" && party {
		return
	}
	home := d.possessiveCountry(e)
	if home == "" {
		home = d.homeCountry()
	}
	if home == "" || home == "USA" {
		if us == "" {
			return
		}
		if a, ok := d.s.kb.Actor(us); ok {
			d.relink(e, fromActor(a))
		}
		return
	}
	if party {
		// "House Democrats" are the United States' parties in the
		// House: another country's chamber has no such groups by name.
		return
	}
	if a, ok := d.s.kb.SectorActor(home, kb.SectorLegislature); ok {
		d.relink(e, fromActor(&a))
	}
}

// namedChamber is the legislature actor that the longest run of leading
// words of at least two (a chamber named in full: "house of commons",
// "house of representatives") names, or nil.
func (d *docState) namedChamber(words []string) *link {
	for n := len(words); n >= 2; n-- {
		for _, a := range d.s.kb.LookupNorm(strings.Join(words[:n], " "), d.date) {
			if a.Sector == kb.SectorLegislature {
				return fromActor(a)
			}
		}
	}
	return nil
}

// houseBesideChamber relinks a bare "House" (or "the House") the resolver
// left a document organisation, in a story with no dateline of the
// United States (usHouse reads those), to the House of Representatives
// when the article names another chamber of Congress or Congress itself
// ("impeached by the House and removed from office by the Senate"): its
// "House" is then the lower chamber, as American news writes it. A
// capitalised word right before makes "House" the end of another name
// ("Random House").
func (d *docState) houseBesideChamber(e *model.Entity) {
	if i := d.tokenAt(e.Start); i > 0 && d.toks[i-1].upper && d.toks[i-1].norm != "the" {
		return
	}
	for _, o := range d.art.Entities {
		if o.ActorID == "USA.LEG" || o.ActorID == "USA.LEG.SEN" {
			if a, ok := d.s.kb.Actor("USA.LEG.HOUSE"); ok {
				d.relink(e, fromActor(a))
			}
			return
		}
	}
}
