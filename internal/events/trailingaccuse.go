package events

import (
	"slices"
	"strings"
)

// trailingAccuseCodes are the verbs of accusing or complaining that may
// close a sentence after the clause they report, as "said" does: "Croatia
// is failing its refugees, a rights group protested." Said so, the verb
// is speech, a complaint (CAMEO 114) or an accusation (112) of the
// clause's subject, never a street protest.
var trailingAccuseCodes = map[string]string{
	"charged": "112", "charges": "112", "alleged": "112", "alleges": "112",
	"complained": "114", "complains": "114", "protested": "114", "protests": "114",
}

// trailingAccusation reads a verb of accusing that closes the sentence
// after a comma and its speaker ("Beijing is bullying its neighbours,
// Manila complained on Monday"; "..., charged Amnesty International"):
// the speaker accuses the subject of the clause before the comma, the
// clause standing where the verb's object would. It returns the roles
// (source: the speaker, none when no actor is named for it; target: the
// clause's subject) and the pattern to code the verb with, or a nil
// pattern when t is no such verb. The clause must open the sentence with
// an actor and a finite verb of its own: "After the vote, the opposition
// protested" reports no clause, and a protest there is a street protest.
// Whether the accusation is the sentence's main event is left as it was:
// after a clause that tells an act of its own ("Agents abused migrants, a
// rights group charged") that act is.
func trailingAccusation(toks []tok, ms []mention, t *trigger) (*[2]group, *Pattern) {
	if t.nominal || t.passive || t.j != t.i+1 || t.p == nil {
		return nil, nil
	}
	code, ok := trailingAccuseCodes[toks[t.i].low]
	if !ok {
		return nil, nil
	}
	comma, speakerLo, speakerHi := -1, 0, 0
	if end := accuseClosing(toks, t.i); end >= 0 {
		// "..., the foreign ministry charged (on Monday)."
		for q := t.i - 1; q >= 0 && q >= t.i-7; q-- {
			l := toks[q].low
			if l == "," {
				comma = q
				break
			}
			if isPunct(toks[q].text) && l != "'s" && !closingQuote(l) || subordinators[l] || l == "as" || verbLike(toks[q]) || l == "and" || l == "but" {
				return nil, nil
			}
		}
		speakerLo, speakerHi = comma+1, t.i
	} else if t.i > 0 && toks[t.i-1].low == "," {
		// "..., charged Amnesty International (on Monday)."
		comma = t.i - 1
		speakerLo, speakerHi = t.j, len(toks)
		for q := t.j; q < len(toks); q++ {
			if isPunct(toks[q].text) && toks[q].low != "'s" && toks[q].low != "." || verbLike(toks[q]) {
				return nil, nil
			}
		}
		if !slices.ContainsFunc(ms, func(m mention) bool { return m.i == t.j || m.i > t.j && allDeterminers(toks[t.j:m.i]) }) {
			return nil, nil
		}
	}
	if comma < 3 {
		return nil, nil
	}
	// A quotation closed before the comma or after it is the same clause.
	reported := comma
	if reported > 0 && closingQuote(toks[reported-1].low) {
		reported--
	}
	start := 0
	if closingQuote(toks[0].low) {
		start = 1
	}
	subj := -1
	for x, m := range ms {
		if m.i >= start && m.i <= start+3 && m.j < reported && usable(m) && hasReal(group{m}) && allDeterminers(toks[start:m.i]) {
			subj = x
			break
		}
	}
	if subj < 0 {
		return nil, nil
	}
	tgt := groupAt(toks, ms, subj)
	last := tgt[len(tgt)-1].j
	if last >= reported {
		return nil, nil
	}
	// The subject's own verb, right after it (common nouns of its phrase
	// or a place it is in between): "Chinese ships are harassing ...",
	// "Beijing has done ...", "Police in the capital have beaten ...".
	verb := false
	for q := last; q < reported && q <= last+5; q++ {
		if finiteVerb(toks[q]) {
			verb = true
			break
		}
		inName := slices.ContainsFunc(ms, func(m mention) bool { return m.i <= q && q < m.j })
		if isPunct(toks[q].text) && toks[q].low != "'s" || !headNoun(toks[q]) && !inName && !locPreps[toks[q].low] && toks[q].low != "of" && !determiners[toks[q].low] {
			break
		}
	}
	if !verb {
		return nil, nil
	}
	// Nothing else speaks inside the clause ("X said Y failed, Z charged")
	// and no second clause with a subject of its own is joined to it.
	for q := last; q < reported; q++ {
		l := toks[q].low
		if reportWords[l] || l == ";" || l == ":" || trailingAccuseCodes[l] != "" {
			return nil, nil
		}
	}
	var src group
	for x := len(ms) - 1; x >= 0; x-- {
		if m := ms[x]; m.i >= speakerLo && m.j <= speakerHi && usable(m) {
			src = groupAt(toks, ms, x)
			break
		}
	}
	if sameGroup(src, tgt) {
		return nil, nil
	}
	p := *t.p
	p.Type, p.CAMEO, p.Mode, p.Context = "ACCUSE", code, "", nil
	// The verb as said, not its pattern's first word: a spoken protest is
	// no street protest to be recoded by who made it (see codeTrigger).
	p.Words = []string{toks[t.i].low}
	p.Prep, p.IntransType, p.IntransCAMEO = "", "", ""
	return &[2]group{src, tgt}, &p
}

