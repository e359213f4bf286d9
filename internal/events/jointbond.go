package events

// bondNouns are the relations two parties hold with each other: an
// alliance, ties, a partnership, trade between them.
var bondNouns = map[string]bool{
	"alliance": true, "ties": true, "relations": true, "relationship": true, "partnership": true,
	"cooperation": true, "friendship": true, "links": true, "bonds": true, "dialogue": true,
	"coordination": true, "trade": true,
}

// truceNouns are the pauses in fighting two sides hold with each other.
var truceNouns = map[string]bool{"ceasefire": true, "truce": true, "armistice": true}

// bondMarkers say the relation is the subjects' own with each other:
// "their alliance", "bilateral trade", "mutual trust".
var bondMarkers = map[string]bool{"their": true, "bilateral": true, "mutual": true}

// jointBond says whether the to-complement of intent trigger t works on
// a relation the coordinated subjects hold with each other ("pledged to
// deepen their alliance", "vowed to expand bilateral trade", "promised
// to strengthen their economic ties"): such a pledge, like "agreed to"
// one, is each party's promise to the other. The relation must end its
// noun phrase and name no third party ("their ties with India" is
// with India), and a relation not marked as theirs ("pledged to boost
// trade") may be with anyone.
func jointBond(toks []tok, t *trigger) bool {
	// "pledged on Friday to deepen": a day between verb and complement
	// is skipped whole.
	q := pastDayAdjunct(toks, t.j)
	if q >= len(toks) || toks[q].low != "to" {
		return false
	}
	marked := false
	for n := 0; q+1 < len(toks) && n < 7; n++ {
		q++
		l := toks[q].low
		if isPunct(l) || l == "with" || l == "against" || l == "between" {
			return false
		}
		if bondMarkers[l] {
			marked = true
			continue
		}
		// "both sides pledged to respect the ceasefire": a truce is
		// held between the sides that vow to keep it, "the" one as much
		// as "their" one; one placed or brokered elsewhere ("the truce in
		// Sudan") is not told as theirs.
		if truceNouns[l] && (marked || toks[q-1].low == "the") {
			return q+1 >= len(toks) || isPunct(toks[q+1].low)
		}
		if marked && bondNouns[l] {
			if q+1 < len(toks) {
				next := toks[q+1]
				if len(next.pos) >= 2 && next.pos[:2] == "NN" {
					continue
				}
				if next.low == "with" || next.low == "to" || next.low == "against" {
					return false
				}
			}
			return true
		}
	}
	return false
}
