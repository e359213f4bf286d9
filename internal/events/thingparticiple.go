package events

import "strings"

// reducedThingParticiple says whether the passive participle of trigger t
// modifies a thing named right before it, as a reduced relative ("passed
// a bill supported by the Socialists", "backed the motion tabled by the
// left and supported by the far right"): what was supported is that
// thing, no actor, and the clause's subject is none of the participle's.
// An actor or a word for people before it ("soldiers captured by") is
// left to the rules for people acted on. Only support: a thing
// condemned, requested or brokered still has a party ("a ceasefire
// requested by Egypt" is asked of the one who rules on it).
func reducedThingParticiple(toks []tok, ms []mention, t *trigger) bool {
	if t.p.Type != "SUPPORT" || t.nominal || t.i < 2 || t.j >= len(toks) || toks[t.j].low != "by" {
		return false
	}
	k := t.i - 1
	// "tabled by the opposition and supported by": the second of two
	// participles on one noun.
	if toks[k].low == "and" {
		q := k - 1
		for q > 1 && q > k-8 && toks[q].low != "by" {
			q--
		}
		if q < 3 || toks[q].low != "by" || !participleTag(toks[q-1]) {
			return false
		}
		k = q - 2
	}
	// "passed a bill on Tuesday supported by": a day adjunct of the main
	// verb may stand between the thing and its participle.
	if k >= 3 && timeNames[toks[k].low] && toks[k-1].low == "on" {
		k -= 2
	} else if k >= 2 && dayWords[toks[k].low] {
		k--
	}
	n := toks[k]
	if n.pos != "NN" && n.pos != "NNS" || n.low != n.text || beForms[n.low] || agentNouns[n.low] || timeNoun(n.low) {
		return false
	}
	for _, m := range ms {
		if m.i <= k && k < m.j {
			return false
		}
	}
	// The noun is a verb's object or a preposition's: a finite verb or a
	// determiner opens its phrase, not a subject the participle ends.
	d := k - 1
	for d >= 0 && (strings.HasPrefix(toks[d].pos, "JJ") || toks[d].pos == "NN") {
		d--
	}
	if d >= 0 && determiners[toks[d].low] {
		return true
	}
	// "passed a bill on pension reform supported by": the noun is the
	// object of a preposition after a thing its determiner opens; what
	// was supported is that thing or the topic, never the subject.
	if d >= 2 && (toks[d].low == "on" || toks[d].low == "of" || toks[d].low == "for" || toks[d].low == "about") && k-d <= 3 {
		h := toks[d-1]
		if (h.pos == "NN" || h.pos == "NNS") && h.low == h.text && !agentNouns[h.low] {
			e := d - 2
			for e >= 0 && (strings.HasPrefix(toks[e].pos, "JJ") || toks[e].pos == "NN") {
				e--
			}
			return e >= 0 && determiners[toks[e].low]
		}
	}
	return false
}

// participleTag says whether a token reads as a past participle.
func participleTag(t tok) bool {
	return t.pos == "VBN" || t.pos == "VBD" || t.pos == "" && strings.HasSuffix(t.low, "ed")
}

// initialParticiple says whether the "-ed" trigger word at i opens the
// sentence straight before an office word, the last word of the phrase
// matched if it is in it ("Ousted president Jean Mbala has been
// accused", "Deposed President Ana Silva fled"): an attributive
// participle with no subject, no act of anyone.
func initialParticiple(toks []tok, i, j int) bool {
	if i != 0 || j > i+2 || i+2 >= len(toks) || !strings.HasSuffix(toks[i].low, "ed") {
		return false
	}
	switch toks[i+1].low {
	case "president", "leader", "prime", "premier", "king", "ruler", "dictator", "regime", "government":
		return true
	}
	return false
}
