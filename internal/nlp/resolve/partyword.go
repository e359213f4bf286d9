package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// partyBeforeWord resolves an organisation's name that stands right before
// a lower-case "party" to the party the knowledge base lists as "<name>
// Party" ("the Tisza party" for the Tisza Party, "the opposition Finns
// party"): news drops the capital from the name's head word, and the tagger
// leaves the word out of the span. Only a party's entry is taken, and only
// when the name alone is no actor's (a country, a river or a town named
// like the party keeps its own reading where the word "party" is not
// after it). nil when the word does not follow or no party is so named.
func (d *docState) partyBeforeWord(e *model.Entity, key string) *link {
	if e.Type != model.EntityOrg {
		return nil
	}
	next := d.tokenAt(e.End)
	if next >= len(d.toks) || d.toks[next].norm != "party" || d.toks[next].upper {
		return nil
	}
	if len(d.s.kb.LookupNorm(key, d.date)) > 0 {
		return nil
	}
	var parties []*kb.Actor
	for _, a := range d.s.kb.LookupNorm(key+" party", d.date) {
		if a.Type == kb.TypeOrganisation && a.Sector == kb.SectorParty {
			parties = append(parties, a)
		}
	}
	if len(parties) == 0 {
		return nil
	}
	// Two countries' parties of that name ("the Democratic party": the
	// United States' and Italy's): the one of the story's home country,
	// none when it is neither's (the party rules then give the name a
	// party of its own).
	home := d.homeCountry()
	var party *kb.Actor
	for _, a := range parties {
		if len(parties) == 1 || a.Country == home {
			if party != nil && party.Country != a.Country {
				return nil
			}
			party = a
		}
	}
	if party == nil {
		return nil
	}
	return fromActor(party)
}

// barePartyPlural reports whether e is a bare "Democrats", "Republicans",
// "Conservatives" or "Tories" the tagger marked MISC, as the CoNLL
// guidelines tag a group named by its members (nlp.markBarePartyPlurals):
// in news the plural stands for the party, an organisation, which the
// party rules then place (the United States' parties, Britain's or
// Canada's Conservatives by the dateline, or a party of the story's
// country abroad: genericPluralParty).
func barePartyPlural(e *model.Entity, key string) bool {
	return e.Type == model.EntityMisc && barePluralKeys[key]
}

var barePluralKeys = wordSet("democrats republicans conservatives tories")
