package events

// companyExit says whether a withdrawal (RETREAT 087: "withdrew from",
// "pulled out of", "left", "quit") at trigger t is done by companies
// alone: "The carmaker withdrew from Iran after sanctions were
// reimposed", "the oil major pulled out of Myanmar". A company leaving a
// market decides as a business; the withdrawal of forces, envoys or a
// state from a country or an accord is the state's act (087 or 160) and
// keeps its event, as does an armed group's, whose sector is not
// business. A subject the resolver left with no actor counts as a
// company when its head noun is a word for one ("the oil major").
func companyExit(toks []tok, t *trigger, typ, code string, src group) bool {
	if typ != "RETREAT" || code != "087" {
		return false
	}
	if businessOnly(src) {
		return true
	}
	if len(src) > 0 || t.nominal || t.passive {
		return false
	}
	k := t.i - 1
	for k >= 0 && (adverbs[toks[k].low] || auxiliaries[toks[k].low] || toks[k].low == "has" || toks[k].low == "have" || toks[k].low == "had") {
		k--
	}
	return k >= 0 && (supplierNouns[toks[k].low] || exitCompanyNouns[toks[k].low])
}

// exitCompanyNouns head a subject that is a company, beside supplierNouns
// ("company", "firm", "producer").
var exitCompanyNouns = map[string]bool{"major": true, "majors": true, "carmaker": true, "carmakers": true,
	"automaker": true, "automakers": true, "chipmaker": true, "chipmakers": true, "brewer": true, "brewers": true,
	"retailer": true, "retailers": true, "bank": true, "banks": true, "lender": true, "lenders": true,
	"insurer": true, "insurers": true, "miner": true, "miners": true, "conglomerate": true, "multinational": true,
	"multinationals": true, "giant": true, "chain": true, "brand": true, "brands": true, "airline": true, "airlines": true}
