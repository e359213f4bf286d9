package nlp

import (
	"strings"
	"testing"
)

func TestMarkOrgContexts(t *testing.T) {
	words, tags := split([][2]string{
		{"Valdor shares rose 3 percent .", "B-ORG O O O O O"},
		{"Analysts said Valdor would gain .", "O O B-PER O O O"},
		{"The state keeps 40 percent of Krell .", "O O O O O O B-PER O"},
		{"Krell said it would appeal .", "B-PER O O O O O"},
		{"Smith met Jones in Paris .", "B-PER O B-PER O B-LOC O"},
		{"Mary Smith 's shares were sold .", "B-PER I-PER O O O O O"},
	})
	markOrgContexts(words, tags)
	want := []string{
		"B-ORG O O O O O",
		"O O B-ORG O O O", // the same name, called a company elsewhere
		"O O O O O O B-ORG O",
		"B-ORG O O O O O",
		"B-PER O B-PER O B-LOC O", // no organisation context
		"B-PER I-PER O O O O O",   // two-word names are left to the tagger
	}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("%q: got %s, want %s", strings.Join(words[i], " "), got, want[i])
		}
	}
}

// A one-word name that speaks of itself as "it" or takes "which" is no
// person; an expletive "it" and a clause about an earlier noun say nothing.
func TestMarkOrgContextsPronouns(t *testing.T) {
	words, tags := split([][2]string{
		{"Tarvo said it would invest $ 1 billion .", "B-PER O O O O O O O O"},
		{"Orlan said its profits rose .", "B-PER O O O O O"},
		{"Mekka , which makes cars , grew .", "B-PER O O O O O O O"},
		{"Smith said it would be a mistake .", "B-PER O O O O O O O"},
		{"Jones said it was time to go .", "B-PER O O O O O O O"},
		{"a son of President Brandt , which plans cars .", "O O O O B-PER O O O O O"},
	})
	markOrgContexts(words, tags)
	want := []string{
		"B-ORG O O O O O O O O",
		"B-ORG O O O O O",
		"B-ORG O O O O O O O",
		"B-PER O O O O O O O",
		"B-PER O O O O O O O",
		"O O O O B-PER O O O O O",
	}
	for i := range tags {
		if got := strings.Join(tags[i], " "); got != want[i] {
			t.Errorf("%q: got %s, want %s", strings.Join(words[i], " "), got, want[i])
		}
	}
}

func TestMarkCorporate(t *testing.T) {
	words := strings.Fields("Lear Corp and Kent Holdings met Bill Ford")
	tags := strings.Fields("B-PER I-PER O B-LOC I-LOC O B-PER I-PER")
	markCorporate(words, tags)
	if got, want := strings.Join(tags, " "), "B-ORG I-ORG O B-ORG I-ORG O B-PER I-PER"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
