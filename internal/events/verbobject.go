package events

import "strings"

// What a verb's object, or its lack of one, says about the act: an "ease"
// with nothing eased, a "block" of a way.

// easedItself says whether "ease" or "relax" at trigger t has no object,
// so its subject is what eases ("Tensions between India and China eased
// on Friday", "the weather should ease by Thursday"): nobody eased a
// restriction (CONCEDE 081 needs one eased).
func easedItself(toks []tok, p *Pattern, t *trigger) bool {
	if t.nominal || t.passive || len(p.Words) != 1 || (p.Words[0] != "ease" && p.Words[0] != "relax") {
		return false
	}
	return !directObject(toks, t.j)
}

// wayNouns are ways a state can close to movement: crossings, roads,
// ports, straits.
var wayNouns = map[string]bool{"crossing": true, "crossings": true, "border": true, "borders": true,
	"road": true, "roads": true, "highway": true, "highways": true, "port": true, "ports": true,
	"access": true, "route": true, "routes": true, "passage": true, "entry": true, "strait": true,
	"corridor": true, "corridors": true, "convoy": true, "convoys": true, "bridge": true, "pass": true}

// blockedWay says whether the object of the verb at t, within its first
// five words, is a way (wayNouns): "blocked the Rafah crossing",
// "blocked access to the camp".
func blockedWay(toks []tok, t *trigger) bool {
	for k := t.j; k < len(toks) && k < t.j+5; k++ {
		if wayNouns[toks[k].low] {
			return true
		}
		if isPunct(toks[k].text) || toks[k].low == "to" && k > t.j {
			return false
		}
	}
	return false
}

// resumedStrife are event nouns whose own coming back "resumed" tells:
// "Fighting between the army and the RSF resumed", "Clashes resumed on
// Monday", "Protests resumed in Tbilisi".
var resumedStrife = map[string]bool{"fighting": true, "clashes": true, "hostilities": true, "violence": true,
	"shelling": true, "attacks": true, "airstrikes": true, "strikes": true, "bombardment": true,
	"bombing": true, "bombings": true, "war": true, "protests": true, "demonstrations": true, "rallies": true,
	"unrest": true, "gunfire": true}

// strifeResumed says whether "resume" at trigger t has no object and a
// subject naming strife (resumedStrife): the fighting coming back, which
// its own noun codes, is no cooperation resumed (COOPERATE 060) between
// its sides.
func strifeResumed(toks []tok, p *Pattern, t *trigger) bool {
	if t.nominal || len(p.Words) != 1 || p.Words[0] != "resume" || directObject(toks, t.j) {
		return false
	}
	k := t.i - 1
	for k >= 0 && (auxiliaries[toks[k].low] || adverbs[toks[k].low] || toks[k].pos == "MD") {
		k--
	}
	for q := k; q >= 0 && q >= k-10; q-- {
		l := toks[q].low
		if resumedStrife[l] {
			return true
		}
		if l == "'s" {
			continue // "Fighting between Sudan's army and ..."
		}
		// A plural noun the tagger reads as a present verb ("border
		// guards/VBZ") ends no subject.
		pluralNoun := (toks[q].pos == "VBZ" || toks[q].pos == "VBP") && strings.HasSuffix(l, "s")
		if isPunct(toks[q].text) || l == "that" || finiteVerb(toks[q]) && !pluralNoun || reportWords[l] {
			return false
		}
	}
	return false
}

// gerundPreps take a gerund whose doer is the main clause's subject:
// "left without meeting", "fired after arresting", "acted by seizing".
var gerundPreps = map[string]bool{"without": true, "after": true, "before": true, "since": true, "while": true,
	"when": true, "upon": true, "by": true}

// dreadVerbs take an act that may come as their object: "fears a Chinese
// invasion", "is bracing for a Russian offensive", "fearing retaliation".
var dreadVerbs = map[string]bool{"fear": true, "fears": true, "feared": true, "fearing": true, "dread": true,
	"dreads": true, "dreaded": true, "dreading": true, "expect": true, "expects": true, "expected": true,
	"expecting": true, "anticipate": true, "anticipates": true, "anticipated": true, "anticipating": true}

// fearedAct says whether the event noun at trigger t is what a verb of
// fearing or expecting takes ("Taiwan fears a Chinese invasion", "bracing
// for a Russian offensive", "fearing retaliation against its carmakers"):
// an act that may come, a supposition, not one that took place. The
// noun's own phrase (determiners, modifiers, a nationality) may stand
// between.
func fearedAct(toks []tok, t *trigger) bool {
	if !t.nominal {
		return false
	}
	k := t.i - 1
	for k >= 0 && k >= t.i-4 && (determiners[toks[k].low] || modifierWord(toks[k]) || isCap(toks[k].text) || toks[k].low == "'s") {
		k--
	}
	if k < 0 {
		return false
	}
	if dreadVerbs[toks[k].low] {
		return true
	}
	// "bracing for", "braced for", "worried about", "fears of"
	if (toks[k].low == "for" || toks[k].low == "about" || toks[k].low == "of") && k >= 1 {
		switch toks[k-1].low {
		case "bracing", "braced", "braces", "brace", "worried", "worries", "worry", "fears", "fear":
			return true
		}
	}
	return false
}
