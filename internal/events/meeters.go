package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// reciprocalVerbs say that the members of their plural subject met one
// another: "the ministers met", "the leaders will meet again".
var reciprocalVerbs = map[string]bool{"met": true, "meet": true, "meets": true, "gathered": true, "convened": true, "conferred": true}

// reciprocalAux may stand between such a subject and its verb.
var reciprocalAux = map[string]bool{"will": true, "would": true, "to": true, "are": true, "were": true, "have": true, "had": true,
	"also": true, "again": true, "later": true, "first": true, "last": true, "then": true, "could": true, "may": true, "might": true, "plan": true, "planned": true}

// reciprocalMeeters says whether a mention is the plural of an office a
// state fills once (singleOfficePlural) that is the
// subject of a meeting with no object ("The foreign ministers met in
// Geneva", "The ministers will meet again in South Africa"): its members
// met one another, most often coming from several countries, so neither
// the venue nor the dateline's country is theirs. A bare "the ministers"
// meeting after the article told such holders meeting are the same
// holders ("The foreign ministers met in Geneva on Monday. The ministers
// will meet again in South Africa next year."); art records them.
func reciprocalMeeters(toks []tok, m mention, art *articleState) bool {
	if m.kind != "role" || m.country != "" || m.i < 0 || m.j > len(toks) || m.i >= m.j || m.j >= len(toks) {
		return false
	}
	if summitMeeters(toks, m) {
		return true
	}
	single := singleOfficePlural(toks, m)
	head := toks[m.j-1].low
	if !single && !(art != nil && art.meetingOffices[head] && bareDefinitePlural(toks, m)) {
		return false
	}
	if !meetOneAnother(toks, m.j) {
		return false
	}
	if single && art != nil {
		if art.meetingOffices == nil {
			art.meetingOffices = map[string]bool{}
		}
		art.meetingOffices[head] = true
	}
	return true
}

// notePairOfficeMeeting records in art the head of a once-per-state
// office plural whose holders from two named states meet one another
// ("The foreign ministers of South Africa and Kenya met in Pretoria"):
// a later bare "the ministers" meeting again are those holders.
func notePairOfficeMeeting(toks []tok, ms []mention, art *articleState) {
	if art == nil {
		return
	}
	for _, m := range ms {
		if m.kind != "role" || m.i < 0 || m.i >= m.j || m.j >= len(toks) || !singleOfficePlural(toks, m) {
			continue
		}
		head := toks[m.j-1].low
		if toks[m.j].low != "of" {
			continue
		}
		// "of A and B" (or "of A, B and C"): countries named between
		// "of" and the meeting verb, nothing else.
		states := 0
		k := m.j + 1
		for k < len(toks) {
			if n := mentionAt(toks, ms, k, 0); n >= 0 && ms[n].country != "" && ms[n].kind != "role" && ms[n].j > k {
				states++
				k = ms[n].j
				continue
			}
			if l := toks[k].low; l == "and" || l == "," || l == "the" {
				k++
				continue
			}
			break
		}
		if states < 2 {
			continue
		}
		for k < len(toks) && reciprocalAux[toks[k].low] {
			k++
		}
		if k >= len(toks) || !reciprocalVerbs[toks[k].low] {
			continue
		}
		if art.pairOffices == nil {
			art.pairOffices = map[string]bool{}
		}
		art.pairOffices[head] = true
	}
}

// pairOfficeMeeters says whether a mention is a bare "the ministers"
// meeting one another (no object after the verb) after the article told
// such holders of two named states meeting (notePairOfficeMeeting).
func pairOfficeMeeters(toks []tok, m mention, art *articleState) bool {
	if art == nil || m.kind != "role" || m.country != "" || m.i < 0 || m.i >= m.j || m.j >= len(toks) {
		return false
	}
	if !art.pairOffices[toks[m.j-1].low] || !bareDefinitePlural(toks, m) {
		return false
	}
	return meetOneAnother(toks, m.j)
}

