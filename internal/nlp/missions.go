package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// missionNationalities tags the nationality or country that names a
// diplomatic mission ("the Saudi embassy", "the Sri Lankan consulate",
// "the South Korean Embassy", "the Kenyan High Commission"). The tagger
// often misses the adjective at a sentence's start after "The" ("The
// Saudi embassy in Washington said": nothing tagged), keeps only the
// mission word of a capitalised name ("The Saudi Embassy": "Embassy"
// alone), or only the last word of a two-word demonym ("South Korean").
// The embassy speaks for its state, so the state must be in a span for
// the resolver to find it. When the mission word is lower case the
// nationality alone is tagged, as the CoNLL and OntoNotes guidelines
// have it (NORP, or GPE for a country's name: "the US embassy"), and the
// resolver joins the mission word to it; when it is capitalised and
// already an organisation's first word, the organisation's span grows
// over the nationality ("Saudi Embassy"). nationality reports whether
// words are a demonym, country reports whether they name a country.
// Words already in a span that begins before them are left alone.
func missionNationalities(words, tags []string, nationality, country func([]string) bool) {
	for h := 1; h < len(words); h++ {
		end, ok := missionEnd(words, h)
		if !ok {
			continue
		}
		for n := min(3, h); n >= 1; n-- {
			i := h - n
			nat := words[i:h]
			// "The" is no part of a longer name, though the knowledge
			// base's keys drop it ("The Saudi" would read as "Saudi");
			// alone, "US" is one.
			if !allCapitalised(nat) || n > 1 && functionWords[strings.ToLower(nat[0])] || strings.HasPrefix(tags[i], "I-") {
				continue
			}
			isNat, isCountry := nationality(nat), country(nat)
			if !isNat && !isCountry {
				continue
			}
			if tags[h] == "B-"+model.EntityOrg && capitalised(words[h]) {
				_, j, _ := spanAt(tags, h)
				setSpan(tags, i, j, model.EntityOrg)
			} else if tags[h] == "O" && (end == h+1 || tags[end-1] == "O") {
				typ := model.EntityNORP
				if isCountry {
					typ = model.EntityGPE
				}
				setSpan(tags, i, h, typ)
			}
			break
		}
	}
}

// missionEnd reports whether a mission's name ends or is headed at
// words[h] ("embassy", "consulate", "legation", "High Commission") and
// returns the end of the mission words.
func missionEnd(words []string, h int) (int, bool) {
	switch strings.ToLower(words[h]) {
	case "embassy", "consulate", "consulate-general", "legation":
		return h + 1, true
	case "high":
		if h+1 < len(words) && strings.EqualFold(words[h+1], "commission") {
			return h + 2, true
		}
	}
	return 0, false
}
