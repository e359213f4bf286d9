package events

// allegationVerbs open a clause that is one side's account of another's
// act: "the opposition alleged that police fired tear gas", "villagers
// claimed that troops shelled the market".
var allegationVerbs = map[string]bool{"allege": true, "alleges": true, "alleged": true, "alleging": true,
	"claim": true, "claims": true, "claimed": true, "claiming": true}

// allegedAct says whether verb trigger t is the act told inside the
// complement of an allegation verb. The sentence reports the allegation
// (coded as its own ACCUSE where the accused is named); the act alleged is
// unconfirmed, so the coder keeps it as it keeps a background event: below
// the main-clause confidence, with the accuser as its attribution. A plain
// report ("said that police fired") is the reporter's account of what
// happened and stays a main-clause event; so does an act the report verb
// follows ("Police fired tear gas, the opposition alleged"), which the
// sentence tells first.
//
// The allegation verb must open the trigger's clause: "that" after it, or
// the clause's subject with no other verb before the trigger ("alleged
// police had fired"); an adjective ("his alleged part in atrocities ...
// and will resign") is none. "claimed responsibility for the attack" has no
// clause, and "claimed to have shot down" is a claim about the subject's
// own act: neither is matched here.
func allegedAct(toks []tok, t *trigger) bool {
	if t.nominal {
		return false
	}
	for k := t.i - 1; k >= 0 && k >= t.i-12; k-- {
		l := toks[k].low
		if allegationVerbs[l] {
			// "his alleged part in atrocities", "the alleged plot": the
			// adjective tells no one's allegation.
			if k > 0 && determiners[toks[k-1].low] || toks[k].pos == "JJ" {
				return false
			}
			if k+1 < len(toks) && toks[k+1].low == "that" {
				return true
			}
			// No "that": the words up to the trigger are its subject
			// (and auxiliaries), with no verb of their own. "claimed to
			// have shot down 20 drones" is the subject's account of its
			// own act, told as "said it shot down": no allegation.
			if k+1 < len(toks) && toks[k+1].low == "to" {
				return false
			}
			for q := k + 1; q < t.i; q++ {
				if finiteVerb(toks[q]) && !clauseAux[toks[q].low] && !isCap(toks[q].text) || isPunct(toks[q].low) || toks[q].low == "and" || toks[q].low == "or" {
					return false
				}
			}
			return k+1 < t.i
		}
		if l == "that" {
			continue
		}
		if l == ";" || l == ":" || l == "(" || l == "\"" || l == "\u201c" || subordinators[l] || l == "but" {
			return false
		}
	}
	return false
}
