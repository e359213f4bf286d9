package events

import (
	"slices"
	"strings"
)

// What a promise gives: "pledged more support for Kyiv", "promised $2
// billion in military aid to Ukraine", "committed 2,000 troops to the
// mission". CAMEO codes an expression of intent by what is promised (03x):
// diplomatic or policy support is 032, material aid 033 with its kind in
// the fourth digit (0331 economic, 0332 military, 0333 humanitarian, 0334
// military protection or peacekeeping), as the aid given is 071-074. The
// one the promise is for is named after "to" or "for".

// givenKinds are the nouns that name what is given, by CAMEO intent code.
var givenKinds = map[string]string{
	// Policy support (CAMEO 032: "such as policy support").
	"support": "032", "backing": "032", "solidarity": "032",
	// Material aid of no stated kind.
	"aid": "033", "assistance": "033", "help": "033", "supplies": "033",
	// Relief is aid to people in distress, humanitarian by what the word
	// means (CAMEO 073's own example is relief), whatever else is named.
	"relief": "0333",
	// Money is economic aid (CAMEO 071: monetary aid, grants, credit).
	"money": "0331", "funding": "0331", "funds": "0331", "loan": "0331", "loans": "0331",
	"grant": "0331", "grants": "0331", "credit": "0331", "credits": "0331", "cash": "0331",
	// A bailout or financing is a lender's money by what the word means
	// ("approved a $3 billion bailout for Sri Lanka").
	"bailout": "0331", "bailouts": "0331", "financing": "0331",
	"million": "0331", "billion": "0331", "trillion": "0331", "dollars": "0331", "euros": "0331",
	"pounds": "0331", "yen": "0331", "$": "0331", "\u20ac": "0331", "\u00a3": "0331",
	// Arms are military aid.
	"weapons": "0332", "arms": "0332", "tanks": "0332", "missiles": "0332", "ammunition": "0332",
	"munitions": "0332", "shells": "0332", "artillery": "0332", "drones": "0332", "jets": "0332",
	"howitzers": "0332", "rifles": "0332",
	// Food and medicine are humanitarian aid.
	"food": "0333", "wheat": "0333", "grain": "0333", "rice": "0333", "medicine": "0333", "medicines": "0333",
	"vaccines": "0333", "doses": "0333", "tents": "0333", "blankets": "0333", "shelter": "0333",
	// Forces sent to protect or keep the peace; police sent to a state
	// are such forces too (a security mission, as Kenya's to Haiti).
	"troops": "0334", "peacekeepers": "0334", "soldiers": "0334",
	"police": "0334", "policemen": "0334", "gendarmes": "0334",
	// Rescuers are humanitarian aid whoever sends them.
	"rescuers": "0333",
}

// sanctionsWords qualify "relief" as the easing of sanctions ("sanctions
// relief"), which is no aid.
var sanctionsWords = map[string]bool{"sanctions": true, "sanction": true, "embargo": true}

// givenIfQualified are nouns that name something given only with a
// qualifier naming its kind: "relief goods", "a team of disaster experts",
// "medical teams", "military equipment" are aid; "goods" or "a team" alone
// may be trade or a delegation.
var givenIfQualified = map[string]bool{
	"goods": true, "team": true, "teams": true, "experts": true, "specialists": true,
	"personnel": true, "equipment": true, "workers": true,
}

// givenQualifiers name the kind of the noun they qualify ("military
// support", "humanitarian assistance", "financial backing").
var givenQualifiers = map[string]string{
	"humanitarian": "0333", "medical": "0333",
	// What is sent after a disaster: "emergency supplies", "relief goods",
	// "rescue teams", "disaster experts".
	"emergency": "0333", "relief": "0333", "rescue": "0333", "disaster": "0333",
	"military": "0332", "defence": "0332", "defense": "0332", "security": "0332",
	// "debt relief" eases a state's finances: economic aid, not the
	// humanitarian relief the noun alone names.
	"debt":     "0331",
	"economic": "0331", "financial": "0331", "development": "0331", "budget": "0331", "budgetary": "0331", "fiscal": "0331",
	"political": "032", "diplomatic": "032",
}

// givenRank orders the codes from least to most specific: a kind named
// outright beats money ("$500 million in humanitarian aid" is
// humanitarian aid), money beats aid of no kind, aid beats support.
func givenRank(code string) int {
	switch {
	case code == "032":
		return 1
	case code == "033":
		return 2
	case code == "0331":
		return 3
	case len(code) == 4:
		return 4
	case code == "035":
		return 5
	}
	return 0
}