// meetOneAnother says whether the words from j on are a meeting verb
// (after its auxiliaries) with no object: "met in Geneva", "will meet
// again". An object makes the meeting one with someone else ("the
// ministers met the president"), whose country may well be the scene's.
func meetOneAnother(toks []tok, j int) bool {
	k := j
	for k < len(toks) && reciprocalAux[toks[k].low] {
		k++
	}
	if k >= len(toks) || !reciprocalVerbs[toks[k].low] {
		return false
	}
	if k+1 < len(toks) {
		switch toks[k+1].pos {
		case "IN", "RB", "TO", ".", ",", ":", "CD":
			return toks[k+1].low != "with"
		default:
			return false
		}
	}
	return true
}

// bareDefinitePlural says whether a mention is a plural role with only
// "the" before its head ("the ministers"): no portfolio, nationality or
// other word says whose they are.
func bareDefinitePlural(toks []tok, m mention) bool {
	h := m.j - 1
	if h < 1 || !strings.HasSuffix(toks[h].low, "s") {
		return false
	}
	return toks[h-1].low == "the" && (m.i == h || m.i == h-1)
}

// singleOffices are held by one person in a state: their plural ("the
// foreign ministers", "the presidents") names the holders of several.
var singleOffices = map[string]bool{"presidents": true, "premiers": true, "chancellors": true, "monarchs": true, "kings": true}

// portfolios name the one minister a government has for them.
var portfolios = map[string]bool{"foreign": true, "defence": true, "defense": true, "finance": true, "interior": true, "trade": true,
	"economy": true, "energy": true, "health": true, "justice": true, "agriculture": true, "environment": true, "prime": true, "education": true}

// singleOfficePlural says whether a mention ends in the plural of an
// office a state fills once: "presidents", "foreign ministers", "prime
// ministers" (bare "ministers" may be one cabinet's).
func singleOfficePlural(toks []tok, m mention) bool {
	head := toks[m.j-1].low
	if singleOffices[head] {
		return true
	}
	return (head == "ministers" || head == "secretaries") && m.j-2 >= m.i && portfolios[toks[m.j-2].low]
}

// officeHolder says whether a mention names one person holding an office:
// a named person ("central bank governor Ernest Addison") or a singular
// role ("the army chief", "the finance minister"), not a state, a body or
// a plural group ("critics"), and not a possessive ("the minister's").
func officeHolder(toks []tok, m mention) bool {
	if m.j > len(toks) || m.i < 0 || m.i >= m.j {
		return false
	}
	if m.j < len(toks) && (toks[m.j].low == "'s" || toks[m.j].low == "'" || toks[m.j].low == "’s") {
		return false
	}
	switch m.kind {
	case "person":
		return true
	case "role":
		return toks[m.j-1].pos == "NN" || toks[m.j-1].pos == "NNP"
	}
	return false
}

// ransomDemand says whether the object of a demand ending at token j is
// a ransom ("demanded a ransom", "demanded a $1 million ransom",
// "demanded ransom payments"), within its noun phrase.
func ransomDemand(toks []tok, j int) bool {
	for k := j; k < len(toks) && k < j+6; k++ {
		l := toks[k].low
		if l == "ransom" || l == "ransoms" {
			return true
		}
		if isPunct(l) || l == "and" || l == "to" || l == "that" || l == "for" || l == "from" {
			return false
		}
	}
	return false
}

// captorNouns name those who hold people against the law; freeing people
// from them is rescuing them.
var captorNouns = map[string]bool{"kidnappers": true, "captors": true, "abductors": true, "hostage-takers": true}

// rescueContext says whether a freeing verb at toks[i:j] tells of a
// rescue: a rescue is named earlier in its clause ("launched a rescue
// operation and freed", not past a comma) or the
// people are freed from their captors ("freed the hostages from their
// kidnappers").
func rescueContext(toks []tok, i, j int) bool {
	for k := i - 1; k >= 0; k-- {
		l := toks[k].low
		if l == "," || l == ";" || l == ":" || l == "after" || l == "before" || l == "despite" {
			break
		}
		if strings.HasPrefix(l, "rescu") {
			return true
		}
	}
	for k := j; k < len(toks) && k < j+10; k++ {
		l := toks[k].low
		if l == "." || l == ";" {
			break
		}
		if l == "from" {
			for q := k + 1; q < len(toks) && q < k+4; q++ {
				if captorNouns[toks[q].low] {
					return true
				}
			}
		}
	}
	return false
}

