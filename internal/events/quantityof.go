package events

// quantityOf says whether toks[k], inside a pattern's gap at offset g,
// is a noun of quantity followed by "of" ("the first batch of K2 tanks",
// "a second shipment of howitzers", "the final tranche of sanctions"):
// the phrase counts the goods as a number would, and the gap's word limit
// should not leave the goods out because of it.
func quantityOf(toks []tok, k, g int) bool {
	return g > 0 && k+1 < len(toks) && quantityNouns[toks[k].low] && toks[k+1].low == "of"
}

// quantityNouns count goods delivered or measures taken.
var quantityNouns = map[string]bool{"batch": true, "batches": true, "shipment": true, "shipments": true,
	"consignment": true, "consignments": true, "delivery": true, "deliveries": true, "tranche": true,
	"tranches": true}
