package resolve

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/model"
)

// TestTitleBeforeGivenName: a title before a word that another name word
// follows ("President Ali Bongo") names a person whose given name the word
// is, not the office holder whose family name it is (Guyana's Irfaan Ali),
// even when the tagger typed the word alone. A title before the word alone,
// or before the holder's own full name, still names the holder.
func TestTitleBeforeGivenName(t *testing.T) {
	s := newStage(t)
	gabon := "Soldiers in Gabon seized power on Wednesday and placed President Ali Bongo under house arrest."
	for _, c := range []struct {
		name, text string
		ents       [][2]string
		person     string // the mention whose link is checked
		want       string // its actor id, "" for a person of the article's own
	}{
		{"a given name the tagger typed alone", gabon,
			[][2]string{{"Gabon", "GPE"}, {"Ali", "PER"}}, "Ali", ""},
		{"the full name the knowledge base does not know", gabon,
			[][2]string{{"Gabon", "GPE"}, {"Ali Bongo", "PER"}}, "Ali Bongo", ""},
		{"a family name after a title in a story from the holder's capital",
			"GEORGETOWN (Reuters) - President Ali said the oil revenue would fund new schools and roads.",
			[][2]string{{"GEORGETOWN", "GPE"}, {"Reuters", "ORG"}, {"Ali", "PER"}}, "Ali", "person:irfaan_ali"},
		{"a weekday after the family name continues no name",
			"GEORGETOWN (Reuters) - President Ali Tuesday promised new schools and roads.",
			[][2]string{{"GEORGETOWN", "GPE"}, {"Reuters", "ORG"}, {"Ali", "PER"}}, "Ali", "person:irfaan_ali"},
		{"the holder's own full name", "President Irfaan Ali said the oil revenue would fund new schools.",
			[][2]string{{"Irfaan Ali", "PER"}}, "Irfaan Ali", "person:irfaan_ali"},
		{"the holder's full name with his first given name", "President Mohamed Irfaan Ali said the oil revenue would fund new schools.",
			[][2]string{{"Mohamed Irfaan Ali", "PER"}}, "Mohamed Irfaan Ali", "person:irfaan_ali"},
		{"a full name that is the knowledge base's", "Chinese President Xi Jinping said trade would grow.",
			[][2]string{{"Chinese", "NORP"}, {"Xi Jinping", "PER"}}, "Xi Jinping", "person:xi_jinping"},
	} {
		t.Run(c.name, func(t *testing.T) {
			art := resolveTagged(t, s, c.text, "2024-05-01", c.ents)
			checkPersonLink(t, art, c.person, c.want)
		})
	}
}

// TestNameIndexFolded: the full name counts as written in the article when
// it is written with the diacritics or the case the knowledge base's key
// folds away ("Evika Siliņa" for "Evika Silina"), and only as whole words.
func TestNameIndexFolded(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       int
	}{
		{"RIGA - Evika Silina met ministers. Silina said.", "Evika Silina", 7},
		{"RIGA - Prime Minister Evika Siliņa met ministers. Siliņa said.", "Evika Silina", 22},
		{"RIGA - EVIKA SILIŅA met ministers.", "Evika Silina", 7},
		{"RIGA - Evika Silinamova met ministers.", "Evika Silina", -1},
		{"RIGA - Evika met Silina.", "Evika Silina", -1},
	} {
		d := &docState{art: &model.Article{Text: c.text}}
		d.toks = tokenize(c.text)
		if got := d.nameIndex(c.name); got != c.want {
			t.Errorf("nameIndex(%q) in %q = %d, want %d", c.name, c.text, got, c.want)
		}
	}
}
