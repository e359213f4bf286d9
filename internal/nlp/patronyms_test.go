package nlp

import (
	"strings"
	"testing"
)

// TestPatronymPersons checks that a run of capitalised words around a
// lower-case bin/binti/bint/ibn is made one person, and that bodies,
// buildings, titles and other spans are left alone.
func TestPatronymPersons(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// Malay "binti" the tagger took for an organisation, and a father's
		// name it made a person of its own.
		{"detained Nur Aisyah binti Ahmad Zulkifli on", "O O B-ORG I-ORG B-PER I-PER O",
			"O B-PER I-PER I-PER I-PER I-PER O"},
		{"and Siti Rohani binte Osman said", "O B-ORG I-ORG I-ORG I-ORG O", "O B-PER I-PER I-PER I-PER O"},
		// A name in a list split at a given name.
		{"Tarudin and Ahmad Zulkifli bin Hassan were", "B-PER O B-ORG B-PER I-PER I-PER O",
			"B-PER O B-PER I-PER I-PER I-PER O"},
		// Arabic "bint" and "ibn" with "al-" family names.
		{"Princess Noura bint Faisal al-Saud said", "O O O B-PER O O", "O B-PER I-PER I-PER I-PER O"},
		// A title before the run is not taken; a person's span that took the
		// title in is kept whole for cutTitles.
		{"Emir Sheikh Tamim bin Hamad Al Thani", "O O O O B-PER I-PER I-PER", "O O B-PER I-PER I-PER I-PER I-PER"},
		{"Crown Prince Mohammed bin Salman met", "B-PER I-PER I-PER I-PER I-PER O", "B-PER I-PER I-PER I-PER I-PER O"},
		// Near misses: a university or an airport named after a person, a
		// longer organisation, a particle with no name after it.
		{"at Hamad bin Khalifa University in", "O B-ORG I-ORG I-ORG I-ORG O", "O B-ORG I-ORG I-ORG I-ORG O"},
		{"the Zayed bin Sultan International Airport", "O B-FAC I-FAC I-FAC I-FAC I-FAC", "O B-FAC I-FAC I-FAC I-FAC I-FAC"},
		{"the Mohammed bin Rashid Charitable and Humanitarian Establishment", "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG",
			"O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG"},
		{"the recycle bin was full", "O O O O O", "O O O O O"},
		{"Trash bin lids", "O O O", "O O O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		patronymPersons(ws, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("patronymPersons(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
