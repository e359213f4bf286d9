package nlp

import (
	"strings"
	"testing"
)

// TestTakeParticleTails checks that a person's span the tagger ended at a
// lower-case particle takes in the capitalised family name after it.
func TestTakeParticleTails(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Minister Peter de Wit said", "O B-PER I-PER O O", "O B-PER I-PER I-PER O"},
		{"lawyer Jan van der Berg said", "O B-PER I-PER I-PER O O", "O B-PER I-PER I-PER I-PER O"},
		{"Ana dos Santos said", "B-PER I-PER B-PER O", "B-PER I-PER I-PER O"},
		// No capitalised word after the particle, or a function word.
		{"Peter de , a lawyer", "B-PER I-PER O O O", "B-PER I-PER O O O"},
		{"Peter de The", "B-PER I-PER O", "B-PER I-PER O"},
		// A span that does not end in a particle is left alone.
		{"Peter Wit Monday", "B-PER I-PER O", "B-PER I-PER O"},
		// Another kind of name after the particle is not taken.
		{"Peter de Paris", "B-PER I-PER B-GPE", "B-PER I-PER B-GPE"},
	} {
		ws, tags := strings.Fields(c.words), strings.Fields(c.tags)
		takeParticleTails(ws, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("takeParticleTails(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
