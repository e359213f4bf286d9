package nlp

import (
	"strings"
	"testing"
)

func TestTreatiesAreNoBodies(t *testing.T) {
	known := func(ws []string) bool { return strings.Join(ws, " ") == "Warsaw Pact" }
	for _, c := range []struct{ words, tags, want string }{
		{"Manila invoked the Mutual Defense Treaty", "B-GPE O O B-ORG I-ORG I-ORG", "B-GPE O O B-MISC I-MISC I-MISC"},
		{"under the Paris Agreement", "O O B-LOC I-LOC", "O O B-MISC I-MISC"},
		{"the Minsk Accords failed", "O B-ORG I-ORG O", "O B-MISC I-MISC O"},
		// A body named after a treaty, a known alliance, a lower-case word.
		{"the North Atlantic Treaty Organization", "O B-ORG I-ORG I-ORG I-ORG", "O B-ORG I-ORG I-ORG I-ORG"},
		{"the Warsaw Pact", "O B-ORG I-ORG", "O B-ORG I-ORG"},
		{"the Geneva agreement", "O B-GPE O", "O B-GPE O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		treatiesAreNoBodies(words, tags, known)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
