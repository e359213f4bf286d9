package nlp

// halfWords are the words that name one half of a divided country standing
// alone after "the": "the North", "the South".
var halfWords = wordSet(`North South`)

// pairedHalves tags "the North" or "the South" as a place where the
// document names a place whose name begins with the other or the same
// half's word ("North Korea fired a missile ... the South's military
// said"; "Sudan and South Sudan ... the North accused the South"): news on
// the Koreas and the Sudans writes each state so once one is named, and
// the tagger leaves the bare word untagged as often as not. The word must
// follow "the" and be no longer name's first word ("the South China Sea",
// "the North Atlantic" stay as the tagger read them); whether the half is
// a country is the resolver's to say (its pairedHalf), so "the North" of a
// story that names South Africa is a place of no country.
func pairedHalves(sents, tags [][]string) {
	named := false
	for i, ws := range sents {
		forSpans(tags[i], func(typ string, a, b int) {
			if (typ == "GPE" || typ == "LOC") && b-a == 2 && halfWords[ws[a]] {
				named = true
			}
		})
	}
	if !named {
		return
	}
	for i, ws := range sents {
		ts := tags[i]
		for j := 1; j < len(ws); j++ {
			if !halfWords[ws[j]] || ts[j] != "O" || ws[j-1] != "the" && ws[j-1] != "The" {
				continue
			}
			if j+1 < len(ws) && capitalised(ws[j+1]) && hasAlnum(ws[j+1]) {
				continue // "the North Atlantic": a longer name
			}
			ts[j] = "B-LOC"
		}
	}
}
