package nlp

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/internal/model"
)

// eastAsianFamilyNames are common Korean and Chinese (mainland, Taiwanese,
// Hong Kong) family names in their usual romanisations. In news writing
// the family name comes first and the given name is two syllables joined
// by a hyphen ("Park Sung-ho", "Lee Teng-hui", "Leung Chun-ying").
var eastAsianFamilyNames = wordSet(`kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon
	hwang ahn song yoo hong jeon ko moon yang son bae baek heo nam noh ha kwak sung cha joo woo min ryu
	jin chae won chun ban chung chang rhee roh
	chiang ma tsai lai wang chen lin huang wu liu hsu hou su kuo soong lu yeh teng chou hsieh
	tung tsang leung lam chan wong cheung ho yip lau`)

// hyphenPrefixes and hyphenSuffixes are English word parts that make a
// hyphenated capitalised word something other than a given name ("Park
// Co-chair", "Kim Seoul-based" are no names).
var (
	hyphenPrefixes = wordSet(`ex co vice non anti pre post pro self well re semi mid multi pan inter all cross full part so sub super`)
	hyphenSuffixes = wordSet(`based led backed owned born run made style like era free wide level type year old term time linked elect
	listed bound funded flagged area class`)
)

// romanisedGiven reports whether w has the shape of a romanised
// two-syllable East Asian given name: a capitalised syllable, a hyphen and
// a second syllable in lower case or capitalised ("Sung-ho", "Jae-in",
// "Kai-shek", "Dae-Jung"), each of two to six letters.
func romanisedGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || !syllable(a) || !syllable(b) || !capitalised(a) {
		return false
	}
	la, lb := strings.ToLower(a), strings.ToLower(b)
	return !hyphenPrefixes[la] && !hyphenSuffixes[lb] && !rankOrTitle(a) && !rankOrTitle(b)
}

// syllable reports whether s is two to six ASCII letters, only the first
// of which may be upper case.
func syllable(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i, r := range s {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) || (i > 0 && unicode.IsUpper(r)) {
			return false
		}
	}
	return true
}

// eastAsianNames makes a capitalised Korean or Chinese family name
// followed by a hyphenated given name one person: "The National Assembly
// impeached Park Sung-ho" names Park Sung-ho, not a place "Park" nor a
// person "Sung-ho", whatever the tagger made of the two words. A title's
// person span that ends on the family name ("President Moon") runs on
// over the given name. Names without a hyphen ("Kim Jong Un", "Park
// Avenue") are left to the tagger, and so is a pair that goes on into a
// longer capitalised name ("the Lee Teng-hui Library"), and so is a place
// that runs into a hyphenated word ("Hong Kong-listed").
func eastAsianNames(words, tags []string, knownPlace func([]string) bool) {
	for k := 0; k+1 < len(words); k++ {
		if !capitalised(words[k]) || allCaps(words[k]) || !eastAsianFamilyNames[strings.ToLower(words[k])] || !romanisedGiven(words[k+1]) {
			continue
		}
		first, _, _ := strings.Cut(words[k+1], "-")
		if knownPlace != nil && knownPlace([]string{words[k], first}) {
			continue
		}
		e := k + 2
		if e < len(words) && capitalised(words[e]) && !functionWords[strings.ToLower(words[e])] {
			continue
		}
		if tags[k] == "I-"+model.EntityPerson {
			// A title's person span: carry it over the given name.
			tags[k+1] = "I-" + model.EntityPerson
			if e < len(tags) && strings.HasPrefix(tags[e], "I-") {
				tags[e] = "B-" + tags[e][2:]
			}
		} else {
			placeSpan(tags, k, e, model.EntityPerson)
		}
		k++
	}
}
