package nlp

import (
	"strings"
	"testing"
)

func TestLowerCaseSpans(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"The Greek coast guard said", "O B-NORP B-ORG O O", "O B-NORP O O O"},
		{"police in lagos said", "O O B-GPE O", "O O O O"},
		// Capitalised, a capital inside, longer spans, MISC: left.
		{"Greek police said", "B-NORP O O", "B-NORP O O"},
		{"sold on eBay", "O O B-ORG", "O O B-ORG"},
		{"al Shabaab fighters", "B-ORG I-ORG O", "B-ORG I-ORG O"},
		{"paid in bitcoin", "O O B-MISC", "O O B-MISC"},
		{"The navy said", "O B-ORG O", "O B-ORG O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		lowerCaseSpans(words, tags, func(w string) bool { return w == "navy" })
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
