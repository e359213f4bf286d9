package events

// withdrawnForces returns the index in ms of the forces a withdrawal
// moves, the object right after a verb of withdrawing ("Israel withdrew
// troops from southern Gaza", "Russia pulled back soldiers from the
// Kherson region"), or -1. Forces a state pulls out are its own, the
// means of the act as troops deployed are (see forceObject), never its
// target: the place or side they leave, named after "from", is. The
// resolver may lend bare forces the country of the place after them
// ("troops from the Kherson region"), so a force noun directly followed
// by "from" or "out" counts whatever country it was given.
func withdrawnForces(toks []tok, ms []mention, k int, src group) int {
	if len(src) == 0 || src[0].country == "" {
		return -1
	}
	if mi := forceObject(toks, ms, k, src); mi >= 0 {
		return mi
	}
	for q := k; q < len(toks) && q < k+4; q++ {
		for mi, m := range ms {
			if m.i != q {
				continue
			}
			if m.kind == "role" && forceSectors[m.sector] && m.j < len(toks) && (toks[m.j].low == "from" || toks[m.j].low == "out") {
				return mi
			}
			return -1
		}
		l := toks[q].low
		if !(determiners[l] || quantityWord(l) || isNumber(l)) {
			return -1
		}
	}
	return -1
}
