package events

// asClause says whether "as" at q opens a clause (a finite verb before the
// next punctuation: "as the leaders of Ukraine and Hungary sought to ease
// tensions") rather than a predicative complement ("denounced as an ugly
// crime").
func asClause(toks []tok, q int) bool {
	for k := q + 1; k < len(toks) && k < q+12; k++ {
		if isPunct(toks[k].text) && toks[k].text != "-" && toks[k].low != "'s" {
			return false
		}
		if finiteVerb(toks[k]) {
			return true
		}
	}
	return false
}
