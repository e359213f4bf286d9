package nlp

import "strings"

// particleSurnames makes a person of a family name with a particle, in the
// form a person named in full in the document ends with, wherever the
// tagger broke or missed it: "Jaime Grajales de la Cruz ... de la Cruz
// told the radio" (the tagger, reading lower-case "de la" after a closing
// quote, tags "Cruz" alone), "Bernardo Arévalo de León ... Arévalo de León
// said" (tagged "Arévalo de" and "León"), "Ana dos Santos ... said dos
// Santos". A family name so cut loses its particle ("Cruz", "León"), and a
// quote after it its speaker.
//
// The forms are the tails of a full name that begin at a lower-case
// particle ("de la Cruz") or at the capitalised word before one
// ("Arévalo de León"), the longer taken first. A form is marked only
// where no span runs across its ends and it does not follow a name it
// would continue; the spans inside it, whatever the tagger called them
// ("Arévalo de" a MISC, "la" an ORG), give way to the person. Its first
// particle may be capitalised at the start of a sentence or after a
// quotation mark ("De la Cruz said").
func particleSurnames(sents, tags [][]string) {
	var forms [][]string
	seen := map[string]bool{}
	add := func(f []string) {
		k := strings.ToLower(strings.Join(f, " "))
		if !seen[k] {
			seen[k] = true
			forms = append(forms, f)
		}
	}
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			if typ != "PER" || j-i < 3 || !capitalised(ws[j-1]) {
				return
			}
			for k := i + 1; k < j-1; k++ {
				if !lowerWord(ws[k]) || !nameParticles[ws[k]] || !capitalised(ws[k-1]) {
					continue
				}
				if k-1 > i {
					add(ws[k-1 : j])
				}
				add(ws[k:j])
				return
			}
		})
	}
	if len(forms) == 0 {
		return
	}
	// Longer forms first: "Arévalo de León" before "de León".
	for a := 1; a < len(forms); a++ {
		for b := a; b > 0 && len(forms[b]) > len(forms[b-1]); b-- {
			forms[b], forms[b-1] = forms[b-1], forms[b]
		}
	}
	for si, ws := range sents {
		ts := tags[si]
		for i := 0; i < len(ws); i++ {
			for _, f := range forms {
				if e, ok := particleFormAt(ws, ts, i, f); ok {
					setSpan(ts, i, e, "PER")
					i = e - 1
					break
				}
			}
		}
	}
}

// particleFormAt reports whether the form f of a family name stands at
// word i, where particleSurnames may mark it, and returns its end.
func particleFormAt(ws, ts []string, i int, f []string) (int, bool) {
	e := i + len(f)
	if e > len(ws) {
		return 0, false
	}
	for k, w := range f {
		got := ws[i+k]
		if got != w && !(k == 0 && lowerWord(w) && strings.EqualFold(got, w) && (i == 0 || isQuoteOrPunct(ws[i-1]))) {
			return 0, false
		}
	}
	// Already one person's span, or inside a longer name.
	if typ, end, ok := spanAt(ts, i); ok && typ == "PER" && end == e {
		return 0, false
	}
	if strings.HasPrefix(ts[i], "I-") {
		return 0, false
	}
	if e < len(ts) && strings.HasPrefix(ts[e], "I-") {
		return 0, false
	}
	if i > 0 && capitalised(ws[i-1]) && !isQuoteOrPunct(ws[i-1]) && ts[i-1] != "O" {
		return 0, false
	}
	return e, true
}

// isQuoteOrPunct reports whether w is a quotation mark or a punctuation
// token: what a sentence-initial name may follow.
func isQuoteOrPunct(w string) bool {
	for _, r := range w {
		if strings.ContainsRune(`"'“”‘’«»,.;:!?()-–—`, r) {
			continue
		}
		return false
	}
	return w != ""
}
