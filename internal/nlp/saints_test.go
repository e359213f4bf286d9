package nlp

import (
	"strings"
	"testing"
)

func TestJoinSaintClubs(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Paris St Germain beat Lyon", "B-GPE O B-PER O B-GPE", "B-ORG I-ORG I-ORG O B-GPE"},
		{"Paris St Germain beat Lyon", "B-GPE B-LOC I-LOC O B-GPE", "B-ORG I-ORG I-ORG O B-GPE"},
		{"Paris St. Germain drew", "B-LOC O O O", "B-ORG I-ORG I-ORG O"},
		// No saint's name after the town, or a lower-case "st".
		{"Paris beat St Etienne", "B-GPE O B-LOC I-LOC", "B-GPE O B-LOC I-LOC"},
		{"Paris st Germain", "B-GPE O B-PER", "B-GPE O B-PER"},
		{"Paris Saint The", "B-GPE O O", "B-GPE O O"},
		// A dateline in capitals is no club's town.
		{"PARIS St Germain", "B-GPE O B-PER", "B-GPE O B-PER"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		joinSaintClubs(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

func TestSaintPlaces(t *testing.T) {
	places := map[string]bool{"saint-etienne": true, "st etienne": true, "st. louis": true}
	place := func(ws []string) bool { return places[strings.ToLower(strings.Join(ws, " "))] }
	for _, c := range []struct{ words, tags, want string }{
		{"Saint-Etienne coach Claude Puel", "B-PER O B-PER I-PER", "B-LOC O B-PER I-PER"},
		{"St Etienne lost", "B-PER I-PER O", "B-LOC I-LOC O"},
		{"St. Louis voted", "B-PER I-PER O", "B-LOC I-LOC O"},
		// A person, or a saint's name no place has.
		{"Claude Puel said", "B-PER I-PER O", "B-PER I-PER O"},
		{"Saint Patrick 's Day", "B-PER I-PER O O", "B-PER I-PER O O"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		saintPlaces(words, tags, place)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.words, got, c.want)
		}
	}
}

// TestSaintClubsTagged runs the tagger over a sports report of our own:
// clubs named after a town and a saint, written with or without the
// hyphen, are organisations.
func TestSaintClubsTagged(t *testing.T) {
	an, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("Paris St Germain beat St Etienne 3-1 in the league on Sunday , with the striker scoring twice before half-time ."),
		strings.Fields("Saint-Etienne coach Claude Puel said his side had played well ."),
		strings.Fields("Paris Saint-Germain top the table ."),
	}
	tags := an.TagDocument(sents)
	want := map[string]bool{"Paris St Germain": true, "St Etienne": true, "Saint-Etienne": true, "Paris Saint-Germain": true}
	for si, ws := range sents {
		forSpans(tags[si], func(typ string, i, j int) {
			name := strings.Join(ws[i:j], " ")
			if want[name] {
				if typ != "ORG" {
					t.Errorf("%q tagged %s, want ORG", name, typ)
				}
				delete(want, name)
			}
		})
	}
	for name := range want {
		t.Errorf("%q not tagged as one span", name)
	}
}
