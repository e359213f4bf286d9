package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// officeOfHolders are the state offices whose "Office of the ..." a wire
// story names without a country: the office of a state's law officer or
// ombudsman. roles.tsv lists the rest of these as roles; an ombudsman
// has no role there.
var officeOfHolders = map[string]string{
	"attorney general":                kb.SectorGovernment,
	"solicitor general":               kb.SectorGovernment,
	"ombudsman":                       kb.SectorGovernment,
	"prosecutor general":              kb.SectorJudiciary,
	"public prosecutor":               kb.SectorJudiciary,
	"auditor general":                 kb.SectorGovernment,
	"director of public prosecutions": kb.SectorJudiciary,
	"auditor-general":                 kb.SectorGovernment,
	"accountant general":              kb.SectorGovernment,
	"controller and auditor general":  kb.SectorGovernment,
	"inspector general of police":     kb.SectorPolice,
}

// datelineOfficesOf links an "Office of the Attorney General" or "Office
// of the Ombudsman" that got a document id and no country to the dateline
// country's state (its government, or its judiciary for a prosecutor's
// office) when the story is from its home country and names no other
// country before it or in its sentence (datelineOnly): the office is a
// state's, and a wire story names its own state's so. Another country
// named leaves it as it was.
func (d *docState) datelineOfficesOf() {
	for i := range d.art.Entities {
		e := &d.art.Entities[i]
		if e.Type != model.EntityOrg || e.Country != "" || !strings.HasPrefix(e.ActorID, "doc:org:") {
			continue
		}
		words := strings.Fields(kb.Normalize(cleanName(e.Text)))
		if len(words) > 0 && words[0] == "the" {
			words = words[1:]
		}
		if len(words) < 3 || words[0] != "office" || words[1] != "of" {
			continue
		}
		rest := words[2:]
		if rest[0] == "the" {
			rest = rest[1:]
		}
		sector, ok := officeOfHolders[strings.Join(rest, " ")]
		if !ok {
			continue
		}
		c := d.datelineOnly(e.Start, e.Sentence)
		if c == "" {
			continue
		}
		if a, ok := d.s.kb.SectorActor(c, sector); ok && a.Sector == sector {
			d.linkLate(e, fromActor(&a))
		}
	}
}
