package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// caProvinces are the Canadian Press abbreviations of Canada's provinces
// and territories, normalised (no periods). Like the AP abbreviations of
// U.S. states, each is taken only after a place and a comma ("Richmond,
// B.C.", "London, Ont."), where nothing else reads it.
var caProvinces = wordSet("bc alta sask man ont que nb ns pei nfld nl nwt yt nu")

// placeAbroad resolves "<Place>, <country or region>" outside the United
// States (usTown reads a U.S. state there). The country named after the
// comma says which place of the name is meant:
//   - a name cities of similar size in several countries share, which
//     stands for none alone ("Richmond, B.C.", "Cambridge, England"), is
//     that country's city (kb.KB.QualifiedCities);
//   - a name the knowledge base gives a city or capital of another country
//     ("London, Ont.", "Perth, Scotland") is not that city but a place of
//     the country named: its town of the name (kb.KB.Towns) or a place of
//     the document's own.
//
// It returns nil where the name is the named country's own city (or names
// no place at all), which the lookup that follows reads as it always has.
func (d *docState) placeAbroad(e *model.Entity) *link {
	if e.Type != model.EntityGPE && e.Type != model.EntityLoc {
		return nil
	}
	next := d.entityAfterComma(e)
	if next == nil {
		return nil
	}
	// The country or region closes the place phrase: "in London, Ont.,
	// on Monday", "Perth, Scotland." A word after it makes it a clause's
	// subject ("Ministers met in Geneva, Russia said") and a list goes
	// on after a second comma ("Geneva, Russia, and Ukraine", "Damascus,
	// Dubai, Kuwait and Istanbul"). An
	// abbreviation's period may end the sentence too ("Richmond, B.C.").
	end := d.tokenAt(next.End)
	if end < len(d.toks) && !strings.HasSuffix(next.Text, ".") {
		switch d.punct(end) {
		case ".", ";", ":", ")":
		case ",":
			if end+1 < len(d.toks) && (d.toks[end+1].norm == "and" || d.toks[end+1].norm == "or") {
				return nil
			}
			// "flights to Damascus, Dubai, Kuwait and Istanbul"
			if n, ok := d.entStartTok[end+1]; ok && (n.Type == model.EntityGPE || n.Type == model.EntityLoc) {
				return nil
			}
		default:
			return nil
		}
	}
	text := strings.TrimSpace(next.Text)
	country := ""
	if caProvinces[kb.Normalize(text)] && strings.Contains(text, ".") {
		country = "CAN"
	} else {
		country = d.whereCountry(text)
	}
	if country == "" || country == "USA" {
		return nil
	}
	name := cleanName(e.Text)
	key := kb.Normalize(name)
	for _, a := range d.s.kb.QualifiedCities(key) {
		if a.Country == country {
			return fromActor(a)
		}
	}
	// The name's own reading: a country or a region is no place before
	// a comma here ("Britain, France and Germany"); a city or capital of
	// the country named is the one meant.
	var own []string // the countries of the city or capital of the name
	if a, ok := d.s.kb.City(key); ok {
		own = append(own, a.Country)
	}
	for _, a := range d.s.kb.LookupNorm(key, d.date) {
		// A country, or a place of the country named ("Victoria,
		// Australia": the state), is read as the name always is.
		if a.Type == kb.TypeCountry || a.Country == country {
			return nil
		}
		if a.Type == kb.TypePlace && a.Capital {
			own = append(own, a.Country)
		}
	}
	if len(own) == 0 {
		return nil
	}
	// "Atlanta, Georgia": a name after the comma that is also a region
	// of the city's own country is that region.
	for _, a := range d.s.kb.LookupNorm(kb.Normalize(cleanName(text)), d.date) {
		for _, cc := range own {
			if a.Country == cc || a.ID == cc {
				return nil
			}
		}
	}
	for _, cc := range own {
		if cc == country {
			return nil
		}
	}
	for _, a := range d.s.kb.Towns(key) {
		if a.Country == country {
			return fromActor(a)
		}
	}
	id := "doc:place:" + kb.Slug(name+" "+country)
	if l, ok := d.byID[id]; ok {
		return l
	}
	return &link{id: id, name: name, typ: kb.TypePlace, country: country}
}
