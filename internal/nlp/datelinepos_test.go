package nlp

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestPOSAfterDateline checks that the words after a wire dateline are
// POS-tagged as the sentence they are (posAfterDateline): a short lead's
// verb between two names is a verb, not one more proper noun, and the
// dateline keeps its own tags.
func TestPOSAfterDateline(t *testing.T) {
	st, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text, word, want string
	}{
		{"KYIV - Russia condemned Poland.", "condemned", "VBD"},
		{"WARSAW - Russia condemned Poland.", "condemned", "VBD"},
		{"KYIV (Wire) - Russia shelled Kharkiv.", "shelled", "VBD"},
		{"KYIV (Wire) - Ukraine condemned Warsaw.", "condemned", "VBD"},
		{"KYIV, March 9 (Wire) - Russia shelled Kharkiv.", "shelled", "VBD"},
		{"KYIV (Wire) - Russia shelled Kharkiv.", "KYIV", "NNP"},
		// No dateline: the sentence is tagged whole, as before.
		{"Russia condemned Poland.", "condemned", "VBD"},
	} {
		got := tagOf(t, st, c.text, c.word)
		if got != c.want {
			t.Errorf("%q: %q tagged %s, want %s", c.text, c.word, got, c.want)
		}
	}
}

// tagOf runs the stage on text and returns the POS tag of the last token
// spelled word, or "(missing)".
func tagOf(t *testing.T, st *Stage, text, word string) string {
	t.Helper()
	a := &model.Article{Text: text, Paragraphs: []string{text}}
	if err := st.Process(context.Background(), &model.Document{Article: a}); err != nil {
		t.Fatal(err)
	}
	got := "(missing)"
	for _, s := range a.Sentences {
		for _, tk := range s.Tokens {
			if tk.Text == word {
				got = tk.POS
			}
		}
	}
	return got
}
