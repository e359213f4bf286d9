package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// Seats of international organisations. A capital used as an actor stands
// for its country's government ("Pyongyang said", "talks between Washington
// and Seoul"), but the capital that hosts the main institutions of an
// international organisation stands for that organisation in the news:
// "Brussels wants London to agree", "officials in Brussels" are the EU's
// (the Commission and the Council sit there), as "Washington" is the U.S.
// government's. The knowledge base gives such an organisation the seat's
// name as an alias (actors.tsv: the EU's "Brussels"), so no list of seats
// is kept here. The host country's own reading wins when the article is
// about that country: it names the country, its people, another of its
// places or persons, or its language communities ("the Belgian
// government", "Flemish parties", "Antwerp"). Seats that are not capitals
// ("Strasbourg" for the European Parliament and the Council of Europe,
// "Geneva" for UN bodies, which the news writes as a place far more often
// than as an actor) are no aliases and stay places.

// communityWords are the words for a country's language communities, which
// say an article is about that country's own affairs as its name does
// (groups.tsv gives them no country).
var communityWords = map[string][]string{
	"BEL": {"flemish", "walloon", "walloons", "flanders", "wallonia", "francophone", "francophones"},
}

// seatIGO returns the international organisation that a mention of a
// capital stands for (cands are the actors of the mention's name: the
// capital and an organisation of the IGO sector with the capital's name as
// an alias), when the article is not about the capital's own country.
func (d *docState) seatIGO(key string, cands []*kb.Actor) *kb.Actor {
	var capital, igo *kb.Actor
	for _, a := range cands {
		switch {
		case a.Capital && capital == nil:
			capital = a
		case a.Type == kb.TypeOrganisation && a.Sector == kb.SectorIGO && igo == nil:
			igo = a
		}
	}
	if capital == nil || igo == nil || d.hostContext(capital.Country, key) {
		return nil
	}
	return igo
}

// hostContext reports whether the article names the country cc other than
// through the seat's name key: the country or its demonym, a place or a
// person of it, or one of its language communities. Computed once per
// country.
func (d *docState) hostContext(cc, key string) bool {
	if v, ok := d.hostSeen[cc]; ok {
		return v
	}
	if d.hostSeen == nil {
		d.hostSeen = map[string]bool{}
	}
	k := d.s.kb
	found := false
	for _, e := range d.art.Entities {
		if e.Type == EntityRole {
			continue
		}
		ek := kb.Normalize(cleanName(e.Text))
		if ek == "" || ek == key {
			continue
		}
		if c, ok := k.DemonymNorm(ek); ok && c == cc {
			found = true
			break
		}
		for _, w := range communityWords[cc] {
			if ek == w {
				found = true
			}
		}
		for _, a := range k.LookupNorm(ek, d.date) {
			if a.Country == cc && (a.Type == kb.TypeCountry || a.Type == kb.TypePlace || a.Type == kb.TypePerson) {
				found = true
				break
			}
		}
		if a, ok := k.City(ek); ok && a.Country == cc && len(k.LookupNorm(ek, d.date)) == 0 {
			found = true
		}
		if found {
			break
		}
	}
	d.hostSeen[cc] = found
	return found
}

// inDateline reports whether the mention is the place of a wire dateline
// ("BRUSSELS (Reuters) -"): where the story was filed, not who acts.
func (d *docState) inDateline(e *model.Entity) bool {
	n := d.dateline
	return n > 0 && e.Start < n
}
