package events

// journeyEndsOnly says whether country cc is named in the sentence only by
// mentions that are the origin or destination of a journey told after the
// trigger ending at j ("hijacked a flight to Cairo", "a tanker bound for
// Kenya"): a country no actor of the sentence holds in its own right.
// Mentions whose country is itself borrowed do not count.
func journeyEndsOnly(toks []tok, ms []mention, j int, cc string) bool {
	found := false
	for _, m := range ms {
		if m.country != cc || m.borrowed || m.i < 0 {
			continue
		}
		if m.i < j || !journeyEnd(toks, j, m.i) {
			return false
		}
		found = true
	}
	return found
}
