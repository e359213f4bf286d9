package events

import "strings"

// meetingIngNoun says whether a meeting word ending in -ing at i heads a
// noun phrase opened by an article or a possessive, after a name or an
// acronym that modifies it: "walked out of the WTO meeting on Monday",
// "boycotted the Doha gathering". The tagger may read it as a verb, which
// made the organisation meet the subject; an acronym or a single name
// after "the" is no subject of a participle here. A phrase with an object
// after the word ("the EU meeting the demands") is left to the tagger.
func meetingIngNoun(toks []tok, i int) bool {
	l := toks[i].low
	if !strings.HasSuffix(l, "ing") || !meetingNouns[l] || i < 2 {
		return false
	}
	m := toks[i-1]
	if !acronym(m.text) && !(m.pos == "NNP" && isCap(m.text)) && m.pos != "NN" {
		return false
	}
	q := i - 2
	for q >= 0 && q >= i-4 && (toks[q].pos == "JJ" || toks[q].pos == "CD" || toks[q].pos == "NNP" || acronym(toks[q].text)) {
		q--
	}
	if q < 0 {
		return false
	}
	switch toks[q].low {
	case "the", "a", "an", "its", "their", "his", "her", "our", "'s", "this":
	default:
		return false
	}
	if i+1 < len(toks) {
		n := toks[i+1]
		if determiners[n.low] || n.pos == "PRP" || n.pos == "PRP$" || n.pos == "NNP" || n.pos == "NNPS" || n.pos == "CD" {
			return false
		}
	}
	return true
}
