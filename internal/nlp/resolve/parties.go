package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// homeParty gives a political party the knowledge base lacks its sector
// and country. A name is a party's when it ends in "Party" ("Progressive
// Slovakia Party") or stands right before a lower-case "party" ("the
// opposition Progressive Slovakia party", which the tagger's rules make a
// name: nlp.markPartyNames). The country is the one its name names
// ("Alternative for Germany", "Democratic Party of Albania"), else the
// article's home country (homeCountry): a wire story names a foreign party
// with its country. With neither, the party still acts as a party, of no
// known country. A country the resolver gave the name already (from a
// nationality in it: "Hungarian Civic Alliance") is kept.
func (d *docState) homeParty(e *model.Entity, l *link) {
	if l.sector != "" || l.typ != kb.TypeOrganisation || !strings.HasPrefix(l.id, "doc:org:") {
		return
	}
	words := strings.Fields(kb.Normalize(cleanName(e.Text)))
	if len(words) == 0 {
		return
	}
	if words[len(words)-1] != "party" {
		next := d.tokenAt(e.End)
		if next >= len(d.toks) || d.toks[next].norm != "party" || d.toks[next].upper {
			return
		}
	}
	c := l.country
	if c == "" {
		c = d.countryInName(words)
	}
	if c == "" {
		c = d.homeCountry()
	}
	l.country, l.sector = c, kb.SectorParty
	e.Country, e.Sector = c, kb.SectorParty
}

// countryInName returns the country a run of one to three of the name's
// words names, "" when none does or when two different ones do.
func (d *docState) countryInName(words []string) string {
	found := ""
	for i := range words {
		for j := i + 1; j <= len(words) && j <= i+3; j++ {
			for _, a := range d.s.kb.LookupNorm(strings.Join(words[i:j], " "), d.date) {
				if a.Type != kb.TypeCountry || a.Country == "" {
					continue
				}
				if found != "" && found != a.Country {
					return ""
				}
				found = a.Country
			}
		}
	}
	return found
}
