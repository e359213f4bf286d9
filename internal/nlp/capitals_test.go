package nlp

import (
	"strings"
	"testing"
)

func TestCapitalsArePlaces(t *testing.T) {
	capitals := map[string]bool{"Manila": true, "Washington": true, "Addis Ababa": true, "Victoria": true, "Kingston": true}
	capital := func(ws []string) bool { return capitals[strings.Join(ws, " ")] }
	givenName := func(w string) bool { return w == "Victoria" }
	person := func(name string) bool { return name == "Kingston" }
	for _, c := range []struct {
		name        string
		words, tags []string // sentences joined by " | "
		sports      bool
		want        string
	}{
		{"a capital as the subject of a verb",
			[]string{"Manila invoked the defence treaty ."}, []string{"B-PER O O O O O"}, false, "B-GPE O O O O O"},
		{"a capital of two words",
			[]string{"Addis Ababa rejected the plan ."}, []string{"B-PER I-PER O O O O"}, false, "B-GPE I-GPE O O O O"},
		{"a longer person's name holds the word",
			[]string{"Denzel Washington arrived .", "Washington said he was glad ."},
			[]string{"B-PER I-PER O O", "B-PER O O O O O"}, false, "B-PER I-PER O O | B-PER O O O O O"},
		{"a title before the word",
			[]string{"Mr. Washington said no ."}, []string{"O B-PER O O O"}, false, "O B-PER O O O"},
		{"a given name",
			[]string{"Victoria said no ."}, []string{"B-PER O O O"}, false, "B-PER O O O"},
		{"a person of the knowledge base",
			[]string{"Kingston said no ."}, []string{"B-PER O O O"}, false, "B-PER O O O"},
		{"an organisation is left alone",
			[]string{"Manila Water raised prices ."}, []string{"B-ORG I-ORG O O O"}, false, "B-ORG I-ORG O O O"},
		{"a sports report is left alone",
			[]string{"Manila beat Hanoi 2-1 ."}, []string{"B-PER O B-ORG O O"}, true, "B-PER O B-ORG O O"},
	} {
		var sents, tags [][]string
		for i := range c.words {
			sents = append(sents, strings.Fields(c.words[i]))
			tags = append(tags, strings.Fields(c.tags[i]))
		}
		capitalsArePlaces(sents, tags, capital, givenName, person, c.sports)
		var got []string
		for _, ts := range tags {
			got = append(got, strings.Join(ts, " "))
		}
		if g := strings.Join(got, " | "); g != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, g, c.want)
		}
	}
}

// TestCapitalSubjectTagged runs the whole tagger: a capital opening a
// sentence before a verb is a place, not a person.
func TestCapitalSubjectTagged(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name string }{
		{"Manila invoked the Mutual Defense Treaty on Monday .", "Manila"},
		{"Nairobi recalled its envoy after the vote .", "Nairobi"},
	} {
		words := strings.Fields(c.text)
		tags := an.TagDocument([][]string{words})[0]
		forSpans(tags, func(typ string, i, j int) {
			if typ == "PER" && strings.Join(words[i:j], " ") == c.name {
				t.Errorf("%q: %q tagged as a person: %v", c.text, c.name, tags)
			}
		})
	}
}
