package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// officeOfHolderNames makes "Office of the <title>" one organisation when
// the holder's name follows the title ("the Office of the Director of
// Public Prosecutions Noordin Wako said"), which officeOfTitles leaves
// alone: the tagger keeps only "Office", and the statement was a lone
// "Office"'s. The name must be a person's span of two words or more that
// the tagger starts right after the title; it stays the person's, whose
// title the resolver reads from the words before it. A single capitalised
// word after the title ("the Office of the President Smith family") or a
// span that is not a person is left alone.
func officeOfHolderNames(words, tags []string, role func(string) bool) {
	for k := 0; k+3 < len(words); k++ {
		if w := words[k]; w != "Office" && w != "Offices" || words[k+1] != "of" || !strings.EqualFold(words[k+2], "the") {
			continue
		}
		if tags[k] != "O" && tags[k] != "B-"+model.EntityOrg || tags[k] != "O" && spanEnd(tags, k) > k+1 {
			continue // inside another span, or the tagger's span runs on
		}
		e := officeOfTitleEnd(words, k+3, role)
		if e == 0 || e+1 >= len(words) || tags[e] != "B-"+model.EntityPerson || spanEnd(tags, e) < e+2 {
			continue
		}
		other := false
		for j := k + 1; j < e; j++ {
			// A span other than a misread title inside ("Office of the
			// President of Kenya Airways") is another name's.
			other = other || tags[j] != "O" && !strings.HasSuffix(tags[j], "-"+model.EntityPerson) && !strings.HasSuffix(tags[j], "-"+model.EntityOrg)
		}
		if other {
			continue
		}
		setSpan(tags, k, e, model.EntityOrg)
		k = e - 1
	}
}
