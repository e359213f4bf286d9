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

// freeRelativeNaming says whether the naming verb (namingVerbs, by the
// pattern's lemma) at trigger t stands in
// a free relative after "what" and a pronoun ("condemned what it called an
// unconstitutional change of government", "denounced what he described as
// a sham"): the naming only describes the object of the sentence's own
// verb, which carries the act; with the pronoun read as some other party
// it would code a second, wrong accusation.
func freeRelativeNaming(toks []tok, p *Pattern, t *trigger) bool {
	if t.nominal || len(p.Words) == 0 || !namingVerbs[p.Words[0]] || t.i < 2 {
		return false
	}
	k := t.i - 1
	if adverbs[toks[k].low] && k >= 2 {
		k-- // "what it once called"
	}
	switch toks[k].low {
	case "it", "he", "she", "they", "we", "i", "you":
	default:
		return false
	}
	return toks[k-1].low == "what"
}
