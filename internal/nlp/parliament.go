package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// parliamentMembers are the words before "of Parliament" that make it part
// of a title ("a Member of Parliament"), not the body acting.
var parliamentMembers = wordSet(`member members`)

// bareParliaments tags as an organisation a capitalised "Parliament" the
// tagger left out mid-sentence ("the bill passed by Parliament on
// Tuesday", "told Parliament"): written so in running text it is a name,
// the legislature of the story's country (the resolver's homeParliament
// decides which), as the sentence-initial "Parliament passed the bill"
// already is. The first word of a sentence is left to the tagger, since
// capitals there say nothing. A capitalised word after it makes it part of
// a place's or a building's name ("Parliament Square", "Parliament
// House"), and a title before it ("Member of Parliament") keeps it out.
func bareParliaments(words, tags []string) {
	for i := 1; i < len(words); i++ {
		if words[i] != "Parliament" || tags[i] != "O" {
			continue
		}
		if i+1 < len(words) && capitalised(words[i+1]) {
			continue
		}
		if i >= 2 && words[i-1] == "of" && parliamentMembers[strings.ToLower(words[i-2])] {
			continue
		}
		tags[i] = "B-" + model.EntityOrg
	}
}
