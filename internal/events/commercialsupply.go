package events

import "github.com/newsgraph/newsgraph/internal/kb"

// supplierNouns head a subject that sells what it supplies: a company, a
// utility, a producer. Such a subject is often left unplaced by the
// knowledge base ("The gas company", "the utility").
var supplierNouns = map[string]bool{"company": true, "companies": true, "firm": true, "firms": true,
	"utility": true, "utilities": true, "supplier": true, "suppliers": true, "operator": true, "operators": true,
	"producer": true, "producers": true, "exporter": true, "exporters": true, "manufacturer": true, "manufacturers": true,
	"retailer": true, "retailers": true, "distributor": true, "distributors": true}

// commercialSupply says whether bare "supply" or "provide" at trigger t
// (AID 070) has a business for its supplier: "The gas company supplied
// the city with fuel", "Gazprom supplied Europe with gas". A company
// supplying customers trades with them; it gives no aid. A state, a
// body or an aid group supplying ("Qatar supplied Pakistan with gas",
// "the WFP supplied refugees with food") keeps the event, as do the
// patterns that name arms or aid given (072 and the like).
func commercialSupply(toks []tok, t *trigger, src group) bool {
	if t.nominal || t.passive || len(t.p.Words) != 1 || t.p.Type != "AID" {
		return false
	}
	if w := t.p.Words[0]; w != "supply" && w != "provide" {
		return false
	}
	if len(src) > 0 {
		for _, m := range src {
			if m.sector != kb.SectorBusiness {
				return false
			}
		}
		return true
	}
	k := t.i - 1
	for k >= 0 && (adverbs[toks[k].low] || auxiliaries[toks[k].low] || toks[k].low == "has" || toks[k].low == "have" || toks[k].low == "had") {
		k--
	}
	return k >= 0 && supplierNouns[toks[k].low]
}
