package events

// manyStatesMembers says whether the role m is of several states named by
// a count or a plural after it ("Delegates from 40 developing countries",
// "envoys of some 30 nations", "representatives from more than a dozen
// states"): people who come from many countries are of no one of them,
// least of all of the country the story was filed from or the one country
// the sentence names (the venue of the talks they walked out of). The
// plural head alone tells several; a count, a hedge ("some", "more than")
// and lower-case adjectives ("developing", "poor") may stand before it. A
// single state ("Delegates from the host country") is not matched.
func manyStatesMembers(toks []tok, m mention) bool {
	if m.kind != "role" || m.j+1 >= len(toks) {
		return false
	}
	if p := toks[m.j].low; p != "from" && p != "of" {
		return false
	}
	for q := m.j + 1; q < len(toks) && q <= m.j+7; q++ {
		t := toks[q]
		switch {
		case manyStatesHeads[t.low]:
			return true
		case t.pos == "CD" || manyStatesHedges[t.low]:
		case (t.pos == "JJ" || t.pos == "VBG" || t.pos == "VBN" || t.low == "member") && !isCap(t.text):
		default:
			return false
		}
	}
	return false
}

// manyStatesHeads are the plurals that count states.
var manyStatesHeads = wordSet("countries nations states governments economies")

// manyStatesHedges may stand before the count of states: "some 30", "more
// than 40", "about a dozen", "dozens of".
var manyStatesHedges = wordSet("some about around nearly almost over more than at least a dozen dozens of the other several many")
