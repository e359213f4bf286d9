package nlp

import (
	"strings"
	"testing"
)

func TestToldPast(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"a source told Newsweek .", "DT NN NN NNP .", "DT NN VBD NNP ."},
		{"an official told reporters", "DT JJ NN NNS", "DT JJ VBD NNS"},
		{"one told Newsweek", "CD NN NNP", "CD VBD NNP"},
		{"he was told to leave", "PRP VBD NN TO VB", "PRP VBD VBN TO VB"},
		{"they had already told him", "PRP VBD RB JJ PRP", "PRP VBD RB VBN PRP"},
		// Kept: a verb tag already (its tense is the tagger's), another
		// word, a capitalised form.
		{"she told reporters", "PRP VBD NNS", "PRP VBD NNS"},
		{"he was told", "PRP VBD VBN", "PRP VBD VBN"},
		{"the untold story", "DT JJ NN", "DT JJ NN"},
		{"Told to leave , he went", "NNP TO VB , PRP VBD", "NNP TO VB , PRP VBD"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		toldPast(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

// TestToldPastTagger: with the tagger, "told" after an unusual subject is
// the verb, so the quote keeps its speaker.
func TestToldPastTagger(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the tagger models")
	}
	st, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		`"The plan is dead," a source told Newsweek.`,
		`"The plan is dead," an official told Newsweek.`,
	} {
		got := tagOf(t, st, text, "told")
		if got != "VBD" {
			t.Errorf("%q: told tagged %s, want VBD", text, got)
		}
	}
}
