package kb

import "strings"

// nationalBodies are the bodies and offices only a sovereign state has: a
// junta, an army, a foreign ministry, a president. A place name that is a
// country and also a region of another country (Niger, Nigeria's Niger
// State; Georgia, the U.S. state) is the country when its possessive
// governs one of them ("Niger's junta", "Georgia's foreign ministry"): the
// region's own bodies are written otherwise ("Niger State government",
// "Georgia's governor", "the state legislature"). Phrases of two words
// are written with a space.
var nationalBodies = map[string]bool{}

// nationalBodyModifiers are the words news puts between the possessive and
// such a body without making it a region's ("Niger's military junta",
// "Mali's transitional government"). "state", "local" or "regional" are
// not among them: they make it the region's.
var nationalBodyModifiers = map[string]bool{}

func init() {
	for _, w := range []string{
		"junta", "army", "military", "navy", "air force", "armed forces", "regime",
		"government", "parliament", "cabinet", "presidency", "embassy",
		"foreign ministry", "defence ministry", "defense ministry", "central bank",
		"president", "prime minister", "foreign minister", "defence minister", "defense minister",
		"head of state", "ambassador", "military rulers", "generals",
	} {
		nationalBodies[w] = true
	}
	for _, w := range []string{"military", "ruling", "new", "interim", "transitional", "civilian", "elected", "national", "former", "deposed", "ousted", "exiled"} {
		nationalBodyModifiers[w] = true
	}
}

// NationalBodyAt reports whether the lower-case words, those after a
// place's possessive, begin with a body or office only a sovereign state
// has (see nationalBodies), after at most one modifier such as "military"
// or "transitional".
func NationalBodyAt(words []string) bool {
	for skip := 0; skip <= 1 && skip < len(words); skip++ {
		if skip == 1 && !nationalBodyModifiers[words[0]] {
			return false
		}
		rest := words[skip:]
		if nationalBodies[rest[0]] || len(rest) > 1 && nationalBodies[strings.Join(rest[:2], " ")] {
			return true
		}
	}
	return false
}
