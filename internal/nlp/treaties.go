package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// treatyHeads end the names of agreements between states, which are
// documents, not bodies that act: "Mutual Defense Treaty", "Paris
// Agreement", "Minsk Accords", "Molotov-Ribbentrop Pact". CoNLL and
// OntoNotes alike tag them MISC (OntoNotes LAW), never ORG.
var treatyHeads = wordSet(`treaty treaties accord accords agreement agreements pact protocol`)

// treatiesAreNoBodies makes a name that ends in a treatyHeads word MISC
// when the tagger called it an organisation, a person or a place, so no
// actor is made of it. A name the knowledge base holds as a body ("Warsaw
// Pact" the alliance, were it listed) is left to the gazetteer: known
// reports whether words name an actor of the knowledge base.
func treatiesAreNoBodies(words, tags []string, known func([]string) bool) {
	forSpans(tags, func(typ string, i, j int) {
		if typ == model.EntityMisc || !capitalised(words[j-1]) || !treatyHeads[strings.ToLower(words[j-1])] || known(words[i:j]) {
			return
		}
		setSpan(tags, i, j, model.EntityMisc)
	})
}
