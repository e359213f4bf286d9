package nlp

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// knownNGO reports whether words name an NGO of the knowledge base
// ("Friends of the Earth", "Amnesty International").
func (an *Analyzer) knownNGO(words []string) bool {
	if an.kb == nil {
		return false
	}
	for _, a := range an.kb.LookupNorm(kb.Normalize(strings.Join(words, " ")), time.Time{}) {
		if a.Sector == kb.SectorNGO {
			return true
		}
	}
	return false
}

// branchRegions are the continents federations name regional branches
// for ("Friends of the Earth Europe"), which the knowledge base holds as
// no place.
var branchRegions = wordSet(`Europe Africa Asia`)

// maxBranchPlace and maxNGOName bound the words of a branch's place and of
// the federation's name.
const (
	maxBranchPlace = 3
	maxNGOName     = 6
)

// ngoBranches makes an NGO's name the knowledge base knows, of two words
// or more, with a country or a place right after it one organisation, the
// national branch: "Friends of the Earth Netherlands said", "Amnesty
// International Kenya", not a person or place "Earth Netherlands". The
// place must end the capitalised run ("Friends of the Earth Netherlands
// Director" is left alone), and a one-word name ("Oxfam Kenya", which the
// tagger reads well) or a body that is no NGO ("European Union Ukraine
// summit") stays as it is.
func ngoBranches(sents, tags [][]string, ngo, place func([]string) bool) {
	if ngo == nil || place == nil {
		return
	}
	for si, ws := range sents {
		ts := tags[si]
		for p := 2; p < len(ws); p++ {
			if !capitalised(ws[p]) || allCaps(ws[p]) {
				continue
			}
			m := 0
			for n := min(maxBranchPlace, len(ws)-p); n >= 1; n-- {
				if (p+n == len(ws) || !capitalised(ws[p+n])) && (place(ws[p:p+n]) || n == 1 && branchRegions[ws[p]]) {
					m = n
					break
				}
			}
			if m == 0 {
				continue
			}
			for n := min(maxNGOName, p); n >= 2; n-- {
				a := p - n
				// A name that begins inside another span ("Director
				// Friends ...") is left to the tagger.
				if !capitalised(ws[a]) || strings.HasPrefix(ts[a], "I-") {
					continue
				}
				if ngo(ws[a:p]) {
					setSpan(ts, a, p+m, model.EntityOrg)
					if p+m < len(ts) && strings.HasPrefix(ts[p+m], "I-") {
						ts[p+m] = "B-" + ts[p+m][2:]
					}
					p += m - 1
					break
				}
			}
		}
	}
}
