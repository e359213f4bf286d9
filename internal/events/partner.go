package events

import "strings"

// partnered says whether the other side of trigger t's event is a partner
// acting with its source rather than a target acted on: coordinated
// subjects of a reciprocal phrase ("the United States and South Korea will
// hold joint drills", "U.S.-South Korea drills"), which the coder makes
// each other's targets, or the object of "with" ("Russia held drills with
// Belarus"). "China held drills around Taiwan" aims at Taiwan: no partner.
func partnered(toks []tok, t *trigger, src, tgt group) bool {
	if len(src) == 0 || len(tgt) == 0 || !hasReal(src) || !hasReal(tgt) {
		return false
	}
	if len(src) > 1 && sameGroup(src, tgt) {
		return true
	}
	for _, m := range tgt {
		if m.i < 0 || m.i < t.j {
			return false
		}
		if prepBefore(toks, m.i) != "with" {
			return false
		}
	}
	return true
}

// partnerSides makes partners both sides of a joint act: cooperation is
// mutual (PLOVER COOPERATE "Initiate, resume, improve, or expand mutual
// material cooperation"), so "Russia held drills with Belarus" is each
// one's act with the other, as "Russia and Belarus held drills" is.
func partnerSides(src, tgt group) (group, group) {
	if len(src) == 1 && len(tgt) == 1 && src[0].key() != tgt[0].key() {
		both := group{src[0], tgt[0]}
		return both, both
	}
	return src, tgt
}

// jointAccordTypes are the types of a reciprocal act (see Pattern.Recip)
// whose coordinated subjects make it with each other when promised:
// meeting, signing, agreeing, cooperating. Fighting one another ("exchange
// fire") is no joint promise.
var jointAccordTypes = map[string]bool{"CONSULT": true, "SUPPORT": true, "AGREE": true, "COOPERATE": true}

// absoluteWithSpan bounds the noun phrase of an absolute "with" clause
// ("with the two foreign ministers of the bloc urging ...", "with Prime
// Minister Sanae Takaichi and Premier Li Qiang discussing ...": two
// titled names coordinated are one subject).
const absoluteWithSpan = 12

// absoluteWith says whether toks[i] is a "with" that opens an absolute
// clause, a noun phrase followed by its participle ("with Ishiba pressing
// for relief", "with officials saying ..."): the noun is the participle's
// subject, a circumstance of the main clause, not whom its act was with.
// The participle must follow a noun: "with growing concern" has no subject
// of its own. Coordinated nouns ("with Prime Minister Sanae Takaichi and
// Premier Li Qiang discussing trade") are one plural subject: the
// participants' representatives, named for what they did, not partners.
func absoluteWith(toks []tok, i int) bool {
	if i >= len(toks) || toks[i].low != "with" {
		return false
	}
	noun := false
	for k := i + 1; k < len(toks) && k <= i+absoluteWithSpan; k++ {
		p := toks[k].pos
		switch {
		case p == "VBG" && noun:
			return true
		case strings.HasPrefix(p, "NN") || p == "PRP":
			noun = true
		case p == "DT" || p == "JJ" || p == "CD" || p == "POS" || p == "PRP$" || p == "IN" && toks[k].low == "of":
		case noun && (toks[k].low == "in" || toks[k].low == "at") && k+1 < len(toks) && isCap(toks[k+1].text):
			// A mission's or office's seat belongs to its noun: "with the
			// U.S. embassy in Juba calling it a setback".
		case noun && (toks[k].low == "and" || toks[k].low == ","):
			// A coordinated subject goes on to its next noun; a
			// participle straight after "and" is a second verb.
			noun = false
		default:
			return false
		}
	}
	return false
}
