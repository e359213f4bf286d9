package nlp

import (
	"strings"
	"testing"
)

// TestSaintCommaPlaceOpen: "<Saint name>, <Country or region>" is a place
// also when the sentence goes on without a closing comma, with a
// preposition or conjunction; a noun after the country keeps the tagger's
// reading.
func TestSaintCommaPlaceOpen(t *testing.T) {
	place := stubPlaces("France", "Guadeloupe", "Canada", "England")
	for _, c := range []struct{ name, words, tags, want string }{
		{"time after", "hit St François , Guadeloupe on Monday", "O O B-PER O B-LOC O O", "O B-LOC I-LOC O B-LOC O O"},
		{"conjunction after", "in St. Pierre , Canada and nearby towns", "O O B-PER O B-LOC O O O", "O B-LOC I-LOC O B-LOC O O O"},
		{"place after", "left Saint Francois , Guadeloupe near dawn", "O B-PER I-PER O B-LOC O O", "O B-LOC I-LOC O B-LOC O O"},
		{"near miss: noun after", "said St George , England captain", "O B-PER I-PER O B-LOC O", "O B-PER I-PER O B-LOC O"},
		{"near miss: verb after", "St Francis , France said", "B-PER I-PER O B-LOC O", "B-PER I-PER O B-LOC O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		saintCommaPlaces(ws, tags, place)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%s: saintCommaPlaces(%q) = %s, want %s", c.name, c.words, got, c.want)
		}
	}
}
