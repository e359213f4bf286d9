package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// Acts told in non-political news (sport, products, research, museums,
// audiences, rallies abroad) that a pattern's verb would otherwise code
// as an event between political actors. Each helper reads one kind of
// clause; codeTrigger drops the trigger when one holds.

// countedFixture says whether toks[k] names a cricket or other fixture by
// its count or format: "a three-Test series", "a five-match one-day
// series", "for five Tests", "the second Test", "three Twenty20
// internationals". A bare "series" ("a series of talks") is none.
func countedFixture(toks []tok, k int) bool {
	tk := toks[k]
	l := tk.low
	if limitedOvers[l] {
		return true
	}
	// "three-Test", "five-match", "two-game" before "series", "tour" or
	// a format ("one-day", "Test", "T20").
	if i := strings.LastIndexByte(l, '-'); i > 0 && k+1 < len(toks) {
		count, unit := l[:i], l[i+1:]
		if (seriesCounts[count] || isNumber(count)) && fixtureUnits[unit] {
			n := toks[k+1].low
			if n == "series" || n == "tour" || limitedOvers[n] || n == "test" {
				return true
			}
		}
	}
	// "five Tests", "the second Test": the capital marks cricket's Test
	// match, after a count or an ordinal ("the Test Ban Treaty" has none).
	if (tk.text == "Test" || tk.text == "Tests") && k > 0 {
		p := toks[k-1].low
		if seriesCounts[p] || isNumber(p) || fixtureOrdinals[p] {
			return true
		}
	}
	return false
}

// limitedOvers name cricket's short formats.
var limitedOvers = map[string]bool{"one-day": true, "odi": true, "odis": true, "t20": true, "t20s": true,
	"t20i": true, "t20is": true, "twenty20": true, "twenty20s": true}

// fixtureUnits are what a series is counted in.
var fixtureUnits = map[string]bool{"test": true, "match": true, "game": true, "odi": true, "t20": true}

var seriesCounts = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true}

var fixtureOrdinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"opening": true, "final": true, "deciding": true, "only": true}

// objectWords returns the lower-cased words of the noun phrase after a
// verb trigger, from toks[j] up to the first preposition, punctuation,
// conjunction or verb, at most six words.
func objectWords(toks []tok, j int) []string {
	var ws []string
	for k := j; k < len(toks) && len(ws) < 6; k++ {
		l := toks[k].low
		if isPunct(toks[k].text) || objPreps[l] || locPreps[l] || l == "and" || l == "or" || l == "that" || l == "to" ||
			l == "for" || l == "into" || l == "on" || l == "of" || l == "with" || strings.HasPrefix(toks[k].pos, "VB") {
			break
		}
		ws = append(ws, l)
	}
	return ws
}

// productPromise says whether a promise, pledge or vow is a company's
// about its product: "Apple launched its new iPhone, promising longer
// battery life", "the carmaker promised a range of 600 km". The source is
// companies only, no one is promised anything (no target the sentence
// names), and what is promised is a thing, a noun phrase, not an act
// ("promised to cooperate with investigators") nor aid or money
// ("pledged $10 million in relief"), which still code.
func productPromise(toks []tok, t *trigger, src group, named bool) bool {
	if t.nominal || t.passive || named || !businessOnly(src) {
		return false
	}
	switch t.p.Words[0] {
	case "promise", "pledge", "vow":
	default:
		return false
	}
	if t.j >= len(toks) {
		return false
	}
	first := toks[t.j].low
	if first == "to" || first == "that" || pronounObjects[first] {
		return false
	}
	ws := objectWords(toks, t.j)
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if aidOrMoney[w] || isNumber(strings.TrimLeft(w, "$€£")) && strings.ContainsAny(w, "$€£") {
			return false
		}
	}
	return true
}

var pronounObjects = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true, "it": true}

// aidOrMoney are objects of a pledge that give something to someone.
var aidOrMoney = map[string]bool{"aid": true, "relief": true, "assistance": true, "donation": true, "donations": true,
	"million": true, "billion": true, "funds": true, "funding": true, "support": true, "compensation": true,
	"investment": true, "$": true, "€": true, "£": true, "dollars": true, "euros": true}

