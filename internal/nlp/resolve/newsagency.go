package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// agencyModifiers are the words a wire report writes before "agency" when
// it introduces a news agency by its short name: "state news agency PAP",
// "the official news agency Petra", "national press agency MAP".
var agencyModifiers = map[string]bool{
	"state": true, "news": true, "press": true, "official": true, "national": true, "government": true, "state-run": true,
}

// namedAgency reports the country of the organisation e, a one-word name
// the knowledge base does not hold under that spelling, when it is written
// in apposition after "news agency" or "press agency" ("state news agency
// PAP reported"): the name is that agency's, a medium of the country
// written before the agency words ("Polish state news agency PAP",
// "Poland's news agency PAP") or, with none, of the article's dateline
// when that is also its home country (a Warsaw story's "state news agency"
// is Poland's). Many agencies' short names are common words once case is
// folded (PAP, MAP, TAP, Petra), so the knowledge base holds them under
// their full names only; its ids for them end in the agency's own short
// name (POL.MED.PAP), which only this apposition may use: the actor is
// returned when the country has a medium with that id, else nil with the
// country.
func (d *docState) namedAgency(e *model.Entity, name string) (*kb.Actor, string, bool) {
	if e.Type != model.EntityOrg {
		return nil, "", false
	}
	h := d.tokenAt(e.Start) - 1
	if h < 1 || d.toks[h].norm != "agency" || d.toks[h].upper {
		return nil, "", false
	}
	i, news := h-1, false
	for ; i >= 0 && agencyModifiers[d.toks[i].norm] && !d.toks[i].upper; i-- {
		news = news || d.toks[i].norm == "news" || d.toks[i].norm == "press"
	}
	if !news {
		return nil, "", false
	}
	country := ""
	if i >= 0 && d.toks[i].norm != "" {
		if c, ok := d.s.kb.DemonymNorm(d.toks[i].norm); ok && d.toks[i].upper {
			country = c
		} else if d.toks[i].norm == "'s" {
			if t, _, found := d.countryEndingAt(i); found {
				country = t.country
			}
		}
	}
	if country == "" {
		if c := d.datelineCountry(); c != "" && d.homeCountry() == c {
			country = c
		}
	}
	if country == "" {
		return nil, "", false
	}
	if a, ok := d.s.kb.Actor(country + ".MED." + strings.ToUpper(name)); ok && a.Sector == kb.SectorMedia {
		return a, country, true
	}
	return nil, country, true
}

// agencyNamedBefore returns the news agency a one-word name written right
// before "news agency" or "press agency" is ("Yemen's Saba news agency
// said", "the Houthi-run Saba news agency"): the medium whose id ends in
// that short name (see namedAgency), of the country written before the
// name when there is one, else the one medium of any country with that
// short name. The words after the name say it is an agency, whatever the
// tagger called it (a short name is often a place's or a person's too).
// nil when no medium fits or the short name is two countries' agencies'.
func (d *docState) agencyNamedBefore(e *model.Entity, name string) *link {
	if strings.ContainsAny(name, " -") {
		return nil
	}
	j := d.tokenAt(e.End)
	if j+1 >= len(d.toks) || d.toks[j+1].norm != "agency" || d.toks[j+1].upper ||
		d.toks[j].norm != "news" && d.toks[j].norm != "press" || d.toks[j].upper {
		return nil
	}
	country := ""
	if i := d.tokenAt(e.Start) - 1; i >= 0 {
		if c, ok := d.s.kb.DemonymNorm(d.toks[i].norm); ok && d.toks[i].upper {
			country = c
		} else if d.toks[i].norm == "'s" {
			if t, _, found := d.countryEndingAt(i); found && t.org == nil {
				country = t.country
			}
		}
	}
	suffix := ".MED." + strings.ToUpper(name)
	var found *kb.Actor
	for _, a := range d.s.kb.Actors() {
		if a.Sector != kb.SectorMedia || !strings.HasSuffix(a.ID, suffix) || country != "" && a.Country != country {
			continue
		}
		if found != nil {
			return nil
		}
		found = &a
	}
	if found == nil {
		return nil
	}
	return fromActor(found)
}
