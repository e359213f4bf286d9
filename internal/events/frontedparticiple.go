package events

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
)

// A participle clause that opens a sentence has no subject of its own:
// it shares the main clause's, named right after the comma that closes it.
// "Having met his counterpart, Macron announced new aid": Macron met;
// "Congratulating the new president, the French leader promised close
// ties": the French leader congratulated; "Backed by Russia, the rebels
// attacked ...": the rebels are the ones backed.

// frontedOpeners may stand before the participle of a fronted clause
// ("Having met", "After meeting", "While visiting").
var frontedOpeners = map[string]bool{"having": true, "after": true, "before": true, "while": true, "upon": true,
	"on": true, "since": true, "when": true, "by": true}

// frontedClauseEnd returns the index of the comma that closes a participle
// clause opening the sentence with the trigger t as its verb, or -1. The
// clause holds no finite verb, and a word other than a verb follows the
// comma (the main clause's subject).
func frontedClauseEnd(toks []tok, t *trigger) int {
	if t.nominal || len(toks) == 0 {
		return -1
	}
	start := 0
	if frontedOpeners[toks[0].low] {
		start = 1
	} else if joinedParticipleBefore(toks, t.i) {
		// "Armed and trained by Iran, the militia ...": the second of
		// two joined participles opening the sentence shares the
		// clause, and its subject, with the first.
		start = t.i
	}
	if t.i != start || t.i >= len(toks) {
		return -1
	}
	w := toks[t.i]
	ing := strings.HasSuffix(w.low, "ing") && (w.pos == "VBG" || w.pos == "")
	// "Backed by Russia", "Accused of fraud": a past participle opening
	// the sentence; after "having" the participle is active.
	ed := (w.pos == "VBN" || w.pos == "VBD") && (strings.HasSuffix(w.low, "ed") || irregularParticiple[w.low])
	if !ing && !ed {
		return -1
	}
	if ed && start == 1 && toks[0].low != "having" {
		return -1
	}
	for k := t.j; k < len(toks) && k < t.j+20; k++ {
		l := toks[k].low
		if l == "," {
			if k+1 >= len(toks) || strings.HasPrefix(toks[k+1].pos, "VB") || toks[k+1].pos == "MD" {
				return -1
			}
			return k
		}
		if isPunct(l) && l != "-" || finiteVerb(toks[k]) && toks[k].pos != "VBD" || subordinators[l] || l == "that" {
			return -1
		}
	}
	return -1
}

// frontedSubject returns the main clause's subject that a fronted
// participle clause ending at comma shares: the actor right after the
// comma, followed by a verb of the main clause (past an apposition or
// adverbs).
func frontedSubject(toks []tok, ms []mention, comma int) (group, bool) {
	mi := mentionAt(toks, ms, comma+1, 2)
	if mi < 0 {
		return nil, false
	}
	g := groupAt(toks, ms, mi)
	end := g[len(g)-1].j
	for k := end; k < len(toks) && k < end+12; k++ {
		if finiteVerb(toks[k]) || toks[k].pos == "VBN" {
			return g, true
		}
		if toks[k].low == "," || adverbs[toks[k].low] || overlapsAny(ms, k) || isCap(toks[k].text) || determiners[toks[k].low] ||
			toks[k].pos == "NN" || toks[k].pos == "NNS" || toks[k].pos == "JJ" || toks[k].low == "of" {
			continue
		}
		return nil, false
	}
	return nil, false
}

// otherThanSubject returns tgt with the actors of the subject g dropped: a
// fronted clause's object taken for its subject ("Having met his
// counterpart, Macron ...": the counterpart resolved to Macron himself,
// "Condemning the coup, the African Union ...": the union found as the
// object) is not acted on by it. A role word so taken stays as the
// unknown holder of that office, of no country.
func otherThanSubject(tgt, g group) group {
	var out group
	for _, m := range tgt {
		if !inGroup(g, m) {
			out = append(out, m)
			continue
		}
		if m.kind == kb.TypeRole {
			out = append(out, mention{i: m.i, j: m.j, text: m.text, sector: m.sector, kind: m.kind})
		}
	}
	return out
}

// joinedParticipleBefore says whether the sentence opens with a past
// participle and "and" or "or" right before the word at i, whose agent
// follows it ("Armed and trained by Iran", "Funded or equipped by
// Moscow"). Without the agent ("Arrested and charged in Lagos, the
// activist ...") the clause is left as it was read.
func joinedParticipleBefore(toks []tok, i int) bool {
	if i != 2 || len(toks) < 4 || toks[1].low != "and" && toks[1].low != "or" || toks[3].low != "by" {
		return false
	}
	w := toks[0]
	return (w.pos == "VBN" || w.pos == "VBD") && (strings.HasSuffix(w.low, "ed") || irregularParticiple[w.low])
}
