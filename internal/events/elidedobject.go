package events

// elidedObject returns the object a coordinated second verb shares with
// the first when its own object is a bare count: "Militants killed five
// soldiers and wounded 12", "arrested ten activists and detained 20
// more". The count elides the head noun of the first verb's object (12
// soldiers, 20 more activists), so those are the ones acted on; without this the count
// names no actor and the domestic convention would give the attacker's
// own country as the target. It returns nil when the verb after "and"
// takes a real object or the clause before it has no verb object to
// share.
func elidedObject(toks []tok, ms []mention, t *trigger) group {
	if t.nominal || t.passive || t.i < 2 || t.j >= len(toks) || toks[t.i-1].low != "and" {
		return nil
	}
	k := t.j
	if toks[k].pos != "CD" {
		return nil
	}
	k++
	if k < len(toks) && (toks[k].low == "others" || toks[k].low == "more") {
		k++
	}
	// "and wounded 12 civilians" names its own object; only a count that
	// ends the phrase (a preposition, punctuation or the sentence end)
	// borrows the first one's head.
	if k < len(toks) && !isPunct(toks[k].text) && toks[k].pos != "IN" && toks[k].pos != "TO" && toks[k].pos != "CC" {
		return nil
	}
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		if m.j > t.i-1 {
			continue
		}
		if m.j != t.i-1 || !verbObject(toks, m.i) {
			return nil
		}
		return groupAt(toks, ms, mi)
	}
	return nil
}