// givenObject reads the object noun phrase of a verb that ends at token j
// and says what it gives: the CAMEO 03x code and the token after the
// phrase, or "" when the phrase names nothing given ("committed
// atrocities", "promised an inquiry"). The phrase runs through numbers,
// modifiers, "of" and "in" ("10,000 tonnes of wheat", "$500 million in
// aid") and "and" ("aid and weapons"), and ends at "to", "for", a
// punctuation mark or a clause opener.
func givenObject(toks []tok, j int) (code string, end int) {
	best, qualified := "", false
	q := j
	for ; q < len(toks) && q < j+10; q++ {
		l := toks[q].low
		if l == "to" || l == "for" || rightStop[l] || l == "that" || l == "on" || l == "from" || l == "by" || l == "with" ||
			isPunct(l) && l != "$" && l != "\u20ac" && l != "\u00a3" && l != "-" || reportWords[l] || finiteVerb(toks[q]) ||
			coordinatedClause(toks, q) {
			// "pledged 6 billion euros and Japan promised ...": the
			// clause coordinated after the object is another's act.
			break
		}
		if l == "relief" && q > j && sanctionsWords[toks[q-1].low] {
			// "offered Iran sanctions relief": an easing of sanctions
			// promised, an intent to yield (CAMEO 035, as "promised to
			// lift sanctions"), no relief aid whatever else is named.
			best, qualified = "035", true
			continue
		}
		k, ok := givenKinds[l]
		if !ok {
			if !givenIfQualified[l] || q == j {
				continue
			}
			if k, ok = givenQualifiers[toks[q-1].low]; !ok {
				continue
			}
		}
		// A qualifier right before the noun names its kind; "military
		// support" is military aid, "political support" stays 032.
		if q > j {
			if qk, ok := givenQualifiers[toks[q-1].low]; ok && k != "0331" && k != "0334" {
				if !qualified || givenRank(qk) > givenRank(best) {
					best, qualified = qk, true
				}
				continue
			}
		}
		if !qualified && givenRank(k) > givenRank(best) {
			best = k
		}
	}
	if best == "" {
		return "", j
	}
	return best, q
}

// intentAidCode is the CAMEO code for an intention to give the aid of code
// aid (07x): "will send arms" is 0332, as sending them is 072.
func intentAidCode(aid string) string {
	switch aid {
	case "071":
		return "0331"
	case "072":
		return "0332"
	case "073":
		return "0333"
	case "074":
		return "0334"
	}
	return "033"
}

// borderWords name a frontier, where forces sent are a show of force
// whoever's side of it they stand on.
var borderWords = map[string]bool{"border": true, "borders": true, "frontier": true, "front": true, "boundary": true}

// forcesSentTo says whether the deployment emb sends troops or
// peacekeepers to a state named right after "to" or "in" ("send troops to
// Mali", "deploy peacekeepers in Haiti"), or to guard one ("send troops to
// help defend Estonia", "to secure Lithuania's border"), not to a border
// of no protected state ("to the Ukrainian border") or a place without a
// state.
func forcesSentTo(toks []tok, ms []mention, emb *trigger) bool {
	code, end := givenObject(toks, emb.i+1)
	if code != "0334" || end >= len(toks) {
		return false
	}
	// The object phrase runs through "in" ("$500 million in aid"), so
	// "troops in Estonia" is read from the forces noun itself.
	for q := emb.i + 1; q < end; q++ {
		if givenKinds[toks[q].low] == "0334" && toks[q+1].low == "in" {
			end = q + 1
			break
		}
	}
	if mi, ok := guardedState(toks, ms, end); ok {
		return mi >= 0
	}
	if toks[end].low != "to" && toks[end].low != "in" {
		return false
	}
	mi := mentionAt(toks, ms, end+1, 1)
	if mi < 0 || !countryLevel(ms[mi].kind) || ms[mi].country == "" {
		return false
	}
	return !(ms[mi].j < len(toks) && borderWords[toks[ms[mi].j].low])
}

// guardWords are the verbs of a purpose that protects whom it names:
// forces sent "to help defend Estonia" or "to secure Lithuania's border"
// stand on that state's side, so even its own border is guarded for it,
// not confronted.
var guardWords = map[string]bool{
	"defend": true, "protect": true, "secure": true, "guard": true, "safeguard": true, "patrol": true,
	"reinforce": true, "bolster": true, "shore": true,
}

