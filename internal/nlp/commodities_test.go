package nlp

import (
	"strings"
	"testing"
)

func TestBenchmarksAreNoPersons(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		// A grade's name before a market word: no person.
		{"Brent crude rose 2 % to $ 84 a barrel", "B-PER O O O O O O O O O", "O O O O O O O O O O"},
		{"Urals blend traded at a discount", "B-PER O O O O O", "O O O O O O"},
		{"Brent futures settled lower", "B-PER O O O", "O O O O"},
		{"Brent oil prices fell on Monday", "B-PER O O O O O", "O O O O O O"},
		{"Brent oil rose 1 %", "B-PER O O O O", "O O O O O"},
		// A person before a commodity word with no market word after it,
		// a capitalised word after the name, a full name, an organisation
		// or place (the tagger's reading of a grade it knows): left alone.
		{"Sechin oil empire grew", "B-PER O O O", "B-PER O O O"},
		{"Brent Crude said", "B-PER I-PER O", "B-PER I-PER O"},
		{"Igor Sechin crude remarks", "B-PER I-PER O O", "B-PER I-PER O O"},
		{"Dubai crude rose", "B-GPE O O", "B-GPE O O"},
		{"Brent said the oil price would rise", "B-PER O O O O O O", "B-PER O O O O O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		benchmarksAreNoPersons(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}