// accuseClosing returns where a verb at k that closes the sentence ends,
// as closingEnd does, letting "here" and an "in a statement" phrase
// follow it ("protested here Wednesday", "charged in a statement"); -1
// when it closes nothing.
func accuseClosing(toks []tok, k int) int {
	if k+1 < len(toks) && toks[k+1].low == "here" {
		k++
	}
	if k+3 < len(toks) && toks[k+1].low == "in" && determiners[toks[k+2].low] && (toks[k+3].low == "statement" || toks[k+3].low == "report") {
		k += 3
	}
	return closingEnd(toks, k)
}

// closingQuote says whether w closes (or opens) a quotation.
func closingQuote(w string) bool {
	return w == "\"" || w == "\u201d" || w == "\u201c" || w == "''" || w == "``" || w == "'"
}

// allDeterminers says whether every token is a determiner or an
// adjective of the noun phrase a mention heads ("The", "the new").
func allDeterminers(ts []tok) bool {
	for _, x := range ts {
		if !determiners[x.low] && !strings.HasPrefix(x.pos, "JJ") {
			return false
		}
	}
	return true
}

// closingAccuser says whether m is the speaker of a verb of accusing that
// closes the sentence after trigger t ("Police have tortured detainees,
// Amnesty charged."; "..., charged Amnesty International."), as
// closingSpeaker does for "said": the speaker only tells of the act and
// is never the one it was done to.
func closingAccuser(toks []tok, m mention, t *trigger) bool {
	if m.i <= t.j {
		return false
	}
	for k := t.j; k < len(toks); k++ {
		if trailingAccuseCodes[toks[k].low] == "" {
			continue
		}
		if m.i > k {
			// "..., charged Amnesty International (on Monday).": the verb
			// right after the comma, the speaker right after the verb
			// and closing the sentence.
			return toks[k-1].low == "," && allDeterminers(toks[k+1:m.i]) && closingEnd(toks, m.j-1) >= 0
		}
		if accuseClosing(toks, k) < 0 {
			continue
		}
		// "..., Amnesty (International) charged": a comma, then nothing
		// but the speaker's own determiners and modifiers.
		for q := m.j; q < k; q++ {
			if !headNoun(toks[q]) && !isCap(toks[q].text) {
				return false
			}
		}
		return commaOpensSpeaker(toks, m, t)
	}
	return false
}
