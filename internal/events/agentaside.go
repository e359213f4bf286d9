package events

import "strings"

// agentAside says whether the tokens between the commas at open and close
// are a reduced relative with its agent set off after a noun ("Talks,
// hosted by Cuba and Norway, had resumed", "The negotiations, brokered by
// Qatar, resumed"): the participle and its "by" phrase describe the noun,
// and the agents are the participle's, not the subject of the verb after
// the closing comma. A host or broker of talks is no party to them.
func agentAside(toks []tok, open, close int) bool {
	if open < 1 || close-open < 4 || close-open > 12 {
		return false
	}
	before := toks[open-1]
	if !strings.HasPrefix(before.pos, "NN") && !isCap(before.text) {
		return false
	}
	p := toks[open+1]
	if !(p.pos == "VBN" || p.pos == "VBD" || p.pos == "" && strings.HasSuffix(p.low, "ed")) || toks[open+2].low != "by" {
		return false
	}
	for q := open + 3; q < close; q++ {
		switch toks[q].low {
		case "who", "whom", "whose", "which", "that", "when", "where", "while", "because", "as", "if":
			return false
		}
		if finiteVerb(toks[q]) {
			return false
		}
	}
	return true
}
