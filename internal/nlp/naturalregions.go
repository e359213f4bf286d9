package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// companyRegions are natural regions that share their name with a company
// the tagger learnt from business copy: it reads "a crime against the
// Amazon" as the retailer. Each lists the words that mark a story about
// the region (its forest, its river, the climate).
var companyRegions = map[string]map[string]bool{
	"Amazon": wordSet(`forest forests rainforest rainforests deforestation deforested jungle jungles
		climate indigenous basin river rivers biodiversity logging loggers wildfire wildfires
		ecosystem ecosystems environmental environmentalists tribes tribe`),
}

// regionBefore are the words that, before "the" and the name, make it a
// place: prepositions of place and verbs and nouns of protecting or
// clearing land ("across the Amazon", "protect the Amazon", "deforestation
// of the Amazon", "a crime against the Amazon").
var regionBefore = wordSet(`in across against into throughout through within inside from of to
	protect protecting protected protects save saving saved defend defending defended destroy destroying
	destroyed`)

// companyAfterRegion are words that, right after the name, make it the
// company's even after "the" ("the Amazon warehouse", "the Amazon deal").
var companyAfterRegion = wordSet(`shares share stock stocks warehouse warehouses workers employees staff
	store stores deal deals founder chief ceo executive executives unit division seller sellers
	delivery deliveries drivers boss account accounts website app platform brand`)

// companyRegionPlaces makes "the Amazon" a location where the words before
// it and the story say the region is meant: the name comes after a
// lower-case "the", which a company's name does not take ("Amazon said",
// "Amazon's shares"), after one of regionBefore, and the document speaks
// of forests, rivers or the climate. A name running on into a longer one
// ("the Amazon Web Services unit") or followed by a company's word ("the
// Amazon warehouse") is left alone.
func companyRegionPlaces(sents, tags [][]string) {
	cues := map[string]bool{}
	for name, ws := range companyRegions {
		for _, s := range sents {
			for _, w := range s {
				if ws[strings.ToLower(w)] {
					cues[name] = true
					break
				}
			}
			if cues[name] {
				break
			}
		}
	}
	if len(cues) == 0 {
		return
	}
	for si, ws := range sents {
		ts := tags[si]
		for k := 2; k < len(ws); k++ {
			if !cues[ws[k]] || ws[k-1] != "the" || !regionBefore[strings.ToLower(ws[k-2])] {
				continue
			}
			if k+1 < len(ws) && (capitalised(ws[k+1]) && hasAlnum(ws[k+1]) || companyAfterRegion[strings.ToLower(ws[k+1])] ||
				ws[k+1] == "'s" || ws[k+1] == "’s") {
				continue
			}
			if k+1 < len(ts) && strings.HasPrefix(ts[k+1], "I-") || strings.HasPrefix(ts[k], "I-") {
				continue
			}
			ts[k] = "B-" + model.EntityLoc
		}
	}
}
