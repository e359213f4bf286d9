package nlp

import (
	"strings"
	"testing"
)

// TestUnionHeadNames checks that a capitalised run ending in "Union" right
// before a lower-case head title and a person becomes one organisation,
// and that a bare "Union leader", a "union" in lower case, a nationality
// before it, a run the tagger already spanned and no person after are
// left alone.
func TestUnionHeadNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Homeland Union leader Gabrielius Landsbergis said", "O O O B-PER I-PER O", "B-ORG I-ORG O B-PER I-PER O"},
		{"The Democratic Union chairman Jan Nowak said", "O O O O B-PER I-PER O", "O B-ORG I-ORG O B-PER I-PER O"},
		// Near misses.
		{"Union leader Joe Ajaero said", "O O B-PER I-PER O", "O O B-PER I-PER O"},
		{"The union leader Joe Ajaero said", "O O O B-PER I-PER O", "O O O B-PER I-PER O"},
		{"European Union leaders met", "B-ORG I-ORG O O", "B-ORG I-ORG O O"},
		{"the Homeland Union leader said", "O O O O O", "O O O O O"},
		{"Kenyan Union leader Joe Ajaero said", "B-NORP O O B-PER I-PER O", "B-NORP O O B-PER I-PER O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markUnionHeadNames(ws, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("markUnionHeadNames(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}

// TestPluralPartyNames checks that a party's plural span grows over the
// capitalised party words before it the tagger left out, and that a
// lower-case word, a word of another span, a head that is no party plural
// and a sentence's "The" are left alone.
func TestPluralPartyNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"The Social Democrats ( SDP ) won most seats", "O O B-ORG O B-ORG O O O O", "O B-ORG I-ORG O B-ORG O O O O"},
		{"the Christian Democrats lost", "O O B-ORG O", "O B-ORG I-ORG O"},
		{"the Free Democrats Party said", "O O B-ORG I-ORG O", "O B-ORG I-ORG I-ORG O"},
		// Near misses.
		{"The Democrats won", "O B-ORG O", "O B-ORG O"},
		{"social Democrats won", "O B-ORG O", "O B-ORG O"},
		{"Sweden Democrats won", "B-GPE B-ORG O", "B-GPE B-ORG O"},
		{"the Social Club won", "O O B-ORG O", "O O B-ORG O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		joinPluralPartyNames(ws, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("joinPluralPartyNames(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
