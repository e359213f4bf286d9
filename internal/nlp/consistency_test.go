package nlp

import (
	"strings"
	"testing"
)

func TestPropagate(t *testing.T) {
	words := [][]string{
		strings.Fields("General Alexander Lebed visited Grozny ."),
		strings.Fields("Lebed said the Grozny talks went well ."),
		strings.Fields("May Lebed leave ?"),
		strings.Fields("Grozny is calm ."),
		strings.Fields("Calm returned ."),
		strings.Fields("They said Calm ."),
	}
	tags := [][]string{
		strings.Fields("O B-PER I-PER O B-LOC O"),
		strings.Fields("O O O O O O O O"),
		strings.Fields("O O O O"),
		strings.Fields("O O O O"),
		strings.Fields("B-ORG O O"),
		strings.Fields("O O O O"),
	}
	propagate(words, tags)
	want := []string{
		"O B-PER I-PER O B-LOC O",
		"B-PER O O B-LOC O O O O",
		"O B-PER O O",
		"B-LOC O O O",
		"B-ORG O O",
		"O O B-ORG O", // capitalised inside a sentence: trusted
	}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("sentence %d: got %s, want %s", i, got, want[i])
		}
	}
}
