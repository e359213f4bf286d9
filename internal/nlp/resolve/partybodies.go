package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// partyBodies are the organs of a ruling party, named after the party's
// own name or with a bare "Party": "the Party Central Committee", "the
// Political Bureau of the Central Committee of the Communist Party of
// China", "its Central Military Commission". Normalised words.
var partyBodies = []string{"central committee", "politburo", "political bureau", "central military commission", "central commission for discipline inspection"}

// partyBody says the normalised name names an organ of a party.
func partyBody(key string) bool {
	for _, b := range partyBodies {
		if key == b || strings.HasPrefix(key, b+" ") || strings.HasSuffix(key, " "+b) || strings.Contains(key, " "+b+" ") {
			return true
		}
	}
	return false
}

// partyBodies links an organ of a party the knowledge base does not know
// ("the Party Central Committee", "the Central Committee of the Workers'
// Party of Korea") to its party, which it acts for, as CAMEO codes a
// party's organs with the party's code: the party named in the organ's own
// name after "of", else the party named last before it ("the Workers'
// Party of Korea said its Party Central Committee would convene"), else
// the only party the article names. With no party in sight the organ keeps
// its own document-level id (and the country its name gives, if any): a
// guess would be worse.
func (d *docState) partyBodies() {
	ents := d.art.Entities
	for i := range ents {
		e := &ents[i]
		if e.Type != model.EntityOrg || e.ActorID != "" && !strings.HasPrefix(e.ActorID, "doc:org:") {
			continue
		}
		key := kb.Normalize(cleanName(e.Text))
		if !partyBody(key) {
			continue
		}
		p := d.partyInName(key)
		if p == nil {
			p = d.partyBefore(ents, i)
		}
		if p == nil || e.Country != "" && p.country != e.Country {
			continue // "of China" gave the country, and the party is another's
		}
		d.apply(e, p)
		d.entEnd[e.End] = p
	}
}

// partyInName resolves the words after an "of" of the organ's name to a
// party: "central committee of the communist party of china".
func (d *docState) partyInName(key string) *link {
	words := strings.Fields(key)
	for j, w := range words {
		if w != "of" || j+1 >= len(words) {
			continue
		}
		rest := words[j+1:]
		if rest[0] == "the" {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			continue
		}
		for _, a := range d.s.kb.LookupNorm(strings.Join(rest, " "), d.date) {
			if a.Sector == kb.SectorParty {
				return fromActor(a)
			}
		}
	}
	return nil
}

// partyBefore returns the party named last before entity i, or the only
// party the article names.
func (d *docState) partyBefore(ents []model.Entity, i int) *link {
	for j := i - 1; j >= 0; j-- {
		if l := d.entEnd[ents[j].End]; l != nil && l.id == ents[j].ActorID && l.sector == kb.SectorParty && !partyBody(kb.Normalize(cleanName(ents[j].Text))) {
			return l
		}
	}
	var only *link
	for j := i + 1; j < len(ents); j++ {
		if l := d.entEnd[ents[j].End]; l != nil && l.id == ents[j].ActorID && l.sector == kb.SectorParty && !partyBody(kb.Normalize(cleanName(ents[j].Text))) {
			if only != nil && only.id != l.id {
				return nil
			}
			only = l
		}
	}
	return only
}
