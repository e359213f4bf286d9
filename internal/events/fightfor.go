package events

import "strings"

// politicalAims are what people fight for or against without arms: a
// vote, rights, wages, a law. "keep fighting for a fair vote", "vowed to
// fight the new law", "the fight against corruption" are political or
// civic struggles, no violence (PLOVER ASSAULT: "deliberate actions which
// can potentially result in substantial physical harm"). Territory,
// control or a town fought for is fought over with arms and is not here.
var politicalAims = map[string]bool{
	"vote": true, "votes": true, "election": true, "elections": true, "ballot": true, "recount": true,
	"rights": true, "right": true, "justice": true, "freedom": true, "freedoms": true, "democracy": true,
	"wages": true, "wage": true, "pay": true, "pensions": true, "jobs": true, "workers": true,
	"equality": true, "recognition": true, "reform": true, "reforms": true, "change": true,
	"truth": true, "accountability": true, "transparency": true, "dignity": true, "compensation": true,
	"release": true, "acquittal": true, "corruption": true, "poverty": true, "inflation": true,
	"hunger": true, "discrimination": true, "impunity": true, "disinformation": true, "misinformation": true,
	"law": true, "laws": true, "bill": true, "ruling": true, "verdict": true, "decision": true,
	"policy": true, "policies": true, "pact": true, "measure": true, "measures": true, "tax": true,
	"taxes": true, "cuts": true, "austerity": true, "pandemic": true, "virus": true, "disease": true,
	"climate": true, "emissions": true, "cancer": true,
}

// foughtForAim says whether "fight" or "fighting" ending at token j is a
// struggle for or against a political aim ("fighting for a fair vote",
// "fight against corruption", "fight the new tax"): the head of the
// object, within a few words before any punctuation, is one of
// politicalAims.
func foughtForAim(toks []tok, j int) bool {
	q := j
	if q < len(toks) && (toks[q].low == "for" || toks[q].low == "against") {
		q++
	}
	for n := 0; q < len(toks) && n < 5; q, n = q+1, n+1 {
		l := toks[q].low
		if isPunct(l) || l == "and" || l == "with" || l == "in" || l == "on" || l == "until" {
			return false
		}
		if politicalAims[l] || abstractIll(toks, q) {
			return true
		}
		if l == "of" {
			return false
		}
	}
	return false
}

// politicalStruggle says whether trigger t is "fight" or "fighting" for or
// against a political aim (see foughtForAim).
func politicalStruggle(toks []tok, t *trigger) bool {
	w := t.p.Words
	return len(w) == 1 && (w[0] == "fight" || w[0] == "fighting" || w[0] == "battle" || w[0] == "battling" || w[0] == "combat") && foughtForAim(toks, t.j)
}

// illsFought are crimes and social ills a government vows to fight,
// combat or battle: "vowed to fight smuggling", "pledged to battle
// crime". They name a practice, not the people who engage in it, so
// a vow to fight one threatens no one (CAMEO 138 needs someone to be
// threatened); "vowed to fight the smugglers" names people and stays
// a threat.
var illsFought = map[string]bool{
	"crime": true, "crimes": true, "graft": true, "fraud": true, "piracy": true, "banditry": true,
	"drugs": true, "narcotics": true, "terrorism": true, "extremism": true, "radicalism": true,
	"racism": true, "antisemitism": true, "xenophobia": true, "hate": true, "lawlessness": true,
	"insecurity": true, "criminality": true, "contraband": true,
}

// abstractIll says whether token q heads an abstract ill that ends its
// noun phrase: one of illsFought, or a lowercase singular noun in -ing
// or -ism ("drug trafficking", "illegal logging", "poaching",
// "vigilantism"). The -ing and -ism nouns are practices and doctrines,
// the open class the list cannot close; a name ("Beijing") is
// capitalised and tagged NNP. A word followed by a noun only modifies
// it ("crime gangs", "the ruling party", "drug smuggling networks"):
// those heads are people or groups, fought with arms.
func abstractIll(toks []tok, q int) bool {
	if q+1 < len(toks) && strings.HasPrefix(toks[q+1].pos, "NN") {
		return false
	}
	l := toks[q].low
	if strings.HasPrefix(toks[q].pos, "NNP") || toks[q].text != l {
		return false
	}
	if illsFought[l] {
		return true
	}
	// The tagger reads an -ing object right after the verb ("battled
	// smuggling") as a gerund as often as a noun; a gerund taking an
	// object of its own is a verb ("vowed to fight using all means").
	if strings.HasSuffix(l, "ing") && len(l) >= 6 {
		if toks[q].pos == "VBG" {
			return q+1 == len(toks) || isPunct(toks[q+1].low) || toks[q+1].pos == "IN" || toks[q+1].pos == "CC"
		}
		return toks[q].pos == "NN"
	}
	return toks[q].pos == "NN" && strings.HasSuffix(l, "ism")
}
