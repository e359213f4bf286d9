package events

import "strings"

// rivalActWarning says whether a warning's "that" clause tells what
// another country's side may do ("The Polish president warned that
// Russian troops could cross into Lithuania", "Manila warned that Chinese
// ships might block the shoal"): the subject acts, through a modal and a
// verb of doing (executorSubject), and is of a country other than the
// warner's. The warner forecasts a rival's act; it threatens no one with
// an act of its own. A penalty the subject would undergo ("warned that
// Iran would pay a heavy price") is no act of the subject's and stays a
// threat, as does a clause with a condition, whose party the threat is
// aimed at ("would strike back if attacked": conditionParty), and a
// subject of the warner's own country ("warned that Israeli troops would
// enter Rafah").
func rivalActWarning(toks []tok, t *trigger, src, tgt group) bool {
	if len(src) == 0 || len(tgt) == 0 || src[0].country == "" {
		return false
	}
	for _, m := range tgt {
		if m.kind == "pronoun" || m.country == "" || m.country == src[0].country {
			return false
		}
	}
	if !executorSubject(toks, t, tgt) && !executorSubject(toks, t, group{rivalSubjectHead(toks, tgt[len(tgt)-1])}) {
		return false
	}
	// A condition after the act makes it a threat held over someone:
	// "warned that allied jets would strike if the border were crossed".
	for q := tgt[len(tgt)-1].j; q < len(toks); q++ {
		switch toks[q].low {
		case "if", "unless":
			return false
		case ".", ";":
			return true
		}
	}
	return true
}

// rivalSubjectHead widens m over the lower-case nouns that head the
// phrase it modifies ("Chinese coast guard ships", "Russian attack
// drones"): the modal follows the head, not the name.
func rivalSubjectHead(toks []tok, m mention) mention {
	for q := m.j; q < len(toks) && q < m.j+2; q++ {
		if isCap(toks[q].text) || !strings.HasPrefix(toks[q].pos, "NN") {
			break
		}
		m.j = q + 1
	}
	return m
}
