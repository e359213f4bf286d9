package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// floorChambers and floorTitles make up a legislative floor leader's
// title: "House Minority Leader", "Senate Majority Whip".
var (
	floorChambers = wordSet(`house senate`)
	floorSides    = wordSet(`majority minority`)
	floorTitles   = wordSet(`leader whip`)
)

// floorLeaders reads "House Minority Leader Rita Okonkwo" as the chamber
// (an organisation), the title, and the person after it (one to three
// capitalised words), whatever the tagger made of the run: it read "House
// Minority" as an organisation and kept only the family name. The chamber
// is written capitalised and the title too; "the house majority leader"
// in lower case, a title with no name after it ("the Senate Majority
// Leader said"), a building or body named after the title and a name going
// on into a longer span are left alone.
func floorLeaders(words, tags []string) {
	for i := 0; i+3 < len(words); i++ {
		if !capitalised(words[i]) || !floorChambers[strings.ToLower(words[i])] ||
			!capitalised(words[i+1]) || !floorSides[strings.ToLower(words[i+1])] ||
			!capitalised(words[i+2]) || !floorTitles[strings.ToLower(words[i+2])] {
			continue
		}
		s := i + 3
		e := s
		for e < len(words) && e-s < 3 && capitalised(words[e]) && !allCaps(words[e]) && hasAlnum(words[e]) &&
			!functionWords[strings.ToLower(words[e])] && !personTitles[strings.ToLower(words[e])] {
			e++
		}
		if e == s || e < len(tags) && strings.HasPrefix(tags[e], "I-") && !strings.HasSuffix(tags[e], "-"+model.EntityPerson) {
			continue
		}
		if last := strings.ToLower(words[e-1]); orgHeads[last] || placeHeads[last] || last == "building" {
			continue // "House Minority Leader Office Building"
		}
		if i > 0 && strings.HasPrefix(tags[i], "I-") {
			continue // the chamber inside a longer name begun before it
		}
		placeSpan(tags, i, i+1, model.EntityOrg)
		tags[i+1], tags[i+2] = "O", "O"
		placeSpan(tags, s, e, model.EntityPerson)
		i = e - 1
	}
}
