package nlp

import (
	"strings"
	"testing"
)

func TestScripturesAreMisc(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A scripture read as a place, person or body: a book (MISC).
		{"the burning of a Koran outside the embassy", "O O O O B-LOC O O O", "O O O O B-MISC O O O"},
		{"copies of the Quran were seized", "O O O B-PER O O", "O O O B-MISC O O"},
		{"he swore on the Bible", "O O O O B-ORG", "O O O O B-MISC"},
		{"a reading from the Holy Torah", "O O O O B-LOC I-LOC", "O O O O B-MISC I-MISC"},
		// Already MISC, untagged, or a longer name: left alone.
		{"a Koran was burned", "O B-MISC O O", "O B-MISC O O"},
		{"a Torah scroll", "O O O", "O O O"},
		{"voters in the Bible Belt", "O O O B-LOC I-LOC", "O O O B-LOC I-LOC"},
		{"the Bible Society said", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		scripturesAreMisc(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