// fundedResearch says whether funding names research as what is paid for
// and no receiver: "The National Institutes of Health funded the
// research", "the foundation financed a two-year study". Paying for
// research in one's own country is no aid between political actors; a
// receiver named ("funded research at Makerere University in Uganda")
// keeps the aid.
func fundedResearch(toks []tok, t *trigger, named bool) bool {
	if t.nominal || t.passive || named {
		return false
	}
	if w := t.p.Words[0]; w != "fund" && w != "finance" && w != "bankroll" {
		return false
	}
	for _, w := range objectWords(toks, t.j) {
		if researchWords[w] {
			return true
		}
	}
	return false
}

var researchWords = map[string]bool{"research": true, "study": true, "studies": true, "trial": true, "trials": true,
	"survey": true, "experiment": true, "experiments": true, "excavation": true, "excavations": true,
	"fellowship": true, "fellowships": true, "scholarship": true, "scholarships": true}

// lentObjects says whether what is lent or loaned is a collection's
// objects, not money or arms: "The British Museum lent 40 objects to the
// National Museum of Kenya", "the gallery loaned three paintings". A
// loan of exhibits between museums is no aid between political actors:
// it is coded as nothing (the smallest reading; CAMEO has no code for
// an exhibition).
func lentObjects(toks []tok, t *trigger) bool {
	if t.nominal {
		return false
	}
	if w := t.p.Words[0]; w != "lend" && w != "loan" {
		return false
	}
	// "lent the museum 40 objects": the thing may follow a receiver.
	for k := t.j; k < len(toks) && k < t.j+8; k++ {
		l := toks[k].low
		if isPunct(toks[k].text) && l != "," || l == "to" {
			break
		}
		if exhibitWords[l] {
			return true
		}
	}
	return false
}

var exhibitWords = map[string]bool{"objects": true, "artefacts": true, "artifacts": true, "artworks": true,
	"paintings": true, "painting": true, "sculptures": true, "sculpture": true, "exhibits": true, "manuscripts": true,
	"relics": true, "fossils": true, "treasures": true, "antiquities": true, "masterpieces": true, "canvases": true,
	"drawings": true, "specimens": true}

// audienceOnly says whether every actor of g is an audience or clientele
// ("fans", "customers", "viewers", "readers"): thanking or apologising to
// them is no political event. Voters, supporters, citizens and victims
// are no such audience and keep the event.
func audienceOnly(g group) bool {
	for _, m := range g {
		ws := strings.Fields(strings.ToLower(m.text))
		if len(ws) == 0 || !audienceWords[ws[len(ws)-1]] {
			return false
		}
	}
	return len(g) > 0
}

var audienceWords = map[string]bool{"fans": true, "customers": true, "viewers": true, "readers": true,
	"listeners": true, "spectators": true, "subscribers": true, "users": true, "shoppers": true, "consumers": true,
	"clients": true, "passengers": true, "audience": true, "audiences": true, "guests": true, "followers": true}

// rallyAbroad says whether a state official attends a rally in another
// country: "Ukraine's ambassador attended a rally in Des Moines" is a
// guest at someone else's campaign or political rally, no protest by
// Ukraine. A rally at home, one "against" something, and a protest or
// demonstration attended abroad still code.
func rallyAbroad(toks []tok, t *trigger, src, tgt group) bool {
	if t.nominal || t.p.Words[0] != "attend" || len(src) == 0 || len(tgt) == 0 {
		return false
	}
	if w := t.p.Words[len(t.p.Words)-1]; w != "rally" && w != "rallies" {
		return false
	}
	for _, m := range src {
		if m.sector != kb.SectorGovernment || m.country == "" {
			return false
		}
	}
	for _, m := range tgt {
		if m.country == "" || m.country == src[0].country {
			return false
		}
	}
	lo, hi := clauseBounds(toks, t)
	for _, tk := range toks {
		if tk.start >= lo && tk.start < hi && tk.low == "against" {
			return false
		}
	}
	return true
}

