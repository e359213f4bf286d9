package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// journalHeads end the names of scholarly journals ("Environmental
// Research Letters", "Physical Review Letters") and hardly anything else
// after two or more capitalised words; alone ("letters to the editor")
// they are common words.
var journalHeads = wordSet(`letters`)

// maxJournalName bounds the capitalised words of a journal's name.
const maxJournalName = 6

// journalNames makes a journal's name one organisation whatever the tagger
// made of its words: the capitalised run right after a lower-case
// "journal" ("published in the journal Nature Climate Change"), and a run
// of two or more capitalised words ending in a journalHeads word
// ("Environmental Research Letters", not the organisation "Environmental
// Research" and an untagged "Letters"). journalName says such a name is a
// publication, a news medium's conduit. A run the tagger read in part as
// a place or a nationality after "journal" ("the journal Paris Match" is
// kept whole only when no span is a place), a run before "Letters" with a
// place or a nationality in it, and a lone "Letters" stay.
func journalNames(words, tags []string) {
	if titleCase(words) {
		return
	}
	for k := 1; k < len(words); k++ {
		if words[k-1] == "journal" && capitalised(words[k]) && startsWithLetter(words[k]) && !allCaps(words[k]) {
			e := k
			for e < len(words) && e-k < maxJournalName && capitalised(words[e]) && startsWithLetter(words[e]) {
				e++
			}
			if !anyTagged(tags, k, e, model.EntityGPE, model.EntityLoc, model.EntityNORP) {
				setJournal(tags, k, e)
			}
			k = e - 1
			continue
		}
		if !journalHeads[strings.ToLower(words[k])] || !capitalised(words[k]) || allCaps(words[k]) {
			continue
		}
		a := k
		for a > 0 && k-a < maxJournalName && capitalised(words[a-1]) && startsWithLetter(words[a-1]) && !functionWords[strings.ToLower(words[a-1])] {
			a--
		}
		if k-a >= 2 && !anyTagged(tags, a, k, model.EntityGPE, model.EntityNORP) {
			setJournal(tags, a, k+1)
		}
	}
}

// anyTagged says whether a token of [i, j) is tagged one of types.
func anyTagged(tags []string, i, j int, types ...string) bool {
	for x := i; x < j; x++ {
		for _, t := range types {
			if strings.HasSuffix(tags[x], "-"+t) {
				return true
			}
		}
	}
	return false
}

// setJournal makes [i, j) one organisation and begins a span the tagger
// ran on past it anew.
func setJournal(tags []string, i, j int) {
	setSpan(tags, i, j, model.EntityOrg)
	if j < len(tags) && strings.HasPrefix(tags[j], "I-") {
		tags[j] = "B-" + tags[j][2:]
	}
}

// journalName says the organisation span [i, j) of words is a journal's
// name by the rules of journalNames.
func journalName(words []string, i, j int) bool {
	if i > 0 && words[i-1] == "journal" {
		return true
	}
	return j-i >= 3 && journalHeads[strings.ToLower(words[j-1])] && capitalised(words[j-1])
}
