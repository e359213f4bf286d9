package nlp

import (
	"strings"
	"testing"
)

func TestCurrenciesAreNoActors(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A currency in a market report: no actor.
		{"Sterling rose 0.4 percent against the dollar", "B-PER O O O O O O", "O O O O O O O"},
		{"Sterling briefly slipped below 1.25", "B-PER O O O O", "O O O O O"},
		{"the Yen was flat against the euro", "O B-ORG O O O O O", "O O O O O O O"},
		{"Rouble weakens as oil falls", "B-PER O O O O", "O O O O O"},
		// A family name that is a currency's, acting as a person; a longer
		// name; a word that is no currency: left alone.
		{"Sterling scored twice before the break", "B-PER O O O O O", "B-PER O O O O O"},
		{"Sterling said he was happy", "B-PER O O O O", "B-PER O O O O"},
		{"Raheem Sterling rose highest to head in", "B-PER I-PER O O O O O", "B-PER I-PER O O O O O"},
		{"Marsh rose 2 percent against expectations", "B-PER O O O O O", "B-PER O O O O O"},
		// A place named like a currency stays a place.
		{"Sterling rose against the odds", "B-LOC O O O O", "B-LOC O O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		currenciesAreNoActors(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
