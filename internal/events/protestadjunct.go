package events

import "strings"

// protestAdjunctPreps open an adjunct that places the main clause's act
// inside a protest: "during protests", "at a rally", "amid demonstrations".
var protestAdjunctPreps = map[string]bool{"during": true, "at": true, "amid": true, "amidst": true}

// protestAdjunctSubject returns the people who took part in the street
// protest named by nominal trigger t in an adjunct of the main clause, or
// nil: "Kenyan students threw stones during protests against the tax law",
// "Hundreds of youths chanted slogans at a rally against the government".
// The clause's subject opens the sentence and is of the people (civilians,
// students, workers, the opposition: popular), and its verb is no event of
// its own: what the sentence reports is then their protest, a main-clause
// event. When the verb is one ("Police arrested 20 people during
// protests", "students clashed with police during protests") the protest
// stays background, its protesters unnamed.
func (c *Coder) protestAdjunctSubject(toks []tok, ms []mention, t *trigger) group {
	if !t.nominal || t.p.Type != "PROTEST" || !streetProtest[t.p.Words[0]] || t.i < 3 {
		return nil
	}
	// The preposition, with the noun's determiners and modifiers after it.
	k := t.i - 1
	for k > 0 && (determiners[toks[k].low] || modifierWord(toks[k]) || toks[k].low == "mass" || toks[k].low == "street") {
		k--
	}
	if !protestAdjunctPreps[toks[k].low] {
		return nil
	}
	// A rally for someone is support, no protest: "a pro-government
	// rally", "a rally for the president", "in support of the army".
	for q := k + 1; q < t.i; q++ {
		if strings.HasPrefix(toks[q].low, "pro-") {
			return nil
		}
	}
	if supportRally(toks, t.j) {
		return nil
	}
	// The subject opening the sentence ("Kenyan students", "Hundreds of
	// Kenyan students", "The students").
	subj := -1
	for x, m := range ms {
		if m.i > 4 || m.j > k {
			break
		}
		if usable(m) && m.kind != "pronoun" && leadingQuantity(toks[:m.i]) {
			subj = x
			break
		}
	}
	if subj < 0 {
		return nil
	}
	g := groupAt(toks, ms, subj)
	// A subject with no country or actor ("Three people died during
	// protests in Bolivia") names no protesters the place does not
	// already give (the civilians of the protest's country).
	if len(g) == 0 || !popular(g[0]) || !hasReal(g) || g[0].borrowed || g[0].actorID == "" && g[0].kind == "role" {
		return nil
	}
	// Its finite verb, and no event pattern matched between it and the
	// preposition, nor a clause boundary.
	last := g[len(g)-1].j
	verb := false
	for q := last; q < k; q++ {
		l := toks[q].low
		if isPunct(toks[q].text) || subordinators[l] || l == "and" || l == "but" || l == "after" || l == "before" {
			return nil
		}
		// The tagger may read a past after a plural subject as a
		// participle ("students threw rocks"): any verb form will do.
		if finiteVerb(toks[q]) || verbLike(toks[q]) || irregularPast[l] {
			verb = true
		}
		if c.startsEvent(toks, ms, q) {
			return nil
		}
		// "The opposition leader said at a rally in Lagos that ...":
		// speech at a rally reports what was said, not the rally.
		if reportWords[l] || thatReportWords[l] || trailingReportWords[l] || clauseSpeechVerbs[l] || rallySpeech[l] {
			return nil
		}
	}
	if !verb {
		return nil
	}
	return g
}

// rallySpeech are verbs of addressing a crowd, beyond the report verbs.
var rallySpeech = map[string]bool{"spoke": true, "speaks": true, "speak": true, "addressed": true, "addresses": true,
	"told": true, "tells": true, "declared": true, "declares": true, "proclaimed": true, "urged": true, "called": true}

// leadingQuantity says whether the tokens before a sentence's subject are
// only its determiners, adjectives and a quantity ("The", "Hundreds of",
// "About 200").
func leadingQuantity(ts []tok) bool {
	for _, x := range ts {
		l := x.low
		if !determiners[l] && !quantityWord(l) && l != "of" && l != "about" && l != "some" && l != "more" && l != "than" && !strings.HasPrefix(x.pos, "JJ") && x.pos != "CD" {
			return false
		}
	}
	return true
}

// startsEvent says whether a verb pattern that codes an event matches at
// token q.
func (c *Coder) startsEvent(toks []tok, ms []mention, q int) bool {
	if c.pats == nil {
		return false
	}
	var ends []int
	for _, p := range c.pats.index[toks[q].low] {
		if p.Kind != "verb" || p.Type == "-" {
			continue
		}
		if ends == nil {
			ends = mentionEnds(toks, ms)
		}
		if _, ok := matchRest(toks, q+1, p.Words[1:], false, ends); ok {
			return true
		}
	}
	return false
}

// supportRally says whether the words from j, right after a rally or
// demonstration noun, tell whom it is for: "for the president", "in
// support of", "in favour of", "in solidarity with", "to support",
// "backing the army", "celebrating the win".
func supportRally(toks []tok, j int) bool {
	if j >= len(toks) {
		return false
	}
	next := ""
	if j+1 < len(toks) {
		next = toks[j+1].low
	}
	switch toks[j].low {
	case "for", "supporting", "backing", "celebrating", "welcoming", "honouring", "honoring", "marking":
		return true
	case "in":
		return next == "support" || next == "favour" || next == "favor" || next == "solidarity"
	case "to":
		return next == "support" || next == "celebrate" || next == "welcome" || next == "mark" || next == "honour" || next == "honor"
	}
	return false
}
