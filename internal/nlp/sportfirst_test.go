package nlp

import (
	"strings"
	"testing"
)

// TestJoinSportFirstBodies: a capitalised sport the tagger left before a
// federation's name is the name's first word; a lower-case word, a word no
// sport, or a name ending in no federation's head is left.
func TestJoinSportFirstBodies(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"The Football Kenya Federation said", "O O B-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"The Athletics Nigeria Association said", "O O B-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		{"the football Kenya Federation said", "O O B-ORG I-ORG O", "O O B-ORG I-ORG O"},
		{"The Popular Kenya Federation said", "O O B-ORG I-ORG O", "O O B-ORG I-ORG O"},
		{"The Football Kenya Limited said", "O O B-ORG I-ORG O", "O O B-ORG I-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		joinSportFirstBodies(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
