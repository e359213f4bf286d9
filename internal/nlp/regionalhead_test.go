package nlp

import (
	"strings"
	"testing"
)

// A regional group name the gazetteer knows ("South American", "Central
// American") whose demonym the tagger tagged alone, leaving the
// capitalised word before it out, is one NORP: the demonym alone would
// name the United States.
func TestMergeGazetteerRegionalHead(t *testing.T) {
	for _, c := range []struct {
		words, tags, want string
		gaz               []string
	}{
		{"bloc of South American countries", "O O O B-NORP O", "O O B-NORP I-NORP O",
			[]string{"", "", "B-NORP", "I-NORP", ""}},
		// The tagger may read the demonym opening a sentence as another
		// type: the gazetteer's wins.
		{"Central American migrants protested", "O B-ORG O O", "B-NORP I-NORP O O",
			[]string{"B-NORP", "I-NORP", "", ""}},
		// Near miss: a lower-case word before the demonym is no part of a
		// name.
		{"south American countries", "O B-NORP O", "O B-NORP O",
			[]string{"B-NORP", "I-NORP", ""}},
		// Near miss: a name of another type than NORP is left as tagged.
		{"South Africa said", "O B-LOC O", "O B-LOC O",
			[]string{"B-GPE", "I-GPE", ""}},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		mergeGazetteer(words, tags, c.gaz)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
