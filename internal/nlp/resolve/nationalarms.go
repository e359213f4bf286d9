package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// nationalArm reads an organisation named "<acronym> <Country>" ("MTN
// Nigeria", "BAT Kenya") as a company's national subsidiary: the
// organisation of the country named last, and a business when the
// acronym is a company of the knowledge base ("MTN", MTN Group). A body of
// a state is named country first ("Nigeria Police Force"); the brand first
// and the country last is how groups name the arm that serves one country.
// An acronym the knowledge base holds as another kind of actor ("UNICEF
// Nigeria", "WHO Kenya": an international body's country office) is left
// alone. raw is the name as written, words the same normalised.
func (d *docState) nationalArm(raw string, words []string) (country, sector string, ok bool) {
	if c, ok := d.ngoBranch(words); ok {
		return c, kb.SectorNGO, true
	}
	fields := strings.Fields(raw)
	if len(fields) < 2 || len(fields) != len(words) || !acronymName(fields[0]) {
		return "", "", false
	}
	k := d.s.kb
	country = ""
	for _, a := range k.LookupNorm(strings.Join(words[1:], " "), d.date) {
		if a.Type == kb.TypeCountry {
			country = a.Country
			break
		}
	}
	if country == "" {
		return "", "", false
	}
	brand := k.LookupNorm(words[0], d.date)
	if len(brand) == 0 {
		return country, "", true
	}
	if a := brand[0]; a.Type == kb.TypeOrganisation && a.Sector == kb.SectorBusiness {
		return country, kb.SectorBusiness, true
	}
	return "", "", false
}

// acronymName reports whether w is written as an acronym of at most six
// characters ("MTN", "AT&T"; not "NIGERIA").
func acronymName(w string) bool { return kb.Acronym(w, 6) }

// branchRegions are the continents and world regions federations name
// regional branches for ("Friends of the Earth Europe", "Amnesty
// International Asia Pacific"): the NGO's sector and no country.
var branchRegions = map[string]bool{"europe": true, "africa": true, "asia": true, "americas": true,
	"latin america": true, "asia pacific": true, "middle east": true}

// ngoBranch reads normalised name words "<NGO> <Country>" ("Friends of
// the Earth Netherlands", "Amnesty International Kenya") as an NGO's
// national branch, named as federations name their members: the NGO's
// sector and the country named last. The NGO's name must be the knowledge
// base's, of two words or more, and the rest a country or a world region
// (branchRegions; no country then).
func (d *docState) ngoBranch(words []string) (string, bool) {
	k := d.s.kb
	for m := 1; m <= 3 && len(words)-m >= 2; m++ {
		country := ""
		for _, a := range k.LookupNorm(strings.Join(words[len(words)-m:], " "), d.date) {
			if a.Type == kb.TypeCountry {
				country = a.Country
				break
			}
		}
		region := branchRegions[strings.Join(words[len(words)-m:], " ")]
		if country == "" && !region {
			continue
		}
		for _, a := range k.LookupNorm(strings.Join(words[:len(words)-m], " "), d.date) {
			if a.Type == kb.TypeOrganisation && a.Sector == kb.SectorNGO {
				return country, true
			}
		}
	}
	return "", false
}
