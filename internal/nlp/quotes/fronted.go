package quotes

// frontedPhraseEnd finds the comma closing a phrase fronted before a
// sentence's main clause, the sentence starting at token lo: a
// participle's ("Having met Narendra Modi in Delhi,") or a preposition's
// with one ("After meeting Joe Biden,", "Before visiting Kyiv,"). It
// returns -1 when the sentence opens otherwise, when a finite verb comes
// before the comma ("After Biden met Starmer, ...": a clause, whose
// subject is one), or when no comma comes before token hi.
func (v *view) frontedPhraseEnd(lo, hi int) int {
	if lo >= hi || lo >= len(v.toks) {
		return -1
	}
	k := lo
	if t := v.toks[k]; t.pos == "IN" && t.low != "that" {
		k++
	}
	if k >= hi || v.toks[k].quote >= 0 {
		return -1
	}
	if t := v.toks[k]; t.pos != "VBG" && t.pos != "VBN" {
		return -1
	}
	for ; k < hi; k++ {
		t := v.toks[k]
		if t.quote >= 0 || t.sent != v.toks[lo].sent {
			return -1
		}
		if t.text == "," {
			return k
		}
		if t.pos == "VBD" || t.pos == "VBZ" || t.pos == "VBP" || t.pos == "MD" {
			return -1
		}
	}
	return -1
}

// titledNameAfter says tokens s..a are only what may stand before a name
// at the head of a clause: a determiner and title words ("Prime Minister
// Keir Starmer", "the French president Emmanuel Macron").
func (v *view) titledNameAfter(s, a int) bool {
	for k := s; k < a; k++ {
		t := v.toks[k]
		if t.quote >= 0 || !(t.pos == "DT" || t.pos == "JJ" || t.pos == "NN" || isProper(t)) {
			return false
		}
	}
	return true
}
