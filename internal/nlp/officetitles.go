package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// officeTitleSpans untags an organisation's span that is, word for word, a
// title of one office of a state ("The Supreme Leader of Iran", "Iran's
// Supreme Leader"): the tagger reads the capitalised title as a body's
// name, and a body's name is resolved as an organisation the article made
// up, where the title with its country names a person - the office's
// holder on the article's date, which the resolver's role mentions find
// once the words carry no tag (as "The President of France" does). Only a
// title with the state beside it, after "of" or before it with "'s", is
// untagged: a capitalised title alone may open a body's name the tagger
// cut short. office reports whether a lower-case phrase is a role naming
// one office (kb.RoleInfo.Office), country whether words name a country.
func officeTitleSpans(words, tags []string, office func(string) bool, country func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ != model.EntityOrg || !allCapitalised(words[i:j]) || !office(strings.ToLower(strings.Join(words[i:j], " "))) {
			return
		}
		after := j+1 < len(words) && strings.EqualFold(words[j], "of") && stateSpanAt(words, tags, j+1, country)
		before := false
		if i >= 2 && (words[i-1] == "'s" || words[i-1] == "’s") {
			a := i - 2
			for a > 0 && strings.HasPrefix(tags[a], "I-") {
				a--
			}
			before = strings.HasPrefix(tags[a], "B-") && stateSpan(words, tags, a, i-1, country)
		}
		if after || before {
			for k := i; k < j; k++ {
				tags[k] = "O"
			}
		}
	})
}

// stateSpanAt reports whether a GPE span that is a country's name begins
// at i.
func stateSpanAt(words, tags []string, i int, country func([]string) bool) bool {
	typ, j, ok := spanAt(tags, i)
	return ok && typ == model.EntityGPE && country(words[i:j])
}

// stateSpan reports whether words[a:b] are one GPE span naming a country.
func stateSpan(words, tags []string, a, b int, country func([]string) bool) bool {
	typ, j, ok := spanAt(tags, a)
	return ok && j == b && typ == model.EntityGPE && country(words[a:b])
}

// officeRole reports whether a lower-case phrase is a role of the
// knowledge base naming one office of a state ("supreme leader",
// "prime minister"), not a generic role or a group.
func (an *Analyzer) officeRole(phrase string) bool {
	if an.kb == nil {
		return false
	}
	r, ok := an.kb.Role(phrase)
	return ok && r.Office != "" && !r.Group && r.Sector == kb.SectorGovernment
}
