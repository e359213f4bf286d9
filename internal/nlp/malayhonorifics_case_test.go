package nlp

import (
	"strings"
	"testing"
)

// TestCutMalayHonorificsCase: the honour's words are read as the
// resolver reads them (kb.MalayHonourEnd): capitalised, then whatever
// their case, so an all-capitals grade is cut too; a lower-case grade
// is no grade, and a lower-case head no honour.
func TestCutMalayHonorificsCase(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"leader Tan SRI Razali Hamzah said", "O O B-ORG I-ORG I-ORG O", "O O O B-PER I-PER O"},
		{"met PUAN SRI Noraini Salleh", "O B-ORG I-ORG I-ORG I-ORG", "O O O B-PER I-PER"},
		{"met Toh PUAN Rahmah Ali", "O B-PER I-PER I-PER I-PER", "O O O B-PER I-PER"},
		// Near-misses.
		{"leader Tan sri Razali said", "O B-PER I-PER I-PER O", "O B-PER I-PER I-PER O"},
		{"a tan Sri Lankan jacket", "O O B-MISC I-MISC O", "O O B-MISC I-MISC O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		cutMalayHonorifics(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
