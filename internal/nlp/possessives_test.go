package nlp

import (
	"strings"
	"testing"
)

func TestPossessiveNames(t *testing.T) {
	persons := map[string]bool{"Trump": true, "Xi": true}
	person := func(w string) bool { return persons[w] }
	for _, c := range []struct {
		name             string
		words, tags, gaz []string // one line per sentence
		want             []string
	}{
		{
			name:  "a reporting verb after the clitic",
			words: []string{"Moody 's said on Tuesday it could cut the rating ."},
			tags:  []string{"B-ORG O O O O O O O O O O"},
			want:  []string{"B-ORG I-ORG O O O O O O O O O"},
		},
		{
			name:  "an untagged name, and the form carried to another sentence",
			words: []string{"Analysts at Sotheby 's told clients .", "A Sotheby 's spokesman declined to comment ."},
			tags:  []string{"O O O O O O O", "O B-PER O O O O O O"},
			want:  []string{"O O B-ORG I-ORG O O O", "O B-ORG I-ORG O O O O O"},
		},
		{
			name:  "the whole form known to the gazetteer",
			words: []string{"A McDonald 's restaurant closed ."},
			tags:  []string{"O B-ORG O O O O"},
			gaz:   []string{"O B-ORG I-ORG O O O"},
			want:  []string{"O B-ORG I-ORG O O O"},
		},
		{
			name:  "a person's possessive stays one",
			words: []string{"Trump 's adviser said the talks stalled .", "Trump 's said nothing ."},
			tags:  []string{"B-PER O O O O O O O", "B-PER O O O O"},
			want:  []string{"B-PER O O O O O O O", "B-PER O O O O"},
		},
		{
			name:  "a noun after the clitic: no company is shown",
			words: []string{"Macy 's plans were cut .", "Xi 's government said so ."},
			tags:  []string{"B-ORG O O O O O", "B-PER O O O O O"},
			want:  []string{"B-ORG O O O O O", "B-PER O O O O O"},
		},
		{
			name:  "a longer name holding the form is left whole",
			words: []string{"Wendy 's said it would expand .", "Dave Wendy 's car was found ."},
			tags:  []string{"B-ORG O O O O O O", "B-PER I-PER O O O O O"},
			want:  []string{"B-ORG I-ORG O O O O O", "B-PER I-PER O O O O O"},
		},
		{
			name:  "an untagged first word of a sentence is no name",
			words: []string{"Analyst 's said ."},
			tags:  []string{"O O O O"},
			want:  []string{"O O O O"},
		},
	} {
		var sents, tags, gaz [][]string
		for i := range c.words {
			sents = append(sents, strings.Fields(c.words[i]))
			tags = append(tags, strings.Fields(c.tags[i]))
			if c.gaz != nil {
				gaz = append(gaz, strings.Fields(c.gaz[i]))
			}
		}
		possessiveNames(sents, tags, gaz, person)
		for i := range tags {
			if got := strings.Join(tags[i], " "); got != c.want[i] {
				t.Errorf("%s: %q: got %s, want %s", c.name, c.words[i], got, c.want[i])
			}
		}
	}
}

// TestPossessiveNamesTagged runs the tagger and the knowledge base's
// gazetteer over a wire story of our own.
func TestPossessiveNamesTagged(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("Moody 's said on Tuesday it could cut the country 's rating ."),
		strings.Fields("McDonald 's will close ten restaurants , a Moody 's analyst said ."),
		strings.Fields("Trump 's adviser said Washington was watching ."),
	}
	tags := an.TagDocument(sents)
	ents := map[string]bool{}
	for si, ts := range tags {
		forSpans(ts, func(typ string, i, j int) { ents[typ+":"+strings.Join(sents[si][i:j], " ")] = true })
	}
	for _, want := range []string{"ORG:Moody 's", "ORG:McDonald 's", "PER:Trump"} {
		if !ents[want] {
			t.Errorf("no entity %s in %v", want, ents)
		}
	}
	for _, bad := range []string{"ORG:Moody", "ORG:McDonald", "PER:Trump 's"} {
		if ents[bad] {
			t.Errorf("entity %s in %v", bad, ents)
		}
	}
}
