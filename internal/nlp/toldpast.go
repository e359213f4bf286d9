package nlp

import "strings"

// toldPast retags "told" as a verb wherever the tagger gave it another
// tag: "a source told/NN Newsweek", "an official/JJ told/NN reporters". The
// word has no noun or adjective reading ("untold" is another word), but a
// tagger reading an unusual subject before it takes the two for a
// compound, and the quote then loses its speaker and its conduit or
// audience with the verb. It is a past participle (VBN) after an
// auxiliary, adverbs between ("was told", "had already told"), and a
// simple past (VBD) otherwise. A capitalised "Told" (a headline, a name)
// is left alone.
func toldPast(words, tags []string) {
	for i, w := range words {
		if w != "told" || strings.HasPrefix(tags[i], "VB") {
			continue
		}
		tags[i] = pastOrParticiple(words, tags, i)
	}
}
