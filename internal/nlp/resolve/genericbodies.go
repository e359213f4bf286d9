package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// Generic bodies. A body the knowledge base lacks gets a document-level id
// made from its name ("doc:org:acme_holdings"), and the store keys actors
// by id across articles. A name with a proper name in it is one body
// wherever it is written; a name made only of common words ("the Interior
// Ministry", "the Supreme Court", "the Electoral Commission") is every
// state's, and the article's country decides whose. Such a body that has a
// country takes that country's id: the knowledge base's body by the
// conventions the possessive path uses ("Iraq's Interior Ministry" is
// IRQ.GOV, see orgOfCountry), else the name's id qualified by the country
// ("doc:org:KEN:electoral_commission"), so that Kenya's and Iraq's never
// share one. Without a country the id stays as it was.

// genericBodyHeads are the nouns that head the name of a state's body.
var genericBodyHeads = wordSet("ministry ministries department directorate bureau inspectorate court courts tribunal " +
	"commission council assembly bank office service authority agency board committee parliament senate " +
	"police prosecution prosecutors treasury cabinet presidency")

// genericBodyWords are the other common words such names are made of: the
// words of a portfolio (portfolioNames), of a national court
// (nationalCourtWords), of an electoral body (electoralWords), and the
// qualifiers every state uses; a word outside them ("Kenya", "Revenue",
// "Wildlife") may be a proper name or one state's own coinage, and leaves
// the name as it is.
var genericBodyWords = wordSet("the of for and on national central supreme high federal state public general " +
	"attorney attorneys independent interior internal prosecutor prosecutors audit auditor statistics " +
	"civil criminal investigation investigations prisons lands land revenue")

// genericBodyName reports whether the normalised words of an organisation's
// name are made only of common words around a body noun: "interior
// ministry", "ministry of finance", "supreme court", "attorney general's
// office", "police service". A lone body word ("Parliament") is other
// rules' (homeParliament and the like).
func genericBodyName(words []string) bool {
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) < 2 {
		return false
	}
	head := false
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		switch {
		case genericBodyHeads[w]:
			head = true
		case genericBodyWords[w] || portfolioNames[w] || nationalCourtWords[w] || electoralWords[w] || w == "'s" || w == "’s":
		default:
			return false
		}
	}
	return head
}

// qualifyGenericBodies gives every mention of a generic body with a country
// that country's id (see above). It runs last, once every rule that gives
// a body its country has run, and is the one place such ids are made.
func (d *docState) qualifyGenericBodies() {
	ents := d.art.Entities
	// The countries each generic document id was given in the article: a
	// mention with no country of its own is its body's only when the
	// article gave the id one country.
	countries := map[string]map[string]bool{}
	for _, e := range ents {
		if !d.genericBodyID(e.ActorID) {
			continue
		}
		if countries[e.ActorID] == nil {
			countries[e.ActorID] = map[string]bool{}
		}
		if e.Country != "" {
			countries[e.ActorID][e.Country] = true
		}
	}
	for i := range ents {
		e := &ents[i]
		cs := countries[e.ActorID]
		if len(cs) == 0 {
			continue
		}
		c := e.Country
		if c == "" {
			if len(cs) > 1 {
				continue
			}
			for only := range cs {
				c = only
			}
		}
		l := d.countryBody(d.byID[e.ActorID], c, e.Sector)
		if _, ok := d.byID[l.id]; !ok {
			d.byID[l.id] = l
		}
		l = d.byID[l.id]
		e.ActorID, e.Country = l.id, l.country
		if l.sector != "" {
			e.Sector = l.sector
		}
	}
}

// genericBodyID reports whether id is the document-level id of an
// organisation with a generic name (see genericBodyName).
func (d *docState) genericBodyID(id string) bool {
	if !strings.HasPrefix(id, "doc:org:") || strings.Count(id, ":") != 2 {
		return false
	}
	l := d.byID[id]
	return l != nil && l.typ == kb.TypeOrganisation && genericBodyName(strings.Fields(kb.Normalize(cleanName(l.name))))
}

// countryBody returns country c's actor for the generic body l: the
// knowledge base's, as orgOfCountry reads the name after a possessive
// country, else l's id qualified by the country, with the sector l or the
// mention had.
func (d *docState) countryBody(l *link, c, sector string) *link {
	words := strings.Fields(kb.Normalize(cleanName(l.name)))
	scratch := *l // orgOfCountry sets a country on the link it is given
	if a := d.orgOfCountry(&scratch, words, 0, title{country: c}); a != nil {
		return a
	}
	q := *l
	q.id = countryBodyID(l.id, c)
	q.country = c
	if q.sector == "" {
		q.sector = sector
	}
	return &q
}

// countryBodyID qualifies the document-level id of a generic body by the
// country c: "doc:org:electoral_commission" -> "doc:org:KEN:electoral_commission".
func countryBodyID(id, c string) string {
	return "doc:org:" + c + ":" + strings.TrimPrefix(id, "doc:org:")
}
