package events

// arrivingGoods head the subjects of things sent, whose arrival somewhere
// is no visit (CAMEO 042 is a visit by people to a host): "the doses
// arrived at Jakarta's airport", "the first shipment of vaccines reached
// Lagos", "a consignment of medical supplies arrived in Goma". Aid sent is
// coded by the verb that sends it ("donated", "delivered"), not by its
// arrival.
var arrivingGoods = map[string]bool{
	"dose": true, "doses": true, "vaccine": true, "vaccines": true, "jabs": true,
	"shipment": true, "shipments": true, "consignment": true, "consignments": true,
	"cargo": true, "cargoes": true, "delivery": true, "deliveries": true,
	"batch": true, "batches": true, "supplies": true, "goods": true,
	"medicine": true, "medicines": true, "drugs": true, "aid": true, "food": true,
	"grain": true, "wheat": true, "fuel": true, "tents": true, "blankets": true,
	"containers": true, "parcels": true, "tonnes": true, "tons": true,
	"weapons": true, "arms": true, "ammunition": true, "munitions": true, "equipment": true,
}

// goodsArrival says whether the visit of t is the arrival of goods: the
// head of its subject right before the verb (past auxiliaries, adverbs and
// a relative "which" or "that") is one of arrivingGoods. The word right
// before the verb is the head of its subject whatever modifies it ("the
// first batch of vaccines", "three million doses"); a person before the
// verb ("the plane carrying the minister arrived") keeps the visit, and
// a sender named after "from" is passed over to the goods before it.
func goodsArrival(toks []tok, t *trigger) bool {
	k := t.i - 1
	for k >= 0 && (adverbs[toks[k].low] || beAux[toks[k].low] || toks[k].low == "have" || toks[k].low == "has" ||
		toks[k].low == "had" || toks[k].low == "which" || toks[k].low == "that" || toks[k].low == "also" || toks[k].low == "later" || toks[k].low == "finally") {
		k--
	}
	if k < 0 {
		return false
	}
	if arrivingGoods[toks[k].low] {
		return true
	}
	// "A consignment of medical supplies from Japan arrived in Kinshasa":
	// the sender's name after "from" ends the subject; the goods come
	// before it.
	for f := k; f > 0 && f >= k-4; f-- {
		if toks[f].low == "from" {
			return arrivingGoods[toks[f-1].low]
		}
		if !isCap(toks[f].text) && toks[f].low != "the" && toks[f].low != "of" {
			return false
		}
	}
	return false
}
