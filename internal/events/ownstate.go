package events

// ownStateWithdrawn says whether the targets of trigger t are only the
// sources' own state named in the gap of a pattern that takes a party
// out of something ("Putin withdrew Russia from the treaty", "Trump
// pulled the United States out of the Paris agreement"): a leader or a
// government moving its own state acts through it, not on it, as a state
// withdrawing from a treaty itself does, so the state is no target. Only
// a country or capital named with no sector counts; "withdrew Russian
// troops" and other objects are left to the forces' own rules.
func ownStateWithdrawn(toks []tok, ms []mention, t *trigger, src, tgt group) bool {
	if t.nominal || len(src) == 0 || len(tgt) == 0 || len(t.p.Words) < 3 {
		return false
	}
	switch t.p.Words[0] {
	case "withdraw", "pull":
	default:
		return false
	}
	// The part of the match before "from" or "out": the gap the state
	// stands in.
	end := -1
	for k := t.i + 1; k < t.j; k++ {
		if toks[k].low == "from" || toks[k].low == "out" {
			end = k
			break
		}
	}
	if end < 0 {
		return false
	}
	cc := src[0].country
	if cc == "" {
		return false
	}
	for _, m := range src {
		if m.country != cc {
			return false
		}
	}
	// The target may be the state in the gap or the same state lent by
	// the domestic default: either way it is the one moved.
	for _, m := range tgt {
		if !countryLevel(m.kind) || m.sector != "" || m.country != cc {
			return false
		}
	}
	for _, m := range ms {
		if m.i > t.i && m.j <= end && m.kind != "pronoun" && countryLevel(m.kind) && m.sector == "" && m.country == cc {
			return true
		}
	}
	return false
}

// stateOutPattern says whether p takes a party named in its first gap
// out of something: "withdraw * from * treaty", "pull * out of * talks".
func stateOutPattern(p *Pattern) bool {
	if p.Kind != "verb" || len(p.Words) < 4 || p.Words[1] != "*" {
		return false
	}
	return p.Words[0] == "withdraw" && p.Words[2] == "from" || p.Words[0] == "pull" && p.Words[2] == "out" && p.Words[3] == "of"
}

// stateInGap says whether the gap from token k holds one state's name
// alone, perhaps after "the", right before "from" or "out": "Russia",
// "the United States".
func stateInGap(toks []tok, ms []mention, k int) bool {
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	for _, m := range ms {
		if m.i == k && m.kind != "pronoun" && countryLevel(m.kind) && m.sector == "" && m.country != "" {
			return m.j < len(toks) && (toks[m.j].low == "from" || toks[m.j].low == "out")
		}
	}
	return false
}
