package web

import (
	"github.com/newsgraph/newsgraph/internal/kb"
)

// sectorLabels names each sector of the knowledge base (kb.Sectors) for a
// reader. The stored values are the short keys the filters and the API
// take ("igo", "ngo", "party"), which a page should not show bare: "sector
// igo" asks a reader to know PLOVER's abbreviations. Read only.
var sectorLabels = map[string]string{
	kb.SectorGovernment:  "government",
	kb.SectorMilitary:    "military",
	kb.SectorPolice:      "police",
	kb.SectorJudiciary:   "judiciary",
	kb.SectorLegislature: "legislature",
	kb.SectorRebel:       "rebels",
	kb.SectorOpposition:  "opposition",
	kb.SectorParty:       "political party",
	kb.SectorProtester:   "protesters",
	kb.SectorMedia:       "media",
	kb.SectorBusiness:    "business",
	kb.SectorCivilian:    "civilians",
	kb.SectorLabour:      "labour (unions, workers)",
	kb.SectorRefugee:     "refugees and displaced people",
	kb.SectorReligion:    "religion (clergy, religious bodies)",
	kb.SectorEducation:   "education (students, teachers, universities)",
	kb.SectorHealth:      "health (doctors, nurses, hospitals)",
	kb.SectorAgriculture: "agriculture (farmers, herders)",
	kb.SectorEnvironment: "environmentalists",
	kb.SectorCriminal:    "criminals (gangs, cartels, traffickers)",
	kb.SectorIGO:         "intergovernmental organisation",
	kb.SectorNGO:         "non-governmental organisation",
	kb.SectorSports:      "national sports team",
}

// sectorLabel is a sector's name for a reader; a value the map does not
// name (stored by an older knowledge base) is shown as it is.
func sectorLabel(sector string) string {
	if l, ok := sectorLabels[sector]; ok {
		return l
	}
	return sector
}

// sectorOption is one sector the filter forms offer: the value the filter
// takes, its CAMEO-style code (also taken) and its label.
type sectorOption struct {
	Value, Code, Label string
}

// sectorOptions lists every sector in the knowledge base's order, for the
// filter forms' list of values: the sector input took any of 23 keys and
// its hint named eleven.
func sectorOptions() []sectorOption {
	out := make([]sectorOption, 0, len(kb.Sectors()))
	for _, s := range kb.Sectors() {
		out = append(out, sectorOption{Value: s, Code: kb.SectorCode(s), Label: sectorLabel(s)})
	}
	return out
}
