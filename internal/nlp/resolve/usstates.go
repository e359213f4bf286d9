package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// U.S. states written short after a town: "Vinita, OK", "Irvine, Calif.",
// "Rome, Ga." News writes the postal code or the AP style abbreviation there,
// and alone each is ambiguous ("OK", "LA", "La.", "Miss."): only after a
// place and a comma is it the state.

// usStateCodes are the postal codes of the fifty states and D.C.
var usStateCodes = wordSet("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY " +
	"NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY")

// apStates are the AP style abbreviations of states, normalised (no
// periods), with their postal codes.
var apStates = map[string]string{
	"ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "del": "DE", "fla": "FL",
	"ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA", "md": "MD", "mass": "MA",
	"mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV",
	"nh": "NH", "nj": "NJ", "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "pa": "PA",
	"ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT", "va": "VA", "wash": "WA", "wva": "WV",
	"wis": "WI", "wyo": "WY",
}

// usTown resolves "<Town>, <state>" ("Rome, Ga.", "Paris, Texas",
// "Jackson, Miss."): the town is in the United States whatever else its name
// names (Italy's capital, a person). It is the knowledge base's U.S. city of
// that name, or its U.S. town (kb.KB.Towns), or a document-level place of
// the United States.
func (d *docState) usTown(e *model.Entity) *link {
	next := d.entityAfterComma(e)
	if next == nil {
		return nil
	}
	code := ""
	text := strings.TrimSpace(next.Text)
	if usStateCodes[text] {
		code = text
	} else if c, ok := apStates[kb.Normalize(text)]; ok && (strings.Contains(text, ".") || len(text) > 3) {
		code = c
	} else {
		for _, a := range d.s.kb.LookupNorm(kb.Normalize(cleanName(text)), d.date) {
			if a.Type == kb.TypePlace && strings.HasPrefix(a.ID, "place:USA-") && !a.Capital {
				code = strings.TrimPrefix(a.ID, "place:USA-")
				break
			}
			if a.Type == kb.TypeCountry {
				break // "Georgia" alone is the country; "Atlanta, Georgia" is read elsewhere
			}
		}
	}
	if code == "" {
		return nil
	}
	name := cleanName(e.Text)
	for _, a := range d.s.kb.LookupNorm(kb.Normalize(name), d.date) {
		if a.Type == kb.TypePlace && a.Country == "USA" {
			return fromActor(a) // "Washington, D.C.": the capital itself, as a place
		}
	}
	// "Alexandria, Virginia": the U.S. city of the name in that state,
	// though a larger city abroad (Egypt's) is what the name alone means.
	// A U.S. city the data places in another state is not the one named
	// ("Alexandria, La." is Louisiana's town, not Virginia's city).
	// "Portland, Maine" is Maine's place of the name, which the data
	// keeps apart from Oregon's city the name alone stands for.
	if a, ok := d.s.kb.CityInRegion(kb.Normalize(name), "place:USA-"+code); ok && a.Country == "USA" {
		return fromActor(a)
	}
	cities := d.s.kb.CitiesNamed(kb.Normalize(name))
	if len(cities) > 0 && cities[0].Country == "USA" && cities[0].Parent == "USA" {
		// A city the data gives no state of keeps the reading it had.
		return fromActor(cities[0])
	}
	// A U.S. town of the towns' table ("Evanston, Ill.", "Fort Lee,
	// N.J."): the state after the comma is the evidence of the country
	// that kb.KB.Towns asks for, as a named country is elsewhere.
	// The town table keeps one place of a name per country; one the data
	// places in another state is not the one named ("Richmond, Va." is
	// no Kentucky town), and the mention stays a place of its own.
	for _, a := range d.s.kb.Towns(kb.Normalize(name)) {
		if a.Country != "USA" {
			continue
		}
		if pt, ok := d.s.kb.Coords(a.ID); ok && pt.Region != "" && pt.Region != "place:USA-"+code {
			break
		}
		return fromActor(a)
	}
	id := "doc:place:" + kb.Slug(name+" "+code)
	if l, ok := d.byID[id]; ok {
		return l
	}
	return &link{id: id, name: name + ", " + code, typ: kb.TypePlace, country: "USA"}
}

// usState links a state's short form after "<Town>, " to the state: the
// name before the comma may be one the tagger or the knowledge base does
// not know (a small town: "Bartlesville, OK"), or one they read otherwise
// ("Rome, Ga.", "Jackson, Miss.").
func (d *docState) usState(e *model.Entity) *link {
	text := strings.TrimSpace(e.Text)
	code := ""
	if usStateCodes[text] {
		code = text
	} else if c, ok := apStates[kb.Normalize(text)]; ok && isUpperStart(text) && (strings.Contains(text, ".") || len(text) > 3) {
		code = c
	}
	if code == "" || e.Start < 2 || d.art.Text[e.Start-2:e.Start] != ", " {
		return nil
	}
	if i := d.tokenAt(e.Start) - 2; i < 0 || !d.toks[i].upper || int(d.toks[i].end) != e.Start-2 {
		return nil
	}
	a, ok := d.s.kb.Actor("place:USA-" + code)
	if !ok {
		return nil
	}
	return fromActor(a)
}

// entityAfterComma is the entity that follows e after a comma written
// right behind it ("Portland, Maine", "London, Ont."), or nil: the second
// half of a "<Place>, <state or country>" pair.
func (d *docState) entityAfterComma(e *model.Entity) *model.Entity {
	after := d.tokenAt(e.End)
	if after+1 >= len(d.toks) || d.punct(after) != "," || int(d.toks[after].start) != e.End {
		return nil
	}
	return d.entStartTok[after+1]
}
