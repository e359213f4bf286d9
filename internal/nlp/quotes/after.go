package quotes

// quoteNouns are heads of a phrase that points back at the quotation just
// given: `"..." The words came from ...`, `"..." The remark, by ...`.
var quoteNouns = set("words word remark remarks comment comments message warning verdict assessment view views plea promise pledge vow response reply answer sentiment admission assurance threat appeal")

// anaphorDeterminers open a phrase that points back at the quotation.
var anaphorDeterminers = set("the that this those these such")

// cameFrom are verbs after which "from" names where the words came from.
var cameFrom = set("came come comes coming")

// spokenBy are participles after which "by" names who said the words.
var spokenBy = set("made spoken uttered delivered written voiced")

// putIt are the verbs of `That was how the mayor put it`, `That is what
// the minister told reporters`, besides the speech verbs.
var putIt = set("put puts summed sums described describes saw sees")

// sentenceAfter reads a quotation whose speaker the next sentence of its
// paragraph names while pointing back at it: `"..." The words came from
// X`, `"..." That was how X put it`, `"..." So said X`, `"..." The remark,
// by X, drew criticism`. The sentence must open with the pointer: a
// sentence that merely follows the quotation ("The minister arrived on
// Monday") names no speaker. It returns the speaker, the speech verb of
// that sentence or -1, and the sentence's token range, for its conduit.
func (st *state) sentenceAfter(qi int) (party, int, int, int, bool) {
	v := st.v
	q := v.spans[qi]
	si := v.sentenceOf(max(q.Close-1, 0))
	if si < 0 || si+1 >= len(v.sentTok) || si+1 >= len(v.a.Sentences) ||
		v.paragraphOf(v.a.Sentences[si+1].Start) != v.paragraphOf(q.Open) {
		return party{}, -1, 0, 0, false
	}
	// The pointer opens the sentence and its conduit is read from the
	// range returned: the window from its start (the whole sentence, for
	// any sentence the nlp stage splits), as every quotation of a long
	// sentence before it may be attributed this way.
	lo, hi := v.sentenceWindow(si+1, v.sentTok[si+1][0], v.sentTok[si+1][0])
	if hi-lo < 3 || v.toks[lo].quote >= 0 {
		return party{}, -1, 0, 0, false
	}
	first := v.toks[lo].low
	if first == "so" {
		// "So said the mayor."
		if _, n := v.verbAt(lo + 1); n > 0 {
			if s, e := v.npRight(lo+1+n, hi); s < e {
				if c := st.classify(s, e); speaks(c) {
					return st.apposition(c, e, hi), -1, lo, hi, true
				}
			}
		}
		return party{}, -1, 0, 0, false
	}
	if first == "with" && lo+4 < hi && anaphorDeterminers[v.toks[lo+1].low] && v.toks[lo+1].low != "the" &&
		quoteNouns[v.toks[lo+2].low] && v.toks[lo+3].text == "," {
		// "With those words, Turkey's defence minister, Yusuf Demir,
		// ended his speech": the subject of the clause after the
		// pointer said them, whatever its verb (ended, closed, began).
		s, e := v.npRight(lo+4, hi)
		if s >= e || e >= hi {
			return party{}, -1, 0, 0, false
		}
		c := st.apposition(st.classify(s, e), e, hi)
		j := e
		if c.e > e {
			j = c.e + 1 // past the name in apposition and its comma
		} else if v.toks[j].text == "," {
			j = v.afterAside(j, hi)
		}
		if j < 0 || j >= hi || !finiteVerb(v.toks[j]) || !speaks(c) {
			return party{}, -1, 0, 0, false
		}
		return c, -1, lo, hi, true
	}
	if !anaphorDeterminers[first] {
		return party{}, -1, 0, 0, false
	}
	i := lo + 1
	noun := i < hi && quoteNouns[v.toks[i].low]
	if noun {
		i++
	} else if first == "the" || first == "such" {
		return party{}, -1, 0, 0, false // "The minister arrived ...": no pointer
	}
	for k := i; k < hi && k < i+8; k++ {
		t := v.toks[k]
		if t.quote >= 0 || t.text == ";" || t.text == ":" {
			break
		}
		prev := v.toks[k-1].low
		switch t.low {
		case "from", "by", "of":
			// The words came from X; the words of X; the remark, by X;
			// the words were spoken by X. A bare "That" needs the noun
			// ("That was the message from X"): "That was echoed by X"
			// names someone else saying it again.
			ok := quoteNouns[prev] ||
				t.low == "from" && cameFrom[prev] && noun ||
				t.low == "by" && (spokenBy[prev] && noun || prev == "," && k == i+1 && noun)
			if !ok {
				continue
			}
			s, e := v.npRight(k+1, hi)
			if s >= e {
				return party{}, -1, 0, 0, false
			}
			c := st.classify(s, e)
			if !speaks(c) {
				return party{}, -1, 0, 0, false
			}
			return st.apposition(c, e, hi), -1, lo, hi, true
		case "how", "what":
			// That was how X put it; that is what X told reporters.
			if !beForms[prev] {
				return party{}, -1, 0, 0, false
			}
			s, e := v.npRight(k+1, hi)
			if s >= e || e >= hi {
				return party{}, -1, 0, 0, false
			}
			j := e
			if j < hi && v.toks[j].text == "," {
				// "That was how Joseph Mwangi, a farmer in Nakuru,
				// described the season": past the description.
				if j = v.afterAside(j, hi); j < 0 {
					return party{}, -1, 0, 0, false
				}
			}
			for j < hi && (v.toks[j].pos == "RB" || v.toks[j].pos == "MD" || auxiliaries[v.toks[j].low]) {
				j++
			}
			_, n := v.verbAt(j)
			if n == 0 && !(j < hi && putIt[v.toks[j].low]) {
				return party{}, -1, 0, 0, false
			}
			c := st.classify(s, e)
			if !speaks(c) {
				return party{}, -1, 0, 0, false
			}
			verb := -1
			if n > 0 {
				verb = j // "told a meeting of bankers": the verb gives the audience
			}
			return c, verb, lo, hi, true
		}
	}
	return party{}, -1, 0, 0, false
}

// afterAside returns the token after the comma closing a description set
// off by the comma at k (", a farmer in Nakuru,"), or -1 when no such
// comma closes it soon, or a verb comes first.
func (v *view) afterAside(k, hi int) int {
	for j := k + 1; j < hi && j <= k+14; j++ {
		t := v.toks[j]
		if t.quote >= 0 || t.text == ";" || t.text == ":" || finiteVerb(t) {
			return -1
		}
		if t.text == "," {
			if j == k+1 {
				return -1
			}
			return j + 1
		}
	}
	return -1
}
