package events

// The searches for an act's place after its verb (venueAfter, seatVenue,
// untaggedVenue) walk the same clause: past the object's own words, up to
// whatever ends the clause. These are the steps they share.

// objectEnd is the end of the mention of the object tgt that token q falls
// in, and whether it falls in one: a place search passes over the object's
// own words ("supporters of the opposition leader in Nairobi").
func objectEnd(tgt group, q int) (int, bool) {
	for _, o := range tgt {
		if o.i <= q && q < o.j {
			return o.j, true
		}
	}
	return 0, false
}

// venueBreak says whether token tk ends the clause a place search looks
// in: a right stop, a report word or punctuation other than a possessive
// "'s" or a hyphen ("the prime minister's office", "a state-run plant").
func venueBreak(tk tok) bool {
	l := tk.low
	return rightStop[l] || reportWords[l] || isPunct(tk.text) && l != "'s" && l != "-"
}

// isParty says whether m is one of the event's parties (the same span as a
// mention of src or tgt): a party is not where the act happened.
func isParty(m mention, src, tgt group) bool {
	for _, g := range []group{src, tgt} {
		for _, o := range g {
			if o.i == m.i && o.j == m.j {
				return true
			}
		}
	}
	return false
}

// objectRunsToPlace says whether the words from token k to limit, after an
// "and" or "of" inside a verb's object, are more of that noun phrase and
// reach a place preposition ("commanders and political officers of the
// Korean People's Army at the office building ... in Pyongyang"): no verb,
// punctuation or clause opener comes before "in", "at" or "inside". A verb
// after "and" ("met the president and flew to Paris") starts another act,
// whose place is not this one's.
func objectRunsToPlace(toks []tok, k, limit int) bool {
	for q := k; q < limit && q < len(toks); q++ {
		l := toks[q].low
		if isPunct(toks[q].text) && l != "'s" && l != "'" && l != "-" {
			return false
		}
		if rightStop[l] || reportWords[l] || verbLike(toks[q]) || finiteVerb(toks[q]) {
			return false
		}
		switch l {
		case "to", "that", "which", "who", "whom", "whose", "or", "but", "after", "before", "while", "because", "as", "if", "unless", "for", "with", "on", "from", "by":
			return false
		case "in", "at", "inside":
			return true
		}
	}
	return false
}
