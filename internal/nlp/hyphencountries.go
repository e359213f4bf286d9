package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// hyphenCountries makes a hyphenated word that is a country's name
// ("Timor-Leste", "Guinea-Bissau", "Bosnia-Herzegovina") a GPE when the
// tagger left it untagged or gave it a span of its own of another type:
// the tagger, trained on text where hyphenated capitalised words are mostly
// compounds ("Franco-German", "Kuala Lumpur-based"), misses the rarer
// countries written so. A word inside a longer name ("the Timor-Leste
// Defence Force") is left to that name.
func hyphenCountries(words, tags []string, country func([]string) bool) {
	for i, w := range words {
		if !strings.Contains(w, "-") || !capitalised(w) || !country(words[i:i+1]) {
			continue
		}
		alone := tags[i] == "O" || strings.HasPrefix(tags[i], "B-") && (i+1 == len(tags) || !strings.HasPrefix(tags[i+1], "I-"))
		if alone {
			tags[i] = "B-" + model.EntityGPE
		}
	}
}
