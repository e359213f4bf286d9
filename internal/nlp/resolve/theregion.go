package resolve

import "github.com/newsgraph/newsgraph/internal/model"

// theRegion reports whether e is a location the tagger wrote after a
// lower-case "the" ("a crime against the Amazon", "fires across the
// Amazon"): a company's name takes no article, so the name is the region
// (nlp's companyRegionPlaces), whatever company the article names too.
func (d *docState) theRegion(e *model.Entity) bool {
	if e.Type != model.EntityLoc {
		return false
	}
	i := d.tokenAt(e.Start) - 1
	return i >= 0 && d.toks[i].norm == "the" && !d.toks[i].upper
}
