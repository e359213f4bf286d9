package nlp

import (
	"strings"
	"testing"
)

// TestCutMalayHonorifics: a Malaysian honour before a name is cut from
// the tagger's span, whatever it made of it, and the name after it is one
// person; "Tan" and "Sri" alone are names.
func TestCutMalayHonorifics(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// The honour run into an organisation's span.
		{"met Datuk Seri Aminah Yusof on Monday", "O B-ORG I-ORG I-ORG I-ORG O O", "O O O B-PER I-PER O O"},
		// "Tan" left out, the name split after "Sri".
		{"leader Tan Sri Razali Hamzah said", "O O B-ORG I-ORG B-PER O", "O O O B-PER I-PER O"},
		// "Dato'" with its apostrophe a word of its own.
		{"Dato ' Sri Kamal Idris said", "B-PER O B-PER I-PER I-PER O", "O O O B-PER I-PER O"},
		{"Datuk Faridah Osman , a lawmaker", "B-PER I-PER I-PER O O O", "O B-PER I-PER O O O"},
		{"Puan Sri Noraini binti Salleh attended", "B-ORG I-ORG I-ORG I-ORG I-ORG O", "O O B-PER I-PER I-PER O"},
		{"Toh Puan Rahmah Ali attended", "B-PER I-PER I-PER I-PER O", "O O B-PER I-PER O"},
		// Near-misses: "Tan" is a family name, "Sri" a given name, and
		// an honour before no name, or before an organisation's name,
		// is left as the tagger had it.
		{"Tan Ah Kow said", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O"},
		{"Minister Sri Mulyani Indrawati said", "O B-PER I-PER I-PER O", "O B-PER I-PER I-PER O"},
		{"the Datuk said", "O O O", "O O O"},
		{"Datuk Keramat Foundation said", "B-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG O"},
		{"Datuk Seri Aminah Yusof in Kuala Lumpur", "B-PER I-PER I-PER I-PER O B-LOC I-LOC", "O O B-PER I-PER O B-LOC I-LOC"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		cutMalayHonorifics(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