// guardedState reads a purpose clause at k ("to help defend Estonia",
// "to secure Lithuania's border"): ok says whether one is there, and mi is
// the country-level mention right after its verb, -1 when none.
func guardedState(toks []tok, ms []mention, k int) (mi int, ok bool) {
	if k+1 >= len(toks) || toks[k].low != "to" {
		return -1, false
	}
	v := k + 1
	if toks[v].low == "help" || toks[v].low == "assist" {
		v++
	}
	if v >= len(toks) || !guardWords[toks[v].low] {
		return -1, false
	}
	if v+1 < len(toks) && toks[v+1].low == "up" {
		v++
	}
	mi = mentionAt(toks, ms, v+1, 1)
	if mi < 0 || !countryLevel(ms[mi].kind) || ms[mi].country == "" {
		return -1, true
	}
	return mi, true
}

// purposeDestination gives the country forces were sent to when the
// trigger t is the purpose of their sending ("Rwanda sent troops to
// Mozambique to help fight insurgents", "Kenyan police were deployed to
// Haiti to fight gangs"): the act purposed happens there, so the people
// it is done to, named with no country, are that country's and not the
// sender's. "" when t is no such purpose, or the forces go to a border
// (whose side is not said).
func purposeDestination(toks []tok, ms []mention, t *trigger) string {
	if t.nominal {
		return ""
	}
	k := t.i - 1
	for k >= 0 && (adverbs[toks[k].low] || toks[k].pos == "RB") {
		k--
	}
	// "to help fight", "to assist in fighting" keep the purpose the
	// sender's: the helping is the fighting.
	if k >= 0 && (toks[k].low == "help" || toks[k].low == "assist") {
		k--
	}
	if k < 3 || toks[k].low != "to" {
		return ""
	}
	g := timeAdjunctStart(toks, k-1)
	if g < 2 {
		return ""
	}
	dest := -1
	for mi, m := range ms {
		if m.j == g+1 && usable(m) && countryLevel(m.kind) && m.country != "" && !borderWord(toks, m) {
			dest = mi
			break
		}
	}
	if dest < 0 {
		return ""
	}
	p := ms[dest].i - 1
	for p >= 0 && determiners[toks[p].low] {
		p--
	}
	if p < 1 || toks[p].low != "to" && toks[p].low != "into" {
		return ""
	}
	q := p - 1
	for q >= 0 && (nounPhraseWord(toks, q) || toks[q].low == "and" || toks[q].low == ",") && !sendVerbs[toks[q].low] {
		q--
	}
	if q < 0 || !sendVerbs[toks[q].low] {
		return ""
	}
	// The forces are the object ("sent troops to") or, in the passive,
	// the subject ("troops were sent to").
	if !slices.ContainsFunc(toks[max(0, q-4):p], func(x tok) bool { return agentNouns[x.low] }) {
		return ""
	}
	return ms[dest].country
}

// moneyUnits name the currency of a sum ("500 million euros", "a 500
// million euro package").
var moneyUnits = map[string]bool{
	"euros": true, "euro": true, "dollars": true, "dollar": true, "pounds": true, "pound": true, "yen": true,
	"yuan": true, "rupees": true, "francs": true, "roubles": true, "rubles": true,
	// Currencies that budgets in Africa, Asia and Latin America are told
	// in ("2.7 billion shillings", "500 million naira").
	"shillings": true, "naira": true, "cedis": true, "pesos": true, "rupiah": true,
	"lira": true, "dinars": true, "riyals": true, "dirhams": true, "birr": true, "kwacha": true,
}

// sumBefore returns where a sum of money that quantifies the noun at i
// starts ("sent 500 million euros in military aid", "sent a $500 million
// aid package"), or i when none does. The sum is the aid's amount, so the
// verb before it carries the aid as its object however long the figure.
func sumBefore(toks []tok, i int) int {
	k := i - 1
	// "$20 million in humanitarian aid": the kind named before the noun.
	for k >= 0 && i-k <= 2 {
		if _, ok := givenQualifiers[toks[k].low]; !ok {
			break
		}
		k--
	}
	linked := k >= 0 && (toks[k].low == "in" || toks[k].low == "of")
	if linked {
		k--
	}
	end, counted := k, false
	for ; k >= 0 && end-k < 6; k-- {
		l := toks[k].low
		if moneyUnits[l] || currency(l) || multipliers[l] || l == "trillion" {
			counted = counted || multipliers[l] || l == "trillion"
			continue
		}
		if isNumber(strings.NewReplacer(",", "", ".", "").Replace(l)) {
			counted = true
			continue
		}
		break
	}
	start := k + 1
	if start > end || !counted {
		return i
	}
	// "500 million euros in aid" needs the unit before "in": "troops in
	// aid" is no sum.
	if linked && !moneyUnits[toks[end].low] && !multipliers[toks[end].low] && toks[end].low != "trillion" {
		return i
	}
	if start > 0 && (toks[start-1].low == "a" || toks[start-1].low == "an") {
		start--
	}
	return start
}
