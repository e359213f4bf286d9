package events

// companyExit says whether a withdrawal (RETREAT 087: "withdrew from",
// "pulled out of", "left", "quit") at trigger t is done by companies
// alone: "The carmaker withdrew from Iran after sanctions were
// reimposed", "the oil major pulled out of Myanmar". A company leaving a
// market decides as a business; the withdrawal of forces, envoys or a
// state from a country or an accord is the state's act (087 or 160) and
// keeps its event, as does an armed group's, whose sector is not
// business. A subject the resolver left with no actor counts as a
// company when its head noun is a word for one ("the oil major").
func companyExit(toks []tok, t *trigger, typ, code string, src, tgt group) bool {
	if typ != "RETREAT" || code != "087" {
		return false
	}
	if businessOnly(src) {
		return true
	}
	if t.nominal || t.passive {
		return false
	}
	k := t.i - 1
	for k >= 0 && (adverbs[toks[k].low] || auxiliaries[toks[k].low] || toks[k].low == "has" || toks[k].low == "have" || toks[k].low == "had") {
		k--
	}
	if k < 0 {
		return false
	}
	if supplierNouns[toks[k].low] || exitCompanyNouns[toks[k].low] {
		// "The Swedish furniture maker pulled out of Russia": the
		// resolver gives the subject the country of its modifier, but
		// the head noun says a company leaves.
		return len(src) == 0 || modifiersOf(toks, src, k)
	}
	// "Carlsberg pulled out of Russia": a name the resolver does not
	// know leaving a whole country. Forces and armed groups that leave
	// are named by their country or are known to the resolver, and
	// unknown ones leave towns and fronts, not a country; a company
	// leaving a market is the common reading, and no state acts.
	return len(src) == 0 && unknownName(toks, k) && countriesOnly(tgt)
}

// modifiersOf says whether every mention of g stands before the head noun
// at k inside its noun phrase ("Swedish" in "the Swedish furniture
// maker"), with only adjectives and nouns between.
func modifiersOf(toks []tok, g group, k int) bool {
	for _, m := range g {
		// A mention the sentence does not hold ("the two leaders"
		// standing for a pair named before) has no position.
		if m.j > k || m.i < 0 {
			return false
		}
		for x := m.j; x < k; x++ {
			if p := toks[x].pos; p != "JJ" && p != "NN" && p != "NNP" && p != "HYPH" {
				return false
			}
		}
	}
	return len(g) > 0
}

// unknownName says whether the word at k is a capitalised proper noun,
// the last word of a name the resolver gave no actor.
func unknownName(toks []tok, k int) bool {
	return toks[k].pos == "NNP" && isCap(toks[k].text)
}

// countriesOnly says whether g names countries and nothing else.
func countriesOnly(g group) bool {
	for _, m := range g {
		if m.kind != "country" {
			return false
		}
	}
	return len(g) > 0
}

// exitCompanyNouns head a subject that is a company, beside supplierNouns
// ("company", "firm", "producer").
var exitCompanyNouns = map[string]bool{"major": true, "majors": true, "carmaker": true, "carmakers": true,
	"automaker": true, "automakers": true, "chipmaker": true, "chipmakers": true, "brewer": true, "brewers": true,
	"retailer": true, "retailers": true, "bank": true, "banks": true, "lender": true, "lenders": true,
	"insurer": true, "insurers": true, "miner": true, "miners": true, "conglomerate": true, "multinational": true,
	"multinationals": true, "giant": true, "chain": true, "brand": true, "brands": true, "airline": true, "airlines": true,
	"maker": true, "makers": true}
