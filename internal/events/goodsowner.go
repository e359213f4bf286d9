package events

import "strings"

// goodsOwner says whether m, inside the object of a verb of allowing that
// ends before token k, is a bare nationality modifying things, not people:
// "Pakistan allowed Indian wheat trucks to pass into Afghanistan". The
// trucks are let through, not India; the leave serves the place they go
// (permittedDestination). A nationality that heads a group of people
// ("Afghan traders", one mention with its role) is the one allowed.
func goodsOwner(toks []tok, ms []mention, m mention, k int) bool {
	if m.kind != "demonym" || m.sector != "" || m.j >= k || !strings.HasPrefix(toks[m.j].pos, "NN") || isCap(toks[m.j].text) {
		return false
	}
	for _, o := range ms {
		if o.i >= m.j && o.i < k {
			return false
		}
	}
	return true
}

// goodsOwnerTarget says whether the target found for a verb of allowing
// is only the nationality of the things in its object ("Indian" in
// "allowed Indian wheat trucks to pass into Afghanistan"), which the
// place they go to replaces when one is named.
func goodsOwnerTarget(toks []tok, ms []mention, tgt group, t *trigger) bool {
	if len(tgt) != 1 || tgt[0].i < t.j {
		return false
	}
	k := infinitiveAfterObject(toks, t.j)
	return k > tgt[0].i && goodsOwner(toks, ms, tgt[0], k)
}
