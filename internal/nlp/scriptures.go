package nlp

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/model"
)

// scriptureNames are the names of religious scriptures as news writes
// them. A scripture is a book, not a place, a person or a body: "the
// burning of a Koran" names no location, and read as one it became a place
// of the story. Names that are also places or common words elsewhere
// ("Gospel" heads music genres, "Vedas" is rare) are left out.
var scriptureNames = wordSet(`koran quran qur'an qur’an bible torah talmud`)

// scripturesAreMisc retypes as MISC a place, person or organisation span
// that is exactly a scripture's name, with "Holy" before it or not ("the
// Holy Koran"). A longer span is another name ("Bible Belt", "Bible
// Society") and is left as it is; a name the tagger left untagged stays
// untagged.
func scripturesAreMisc(words, tags []string) {
	forSpans(tags, func(typ string, i, j int) {
		if typ == model.EntityMisc {
			return
		}
		k := i
		if j-i == 2 && strings.EqualFold(words[i], "holy") {
			k++
		}
		if j != k+1 || !scriptureNames[strings.ToLower(words[k])] {
			return
		}
		setSpan(tags, i, j, model.EntityMisc)
	})
}
