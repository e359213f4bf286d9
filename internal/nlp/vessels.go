package nlp

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/kb"
	"github.com/newsgraph/newsgraph/internal/model"
)

// vesselNames makes a ship's name one MISC span: after a navy's ship
// prefix ("the USS Carl Vinson", "HMS Prince of Wales", "the BRP Teresa
// Magbanua"), the prefix and the name; after a vessel noun ("the destroyer
// Admiral Kulakov", "the tanker Eagle S"), the name. Ships are named after
// persons, places and titles, and the tagger reads "Carl Vinson" as a
// person and "Admiral Kulakov" as an admiral; the cue before the name says
// it is a ship. MISC is the type the CoNLL guidelines give vehicles (eng.testa
// tags "the aircraft carrier Carl Vinson" so: MISC F1 0.6902 -> 0.6928), and
// there is no vessel type; resolve gives the ship the prefix's country and
// the military sector, the service that sails it. After a noun, a
// country's name ("the tanker Iran seized") and a nationality are the
// subject of a clause, not the ship's name; ships named after other places
// ("the aircraft carrier Shandong") are common. After a prefix, a role word
// ("INS Commissioner", the U.S. immigration service's) is no ship's name.
func vesselNames(words, tags []string, country func([]string) bool, role func(string) bool) {
	for i := 0; i+1 < len(words); i++ {
		_, prefix := kb.ShipPrefix(words[i])
		noun := false
		if !prefix && isLowerWord(words[i]) {
			prev := ""
			if i > 0 {
				prev = strings.ToLower(words[i-1])
			}
			noun = kb.VesselNoun(prev, words[i])
		}
		if !prefix && !noun {
			continue
		}
		end := shipNameEnd(words, i+1)
		if end == i+1 {
			continue
		}
		if prefix && role(strings.ToLower(words[i+1])) {
			continue
		}
		start := i
		if noun {
			start = i + 1
			if country(words[start:end]) || tags[start] == "B-"+model.EntityNORP {
				continue
			}
		}
		if end < len(tags) && strings.HasPrefix(tags[end], "I-") {
			tags[end] = "B-" + tags[end][2:] // the rest of a span the name cut
		}
		setSpan(tags, start, end, model.EntityMisc)
		i = end - 1
	}
}

// shipNameEnd returns the end of the ship's name that begins at words[i]:
// capitalised words in mixed case, with "of", "the" and "de" between two of
// them ("Prince of Wales", "Sejong the Great", "Charles de Gaulle"); i when
// words[i] begins no name. A function word or a weekday ("on Tuesday",
// "The") ends it.
func shipNameEnd(words []string, i int) int {
	j := i
	for j < len(words) {
		w := words[j]
		if shipNameWord(w) {
			j++
			continue
		}
		if j > i && j+1 < len(words) && (w == "of" || w == "the" || w == "de") && shipNameWord(words[j+1]) {
			j += 2
			continue
		}
		break
	}
	return j
}

// shipNameWord reports whether w can be a word of a ship's name: it begins
// with a capital, has a lower-case letter or is one capital letter ("Eagle
// S"), and is no function word or weekday.
func shipNameWord(w string) bool {
	if !capitalised(w) || functionWords[strings.ToLower(w)] {
		return false
	}
	if len(w) == 1 {
		return true
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// isLowerWord reports whether w is written in lower case letters only.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}
