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
// verb of preventing) is headed by one of abstractHarms ("a Kosovo-style
// civil war", "the war from spreading", "an escalation of the
// fighting"); a harm word the tagger did not read as a noun still heads.
func abstractHarmObject(toks []tok, t *trigger) bool {
	head, _ := objectHead(toks, t.j, abstractHarms)
	return abstractHarms[head]
}

// objectHead is the head of the noun phrase that opens at token j, the
// object of a verb ending there: its last noun (or word of nouns, which
// counts as one whatever its tag) before "of", a preposition, a
// conjunction, punctuation or a finite verb, within six tokens; "" when
// there is none. end is the token that ended the phrase.
func objectHead(toks []tok, j int, nouns map[string]bool) (head string, end int) {
	q := j
	for ; q < len(toks) && q < j+6; q++ {
		x := toks[q]
		if x.low == "of" || x.low == "and" || x.low == "or" || isPunct(x.low) || x.pos == "IN" || x.pos == "TO" || finiteVerb(x) {
			break
		}
		if !nounPhraseWord(toks, q) && !modifierWord(x) {
			break
		}
		if strings.HasPrefix(x.pos, "NN") || nouns[x.low] {
			head = x.low
		}
	}
	return head, q
}

// easedMeasures head the objects that "ease" or "relax" yields on: a
// measure one actor imposes on others ("eased restrictions on Rohingya
// refugees", "relaxed the curfew", "eased the blockade of Gaza"), whose
// easing is a concession to those it bound (CAMEO 081). Easing anything
// else - a shortage, pressure on the currency, one's own burden - is
// relief of a condition, yielding to no one.
var easedMeasures = map[string]bool{
	"restriction": true, "restrictions": true, "curb": true, "curbs": true, "control": true, "controls": true,
	"limit": true, "limits": true, "limitation": true, "limitations": true, "rule": true, "rules": true,
	"regulation": true, "regulations": true, "requirement": true, "requirements": true, "measure": true,
	"measures": true, "ban": true, "bans": true, "embargo": true, "sanction": true, "sanctions": true,
	"blockade": true, "siege": true, "curfew": true, "curfews": true, "lockdown": true, "lockdowns": true,
	"closure": true, "closures": true, "crackdown": true, "grip": true, "hold": true, "stance": true,
	"position": true, "demand": true, "demands": true, "condition": true, "conditions": true, "terms": true,
	"law": true, "laws": true, "policy": true, "policies": true, "quota": true, "quotas": true,
	"tariff": true, "tariffs": true, "checks": true, "checkpoints": true, "censorship": true,
	"emergency": true, "penalty": true, "penalties": true, "visa": true, "visas": true,
	"travel": true, "access": true, "movement": true, "procedures": true, "criteria": true,
}

// easedCondition says whether t is the verb "ease" or "relax" (CONCEDE)
// with a noun-phrase object whose head is no imposed measure ("sought to ease a
// severe shortage of foreign currency", "to ease pressure on the naira").
// An object-less use ("restrictions were eased") is left to the pattern.
func easedCondition(toks []tok, t *trigger) bool {
	if t.nominal || t.p.Type != "CONCEDE" || len(t.p.Words) != 1 || t.p.Words[0] != "ease" && t.p.Words[0] != "relax" {
		return false
	}
	head, q := objectHead(toks, t.j, nil)
	// "to ease tensions with Ghana": tension between two parties eased
	// is a step towards the other, left to the pattern; tension at home
	// ("ease tensions in the city") is a condition like any other.
	if (head == "tension" || head == "tensions") && q < len(toks) && (toks[q].low == "with" || toks[q].low == "between") {
		return false
	}
	return head != "" && !easedMeasures[head]
}

// gatherings head the objects whose suspension stops people assembling:
// rallies, demonstrations, marches, public meetings.
var gatherings = map[string]bool{
	"rally": true, "rallies": true, "demonstration": true, "demonstrations": true, "protest": true,
	"protests": true, "march": true, "marches": true, "gathering": true, "gatherings": true, "sit-in": true,
	"sit-ins": true, "assembly": true, "assemblies": true,
}

// ownGatheringSectors are the sectors whose members hold rallies and
// protests themselves: their suspending one calls it off (the sectors the
// "suspend * protest" patterns take).
const ownGatheringSectors = "labour|protester|civilian|opposition|party|education|health|agriculture|business|media|religion|environment|refugee|ngo"

// suspendedGatherings says whether trigger t suspends, halts or bans
// gatherings: the verb's object ("suspended all rallies") or the noun's
// "of" phrase ("the suspension of all rallies") is headed by one.
func suspendedGatherings(toks []tok, t *trigger) bool {
	w := toks[t.head].low
	j := t.j
	switch {
	case !t.nominal && (w == "suspend" || w == "suspends" || w == "suspended" || w == "suspending"):
	case t.nominal && (w == "suspension" || w == "suspensions") && j < len(toks) && toks[j].low == "of":
		j++
	default:
		return false
	}
	// The tagger may read "rallies" or "protests" after "all" as a
	// verb, so the words before the noun are skipped by what they are,
	// not by their tags: "all", "its", "the planned", "public".
	for q := j; q < len(toks) && q < j+4; q++ {
		l := toks[q].low
		if gatherings[l] {
			return true
		}
		if !(determiners[l] || quantityWord(l) || modifierWord(toks[q]) || l == "all" || l == "future" || l == "planned" || l == "public" || l == "political" || l == "opposition") {
			return false
		}
	}
	return false
}

// needVerbs are the forms of verbs that say something is wanted, not had:
// what their object names has not been given.
var needVerbs = map[string]bool{"need": true, "needs": true, "needed": true, "needing": true,
	"require": true, "requires": true, "required": true, "requiring": true,
	"lack": true, "lacks": true, "lacked": true, "lacking": true}

// neededAid says whether the aid noun at i is the object of a verb of
// needing ("still needed food aid", "require urgent humanitarian
// assistance") or follows "in need of": only modifiers of the noun
// ("food", "urgent", "more") stand between.
func neededAid(toks []tok, i int) bool {
	for q := i - 1; q >= 0 && q >= i-5; q-- {
		l := toks[q].low
		if needVerbs[l] {
			return true
		}
		if l == "of" && q >= 2 && toks[q-1].low == "need" && toks[q-2].low == "in" {
			return true
		}
		if isPunct(l) || finiteVerb(toks[q]) {
			return false
		}
		switch {
		case strings.HasPrefix(toks[q].pos, "JJ"), strings.HasPrefix(toks[q].pos, "NN"), toks[q].pos == "CD", toks[q].pos == "DT", toks[q].pos == "RB", toks[q].pos == "PRP$":
		default:
			return false
		}
	}
	return false
}
