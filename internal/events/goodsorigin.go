package events

// A protest or complaint "against cheaper imports from Ukraine" or "over
// Chinese steel" names a country only as where traded goods come from: the
// country is the grievance's object, not the scene, and the farmers or
// steelworkers who protest are not its people. Such a mention lends no
// country to the sentence's bare roles (see the only-country loop in
// actors.go); the story's dateline places them instead.

// tradedGoods are nouns for goods crossing a border that news copy names
// with the country they come from.
var tradedGoods = map[string]bool{
	"import": true, "imports": true, "goods": true, "products": true, "produce": true,
	"grain": true, "grains": true, "wheat": true, "maize": true, "corn": true, "sugar": true,
	"steel": true, "aluminium": true, "aluminum": true, "shipments": true, "imported": true,
	"food": true, "foodstuffs": true, "poultry": true, "meat": true, "beef": true, "eggs": true,
	"cars": true, "vehicles": true, "textiles": true, "fertiliser": true, "fertilizer": true,
}

// grievancePreps open what a protest or complaint is against or about.
var grievancePreps = map[string]bool{"against": true, "over": true, "about": true}

// goodsOrigin says whether mention m names only the origin of traded goods
// in a phrase of grievance: "against cheaper imports from Ukraine" (the
// country after "from" on a goods noun) or "over Chinese steel imports" (a
// demonym on one), with "against", "over" or "about" opening the phrase a
// few modifier words before the goods noun.
func goodsOrigin(toks []tok, m mention) bool {
	goods := -1
	switch {
	case m.i >= 2 && toks[m.i-1].low == "from":
		// "imports of grain from Ukraine": the goods noun may carry an
		// "of" phrase of its own before "from".
		for q := m.i - 2; q >= 0 && q >= m.i-4; q-- {
			if tradedGoods[toks[q].low] {
				goods = q
				break
			}
		}
	case m.j < len(toks) && m.j > m.i:
		// "Ukrainian grain", "Chinese steel imports".
		for q := m.j; q < len(toks) && q <= m.j+1; q++ {
			if tradedGoods[toks[q].low] {
				goods = q
				break
			}
		}
		if goods >= 0 {
			return grievanceBefore(toks, m.i)
		}
	}
	if goods < 0 {
		return false
	}
	return grievanceBefore(toks, goods)
}

// grievanceBefore says whether a grievance preposition stands a few words
// before token i, with only determiners, adjectives, nouns of the same
// phrase or "of" between ("against the cheap grain", "over imports of").
func grievanceBefore(toks []tok, i int) bool {
	for q := i - 1; q >= 0 && q >= i-5; q-- {
		l := toks[q].low
		if grievancePreps[l] {
			return true
		}
		p := toks[q].pos
		if l == "of" || p == "DT" || p == "JJ" || p == "JJR" || p == "JJS" || p == "NN" || p == "NNS" || p == "VBN" || p == "CD" {
			continue
		}
		return false
	}
	return false
}