// rallyOthers says whether a "rally" verb takes a direct object: "Kim,
// who has rallied military leadership for a workshop", "the president
// rallied his supporters", "rallied support for the bill". Rallying
// others gathers one's own side; only a crowd that rallies ("thousands
// rallied outside parliament", "rallied against the law") demonstrates.
func rallyOthers(toks []tok, t *trigger) bool {
	if t.nominal || t.passive || t.p.Words[0] != "rally" || len(t.p.Words) > 1 || t.j >= len(toks) {
		return false
	}
	next := toks[t.j]
	if isPunct(next.low) || isCap(next.text) && !determiners[next.low] {
		return false // "rallied, chanting", "rallied Monday", a place
	}
	switch next.pos {
	case "DT", "PRP$", "JJ", "NN", "NNS", "CD":
		return !timeWords[next.low]
	}
	return determiners[next.low]
}

// thanksOrApology says whether a pattern thanks or apologises.
func thanksOrApology(p *Pattern) bool {
	switch p.Words[0] {
	case "thank", "apologize", "apologise":
		return true
	}
	return false
}

// audienceObject says whether the object of a thanks or apology, with no
// actor found in it, is an audience: "Safaricom apologised to customers
// for the outage", "thanked its readers".
func audienceObject(toks []tok, t *trigger) bool {
	k := t.j
	if k < len(toks) && toks[k].low == "to" {
		k++
	}
	ws := objectWords(toks, k)
	return len(ws) > 0 && audienceWords[ws[len(ws)-1]]
}

// contestHeads head the sporting and festive events a place hosts: "host
// the next championship", "will host the 2030 Games", "hosted the race".
var contestHeads = map[string]bool{"championship": true, "championships": true, "tournament": true,
	"tournaments": true, "olympics": true, "paralympics": true, "cup": true, "race": true, "prix": true,
	"festival": true, "marathon": true, "contest": true, "competition": true, "final": true, "finals": true,
	"regatta": true, "eurovision": true}

// hostedContest says whether the object of a "host" verb trigger is a
// championship, tournament, Games, race or festival: a place staging a
// contest meets no one and intends no political meeting. "The Games" is
// read by its capital ("war games" is no contest); a summit, talks or a
// delegation hosted keep their event.
func hostedContest(toks []tok, t *trigger) bool {
	if t.nominal || t.p.Words[0] != "host" || len(t.p.Words) != 1 {
		return false
	}
	ws := objectWords(toks, t.j)
	if len(ws) == 0 {
		return false
	}
	// The head may have an adverb or a time after it ("host the festival
	// again next summer"): any word of the phrase counts.
	for n, w := range ws {
		if contestHeads[w] || w == "games" && toks[t.j+n].text == "Games" {
			return true
		}
	}
	return false
}

// playNouns are what a side attacks in a match: "attacked England's line",
// "attacked the defence", "attacked the left flank".
var playNouns = map[string]bool{"line": true, "try-line": true, "defence": true, "defense": true,
	"goal": true, "flank": true, "wing": true, "box": true, "area": true, "half": true, "end": true}

// playAttack says whether an "attack" verb trigger reads as play: no
// object after it ("attacked relentlessly", "attacked down the left") or
// an object headed by a play noun ("attacked England's try line"). Its
// callers ask it only in a sports report or a sports clause.
func playAttack(toks []tok, t *trigger) bool {
	if t.nominal || t.passive || t.p.Words[0] != "attack" || len(t.p.Words) != 1 {
		return false
	}
	if t.j >= len(toks) {
		return true
	}
	ws := objectWords(toks, t.j)
	if len(ws) == 0 || strings.HasPrefix(toks[t.j].pos, "RB") {
		return true
	}
	// "attacked England's line again and again": a possessor may come
	// before the noun and an adverb after it, within the object's first
	// words.
	for k := t.j; k < len(toks) && k < t.j+6; k++ {
		l := toks[k].low
		if playNouns[l] {
			return true
		}
		if l != "'s" && l != "'" && (isPunct(toks[k].text) || objPreps[l] || locPreps[l] || finiteVerb(toks[k])) {
			break
		}
	}
	return false
}
