package events

// askedQuestion says whether a bare "ask" at t puts a question rather
// than an appeal: a question word after the verb and the one asked
// ("asked reporters whether the ban would be extended", "asked why the
// border was closed"), or the verb closing its clause as the tag of a
// quoted question ("'Why should we pay?' the prime minister asked",
// "Malaska asked, 'Could it live there?'"). A question asks no actor to
// act (CAMEO 020 is an appeal for an act or for aid); "asked Poland to
// extradite" and "asked the IMF for a loan" still code. "if" is left
// out: "asked the court if it could delay the hearing" is a request.
func askedQuestion(toks []tok, t *trigger) bool {
	if t.nominal || t.passive || len(t.p.Words) != 1 || t.p.Words[0] != "ask" {
		return false
	}
	// "did so, as Washington asked": the verb closes a clause that
	// refers to a request made before.
	if t.head > 0 && toks[t.head-1].low == "as" {
		return false
	}
	k := t.head + 1
	// "Aderholt asked again.": an adverb after the tag is still the tag.
	for k < len(toks) && (toks[k].pos == "RB" || adverbs[toks[k].low]) && toks[k].low != "not" {
		k++
	}
	if k >= len(toks) {
		return true
	}
	if l := toks[k].low; l == "." || l == "," || l == ":" || l == "?" || l == "!" || quoteMark(toks[k].text) {
		return true
	}
	for n := 0; k < len(toks) && n < 6; k, n = k+1, n+1 {
		l := toks[k].low
		if questionWords[l] {
			return true
		}
		if l == "to" || l == "for" || l == "that" || isPunct(toks[k].text) || finiteVerb(toks[k]) {
			return false
		}
	}
	return false
}

// questionWords open an indirect question after "ask".
var questionWords = map[string]bool{"whether": true, "why": true, "how": true, "what": true, "when": true,
	"where": true, "who": true, "which": true}
