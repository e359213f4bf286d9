package nlp

import "strings"

// POS post-rules. The POS tagger reads a word it has seldom seen by its
// shape, and an "-ly" ending is its strongest cue for an adverb: "a rally",
// "a key ally", "the rally was peaceful" come out RB. A determiner opens a
// noun phrase, and an adverb can stand in one only to modify the word after
// it ("a very large crowd", "the then president", "a highly paid job"); an
// adverb that ends the noun phrase after a determiner (and any adjectives)
// is its head, a noun. Quotes and events read the tags ("told a rally" names
// an audience, not a manner of telling).

// npDeterminers open a noun phrase whose head may follow at once. The
// demonstratives are left out: "this early", "that far" are adverbs of
// degree after them.
var npDeterminers = wordSet(`a an the every each another his her its their our my your`)

// adverbModifies says whether tags[k] is a word an adverb inside a noun
// phrase modifies: an adjective, a participle, a number, a noun ("the then
// president") or another adverb that itself modifies what follows ("a
// really very good"); an adverb of place after the word ("the rally
// outside parliament") ends the noun phrase instead.
func adverbModifies(tags []string, k int) bool {
	switch tags[k] {
	case "JJ", "JJR", "JJS", "RBR", "RBS", "VBN", "VBG", "CD", "DT", "PRP$":
		return true
	case "RB":
		if k+1 >= len(tags) {
			return false
		}
		switch tags[k+1] {
		case "JJ", "JJR", "JJS", "VBN", "VBG", "CD":
			return true
		}
		return false
	}
	return strings.HasPrefix(tags[k], "NN")
}

// degreeAdverbs are adverbs that stand after a determiner without a head
// of their own in set phrases ("a little", "a bit", "the least", "for a
// while" is tagged a noun already).
var degreeAdverbs = wordSet(`little lot bit least most more less only very too so just also even still
	once twice yet again already not`)

// determinerAdverbs retags as nouns the words tagged RB that head a noun
// phrase: after a determiner, with only adjectives (and the adverbs that
// modify them: "a highly unusual rally") between, and not
// followed by a word they could modify. tags are Penn tags for words.
func determinerAdverbs(words, tags []string) {
	for i := 1; i < len(words); i++ {
		if tags[i] != "RB" || degreeAdverbs[strings.ToLower(words[i])] {
			continue
		}
		j := i - 1
		for j > 0 && (tags[j] == "JJ" || tags[j] == "JJR" || tags[j] == "JJS" || tags[j] == "RB" && adverbModifies(tags, j)) {
			j--
		}
		// A possessive is a determiner too: "the party's rally".
		if !npDeterminers[strings.ToLower(words[j])] && tags[j] != "POS" {
			continue
		}
		if i+1 < len(words) && adverbModifies(tags, i+1) {
			continue
		}
		tags[i] = "NN"
	}
}
