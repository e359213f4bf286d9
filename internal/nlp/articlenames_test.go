package nlp

import (
	"strings"
	"testing"
)

func TestArticleNames(t *testing.T) {
	persons := map[string]bool{"Le Drian": true}
	given := map[string]bool{"Marine": true}
	for _, c := range []struct{ text, tags, want string }{
		// A Romance article opening a person's span makes it a title.
		{"El Comercio reported the deal .", "B-PER I-PER O O O O", "B-ORG I-ORG O O O O"},
		{"The daily Il Giornale said so .", "O O O B-PER O O O", "O O B-ORG I-ORG O O O"},
		{"O Globo reported it .", "O B-ORG O O O", "B-ORG I-ORG O O O"},
		// Kept: a particle after a given name, a known family name, a span
		// after an honorific, places.
		{"Ignazio La Russa spoke .", "B-PER I-PER I-PER O O", "B-PER I-PER I-PER O O"},
		{"Le Drian spoke .", "B-PER I-PER O O", "B-PER I-PER O O"},
		{"Mr. Le Bon spoke .", "O B-PER I-PER O O", "O B-PER I-PER O O"},
		{"He flew to La Paz .", "O O O B-GPE I-GPE O", "O O O B-GPE I-GPE O"},
		// An article needs a capitalised word after it.
		{"La visited .", "B-PER O O", "B-PER O O"},
	} {
		ws, ts := strings.Fields(c.text), strings.Fields(c.tags)
		articleNames([][]string{ws}, [][]string{ts},
			func(n string) bool { return persons[n] }, func(w string) bool { return given[w] })
		if got := strings.Join(ts, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
	// A family name written after a given name elsewhere in the document
	// stays a person on its own.
	sents := [][]string{strings.Fields("Marine Le Pen spoke ."), strings.Fields("Le Pen said so .")}
	tags := [][]string{strings.Fields("B-ORG I-ORG I-ORG O O"), strings.Fields("B-PER I-PER O O O")}
	articleNames(sents, tags, func(string) bool { return false }, func(w string) bool { return given[w] })
	if got := strings.Join(tags[1], " "); got != "B-PER I-PER O O O" {
		t.Errorf("Le Pen after Marine Le Pen: got %s, want it kept a person", got)
	}
}
