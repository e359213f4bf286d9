package events

// shoppingCues before "deal" or "deals" make it a bargain on sale, not an
// agreement: "the best deal on the console", "Black Friday deals",
// "IGN's Daily Deals", "early holiday deals".
var shoppingCues = map[string]bool{"best": true, "great": true, "good": true, "better": true, "top": true,
	"daily": true, "early": true, "holiday": true, "friday": true, "monday": true, "cyber": true, "prime": true,
	"sale": true, "bargain": true, "hot": true, "cheap": true, "cheapest": true, "exclusive": true,
	"discount": true, "shopping": true, "lightning": true, "weekend": true, "christmas": true}

// shoppingDeal says whether the noun trigger t is "deal" or "deals" in
// the sense of a bargain (shoppingCues within the three words before it,
// or "deal of the day"): no agreement between parties. "A good deal for
// both countries" is rare beside the shop's "good deal", and a deal that
// names its parties ("a good deal with Iran") keeps its event.
func shoppingDeal(toks []tok, t *trigger) bool {
	if !t.nominal || t.i >= len(toks) || (toks[t.i].low != "deal" && toks[t.i].low != "deals") {
		return false
	}
	if t.i+1 < len(toks) && toks[t.i+1].low == "with" {
		return false
	}
	if t.i+3 < len(toks) && toks[t.i+1].low == "of" && toks[t.i+2].low == "the" && toks[t.i+3].low == "day" {
		return true
	}
	for k := t.i - 1; k >= 0 && k >= t.i-3; k-- {
		if shoppingCues[toks[k].low] {
			return true
		}
		if isPunct(toks[k].text) {
			return false
		}
	}
	return false
}
