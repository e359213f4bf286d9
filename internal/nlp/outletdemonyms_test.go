package nlp

import (
	"strings"
	"testing"
)

func TestDemonymsBeforeOutlets(t *testing.T) {
	demonym := func(w string) bool {
		return w == "Iranian" || w == "Russian" || w == "Turkish" || w == "Irish" || w == "Arab"
	}
	for _, c := range []struct{ words, tags, want string }{
		// The nationality is whose the agency is, no word of its name.
		{"the Iranian Fars news agency said", "O B-ORG I-ORG O O O", "O B-NORP B-ORG O O O"},
		{"The Russian Interfax news agency said", "B-ORG I-ORG I-ORG O O O", "O B-NORP B-ORG O O O"},
		{"the Turkish Sabah newspaper reported", "O B-ORG I-ORG O O", "O B-NORP B-ORG O O"},
		// A name the nationality begins, ending in a medium's head or
		// word, is left whole.
		{"the Irish Times newspaper said", "O B-ORG I-ORG O O", "O B-ORG I-ORG O O"},
		{"the Arab News daily said", "O B-ORG I-ORG O O", "O B-ORG I-ORG O O"},
		// No medium word after the span, or "news" without "agency".
		{"The Iranian Fars", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"},
		{"the Iranian Fars province", "O B-ORG I-ORG O", "O B-ORG I-ORG O"},
		{"the Iranian Fars news conference", "O B-ORG I-ORG O O", "O B-ORG I-ORG O O"},
		// No nationality first.
		{"the Anadolu Ajansi news agency said", "O B-ORG I-ORG O O O", "O B-ORG I-ORG O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		demonymsBeforeOutlets(words, tags, demonym)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.words, got, c.want)
		}
	}
}
