package nlp

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/nlp/tokenize"
)

// TestUntaggedKnownNames: names the knowledge base lists that the tagger
// leaves untagged become entities; capitalised common words, given names
// and parts of longer names do not.
func TestUntaggedKnownNames(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, word, want string // want: the word's tag after TagDocument
	}{
		{"Likud voted for the bill.", "Likud", "B-ORG"},
		{"The PRC sent warships.", "PRC", "B-GPE"},
		{"The raid took place in Antwerp on Tuesday.", "Antwerp", "B-GPE"},
		{"A missile hit Antwerp overnight.", "Antwerp", "B-GPE"},
		{"He lives in Reading.", "Reading", "B-GPE"},
		// A city in no cluster rich in city names, which the NER model
		// knows as a name and the POS model not as a common word.
		{"An air strike hit Rafah overnight.", "Rafah", "B-GPE"},
		// A verb of capture takes the place taken as its object.
		{"Syrian rebels captured Aleppo on Saturday.", "Aleppo", "B-GPE"},
		// Near miss: a given name captured is a person.
		{"Police captured Florence on Friday.", "Florence", "B-PER"},
		// Near misses.
		{"Reading the report, he frowned.", "Reading", "O"},
		{"Total sales rose sharply.", "Total", "O"},
		{"Plan your week before Monday.", "Plan", "O"},
		{"The new App stores the records.", "App", "O"},
		{"Kenyan police arrested protesters in Split.", "Split", "O"},
		// Near misses of the vocabulary cue: words the POS model knows
		// as an adjective and a noun.
		{"Prices stayed near Nice levels all week.", "Nice", "O"},
		{"The rally moved near Mobile phone shops.", "Mobile", "O"},
		{"She moved to New Antwerp Street.", "Antwerp", "O"},
		{"The car hit Florence on the way.", "Florence", "B-PER"},
		{"The talks ended in May.", "May", "O"},
	}
	for _, tt := range tests {
		var ws []string
		for _, tk := range tokenize.Tokens(tt.text, 0) {
			ws = append(ws, tk.Text)
		}
		tags := an.TagDocument([][]string{ws})[0]
		found := false
		for i, w := range ws {
			if w == tt.word {
				found = true
				if tags[i] != tt.want {
					t.Errorf("%q: %s tagged %s, want %s (%s)", tt.text, w, tags[i], tt.want, strings.Join(tags, " "))
				}
			}
		}
		if !found {
			t.Fatalf("%q: no word %q", tt.text, tt.word)
		}
	}
}
