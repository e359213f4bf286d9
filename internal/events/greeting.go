package events

// greetingWelcome says whether trigger t is the greeting "Welcome to ..."
// opening a sentence ("Welcome to IGN's Daily Deals", "Welcome back to
// the show"): an address to the reader, no one welcoming anything
// (SUPPORT 051).
func greetingWelcome(toks []tok, t *trigger) bool {
	if t.i >= len(toks) || toks[t.i].low != "welcome" {
		return false
	}
	k := t.i - 1
	for k >= 0 && (isPunct(toks[k].text) || toks[k].low == "and") {
		k--
	}
	if k >= 0 {
		return false
	}
	n := t.i + 1
	if n < len(toks) && toks[n].low == "back" {
		n++
	}
	return n < len(toks) && toks[n].low == "to"
}