// objectRightAfter says whether the words from a verb's end j to a mention
// starting at i leave the mention the verb's direct object: no
// preposition, punctuation or noun of another phrase between ("dismissed
// the army chief", not "dismissed an appeal from President X").
func objectRightAfter(toks []tok, j, i int) bool {
	if i < j || i > len(toks) {
		return false
	}
	for k := j; k < i; k++ {
		if !determiners[toks[k].low] && !strings.HasPrefix(toks[k].pos, "JJ") {
			return false
		}
	}
	return true
}

// closesSubjectRelative says whether the comma at c closes a
// non-restrictive relative clause on a noun ("The attackers, who arrived
// on motorcycles, shot ..."): the clause opens with a comma and "who" or
// "which" right after a noun, with no other comma between.
func closesSubjectRelative(toks []tok, c int) bool {
	if c < 3 || c >= len(toks) || toks[c].low != "," {
		return false
	}
	for k := c - 1; k >= 2; k-- {
		if toks[k].low != "," {
			continue
		}
		if k+1 < c && (toks[k+1].low == "who" || toks[k+1].low == "which") {
			return strings.HasPrefix(toks[k-1].pos, "NN")
		}
		return false
	}
	return false
}

// namingVerbs characterise their object ("called the deal a betrayal",
// "described the accord as a surrender", "branded the pact a sham").
var namingVerbs = map[string]bool{"called": true, "call": true, "calls": true, "calling": true,
	"described": true, "describe": true, "describes": true, "describing": true,
	"branded": true, "brand": true, "brands": true, "branding": true,
	"labelled": true, "labeled": true, "label": true, "labels": true, "labelling": true, "labeling": true,
	"dubbed": true, "dub": true, "dubs": true, "dubbing": true,
	"termed": true, "term": true, "terms": true, "terming": true}

// namedByVerb says whether the noun at i is the direct object of a
// naming verb: only a determiner, possessive or adjective between
// ("called the new deal", "described Tuesday's accord"). "called for a
// deal" and "called on ... to sign the accord" are not naming.
func namedByVerb(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := toks[k].low
		if namingVerbs[l] && toks[k].pos != "NN" && toks[k].pos != "NNS" {
			return true
		}
		if determiners[l] || l == "'s" || l == "’s" || strings.HasPrefix(toks[k].pos, "JJ") || toks[k].pos == "NNP" || toks[k].pos == "CD" || toks[k].pos == "PRP$" {
			continue
		}
		return false
	}
	return false
}

// namingComplement says whether the noun at i heads a naming verb's second
// complement, what its first object is called ("the government called the
// uprising a coup attempt", "branded it an invasion"): the noun phrase
// before it names the thing called so, and a naming verb stands before
// that. The one naming it is no maker of the act it names.
func namingComplement(toks []tok, i int) bool {
	k := i - 1
	for k >= 0 && (determiners[toks[k].low] || strings.HasPrefix(toks[k].pos, "JJ")) {
		k--
	}
	if k < 0 || !(strings.HasPrefix(toks[k].pos, "NN") || toks[k].pos == "PRP") || namingVerbs[toks[k].low] {
		return false
	}
	for q := k - 1; q >= 0 && q >= k-5; q-- {
		l := toks[q].low
		if namingVerbs[l] && !strings.HasPrefix(toks[q].pos, "NN") {
			return true
		}
		if !(determiners[l] || l == "'s" || l == "’s" || strings.HasPrefix(toks[q].pos, "JJ") || strings.HasPrefix(toks[q].pos, "NN") || toks[q].pos == "CD" || toks[q].pos == "PRP$") {
			return false
		}
	}
	return false
}

// ownedBeforeNoun says whether a capitalised word or a possessive (a
// maker: "the Russian invasion", "Israel's strikes", "their attack")
// stands between the noun at i and the naming verb before it.
func ownedBeforeNoun(toks []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		l := toks[k].low
		if namingVerbs[l] {
			return false
		}
		if l == "'s" || l == "’s" || toks[k].pos == "PRP$" || toks[k].pos == "NNP" || toks[k].low != toks[k].text {
			return true
		}
	}
	return false
}

