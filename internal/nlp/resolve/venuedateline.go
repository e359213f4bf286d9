package resolve

import (
	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// A dateline that is only a venue. "GENEVA (Wire) - Iranian and U.S.
// envoys met on Tuesday for talks on the nuclear programme": summits and
// talks are held in third countries' cities as often as at home, and a
// story filed from the host city about the visitors is not about the
// host, so the host's country is not the story's (homeCountry) and lends
// its bare bodies and offices nothing. The event coder reads the
// resolver's decision (Article.DatelineVenue) rather than making its own.

// venueWords are the words of meeting that make a lead sentence the
// report of a meeting held where it was filed.
var venueWords = wordSet("met meet meets meeting talks summit negotiations negotiators conference convened")

// venueDateline reports whether the dateline's place, in country cc, is
// only where a meeting of other states' people was held: the lead
// sentence tells of a meeting and names a state other than cc, with no
// side before the word of meeting named by a bare title, and nothing in
// the article after the dateline names cc by a country's, place's,
// nationality's, body's or person's name but the dateline's place itself
// again ("met in Geneva"). A story that names the host at all ("Swiss and
// Iranian envoys met", "Kenya hosted the talks") keeps the dateline.
//
// The decision is made once, here: ResolveContext records it on the
// article (Article.DatelineVenue) for the event coder.
func (d *docState) venueDateline(cc string) bool {
	n := d.dateline
	if n <= 0 || cc == "" {
		return false
	}
	lead := d.sentenceOf(n)
	meeting := false
	for k := range d.toks {
		if int(d.toks[k].start) < n {
			continue
		}
		if d.sentenceOf(int(d.toks[k].start)) != lead {
			break
		}
		if venueWords[d.toks[k].norm] {
			meeting = true
			break
		}
		// "GENEVA (Wire) - The foreign minister met the Chinese
		// ambassador", "ISLAMABAD - The government suspended talks
		// with India": a side of the meeting named by a bare title is
		// the dateline's own, so the city is no mere venue.
		// A title the resolver gave another state ("the foreign
		// ministers of Armenia and Azerbaijan") is that state's side.
		// The opposition joined to another state's government ("Kenya's
		// government and the opposition met"), there or anywhere in
		// the article, is that state's side.
		if r, i, ok := d.roleEndingAt(k); ok {
			if r.Sector == kb.SectorOpposition {
				c := d.pairedGovernment(k)
				if c == "" {
					c, _ = d.pairedOpposition()
				}
				if c != "" && c != cc {
					continue
				}
			}
			c := d.countryModifierBefore(i)
			if c == "" {
				c = d.countryOfMentionAt(int(d.toks[k].start))
			}
			if c == "" || c == cc {
				return false
			}
		}
	}
	if !meeting {
		return false
	}
	place := ""
	for _, e := range d.datelineMentions() {
		if l := d.entEnd[e.End]; l != nil && l.country == cc && (l.typ == kb.TypeCountry || l.typ == kb.TypePlace) {
			place = l.id
			break
		}
	}
	other := false
	for _, e := range d.art.Entities {
		if e.Start < n {
			continue
		}
		l := d.entEnd[e.End]
		c := e.Country
		if c == "" && l != nil && e.Type != model.EntityRole {
			c = l.country
		}
		if c == "" {
			continue
		}
		// The host's own people, titles and state bodies count as
		// naming it ("Xi Jinping met Vladimir Putin for talks" in
		// Moscow is Russia's story too); its firms do not ("UBS said
		// markets were calm"): a firm or a broadcaster is quoted from
		// anywhere, a ministry acts where its state is.
		switch e.Type {
		case model.EntityGPE, model.EntityNORP, model.EntityPerson, model.EntityRole:
		case model.EntityOrg:
			sector := e.Sector
			if sector == "" && l != nil {
				sector = l.sector
			}
			if !stateSectors[sector] {
				continue
			}
		default:
			continue
		}
		if c == cc {
			if e.Type == model.EntityGPE && l != nil && place != "" && l.id == place {
				continue
			}
			return false
		}
		// Another state is named in the lead by its name or
		// nationality; an organisation's country ("the European
		// Union") is no state's.
		if e.Sentence == lead && (e.Type == model.EntityGPE || e.Type == model.EntityNORP) && d.isState(c) {
			other = true
		}
	}
	return other
}

// countryOfMentionAt returns the country of a mention the resolver has
// placed that holds byte offset pos; "" when none does.
func (d *docState) countryOfMentionAt(pos int) string {
	for _, e := range d.art.Entities {
		if e.Start > pos {
			break
		}
		if pos < e.End && e.Country != "" {
			return e.Country
		}
	}
	return ""
}

// isState says whether country code cc is a state's, not an
// organisation's the knowledge base gives countries' codes to; a code it
// does not know is taken for a state's.
func (d *docState) isState(cc string) bool {
	a, ok := d.s.kb.Actor(cc)
	return !ok || a.Type == kb.TypeCountry
}
