package events

import "github.com/newsgraph/newsgraph/internal/kb"

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

// placeKindNouns name the kind of place a proper name is given as, in
// apposition ("the capital Kabul") or with "of" ("the western province of
// Herat", "the Bosnian town of Gorazde"): wire copy introduces a place a
// reader may not know by its kind first.
var placeKindNouns = map[string]bool{"capital": true, "city": true, "town": true, "village": true, "port": true,
	"province": true, "region": true, "district": true, "enclave": true, "state": true, "county": true,
	"governorate": true, "prefecture": true, "suburb": true, "neighbourhood": true, "neighborhood": true, "camp": true}

// compassWord says whether a token names a part of the place after it:
// "southern", "north-eastern", and a bare compass point in lower case ("in
// south Lebanon"; "South Sudan" is a name).
func compassWord(tk tok) bool {
	return kb.IsRegionWord(tk.low) || kb.IsBareCompassWord(tk.low) && !isCap(tk.text)
}

// namedPlaceAt returns the index of the place named by a phrase starting at
// token k, right after a preposition of place, or -1: "the capital Kabul",
// "the western province of Herat", "the Iraqi city of Basra", "eastern
// Beirut", "of the town of Rafah" (after "outside"). The name is the
// place, the words before it only say what kind of place it is, so the
// search passes determiners, a compass adjective, a demonym or country
// and one place noun, and then wants a capitalised name, directly
// (apposition) or after "of". "In the capital" with no name, "in the
// city's north" and "the capital's mayor" name none and give -1, leaving
// the phrase to the other searches.
func namedPlaceAt(toks []tok, ms []mention, k int) int {
	if k < len(toks) && toks[k].low == "of" {
		k++ // "outside of the city of Basra"
	}
	noun := false
	for q := k; q < len(toks) && q < k+6; q++ {
		l := toks[q].low
		switch {
		case determiners[l] || compassWord(toks[q]):
			continue
		case placeKindNouns[l] && !noun:
			noun = true
			if q+1 < len(toks) && toks[q+1].low == "city" && l == "capital" {
				q++ // "the capital city of Algiers"
			}
			next := q + 1
			if next < len(toks) && toks[next].low == "of" {
				next++
			}
			for mi, m := range ms {
				if m.i == next && usable(m) && isCap(toks[next].text) && m.kind != "demonym" && (countryLevel(m.kind) || m.kind == kb.TypePlace) {
					return mi
				}
			}
			return -1
		}
		// A demonym or a country before the place noun ("the Iraqi city
		// of Basra", "Afghanistan's capital Kabul") says whose place it
		// is; a place mention here without a noun is the place itself
		// ("eastern Beirut").
		mi := -1
		for i, m := range ms {
			if m.i == q && usable(m) {
				mi = i
				break
			}
		}
		if mi < 0 {
			return -1
		}
		m := ms[mi]
		if m.kind == "demonym" || m.kind == "country" {
			q = m.j - 1
			if q+1 < len(toks) && toks[q+1].low == "'s" {
				q++
			}
			continue
		}
		if q > k && (countryLevel(m.kind) || m.kind == kb.TypePlace) {
			return mi
		}
		return -1
	}
	return -1
}

// capitalNamed returns the place named right after the word "capital" at
// token k ("East Timor's capital Dili", "the Afghan capital Kabul") when it
// is a place or capital of the country cc, else nil: the story's own name
// for the city beats the country's name and the knowledge base's capital.
func capitalNamed(toks []tok, ms []mention, k int, cc string) *mention {
	if wordAt(toks, k) != "capital" || k+1 >= len(toks) || !isCap(toks[k+1].text) {
		return nil
	}
	for _, m := range ms {
		if m.i == k+1 && usable(m) && m.country == cc && cc != "" && (m.kind == kb.TypePlace || m.kind == "capital") {
			return &m
		}
	}
	return nil
}

// passivePlace returns m as the place of a passive act when it names a
// place even though it is one of the act's parties: an agentless passive
// ("were arrested in Nairobi", "were killed near the town of Kismayo")
// has its agent read from the place, which stays where the act happened.
// A demonym ("in a Somali raid") is no such place.
func passivePlace(m mention) *mention {
	if m.country == "" || !(m.kind == "country" || m.kind == "capital" || m.kind == kb.TypePlace) {
		return nil
	}
	return &m
}

// placeKindBefore says whether the place name at token i follows a noun
// for its kind, with "of" or in apposition ("the eastern city of Lublin",
// "the capital Kabul"), the phrase namedPlaceAt reads as a location.
func placeKindBefore(toks []tok, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].low == "of" {
		k--
	}
	return k >= 0 && placeKindNouns[toks[k].low]
}

// shoreNouns name the edge or sea of a land: "off the coast of Puntland",
// "in the waters of Yemen".
var shoreNouns = map[string]bool{"coast": true, "coastline": true, "coasts": true, "shore": true, "shores": true, "waters": true}

// coastOfPrep returns a preposition of place for a name after "off the coast
// of", "along the shores of", "in the waters of": the name says where at sea
// or on shore the act happened, as "off Puntland" would, and is no party to
// it (a warship firing "off the coast of Puntland" fires at a vessel, not at
// the land). "off" is no preposition of place elsewhere ("called off the
// talks"), so it is read as "near", which it means here.
func coastOfPrep(toks []tok, i int) string {
	if i < 3 || toks[i-1].low != "of" {
		return ""
	}
	k := i - 2
	if !shoreNouns[toks[k].low] {
		return ""
	}
	for b := k - 1; b >= 0 && b >= k-3; b-- {
		l := toks[b].low
		if l == "off" {
			return "near"
		}
		if locPreps[l] {
			return l
		}
		if !(determiners[l] && l != "'s" || compassWord(toks[b]) || modifierWord(toks[b])) {
			return ""
		}
	}
	return ""
}

// offshore says whether the name at token i is the land an act at sea was
// off ("fired on a boat off the coast of Gujarat", "in the waters of
// Yemen"): the act was done to a vessel and its people, not to the land
// or its people, so the land does not stand in for the one acted on. Along
// a coast ("struck targets along the coast of Gaza") is on the land.
func offshore(toks []tok, i int) bool {
	if coastOfPrep(toks, i) == "" {
		return false
	}
	if toks[i-2].low == "waters" {
		return true
	}
	for b := i - 3; b >= 0 && b >= i-6; b-- {
		if toks[b].low == "off" {
			return true
		}
		if locPreps[toks[b].low] {
			return false
		}
	}
	return false
}

// atVenueNoun says whether token i is a meeting noun (meetingNouns) after
// "at" and at most three determiners or modifiers ("at a donor
// conference", "at the summit"): the gathering where an act was done.
func atVenueNoun(toks []tok, i int) bool {
	if i >= len(toks) || !meetingNouns[toks[i].low] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := toks[k].low
		if l == "at" {
			return true
		}
		if isPunct(toks[k].text) || !(determiners[l] || modifierWord(toks[k]) || headNoun(toks[k]) || isCap(toks[k].text)) {
			return false
		}
	}
	return false
}
