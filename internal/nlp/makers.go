package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// personMakers are the nouns before a separate "maker" that make a
// person's title, not a company's trade: "policy maker", "film maker",
// "decision maker", "wine maker" (a vintner as often as a winery).
var personMakers = wordSet(`policy decision film movie law peace king match play rain trouble deal dress home
	merry money noise mischief pace game image wine cheese taste news history record shoe watch clock`)

// makerBefore reports whether the words right before k call what follows
// a company by its product: a kb.ProductMaker word ("drugmaker Biogen",
// "Drugmaker Keller said" opening a sentence), or "maker" after a lower-case product noun, hyphenated or not
// ("e-cigarette maker Juul Labs", "vaccine maker Moderna"), that is not a
// person's trade (personMakers). It returns the first token of the cue.
func makerBefore(ws []string, k int) (int, bool) {
	if k < 1 {
		return 0, false
	}
	w := ws[k-1]
	if kb.ProductMaker(strings.ToLower(w)) {
		return k - 1, true
	}
	if w != "maker" || k < 2 {
		return 0, false
	}
	p := ws[k-2]
	if capitalised(p) || !startsWithLetter(p) || personMakers[p] || functionWords[p] || determinerBeforeMaker[p] {
		return 0, false
	}
	return k - 2, true
}

// determinerBeforeMaker are words that stand before "maker" without being
// its product ("the maker", "its maker").
var determinerBeforeMaker = wordSet(`the a an its their his her our this that biggest largest top leading`)

// maxMakerName bounds the capitalised words taken as the company's name.
const maxMakerName = 5

// makerCompanies makes the capitalised run right after a product maker
// (makerBefore) one organisation, whatever the tagger called its words:
// "e-cigarette maker Juul Labs" is no person "Juul" and "drugmaker Biogen"
// is a company. A run that is a place or an organisation already, or that
// opens with a given name after a two-word cue ("cheese maker Anna Rossi",
// a person's trade), is left alone. A capitalised kb.ProductMaker word the
// tagger took into the name at the start of a sentence ("Chipmaker
// Nvidia") is cut off. One-word names so found are the company wherever
// else the tagger called them a person.
func makerCompanies(sents, tags [][]string, given func(string) bool) {
	companies := map[string]bool{}
	for i, ws := range sents {
		ts := tags[i]
		for k := 1; k < len(ws); k++ {
			if !capitalised(ws[k]) {
				continue
			}
			// "Chipmaker Nvidia": the cue capitalised opens the sentence
			// and the tagger's span.
			if kb.ProductMaker(strings.ToLower(ws[k-1])) && strings.HasPrefix(ts[k-1], "B-") && strings.HasPrefix(ts[k], "I-") {
				ts[k-1] = "O"
				ts[k] = "B-" + ts[k][2:]
			}
			_, ok := makerBefore(ws, k)
			if !ok {
				continue
			}
			e := k
			for e < len(ws) && e-k < maxMakerName && capitalised(ws[e]) && startsWithLetter(ws[e]) {
				e++
			}
			if e == k || ok && ws[k-1] == "maker" && e-k >= 2 && given != nil && given(ws[k]) {
				continue
			}
			kept := false
			for x := k; x < e; x++ {
				if t := strings.TrimPrefix(strings.TrimPrefix(ts[x], "B-"), "I-"); t == model.EntityOrg || t == model.EntityGPE || t == model.EntityLoc {
					kept = true
				}
			}
			if kept {
				k = e - 1
				continue
			}
			setSpan(ts, k, e, model.EntityOrg)
			if e < len(ts) && strings.HasPrefix(ts[e], "I-") {
				ts[e] = "B-" + ts[e][2:]
			}
			if e-k == 1 {
				companies[ws[k]] = true
			}
			k = e - 1
		}
	}
	companyPersons(sents, tags, companies)
}
