package nlp

import (
	"strings"
	"testing"
)

// TestPartyHeadNames checks that a capitalised run after a lower-case
// "party" heading a noun phrase becomes one organisation, and that a
// title, a weekday, a party without a determiner and a longer span are
// left alone.
func TestPartyHeadNames(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"The Catalan separatist party Junts said", "O B-NORP O O B-PER O", "O B-NORP O O B-ORG O"},
		{"Spain 's far-right party Vox won seats", "B-LOC O O O B-LOC O O", "B-LOC O O O B-ORG O O"},
		{"the ruling party Civic Alliance for Change lost", "O O O B-PER I-PER O B-ORG O", "O O O B-ORG I-ORG I-ORG I-ORG O"},
		// Near misses.
		{"the party Chairman Ali Demir said", "O O O B-PER I-PER O", "O O O B-PER I-PER O"},
		{"officials told the party Tuesday that", "O O O O O O", "O O O O O O"},
		{"he left his party Democratic Action", "O O O O B-ORG I-ORG", "O O O O B-ORG I-ORG"},
		{"the party French lawmakers founded", "O O B-NORP O O", "O O B-NORP O O"},
		{"the party Nova Ruta chairman said", "O O B-ORG I-ORG I-ORG O", "O O B-ORG I-ORG I-ORG O"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		markPartyHeadNames(ws, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("markPartyHeadNames(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
