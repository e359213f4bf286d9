package events

import "strings"

// abstractGoods are benefits no one hands over: "providing the peoples of
// the two countries with happiness", "bring peace and prosperity to the
// region" wish a state of affairs on someone; they give no aid (PLOVER
// AID: "material aid whose material benefits primarily accrue to the
// recipient": money, arms, personnel, relief, asylum).
var abstractGoods = map[string]bool{
	"happiness": true, "prosperity": true, "peace": true, "stability": true, "well-being": true,
	"wellbeing": true, "welfare": true, "hope": true, "dignity": true, "harmony": true,
	"friendship": true, "progress": true, "benefits": true, "opportunities": true, "justice": true,
	"freedom": true, "democracy": true, "cause": true, "tranquillity": true, "tranquility": true, "blessings": true,
}

// abstractGift says whether the object of a giving verb that ends at
// token j names only abstract goods: one of abstractGoods and nothing a
// state gives as aid (givenKinds: "aid", "money", "food", "troops", ...).
// The object runs to the clause's end ("provide the peoples of both
// countries with peace and prosperity"); a cause furthered ("contribute
// to accomplishing the cause of socialism") is no gift either.
func abstractGift(toks []tok, j int) bool {
	abstract := false
	for q := j; q < len(toks) && q < j+16; q++ {
		l := toks[q].low
		if l == "," || l == ";" || l == "." || l == ":" || l == "that" || l == "while" || l == "but" || finiteVerb(toks[q]) {
			break
		}
		if _, ok := givenKinds[l]; ok {
			return false
		}
		if abstractGoods[l] {
			abstract = true
		}
	}
	return abstract
}

// abstractHarms name a state of affairs or a course of events that no one
// in particular is made to undergo: "prevent a civil war", "avert a
// famine", "avoid further bloodshed", "prevent an escalation of the
// fighting". Preventing one coerces no actor: CAMEO 172 (PLOVER COERCE,
// restrict) is an actor stopped from doing something ("police prevented
// protesters from marching").
var abstractHarms = map[string]bool{
	"war": true, "wars": true, "conflict": true, "conflicts": true, "violence": true, "bloodshed": true,
	"bloodbath": true, "crisis": true, "crises": true, "collapse": true, "famine": true, "famines": true,
	"escalation": true, "catastrophe": true, "disaster": true, "disasters": true, "chaos": true,
	"unrest": true, "instability": true, "starvation": true, "recession": true, "default": true,
	"meltdown": true, "shutdown": true, "spillover": true, "spread": true, "outbreak": true,
	"recurrence": true, "repetition": true, "breakdown": true, "bankruptcy": true, "genocide": true,
	"deaths": true, "casualties": true, "flooding": true, "epidemic": true, "pandemic": true,
}

// abstractHarmObject says whether the object of the verb trigger t (a
// verb of preventing) is headed by one of abstractHarms: the last noun
// of the noun phrase right after the verb, before "of", "from", a
// preposition, a conjunction or punctuation ("a Kosovo-style civil war",
// "the war from spreading", "an escalation of the fighting").
func abstractHarmObject(toks []tok, t *trigger) bool {
	head := ""
	for q := t.j; q < len(toks) && q < t.j+6; q++ {
		x := toks[q]
		if x.low == "of" || x.low == "and" || x.low == "or" || isPunct(x.low) || x.pos == "IN" || x.pos == "TO" || finiteVerb(x) {
			break
		}
		if !nounPhraseWord(toks, q) && !modifierWord(x) {
			break
		}
		if strings.HasPrefix(x.pos, "NN") || abstractHarms[x.low] {
			head = x.low
		}
	}
	return abstractHarms[head]
}
