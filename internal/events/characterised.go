package events

import "strings"

// adjectiveEndings are endings of adjectives the tagger may read as nouns
// when one ends a clause ("called the veto shameful/NN").
var adjectiveEndings = []string{"ful", "ous", "able", "ible", "less", "ive", "ic", "ical"}

// clauseFinalAdjective says whether token j, lower-case (or preceded by
// an adverb ending in -ly), has an adjective's ending and ends its clause:
// after a naming verb's object it says what the thing is ("called the veto
// shameful", "called the strikes deeply regrettable, saying ..."), whatever
// tag the tagger gave it. A time or a place after the object ("called a
// strike Monday") is capitalised or has no such ending.
func clauseFinalAdjective(toks []tok, j int) bool {
	if j < len(toks) && strings.HasSuffix(toks[j].low, "ly") && toks[j].low == toks[j].text {
		j++ // "deeply regrettable"
	}
	if j >= len(toks) || toks[j].low != toks[j].text || len(toks[j].low) < 5 {
		return false
	}
	if j+1 < len(toks) {
		n := toks[j+1].low
		if !(isPunct(n) || n == "and" || n == "but" || n == "because") {
			return false
		}
	}
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(toks[j].low, e) {
			return true
		}
	}
	return false
}