// characterisedAfter says whether what follows the noun phrase ending
// before j is a naming verb's second complement: "as ..." or a noun
// phrase or adjective saying what the thing is ("called the attack a
// provocation", "called the strikes unacceptable", "described the raid as
// barbaric"), not a time, a place or a purpose ("called a strike for
// Thursday", "called a protest on Friday").
func characterisedAfter(toks []tok, j int) bool {
	if j >= len(toks) {
		return false
	}
	l := toks[j].low
	switch {
	case l == "as" || l == "a" || l == "an" || l == "\"" || l == "“" || l == "``":
		return true
	case l == "the":
		// "called the attack the worst in years"
		return true
	case strings.HasPrefix(toks[j].pos, "JJ"):
		return true
	case toks[j].pos == "RB" && j+1 < len(toks) && strings.HasPrefix(toks[j+1].pos, "JJ"):
		// "called the strikes totally unacceptable"
		return true
	case clauseFinalAdjective(toks, j):
		// "called the veto shameful/NN." (see clauseFinalAdjective)
		return true
	}
	return false
}

// summitVerbs tie a plural subject to the summit it meets at or attends.
var summitVerbs = map[string]bool{"meeting": true, "met": true, "meet": true, "gathered": true, "gathering": true,
	"convened": true, "convening": true, "attending": true, "attended": true}

// summitMeeters says whether a mention is a plural role ("leaders", "heads
// of state", "ministers") met at a summit ("Leaders meeting at an emergency
// summit in Abuja", "ministers gathered for a summit"): a summit is a
// meeting of several states' leaders, so the venue's country, where one of
// them is host, is not theirs all.
func summitMeeters(toks []tok, m mention) bool {
	if m.kind != "role" || m.country != "" || m.i < 0 || m.i >= m.j || m.j >= len(toks) {
		return false
	}
	// The plural is on the head: "leaders", and before an "of" tail the
	// mention may take whole ("heads of state").
	head := m.j - 1
	if m.j-m.i >= 3 && toks[m.j-2].low == "of" {
		head = m.j - 3
	}
	if !strings.HasSuffix(toks[head].low, "s") {
		return false
	}
	k := m.j
	// "heads of state", "leaders from the region": a short "of" or
	// "from" tail on the role.
	if toks[k].low == "of" && k+1 < len(toks) && (toks[k+1].low == "state" || toks[k+1].low == "government") {
		k += 2
	}
	for k < len(toks) && reciprocalAux[toks[k].low] {
		k++
	}
	if k >= len(toks) || !summitVerbs[toks[k].low] {
		return false
	}
	// "at an emergency summit", "for a two-day summit": a preposition,
	// then the summit's noun phrase up to its head.
	k++
	if k >= len(toks) || (toks[k].low != "at" && toks[k].low != "for" && toks[k].low != "in") {
		return false
	}
	return summitHead(toks, k+1) >= 0
}

// summitHead is the index of "summit" within the few words of a noun
// phrase starting at k ("an emergency ECOWAS summit"), or -1.
func summitHead(toks []tok, k int) int {
	for q := k; q < len(toks) && q <= k+4; q++ {
		l := toks[q].low
		if l == "summit" || l == "summits" {
			return q
		}
		if isPunct(l) || toks[q].pos == "IN" || finiteVerb(toks[q]) {
			return -1
		}
	}
	return -1
}

// summitBloc gives the bloc a summit's noun phrase names as its holder
// ("Leaders meeting at an emergency ECOWAS summit"): its leaders meet as
// that bloc, and the leaders are its. It returns the index in ms of the
// bloc's mention, or -1 when m is no summit's meeters or the phrase names
// no body that is not a state.
func summitBloc(toks []tok, ms []mention, m mention, isState func(string) bool) int {
	if !summitMeeters(toks, m) {
		return -1
	}
	k := m.j
	for k < len(toks) && toks[k].low != "at" && toks[k].low != "for" && toks[k].low != "in" {
		k++
	}
	h := summitHead(toks, k+1)
	if h < 0 {
		return -1
	}
	for n := range ms {
		b := ms[n]
		if b.i > k && b.j <= h && b.kind == kb.TypeOrganisation && b.country != "" && !isState(b.country) {
			return n
		}
	}
	return -1
}
