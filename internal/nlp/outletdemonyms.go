package nlp

import (
	"github.com/newsgraph/newsgraph/internal/model"
	"github.com/newsgraph/newsgraph/internal/nlp/media"
)

// agencyNouns are the lower-case words after a news medium's short name
// that say what it is ("the Iranian Fars news agency", "the Turkish
// Sabah newspaper"); "news" and "press" only with "agency" after them.
var agencyNouns = wordSet(`agency newspaper daily broadcaster`)

// demonymsBeforeOutlets splits a nationality word off the organisation
// span the tagger made of it and the short name of a news medium after
// it: "the Iranian Fars news agency", "the Russian Interfax news agency".
// The nationality says whose medium it is and is no word of the name
// (the agency is "Fars"), so it becomes a NORP of its own and the rest
// stays the organisation. Names a nationality word begins ("Saudi Press
// Agency", "Emirates News Agency") end in the capitalised medium word,
// inside the span, and are left alone; so are spans the medium word does
// not follow in lower case.
func demonymsBeforeOutlets(words, tags []string, demonym func(string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || j >= len(words) {
			return
		}
		// "The Russian Interfax news agency" opening a sentence: the
		// article went into the span with the capital.
		the := words[i] == "The" || words[i] == "the"
		if the {
			i++
		}
		if j-i < 2 || !demonym(words[i]) {
			return
		}
		if last := words[j-1]; media.Head(last) || media.PlaceHead(last) {
			return
		}
		for _, w := range words[i+1 : j] {
			if !capitalised(w) {
				return
			}
		}
		next := words[j]
		if next == "news" || next == "press" {
			if j+1 >= len(words) || words[j+1] != "agency" && words[j+1] != "agencies" {
				return
			}
		} else if !agencyNouns[next] {
			return
		}
		if the {
			tags[i-1] = "O"
		}
		tags[i] = "B-" + model.EntityNORP
		setSpan(tags, i+1, j, model.EntityOrg)
	})
}
