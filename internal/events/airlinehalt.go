package events

// airlineHalt says whether a SANCTION trigger t halts flights or routes
// and is done by a company: an airline named as a business actor
// ("Lufthansa suspended flights to Tehran") or a subject noun for one
// ("The airline suspended flights to Tel Aviv"). A carrier stopping a
// route decides as a business; the state's flight ban ("Germany suspended
// flights to Tehran", haltedjourney.go) still codes.
func airlineHalt(toks []tok, t *trigger, src group) bool {
	flights := false
	for k := t.i; k < len(toks) && k < t.j+3; k++ {
		switch toks[k].low {
		case "flights", "flight", "routes", "route", "service", "services":
			flights = true
		}
	}
	if !flights {
		return false
	}
	if businessOnly(src) {
		return true
	}
	if len(src) > 0 && src[0].country != "" {
		return false
	}
	for k := t.i - 1; k >= 0 && k >= t.i-4; k-- {
		switch toks[k].low {
		case "airline", "airlines", "carrier", "carriers":
			return true
		}
		if clauseLeft[toks[k].low] || isPunct(toks[k].low) {
			break
		}
	}
	return false
}
