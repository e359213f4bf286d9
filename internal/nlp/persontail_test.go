package nlp

import (
	"strings"
	"testing"
)

// A person the gazetteer names in full whose last word the tagger tagged
// alone, leaving the capitalised word before it out (after a hyphenated
// title), is one PER, whatever type the tagger gave the last word.
func TestMergeGazetteerPersonTail(t *testing.T) {
	for _, c := range []struct {
		words, tags, want string
		gaz               []string
	}{
		{"Vice-Premier Ding Xuexiang visited Moscow", "O O B-LOC O B-GPE", "O B-PER I-PER O B-GPE",
			[]string{"", "B-PER", "I-PER", "", "B-GPE"}},
		{"Deputy-Governor Ana Ruiz spoke", "O O B-PER O", "O B-PER I-PER O",
			[]string{"", "B-PER", "I-PER", ""}},
		// Near miss: a lower-case word is no part of the name.
		{"met ding Xuexiang", "O O B-LOC", "O O B-LOC",
			[]string{"", "B-PER", "I-PER"}},
		// Near miss: a title the gazetteer's name holds stays out.
		{"Queen Elizabeth opened the session", "O B-PER O O O", "O B-PER O O O",
			[]string{"B-PER", "I-PER", "", "", ""}},
		// Near miss: a place the gazetteer names is left as tagged.
		{"in Santa Cruz today", "O O B-LOC O", "O O B-LOC O",
			[]string{"", "B-GPE", "I-GPE", ""}},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		mergeGazetteer(words, tags, c.gaz)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
