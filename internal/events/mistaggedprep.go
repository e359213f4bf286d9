package events

import "strings"

// prepositionWords are the English words the tagger may rightly call a
// preposition or subordinating conjunction (IN): a closed class. A word
// it tags IN outside this list ("Saudi Arabia cut/IN ties with Iran") is
// a misreading, most often of a verb.
var prepositionWords = map[string]bool{
	"aboard": true, "about": true, "above": true, "across": true, "after": true, "against": true, "along": true,
	"alongside": true, "amid": true, "amidst": true, "among": true, "amongst": true, "around": true, "as": true,
	"astride": true, "at": true, "atop": true, "because": true, "before": true, "behind": true, "below": true,
	"beneath": true, "beside": true, "besides": true, "between": true, "beyond": true, "but": true, "by": true,
	"circa": true, "concerning": true, "considering": true, "despite": true, "down": true, "during": true,
	"except": true, "excluding": true, "following": true, "for": true, "from": true, "if": true, "in": true,
	"including": true, "inside": true, "into": true, "lest": true, "like": true, "minus": true, "near": true,
	"notwithstanding": true, "of": true, "off": true, "on": true, "once": true, "onto": true, "opposite": true,
	"out": true, "outside": true, "over": true, "past": true, "pending": true, "per": true, "plus": true,
	"regarding": true, "round": true, "save": true, "since": true, "so": true, "than": true, "that": true,
	"though": true, "although": true, "through": true, "throughout": true, "till": true, "to": true,
	"toward": true, "towards": true, "under": true, "underneath": true, "unless": true, "unlike": true,
	"until": true, "unto": true, "up": true, "upon": true, "versus": true, "vs": true, "vs.": true, "via": true,
	"whereas": true, "whether": true, "while": true, "whilst": true, "with": true, "within": true,
	"without": true, "worth": true, "whereby": true, "ago": true, "next": true, "post": true, "pre": true,
	"according": true, "due": true, "re": true, "qua": true,
}

// mistaggedPrepVerb says whether the word at i, tagged IN or TO, is the finite
// verb of its clause: it is no preposition at all (prepositionWords),
// right after the head of a subject (a name, a common noun or a
// pronoun) and right before the start of an object ("Saudi Arabia
// cut/IN ties with Iran", "Mogadishu cut/IN its ties"). A preposition
// could stand in neither place, so the tag is a misreading.
func mistaggedPrepVerb(toks []tok, i int) bool {
	if i < 1 || i+1 >= len(toks) || prepositionWords[toks[i].low] {
		return false
	}
	// TO is the tag of "to" alone: any other word so tagged is misread
	// as well ("North Korea cut/TO ties").
	if p := toks[i].pos; p != "IN" && p != "TO" {
		return false
	}
	if !isWordy(toks[i].low) {
		return false
	}
	n := toks[i+1]
	return (subjectTagEnds(toks[i-1]) || pluralHeadMistagged(toks, i-1)) && objectTagOpens(n) && !(strings.HasPrefix(n.pos, "NN") && isCap(n.text))
}

// isWordy says whether s is a word of letters, not a symbol or number.
func isWordy(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}
